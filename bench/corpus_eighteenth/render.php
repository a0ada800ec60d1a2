<?php
// Renders one document spec (JSON, see render.py) with TCPDF, the way a PHP web application prints.
// Usage: php render.php SPEC.json OUT.pdf
require_once('/usr/share/php/tcpdf/tcpdf.php');

class PortalPDF extends TCPDF {
    public $hdr = null;
    public $ftr = null;
    public function Header() {
        if ($this->hdr === null) { return; }
        $this->SetFont($this->fam, 'B', 8);
        $this->Cell(0, 12, $this->hdr, 'B', 1, 'L');
    }
    public function Footer() {
        if ($this->ftr === null) { return; }
        $this->SetY(-30);
        $this->SetFont($this->fam, '', 7);
        $txt = str_replace(['{page}', '{total}'], [$this->getAliasNumPage(), $this->getAliasNbPages()], $this->ftr);
        $this->Cell(0, 10, $txt, 'T', 0, 'C');
    }
    public $fam = 'helvetica';
}

function h($s) { return htmlspecialchars($s, ENT_NOQUOTES, 'UTF-8'); }

$spec = json_decode(file_get_contents($argv[1]), true);
$pdf = new PortalPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->fam = $spec['font'];
$pdf->hdr = $spec['header'];
$pdf->ftr = $spec['footer'];
$pdf->SetCreator($spec['creator']);
$pdf->SetMargins(54, $spec['header'] === null ? 54 : 64, 54);
$pdf->SetAutoPageBreak(true, 54);
$pdf->setPrintHeader($spec['header'] !== null);
$pdf->setPrintFooter($spec['footer'] !== null);
$pdf->AddPage();
$base = $spec['size'];
$pdf->SetFont($spec['font'], '', $base);
$W = $pdf->getPageWidth() - 108;

foreach ($spec['blocks'] as $b) {
    $t = $b['t'];
    if ($t === 'h') {
        $pdf->SetFont($spec['font'], 'B', $b['size']);
        $pdf->MultiCell(0, 0, $b['text'], 0, $b['align'], false, 1);
        $pdf->SetFont($spec['font'], '', $base);
        $pdf->Ln(4);
    } elseif ($t === 'p') {
        $pdf->SetFont($spec['font'], $b['bold'] ? 'B' : '', $base);
        // TCPDF's 'J' also stretches a paragraph's last line; web apps print such text flush left.
        $pdf->MultiCell(0, 0, $b['text'], 0, $b['align'] === 'J' ? 'L' : $b['align'], false, 1);
        $pdf->SetFont($spec['font'], '', $base);
        $pdf->Ln(5);
    } elseif ($t === 'kv') {
        $html = '<table border="1" cellpadding="3">';
        foreach ($b['rows'] as $r) {
            $html .= '<tr><td width="' . round($W * $b['w']) . '" bgcolor="#eeeeee"><b>' . h($r[0]) . '</b></td><td width="'
                . round($W * (1 - $b['w'])) . '">' . nl2br(h($r[1])) . '</td></tr>';
        }
        $pdf->writeHTML($html . '</table>', true, false, false, false, '');
        $pdf->Ln(4);
    } elseif ($t === 'grid') {
        foreach ($b['rows'] as $row) {
            $html = '<table border="1" cellpadding="2"><tr>';
            foreach ($row as $c) {
                $html .= '<td width="' . round($W * $c[2]) . '"><font size="6">' . h($c[0]) . '</font><br/>' . nl2br(h($c[1])) . '</td>';
            }
            $pdf->writeHTML($html . '</tr></table>', false, false, false, false, '');
        }
        $pdf->Ln(6);
    } elseif ($t === 'table') {
        $bd = ['all' => 'border:0.5px solid #000;', 'h' => 'border-top:0.5px solid #000;border-bottom:0.5px solid #000;',
               'bottom' => 'border-bottom:0.5px solid #000;', 'none' => ''][$b['borders']];
        $html = '<table cellpadding="3"><tr>';
        foreach ($b['head'] as $i => $c) {
            $html .= '<th width="' . round($W * $b['widths'][$i]) . '" style="' . $bd . 'font-weight:bold;background-color:#dddddd;">' . h($c) . '</th>';
        }
        $html .= '</tr>';
        foreach ($b['rows'] as $r) {
            $html .= '<tr nobr="true">';
            foreach ($r as $i => $c) {
                $html .= '<td width="' . round($W * $b['widths'][$i]) . '" style="' . $bd . '">' . h($c) . '</td>';
            }
            $html .= '</tr>';
        }
        $pdf->writeHTML($html . '</table>', true, false, false, false, '');
        $pdf->Ln(4);
    } elseif ($t === 'checks') {
        foreach ($b['items'] as $it) {
            $pdf->MultiCell(0, 0, ($it[1] ? '[X] ' : '[  ] ') . $it[0], 0, 'L', false, 1);
        }
        $pdf->Ln(4);
    } elseif ($t === 'stamp') {
        $pdf->SetTextColor(160, 0, 0);
        $pdf->SetDrawColor(160, 0, 0);
        $pdf->SetFont($spec['font'], 'B', $base);
        $pdf->MultiCell(170, 0, implode("\n", $b['lines']), 1, 'C', false, 1, $pdf->getPageWidth() - 230);
        $pdf->SetTextColor(0, 0, 0);
        $pdf->SetDrawColor(0, 0, 0);
        $pdf->SetFont($spec['font'], '', $base);
        $pdf->Ln(6);
    } elseif ($t === 'rule') {
        $y = $pdf->GetY();
        $pdf->Line(54, $y, $pdf->getPageWidth() - 54, $y);
        $pdf->Ln(6);
    } elseif ($t === 'space') {
        $pdf->Ln($b['h']);
    } elseif ($t === 'break') {
        $pdf->AddPage();
    }
}
$pdf->Output($argv[2], 'F');
