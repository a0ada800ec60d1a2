#!/usr/bin/perl
# Draws a job (JSON from canvas.py) with Perl's PDF::Create: text, lines and rectangles at
# absolute positions in base-14 fonts. Usage: pdfcreate.pl JOB.json OUT.pdf
use strict;
use warnings;
use JSON::PP;
use PDF::Create;

my ($job_path, $out) = @ARGV;
open(my $fh, '<:raw', $job_path) or die "cannot read $job_path: $!";
my $job = JSON::PP->new->decode(do { local $/; <$fh> });
close $fh;

# A fixed creation date keeps the output the same for the same seed.
my $pdf = PDF::Create->new(
    filename     => $out,
    Author       => $job->{author},
    Title        => $job->{title},
    CreationDate => [0, 0, 9, 1, 0, 125],
);
my $root = $pdf->new_page(MediaBox => $pdf->get_page_size('Letter'));
my %fonts;
sub font {
    my ($name) = @_;
    $fonts{$name} //= $pdf->font(Subtype => 'Type1', Encoding => 'WinAnsiEncoding', BaseFont => $name);
    return $fonts{$name};
}
for my $ops (@{ $job->{pages} }) {
    my $page = $root->new_page;
    for my $op (@$ops) {
        my ($kind, @a) = @$op;
        if ($kind eq 'text') {
            my ($x, $y, $name, $size, $text) = @a;
            $page->stringl(font($name), $size, $x, $y, $text);
        } elsif ($kind eq 'line') {
            my ($x1, $y1, $x2, $y2, $width) = @a;
            $page->set_width($width);
            $page->line($x1, $y1, $x2, $y2);
        } elsif ($kind eq 'rect') {
            my ($x, $y, $w, $h, $width, $fill) = @a;
            $page->set_width($width);
            if ($fill) {
                $page->setgray($fill);
                $page->rectangle($x, $y, $w, $h);
                $page->fill;
                $page->setgray(0);
            } else {
                $page->rectangle($x, $y, $w, $h);
                $page->stroke;
            }
        } else {
            die "unknown op $kind";
        }
    }
}
$pdf->close;
