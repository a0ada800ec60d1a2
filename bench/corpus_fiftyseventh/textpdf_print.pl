#!/usr/bin/perl
# Writes a PDF with Text::PDF from a list of drawing operations (one per line, tab separated):
#   PAGE                       start a new letter-size page
#   T  font size x y text      show text at x,y (font: R B I M = roman, bold, italic, mono)
#   L  x1 y1 x2 y2 width       stroke a line
#   G  x y w h grey            fill a grey box
# The content streams' text operators are written here, one BT/ET per line of text.
use strict;
use warnings;
use Text::PDF::File;
use Text::PDF::Page;
use Text::PDF::Pages;
use Text::PDF::Utils;
use Text::PDF::SFont;

my ($in, $out, $family) = @ARGV;
my %base = (
    Helvetica => ['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique'],
    Times => ['Times-Roman', 'Times-Bold', 'Times-Italic'],
    Courier => ['Courier', 'Courier-Bold', 'Courier-Oblique'],
);
my $pdf = Text::PDF::File->new;
my $root = Text::PDF::Pages->new($pdf);
$root->proc_set('PDF', 'Text');
$root->bbox(0, 0, 612, 792);
my %tag;
my @names = (@{ $base{$family} }, 'Courier');
my @tags = qw(R B I M);
for my $i (0 .. 3) {
    my $font = Text::PDF::SFont->new($pdf, $names[$i], "F$tags[$i]");
    $root->add_font($font);
    $tag{ $tags[$i] } = "F$tags[$i]";
}
$pdf->{'Info'} = PDFDict();
$pdf->{'Info'}{'Producer'} = PDFStr('Text::PDF');
$pdf->new_obj($pdf->{'Info'});

sub esc {
    my ($s) = @_;
    $s =~ s/([\\()])/\\$1/g;
    return $s;
}

open(my $fh, '<:encoding(UTF-8)', $in) or die "cannot read $in: $!";
my $page;
while (my $line = <$fh>) {
    chomp $line;
    my @f = split /\t/, $line, -1;
    if ($f[0] eq 'PAGE') {
        $page = Text::PDF::Page->new($pdf, $root);
    } elsif ($f[0] eq 'T') {
        my ($font, $size, $x, $y, $text) = @f[1 .. 5];
        $page->add(sprintf("BT /%s %s Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET\n", $tag{$font}, $size, $x, $y, esc($text)));
    } elsif ($f[0] eq 'L') {
        $page->add(sprintf("%s w %.2f %.2f m %.2f %.2f l S\n", $f[5], @f[1 .. 4]));
    } elsif ($f[0] eq 'G') {
        $page->add(sprintf("q %s g %.2f %.2f %.2f %.2f re f Q\n", $f[5], @f[1 .. 4]));
    }
}
close $fh;
$pdf->out_file($out);
