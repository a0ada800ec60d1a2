program fclprint;
{ Reads a page description (one command a line, fields split by TAB) and prints it with fcl-pdf's
  TPDFDocument: P new page, F font size, T x y text, L x1 y1 x2 y2 width, R x y w h width.
  Units are points with the origin at the top left of a US Letter page. }
{$mode objfpc}{$H+}
uses SysUtils, Classes, fpPDF;
var
  D: TPDFDocument; Pg: TPDFPage; S: TPDFSection; Fonts, Parts: TStringList;
  Inp: TextFile; Line: string; Idx: integer; FS: TFormatSettings;
function F(i: integer): double;
begin
  Result := StrToFloat(Parts[i], FS);
end;
begin
  FS := DefaultFormatSettings; FS.DecimalSeparator := '.';
  D := TPDFDocument.Create(nil);
  D.Infos.Title := ParamStr(3);
  D.Infos.Author := ParamStr(4);
  D.Infos.Producer := 'fcl-pdf';
  D.Infos.CreationDate := EncodeDate(2025, 1, 2);
  D.Options := [poPageOriginAtTop];
  D.StartDocument;
  S := D.Sections.AddSection;
  Pg := nil;
  Fonts := TStringList.Create;
  Parts := TStringList.Create;
  Parts.Delimiter := #9; Parts.StrictDelimiter := True;
  AssignFile(Inp, ParamStr(1)); Reset(Inp);
  while not EOF(Inp) do begin
    ReadLn(Inp, Line);
    Parts.DelimitedText := Line;
    if Parts.Count = 0 then continue;
    if Parts[0] = 'P' then begin
      Pg := D.Pages.AddPage; Pg.PaperType := ptLetter; Pg.UnitOfMeasure := uomPixels;
      S.AddPage(Pg);
    end else if Parts[0] = 'F' then begin
      Idx := Fonts.IndexOf(Parts[1]);
      if Idx < 0 then Idx := Fonts.AddObject(Parts[1], TObject(PtrInt(D.AddFont(Parts[1]))));
      Pg.SetFont(integer(PtrInt(Fonts.Objects[Idx])), Round(F(2)));
      Pg.SetColor(clBlack, false);
    end else if Parts[0] = 'T' then
      Pg.WriteText(F(1), F(2), Parts[3])
    else if Parts[0] = 'L' then begin
      Pg.SetColor(clBlack, true); Pg.DrawLine(F(1), F(2), F(3), F(4), F(5));
    end else if Parts[0] = 'R' then begin
      Pg.SetColor(clBlack, true); Pg.DrawRect(F(1), F(2) + F(4), F(3), F(4), F(5), false, true);
    end;
  end;
  CloseFile(Inp);
  D.SaveToFile(ParamStr(2));
  D.Free;
end.
