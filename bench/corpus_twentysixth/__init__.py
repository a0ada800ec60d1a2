"""The twenty-sixth blind hand (issue 13): pydyf layouts of protests, rulings and referrals."""
