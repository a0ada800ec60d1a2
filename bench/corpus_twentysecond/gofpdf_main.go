// Prints the corpus's gofpdf documents: reads a JSON list of jobs (blocks) and writes one PDF per job.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/jung-kurt/gofpdf"
)

type Block struct {
	T      string     `json:"t"`
	Text   string     `json:"text"`
	Size   float64    `json:"size"`
	Style  string     `json:"style"`
	Align  string     `json:"align"`
	Indent float64    `json:"indent"`
	Rows   [][]string `json:"rows"`
	Header []string   `json:"header"`
	Widths []float64  `json:"widths"`
	Border bool       `json:"border"`
	Lines  []string   `json:"lines"`
	Left   []string   `json:"left"`
	Right  []string   `json:"right"`
	H      float64    `json:"h"`
}

type Job struct {
	Out     string  `json:"out"`
	Family  string  `json:"family"`
	Size    float64 `json:"size"`
	Header  string  `json:"header"`
	Footer  bool    `json:"footer"`
	Margin  float64 `json:"margin"`
	Blocks  []Block `json:"blocks"`
}

type printer struct {
	pdf    *gofpdf.Fpdf
	job    Job
	tr     func(string) string
	width  float64
}

func (p *printer) font(style string, size float64) {
	if size == 0 {
		size = p.job.Size
	}
	p.pdf.SetFont(p.job.Family, style, size)
}

func (p *printer) lh(size float64) float64 {
	if size == 0 {
		size = p.job.Size
	}
	return size * 1.3
}

func (p *printer) ensure(h float64) {
	_, pageH := p.pdf.GetPageSize()
	_, _, _, bottom := p.pdf.GetMargins()
	if p.pdf.GetY()+h > pageH-bottom {
		p.pdf.AddPage()
	}
}

func (p *printer) rowHeight(cells []string, widths []float64, lh float64) float64 {
	lines := 1
	for i, c := range cells {
		n := len(p.pdf.SplitLines([]byte(p.tr(c)), widths[i]-4))
		if n > lines {
			lines = n
		}
	}
	return float64(lines)*lh + 4
}

func (p *printer) row(cells []string, widths []float64, lh float64, border bool, style string, size float64) {
	p.font(style, size)
	h := p.rowHeight(cells, widths, lh)
	p.ensure(h)
	x0, y0 := p.pdf.GetX(), p.pdf.GetY()
	x := x0
	for i, c := range cells {
		if border {
			p.pdf.Rect(x, y0, widths[i], h, "D")
		}
		p.pdf.SetXY(x+2, y0+2)
		p.pdf.MultiCell(widths[i]-4, lh, p.tr(c), "", "L", false)
		x += widths[i]
	}
	p.pdf.SetXY(x0, y0+h)
}

func (p *printer) block(b Block) {
	left, _, _, _ := p.pdf.GetMargins()
	lh := p.lh(b.Size)
	align := b.Align
	if align == "" {
		align = "L"
	}
	switch b.T {
	case "para":
		p.font(b.Style, b.Size)
		p.pdf.SetX(left + b.Indent)
		p.pdf.MultiCell(p.width-b.Indent, lh, p.tr(b.Text), "", align, false)
		p.pdf.Ln(lh * 0.5)
	case "lines":
		p.font(b.Style, b.Size)
		for _, line := range b.Lines {
			p.pdf.SetX(left + b.Indent)
			p.pdf.MultiCell(p.width-b.Indent, lh, p.tr(line), "", align, false)
		}
		p.pdf.Ln(lh * 0.5)
	case "table", "kv":
		widths := make([]float64, len(b.Widths))
		for i, w := range b.Widths {
			widths[i] = w * p.width
		}
		if len(b.Header) > 0 {
			p.row(b.Header, widths, lh, b.Border, "B", b.Size)
		}
		for _, r := range b.Rows {
			if len(b.Header) > 0 {
				_, pageH := p.pdf.GetPageSize()
				_, _, _, bottom := p.pdf.GetMargins()
				p.font(b.Style, b.Size)
				if p.pdf.GetY()+p.rowHeight(r, widths, lh) > pageH-bottom {
					p.pdf.AddPage()
					p.row(b.Header, widths, lh, b.Border, "B", b.Size)
				}
			}
			p.row(r, widths, lh, b.Border, b.Style, b.Size)
		}
		p.pdf.Ln(lh * 0.6)
	case "box":
		p.font("", b.Size)
		text := strings.Join(b.Lines, "\n")
		h := float64(len(p.pdf.SplitLines([]byte(p.tr(text)), p.width-12)))*lh + 10
		if b.Text != "" {
			h += lh + 4
		}
		p.ensure(h)
		y0 := p.pdf.GetY()
		p.pdf.Rect(left, y0, p.width, h, "D")
		p.pdf.SetXY(left+6, y0+5)
		if b.Text != "" {
			p.font("B", b.Size)
			p.pdf.MultiCell(p.width-12, lh, p.tr(b.Text), "", "L", false)
			p.pdf.SetX(left + 6)
			p.pdf.Ln(4)
			p.pdf.SetX(left + 6)
			p.font("", b.Size)
		}
		p.pdf.MultiCell(p.width-12, lh, p.tr(text), "", "L", false)
		p.pdf.SetXY(left, y0+h)
		p.pdf.Ln(lh * 0.6)
	case "sigside":
		p.font("", b.Size)
		n := len(b.Left)
		if len(b.Right) > n {
			n = len(b.Right)
		}
		p.ensure(float64(n)*lh + 4)
		y0 := p.pdf.GetY()
		for i, line := range b.Left {
			p.pdf.SetXY(left, y0+float64(i)*lh)
			p.pdf.CellFormat(p.width*0.45, lh, p.tr(line), "", 0, "L", false, 0, "")
		}
		for i, line := range b.Right {
			p.pdf.SetXY(left+p.width*0.55, y0+float64(i)*lh)
			p.pdf.CellFormat(p.width*0.45, lh, p.tr(line), "", 0, "L", false, 0, "")
		}
		p.pdf.SetXY(left, y0+float64(n)*lh)
		p.pdf.Ln(lh * 0.5)
	case "rule":
		y := p.pdf.GetY()
		p.pdf.Line(left, y, left+p.width, y)
		p.pdf.Ln(4)
	case "space":
		p.pdf.Ln(b.H)
	case "page":
		p.pdf.AddPage()
	default:
		panic(fmt.Sprintf("unknown block %q", b.T))
	}
}

func print(job Job) error {
	pdf := gofpdf.New("P", "pt", "Letter", "/usr/share/fonts/truetype/dejavu")
	if job.Family == "dejavu" {
		pdf.AddUTF8Font("dejavu", "", "DejaVuSans.ttf")
		pdf.AddUTF8Font("dejavu", "B", "DejaVuSans-Bold.ttf")
		pdf.AddUTF8Font("dejavu", "I", "DejaVuSans-Oblique.ttf")
	}
	margin := job.Margin
	if margin == 0 {
		margin = 60
	}
	pdf.SetMargins(margin, margin, margin)
	pdf.SetAutoPageBreak(true, margin)
	tr := func(s string) string { return s }
	if job.Family != "dejavu" {
		tr = pdf.UnicodeTranslatorFromDescriptor("")
	}
	pageW, _ := pdf.GetPageSize()
	p := &printer{pdf: pdf, job: job, tr: tr, width: pageW - 2*margin}
	pdf.SetHeaderFunc(func() {
		if job.Header != "" {
			p.font("I", job.Size-1)
			pdf.SetY(margin / 2)
			pdf.CellFormat(p.width, 10, tr(job.Header), "", 1, "R", false, 0, "")
			pdf.SetY(margin)
		}
	})
	pdf.SetFooterFunc(func() {
		if job.Footer {
			p.font("", job.Size-2)
			pdf.SetY(-margin / 1.5)
			pdf.CellFormat(p.width, 10, fmt.Sprintf("Page %d", pdf.PageNo()), "", 0, "C", false, 0, "")
		}
	})
	pdf.AddPage()
	for _, b := range job.Blocks {
		p.block(b)
	}
	return pdf.OutputFileAndClose(job.Out)
}

func main() {
	raw, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	var jobs []Job
	if err := json.Unmarshal(raw, &jobs); err != nil {
		panic(err)
	}
	for _, job := range jobs {
		if err := print(job); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", job.Out, err)
			os.Exit(1)
		}
	}
}
