"""The forty-fourth blind hand: customs documents typeset by LilyPond and printed by Vim."""
