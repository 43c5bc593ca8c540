"""OOXML schema validation of written .docx files with openxml-audit (the Open XML SDK's schema, no .NET).

Only schema errors count: the package's heuristics beyond the schema (its Word app-compat guesses such as the
stylesWithEffects comparison) flag python-docx's own blank document, so semantic checks stay off and only
findings of type SCHEMA are returned.
"""

from __future__ import annotations

import functools
from pathlib import Path


@functools.cache
def _validator():
    from openxml_audit import OpenXmlValidator

    return OpenXmlValidator(max_errors=0, semantic_validation=False)


def schema_errors(path: Path) -> list[str]:
    """Return one line per schema error in the .docx at `path` (part, element path, what is wrong)."""
    from openxml_audit.errors import ValidationErrorType

    result = _validator().validate(str(path))
    return [
        f"{path.name}: {error.part_uri}:{error.path}: {error.description}"
        for error in result.errors
        if error.error_type == ValidationErrorType.SCHEMA
    ]
