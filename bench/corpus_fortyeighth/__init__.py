"""The forty-eighth blind hand's corpus: customs documents printed by Yorick and tgif."""
