"""The sixth hand's blind corpus (issue 13): wkhtmltopdf and cairo documents with truth files."""
