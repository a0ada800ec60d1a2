"""Page objects for the trade case system; every URL and selector comes from portal.toml."""
