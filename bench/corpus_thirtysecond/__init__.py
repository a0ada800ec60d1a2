"""The thirtysecond blind corpus (issue 13): hand-written PostScript and Perl Text::PDF senders."""
