"""The .docx engine: a template patched and compiled once, then filled for each document.

Layers, as in python-docx: `zipparts` (zip members, raw deflate) and `package` (OPC parts and
relationships) at the bottom; `wordxml`, `page`, `media`, `numbering` (Word XML fixes); `prepare`
(taking a template apart once); `engine` (filling and writing one document) and `merge` (many documents
in one print file); `check` and `names` (inspecting users' templates). Writing files atomically and PDF
conversion are not the engine's business: it writes to binary streams it is given.
"""

from naskah.docx.engine import PreparedTemplate, RenderedDocument
from naskah.docx.merge import MergedWriter
from naskah.docx.page import PageSetup

__all__ = ["MergedWriter", "PageSetup", "PreparedTemplate", "RenderedDocument"]
