"""The reading toolkit the bots share: dates, phrases, tables, money and letter structure."""
