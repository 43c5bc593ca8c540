"""`--pdf` for the commands: the step itself lives in `naskah.pdf.step`."""

from naskah.pdf.step import Plan, docx_lines, letter_markers, peringatan, tambah_pdf

__all__ = ["Plan", "docx_lines", "letter_markers", "peringatan", "tambah_pdf"]
