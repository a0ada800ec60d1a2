#!/usr/bin/perl
# The `textpdf` producer: a billing system's Perl back end writing PDF with Text::PDF (base-14 fonts,
# WinAnsi encoding, one content stream per page). Reads the page description as JSON on stdin.
use strict;
use warnings;
use JSON::PP;
use Text::PDF::File;
use Text::PDF::Page;
use Text::PDF::Pages;
use Text::PDF::SFont;
use Text::PDF::Utils;

my $out = shift @ARGV or die "usage: textpdf.pl OUT.pdf < pages.json\n";
my $doc = decode_json(do { local $/; <STDIN> });
my $pdf = Text::PDF::File->new;
my $root = Text::PDF::Pages->new($pdf);
$root->proc_set("PDF", "Text");
$root->bbox(0, 0, 612, 792);
my (%fonts, $n);
for my $page (@{$doc->{pages}}) {
    for my $op (@$page) {
        next unless $op->[0] eq 'T' && !exists $fonts{$op->[3]};
        my $font = Text::PDF::SFont->new($pdf, $op->[3], "F" . ++$n, 1);
        $root->add_font($font);
        $fonts{$op->[3]} = "F$n";
    }
}
sub esc { my $s = shift; $s =~ s/([\\()])/\\$1/g; return $s; }
for my $page (@{$doc->{pages}}) {
    my $p = Text::PDF::Page->new($pdf, $root);
    my $stream = "";
    for my $op (@$page) {
        if ($op->[0] eq 'L') {
            $stream .= sprintf("%.2f w %.2f %.2f m %.2f %.2f l S\n", @$op[5, 1, 2, 3, 4]);
        } else {
            $stream .= sprintf("BT /%s %.1f Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET\n",
                               $fonts{$op->[3]}, $op->[4], $op->[1], $op->[2], esc($op->[5]));
        }
    }
    $p->add($stream);
    $p->ship_out($pdf);
}
$pdf->out_file($out);
