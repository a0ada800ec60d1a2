"""The twentieth hand (issue 13): LuaLaTeX documents and faxed copies with an OCR text layer."""
