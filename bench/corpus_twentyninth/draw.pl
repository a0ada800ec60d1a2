#!/usr/bin/perl
# Draws PDFs with PDF::Builder from JSON page lists (bench/corpus_twentyninth's `pdfbuilder` family).
# stdin: a JSON list of {"out", "producer", "title", "stamp", "pages"}; one process draws them all,
# since loading PDF::Builder costs more than drawing a document.
use strict;
use warnings;
use JSON::PP;
use PDF::Builder;

local $/;
draw($_) for @{ decode_json(<STDIN>) };

sub draw {
    my ($spec) = @_;
    my $pdf = PDF::Builder->new(-compress => 'none');
    {
        local $SIG{__WARN__} = sub { };    # 3.025 warns while reading back keys it never had
        $pdf->info('Producer' => $spec->{producer}, 'Title' => $spec->{title},
                   'CreationDate' => "D:$spec->{stamp}", 'ModDate' => "D:$spec->{stamp}");
    }
    my %fonts;
    my $font = sub {
        my ($name) = @_;
        return $fonts{$name} //= $name =~ m{^/} ? $pdf->ttfont($name) : $pdf->corefont($name);
    };
    for my $ops (@{ $spec->{pages} }) {
        my $page = $pdf->page();
        $page->mediabox('Letter');
        my $gfx  = $page->gfx();
        my $text = $page->text();
        for my $op (@$ops) {
            my ($kind, @a) = @$op;
            if ($kind eq 'text') {    # x, y, font, size, string, align
                my ($x, $y, $f, $size, $s, $align) = @a;
                $text->font($font->($f), $size);
                $text->translate($x, $y);
                if    ($align eq 'right')  { $text->text_right($s) }
                elsif ($align eq 'center') { $text->text_center($s) }
                else                       { $text->text($s) }
            } elsif ($kind eq 'line') {    # x1, y1, x2, y2, width
                $gfx->linewidth($a[4]);
                $gfx->move($a[0], $a[1]);
                $gfx->line($a[2], $a[3]);
                $gfx->stroke();
            } elsif ($kind eq 'rect') {    # x, y, w, h, line width, gray fill (or -1: none)
                $gfx->linewidth($a[4]);
                $gfx->rect($a[0], $a[1], $a[2], $a[3]);
                if ($a[5] >= 0) { $gfx->fillcolor($a[5]); $gfx->fillstroke(); $gfx->fillcolor(0) }
                else            { $gfx->stroke() }
            }
        }
    }
    $pdf->saveas($spec->{out});
}
