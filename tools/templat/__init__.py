"""Builders of the built-in .docx templates in templates/ (run `python -m tools.templat`)."""
