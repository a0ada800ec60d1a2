"""The forty-eighth blind hand's corpus: protests, ruling requests and penalty referrals printed by Yorick and tgif."""
