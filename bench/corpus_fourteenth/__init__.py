"""The fourteenth blind hand (issue 13): pdfmake documents, and scanned paper made a PDF by
tesseract (page image plus its OCR text layer)."""
