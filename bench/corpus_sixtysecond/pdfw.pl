% pdfw.pl -- the case office's report writer, PDF back end in SWI-Prolog.
% The report is a fact file: doc(Out, Producer), page(N, W, H) and op(N, Op) with
%   t(Font, Size, X, Y, Text)   text in a base-14 font (f1..f7)
%   l(X1, Y1, X2, Y2, Width)    a rule
%   r(X, Y, W, H, Grey)         a box: Grey < 0 strokes it, else fills it
% Objects: 1 catalog, 2 page tree, 3..9 fonts, 10 info, then page, content per page.
:- initialization(main, main).

font(f1, 'Helvetica').      font(f2, 'Helvetica-Bold').
font(f3, 'Times-Roman').    font(f4, 'Times-Bold').
font(f5, 'Courier').        font(f6, 'Courier-Bold').
font(f7, 'Times-Italic').

main :-
    current_prolog_flag(argv, Argv), last(Argv, Facts),
    consult(Facts),
    doc(Out, Producer),
    findall(N-W-H, page(N, W, H), Pages0),
    msort(Pages0, Pages),
    font_objects(FontObjs),
    length(Pages, NP),
    page_objects(Pages, 11, PageObjs, Kids),
    kid_refs(Kids, KidRefs),
    format(string(Tree), "<< /Type /Pages /Kids [~w] /Count ~d >>", [KidRefs, NP]),
    format(string(Info), "<< /Producer (~w) /Title (Case report) >>", [Producer]),
    append([[1-"<< /Type /Catalog /Pages 2 0 R >>", 2-Tree], FontObjs, [10-Info], PageObjs], Objs),
    setup_call_cleanup(open(Out, write, S, [encoding(octet)]),
                       write_pdf(S, Objs), close(S)).

kid_refs(Kids, S) :-
    findall(R, (member(K, Kids), format(string(R), "~d 0 R", [K])), Rs),
    atomic_list_concat(Rs, ' ', S).

font_objects(Objs) :-
    findall(Tag, font(Tag, _), Tags),
    numlist(3, 9, Nums),
    findall(N-B, (nth1(I, Tags, Tag), nth1(I, Nums, N), font(Tag, Base),
                  format(string(B), "<< /Type /Font /Subtype /Type1 /BaseFont /~w /Encoding /WinAnsiEncoding >>", [Base])),
            Objs).

page_objects([], _, [], []).
page_objects([N-W-H|Rest], Next, [Next-Page, C-Stream|Objs], [Next|Kids]) :-
    C is Next + 1,
    content(N, Body),
    string_length(Body, Len),
    format(string(Stream), "<< /Length ~d >>~nstream~n~wendstream", [Len, Body]),
    format(string(Page),
           "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ~w ~w]~n/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R /F4 6 0 R /F5 7 0 R /F6 8 0 R /F7 9 0 R >> >>~n/Contents ~d 0 R >>",
           [W, H, C]),
    Next2 is Next + 2,
    page_objects(Rest, Next2, Objs, Kids).

content(N, Body) :-
    findall(Op, op(N, Op), Ops),
    with_output_to(string(Body), forall(member(Op, Ops), emit(Op))).

emit(t(F, Size, X, Y, Text)) :-
    upcase_atom(F, FU),
    escape(Text, E),
    format("BT~n/~w ~w Tf~n~w ~w Td~n(~w) Tj~nET~n", [FU, Size, X, Y, E]).
emit(l(X1, Y1, X2, Y2, W)) :-
    format("~w w ~w ~w m ~w ~w l S~n", [W, X1, Y1, X2, Y2]).
emit(r(X, Y, W, H, G)) :-
    (   G < 0
    ->  format("0.6 w ~w ~w ~w ~w re S~n", [X, Y, W, H])
    ;   format("q ~3f g ~w ~w ~w ~w re f Q~n", [G, X, Y, W, H])
    ).

escape(Text, E) :-
    string_codes(Text, Cs),
    foldl(esc, Cs, Out, []),
    string_codes(E, Out).
esc(C, [0'\\, C|T], T) :- memberchk(C, `()\\`), !.
esc(C, [C|T], T).

write_pdf(S, Objs) :-
    write(S, "%PDF-1.4\n%"),
    forall(member(B, [0xe2, 0xe3, 0xcf, 0xd3]), put_byte(S, B)),
    nl(S),
    L0 = 15,
    msort(Objs, Sorted),
    write_objs(Sorted, S, L0, Offs, XrefAt),
    length(Sorted, NO), Size is NO + 1,
    format(S, "xref~n0 ~d~n0000000000 65535 f \n", [Size]),
    forall(member(O, Offs), format(S, "~|~`0t~d~10+ 00000 n \n", [O])),
    format(S, "trailer~n<< /Size ~d /Root 1 0 R /Info 10 0 R >>~nstartxref~n~d~n%%EOF~n", [Size, XrefAt]).

write_objs([], _, At, [], At).
write_objs([N-Body|Rest], S, At, [At|Offs], End) :-
    format(string(Obj), "~d 0 obj~n~w~nendobj~n", [N, Body]),
    write(S, Obj),
    string_length(Obj, L),
    At1 is At + L,
    write_objs(Rest, S, At1, Offs, End).
