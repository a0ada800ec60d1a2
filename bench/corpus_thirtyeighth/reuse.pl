#!/usr/bin/perl
# bench/corpus_thirtyeighth's `reuse` family: pages of placed text and rules (JSON, ARGV[0]), laid out
# by render.py, written by Perl's PDF::Reuse on its base-14 fonts to ARGV[1].
use strict;
use warnings;
use JSON::PP;
use PDF::Reuse;

my $spec = do { local $/; open my $fh, '<', $ARGV[0] or die "$ARGV[0]: $!"; decode_json(<$fh>) };
prFile($ARGV[1]);

my $first = 1;
for my $page (@{$spec->{pages}}) {
    prPage() unless $first;
    $first = 0;
    for my $op (@$page) {
        if ($op->{op} eq 'text') {
            prFont($op->{font});
            prFontSize($op->{size});
            prText($op->{x}, $op->{y}, $op->{s});
        } elsif ($op->{op} eq 'line') {
            prAdd(sprintf('q %.2f w %.2f %.2f m %.2f %.2f l S Q', $op->{w}, $op->{x1}, $op->{y1}, $op->{x2}, $op->{y2}));
        } elsif ($op->{op} eq 'rect') {
            prAdd(sprintf('q %.2f w %.2f %.2f %.2f %.2f re S Q', $op->{w}, $op->{x}, $op->{y}, $op->{width}, $op->{height}));
        }
    }
}
prEnd();
