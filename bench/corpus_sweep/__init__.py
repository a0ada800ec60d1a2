"""A one-factor-at-a-time variation sweep of customs documents (issue 13); see README.md."""
