"""Regenerate the reference part of README.md from the schema and the commands."""

from pathlib import Path

from naskah.cli import main
from naskah.commands.referensi import replace_reference

readme = Path(__file__).resolve().parent.parent / "README.md"
readme.write_text(replace_reference(readme.read_text(encoding="utf-8"), main), encoding="utf-8")
print(f"{readme} diperbarui")
