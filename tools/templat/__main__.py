"""Rebuild every built-in template: `python -m tools.templat` (each module here with a `build()`)."""

import importlib
import pkgutil
from pathlib import Path

package = Path(__file__).resolve().parent
for module in sorted(m.name for m in pkgutil.iter_modules([str(package)])):
    if module in ("umum", "__main__"):
        continue
    builder = importlib.import_module(f"tools.templat.{module}")
    if hasattr(builder, "build"):
        for path in builder.build():
            print(f"ditulis: {path}")
