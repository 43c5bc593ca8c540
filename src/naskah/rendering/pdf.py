"""Former home of the PDF helpers, now `naskah.pdf.soffice` and `naskah.pdf.split`."""

from naskah.pdf.soffice import INSTALL_HINT, convert_to_pdf, default_timeout, find_soffice, font_warning
from naskah.pdf.split import letter_page_counts, page_count, page_texts, split_pdf

__all__ = [
    "INSTALL_HINT",
    "convert_to_pdf",
    "default_timeout",
    "find_soffice",
    "font_warning",
    "letter_page_counts",
    "page_count",
    "page_texts",
    "split_pdf",
]
