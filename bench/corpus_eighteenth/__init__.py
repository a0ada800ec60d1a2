"""The eighteenth hand: customs documents drawn by PHP's TCPDF and Ruby's Prawn (issue 13)."""
