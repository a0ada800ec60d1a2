<?php
// Draws a page list (JSON on stdin) with Horde_Pdf_Writer (php-horde-pdf) and writes the PDF to argv[1].
// Ops: ["font", family, style, size], ["text", x, y, string], ["line", x0, y0, x1, y1],
// ["rect", x, y, w, h], ["width", w]; units are points, y from the top of a US-letter page.
spl_autoload_register(function ($c) { require_once str_replace('_', '/', $c) . '.php'; });
$pages = json_decode(stream_get_contents(STDIN), true);
$pdf = new Horde_Pdf_Writer(array('orientation' => 'P', 'unit' => 'pt', 'format' => 'letter'));
$pdf->setCompression(true);
$pdf->setInfo('title', $pages['title']);
$pdf->setInfo('creator', 'Horde_Pdf');
$pdf->open();
$pdf->setAutoPageBreak(false);
foreach ($pages['pages'] as $ops) {
    $pdf->addPage();
    foreach ($ops as $op) {
        switch ($op[0]) {
        case 'font': $pdf->setFont($op[1], $op[2], $op[3]); break;
        case 'text': $pdf->text($op[1], $op[2], iconv('UTF-8', 'CP1252//TRANSLIT', $op[3])); break;
        case 'line': $pdf->line($op[1], $op[2], $op[3], $op[4]); break;
        case 'rect': $pdf->rect($op[1], $op[2], $op[3], $op[4]); break;
        case 'width': $pdf->setLineWidth($op[1]); break;
        }
    }
}
$pdf->close();
file_put_contents($argv[1], $pdf->getOutput());
