"""The forty-fifth blind hand: customs documents drawn by Asymptote and by Perl's Cairo bindings."""
