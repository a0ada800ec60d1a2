"""The thirteenth hand: protests, ruling requests and penalty referrals made with Apache FOP and
LibreOffice Draw, written blind for an honest held-out reading score (issue 13)."""
