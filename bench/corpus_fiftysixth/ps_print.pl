# Writes the pages of a JSON plan as a PostScript program with Perl's PostScript::Simple.
# usage: perl ps_print.pl PLAN.json OUT.ps   (ghostscript's ps2pdf then makes the PDF)
use strict;
use warnings;
use JSON::PP;
use Encode qw(encode);
use PostScript::Simple;

open(my $fh, '<:raw', $ARGV[0]) or die "cannot read $ARGV[0]";
my $plan = JSON::PP->new->utf8->decode(do { local $/; <$fh> });
close($fh);
my ($w, $h) = @{ $plan->{size} };
my $ps = PostScript::Simple->new(xsize => $w, ysize => $h, units => 'bp', colour => 1, eps => 0,
                                 reencode => 'ISOLatin1Encoding');
for my $ops (@{ $plan->{pages} }) {
    $ps->newpage;
    for my $op (@$ops) {
        my ($k, @a) = @$op;
        if ($k eq 't') {
            $ps->setcolour(0, 0, 0);
            $ps->setfont("$a[2]-iso", $a[3]);
            $ps->text($a[0], $a[1], encode('iso-8859-1', $a[4]));
        } elsif ($k eq 'l') {
            $ps->setcolour(0, 0, 0);
            $ps->setlinewidth($a[4]);
            $ps->line($a[0], $a[1], $a[2], $a[3]);
        } elsif ($k eq 'r') {
            $ps->setcolour(0, 0, 0);
            $ps->setlinewidth($a[4]);
            $ps->box($a[0], $a[1], $a[0] + $a[2], $a[1] + $a[3]);
        } elsif ($k eq 'f') {
            my $g = int($a[4] * 255);
            $ps->setcolour($g, $g, $g);
            $ps->box({filled => 1}, $a[0], $a[1], $a[0] + $a[2], $a[1] + $a[3]);
        }
    }
}
$ps->output($ARGV[1]);
