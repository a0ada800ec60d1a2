#!/usr/bin/perl
# Draws the pdfapi2 family with PDF::API2: reads a JSON list of jobs {"out", "pages": [[op, ...]]}
# and places every text, line and rectangle absolutely, as a Perl letter-writing script does.
use strict;
use warnings;
use JSON::PP;
use PDF::API2;

my %TTF = (
    'DejaVuSerif' => '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf',
    'DejaVuSerif-Bold' => '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf',
    'DejaVuSans' => '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    'DejaVuSans-Bold' => '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
    'LiberationSerif' => '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf',
    'LiberationSerif-Bold' => '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf',
    'LiberationMono' => '/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf',
);

local $/;
my $jobs = decode_json(<STDIN>);
for my $job (@$jobs) {
    my $pdf = PDF::API2->new();
    $pdf->info(Producer => 'PDF::API2', Title => $job->{title}, CreationDate => $job->{pdfdate});
    my %fonts;
    my $font = sub {
        my ($name) = @_;
        $fonts{$name} //= exists $TTF{$name} ? $pdf->ttfont($TTF{$name}) : $pdf->corefont($name);
        return $fonts{$name};
    };
    for my $ops (@{$job->{pages}}) {
        my $page = $pdf->page();
        $page->mediabox('Letter');
        my $gfx = $page->gfx();
        my $text = $page->text();
        for my $op (@$ops) {
            my $t = $op->{t};
            if ($t eq 'text') {
                $text->font($font->($op->{f}), $op->{s});
                $text->translate($op->{x}, $op->{y});
                $text->text($op->{v});
            } elsif ($t eq 'line') {
                $gfx->linewidth($op->{w} // 0.6);
                $gfx->move($op->{x1}, $op->{y1});
                $gfx->line($op->{x2}, $op->{y2});
                $gfx->stroke();
            } elsif ($t eq 'rect') {
                $gfx->linewidth($op->{w} // 0.6);
                $gfx->rect($op->{x}, $op->{y}, $op->{wd}, $op->{h});
                $gfx->stroke();
            }
        }
    }
    $pdf->saveas($job->{out});
}
