"""Letters from .docx templates (docxtpl, always autoescaped) and LibreOffice PDF previews."""
