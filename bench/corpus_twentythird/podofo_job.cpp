#include <podofo/podofo.h>
#include <fstream>
#include <sstream>
#include <string>
using namespace PoDoFo;
// Job lines: PAGE w h | FONT size path-or-base14 | TEXT x y text | LINE x1 y1 x2 y2 | RECT x y w h
int main(int argc, char** argv) {
  if (argc != 3) return 2;
  std::ifstream in(argv[1]);
  PdfMemDocument doc;
  PdfPainter painter;
  PdfPage* page = nullptr;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream ss(line);
    std::string op; ss >> op;
    if (op == "PAGE") {
      double w, h; ss >> w >> h;
      if (page) painter.FinishPage();
      page = doc.CreatePage(PdfRect(0, 0, w, h));
      painter.SetPage(page);
    } else if (op == "FONT") {
      double size; std::string name; ss >> size >> name;
      PdfFont* font = nullptr;
      if (name.find('/') != std::string::npos)
        font = doc.CreateFont("Embedded", false, false, false,
            PdfEncodingFactory::GlobalWinAnsiEncodingInstance(),
            PdfFontCache::eFontCreationFlags_None, true, name.c_str());
      else
        font = doc.CreateFont(name.c_str(), false, false, false,
            PdfEncodingFactory::GlobalWinAnsiEncodingInstance(),
            PdfFontCache::eFontCreationFlags_AutoSelectBase14, false);
      font->SetFontSize(size);
      painter.SetFont(font);
    } else if (op == "TEXT") {
      double x, y; ss >> x >> y; std::string rest; std::getline(ss, rest);
      if (!rest.empty() && rest[0] == ' ') rest.erase(0, 1);
      painter.DrawText(x, y, PdfString(reinterpret_cast<const pdf_utf8*>(rest.c_str())));
    } else if (op == "LINE") {
      double a, b, c, d; ss >> a >> b >> c >> d; painter.DrawLine(a, b, c, d);
    } else if (op == "RECT") {
      double a, b, c, d; ss >> a >> b >> c >> d; painter.Rectangle(a, b, c, d); painter.Stroke();
    }
  }
  if (page) painter.FinishPage();
  doc.Write(argv[2]);
  return 0;
}
