(* A small page printer for bench/corpus_fiftieth: reads drawing commands (one per line, fields separated
   by tabs) on stdin and writes a PDF with camlpdf's Pdf/Pdfops/Pdfpage, base-14 fonts only. *)
let fonts = [ ("H", "Helvetica"); ("HB", "Helvetica-Bold"); ("T", "Times-Roman"); ("TB", "Times-Bold");
              ("TI", "Times-Italic"); ("C", "Courier"); ("CB", "Courier-Bold") ]

let font_dict =
  Pdf.Dictionary
    (List.map
       (fun (key, base) ->
         ( "/" ^ key,
           Pdf.Dictionary
             [ ("/Type", Pdf.Name "/Font"); ("/Subtype", Pdf.Name "/Type1");
               ("/BaseFont", Pdf.Name ("/" ^ base)); ("/Encoding", Pdf.Name "/WinAnsiEncoding") ] ))
       fonts)

let () =
  let out = Sys.argv.(1) in
  let pdf = Pdf.empty () in
  let pages = ref [] and ops = ref [] in
  let flush () =
    if !ops <> [] || !pages = [] then begin
      let page = Pdfpage.custompage (Pdf.Array [ Pdf.Real 0.; Pdf.Real 0.; Pdf.Real 612.; Pdf.Real 792. ]) in
      let page =
        { page with
          Pdfpage.content = [ Pdfops.stream_of_ops (List.rev !ops) ];
          Pdfpage.resources = Pdf.Dictionary [ ("/Font", font_dict) ] }
      in
      pages := page :: !pages;
      ops := []
    end
  in
  let font = ref ("H", 10.) in
  (try
     while true do
       let line = input_line stdin in
       match String.split_on_char '\t' line with
       | [ "P" ] -> flush ()
       | [ "F"; name; size ] -> font := (name, float_of_string size)
       | [ "W"; w ] -> ops := Pdfops.Op_w (float_of_string w) :: !ops
       | [ "T"; x; y; text ] ->
           let name, size = !font in
           ops :=
             List.rev_append
               [ Pdfops.Op_BT; Pdfops.Op_Tf ("/" ^ name, size);
                 Pdfops.Op_Td (float_of_string x, float_of_string y); Pdfops.Op_Tj text; Pdfops.Op_ET ]
               !ops
       | [ "L"; x1; y1; x2; y2 ] ->
           ops :=
             List.rev_append
               [ Pdfops.Op_m (float_of_string x1, float_of_string y1);
                 Pdfops.Op_l (float_of_string x2, float_of_string y2); Pdfops.Op_S ]
               !ops
       | [ "R"; x; y; w; h ] ->
           ops :=
             List.rev_append
               [ Pdfops.Op_re (float_of_string x, float_of_string y, float_of_string w, float_of_string h);
                 Pdfops.Op_S ]
               !ops
       | _ -> ()
     done
   with End_of_file -> ());
  if !ops <> [] then flush ();
  if !pages = [] then flush ();
  let pdf, root = Pdfpage.add_pagetree (List.rev !pages) pdf in
  let pdf = Pdfpage.add_root root [] pdf in
  Pdfwrite.pdf_to_file pdf out
