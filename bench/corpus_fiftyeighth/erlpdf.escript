#!/usr/bin/env escript
%% -*- erlang -*-
%% A small in-house report writer: reads {doc, OutFile, Meta, Pages} terms and writes PDF 1.4 by hand
%% (base-14 Type1 fonts, WinAnsi, one BT block per page with relative Td moves and TJ arrays kerned at
%% a few capital pairs, Flate-compressed content streams, a classic xref table).
-mode(compile).

main([Terms]) ->
    {ok, Docs} = file:consult(Terms),
    lists:foreach(fun write_doc/1, Docs).

fonts() ->
    [{"H", "Helvetica"}, {"HB", "Helvetica-Bold"}, {"T", "Times-Roman"},
     {"TB", "Times-Bold"}, {"C", "Courier"}, {"CB", "Courier-Bold"}].

font_ref(Key) -> font_ref(Key, fonts(), 1).
font_ref(Key, [{Key, _} | _], N) -> "/F" ++ integer_to_list(N);
font_ref(Key, [_ | T], N) -> font_ref(Key, T, N + 1).

num(X) when is_integer(X) -> integer_to_list(X);
num(X) ->
    S = lists:flatten(io_lib:format("~.2f", [X])),
    string:trim(string:trim(S, trailing, "0"), trailing, ".").

esc(S) -> lists:flatmap(fun($() -> "\\(";
                           ($)) -> "\\)";
                           ($\\) -> "\\\\";
                           (C) -> [C] end, S).

kern() -> [{"AV", 80}, {"AW", 60}, {"To", 70}, {"Te", 70}, {"Ty", 50}, {"Yo", 80}, {"LT", 90},
           {"P.", 100}, {"F.", 80}, {"Wa", 60}, {"Va", 60}, {"r.", 40}, {"y.", 60}, {"LY", 90}].

%% split a string into TJ pieces, a kerning figure between the two letters of each listed pair
tj(S) -> tj(S, [], []).
tj([], Cur, Acc) -> lists:reverse([{str, lists:reverse(Cur)} | Acc]);
tj([A, B | Rest], Cur, Acc) ->
    case lists:keyfind([A, B], 1, kern()) of
        {_, K} -> tj([B | Rest], [], [{kern, K}, {str, lists:reverse([A | Cur])} | Acc]);
        false -> tj([B | Rest], [A | Cur], Acc)
    end;
tj([A], Cur, Acc) -> tj([], [A | Cur], Acc).

tj_array(S) ->
    Parts = [case P of {str, T} -> "(" ++ esc(T) ++ ")"; {kern, K} -> integer_to_list(K) end
             || P <- tj(S)],
    "[" ++ string:join(Parts, " ") ++ "] TJ".

page_stream(Ops) ->
    Graphics = [graphic(Op) || Op <- Ops, element(1, Op) =/= text],
    Texts = [Op || Op <- Ops, element(1, Op) =:= text],
    {Body, _, _} = lists:foldl(fun text_op/2, {[], {0, 0}, none}, Texts),
    G = lists:flatten(Graphics),
    T = case Texts of [] -> ""; _ -> "BT\n" ++ lists:flatten(lists:reverse(Body)) ++ "ET\n" end,
    list_to_binary("q\n0 G 0 g\n" ++ G ++ "Q\n" ++ T).

graphic({line, X1, Y1, X2, Y2, W}) ->
    io_lib:format("~s w ~s ~s m ~s ~s l S~n", [num(W), num(X1), num(792 - Y1), num(X2), num(792 - Y2)]);
graphic({rect, X, Y, W, H, LW}) ->
    io_lib:format("~s w ~s ~s ~s ~s re S~n", [num(LW), num(X), num(792 - Y - H), num(W), num(H)]).

text_op({text, X, Y, Font, Size, Str}, {Acc, {LX, LY}, Cur}) ->
    PY = 792 - Y,
    FontCmd = case {Font, Size} of
                  Cur -> "";
                  _ -> font_ref(Font) ++ " " ++ num(Size) ++ " Tf\n"
              end,
    Move = num(X - LX) ++ " " ++ num(PY - LY) ++ " Td\n",
    Line = FontCmd ++ Move ++ tj_array(binary_to_list(Str)) ++ "\n",
    {[Line | Acc], {X, PY}, {Font, Size}}.

write_doc({doc, Out, Meta, Pages}) ->
    N = length(Pages),
    NF = length(fonts()),
    %% objects: 1 catalog, 2 pages, 3 info, 4..3+NF fonts, then per page: page, content
    FirstPage = 4 + NF,
    PageIds = [FirstPage + 2 * I || I <- lists:seq(0, N - 1)],
    FontObjs = [iolist_to_binary(io_lib:format("<< /Type /Font /Subtype /Type1 /BaseFont /~s "
                                               "/Encoding /WinAnsiEncoding >>", [Base]))
                || {_, Base} <- fonts()],
    FontDict = string:join([io_lib:format("/F~B ~B 0 R", [I, 3 + I]) || I <- lists:seq(1, NF)], " "),
    PageObjs = lists:flatmap(
        fun({Id, Ops}) ->
            Z = zlib:compress(page_stream(Ops)),
            [iolist_to_binary(io_lib:format("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                                            "/Resources << /Font << ~s >> /ProcSet [/PDF /Text] >> "
                                            "/Contents ~B 0 R >>", [FontDict, Id + 1])),
             iolist_to_binary([io_lib:format("<< /Length ~B /Filter /FlateDecode >>\nstream\n",
                                             [byte_size(Z)]), Z, "\nendstream"])]
        end, lists:zip(PageIds, Pages)),
    Kids = string:join([integer_to_list(I) ++ " 0 R" || I <- PageIds], " "),
    {Title, Created} = Meta,
    Objs = [<<"<< /Type /Catalog /Pages 2 0 R >>">>,
            iolist_to_binary(io_lib:format("<< /Type /Pages /Kids [~s] /Count ~B >>", [Kids, N])),
            iolist_to_binary(["<< /Title (", esc(binary_to_list(Title)), ") /Producer (RPTW 2.3 / Erlang/OTP)",
                              " /Creator (rptw_pdf) /CreationDate (D:", Created, ") >>"])]
           ++ FontObjs ++ PageObjs,
    Header = <<"%PDF-1.4\n%\342\343\317\323\n">>,
    {Body, Offsets, _} = lists:foldl(
        fun(Obj, {Acc, Offs, I}) ->
            Off = iolist_size(Acc),
            Chunk = [integer_to_list(I), " 0 obj\n", Obj, "\nendobj\n"],
            {[Acc, Chunk], [Off | Offs], I + 1}
        end, {[Header], [], 1}, Objs),
    XrefAt = iolist_size(Body),
    Count = length(Objs) + 1,
    Xref = ["xref\n0 ", integer_to_list(Count), "\n0000000000 65535 f \n",
            [io_lib:format("~10..0B 00000 n \n", [O]) || O <- lists:reverse(Offsets)]],
    Trailer = io_lib:format("trailer\n<< /Size ~B /Root 1 0 R /Info 3 0 R >>\nstartxref\n~B\n%%EOF\n",
                            [Count, XrefAt]),
    ok = file:write_file(Out, [Body, Xref, Trailer]).
