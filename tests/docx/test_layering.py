"""The engine stands on its own, naskah's modules import one another without cycles, and the layers hold.

Dependencies run one way: cli → commands → jenis (the document kinds) → docx (the engine) / domain. The
engine and the domain know nothing of the layers above them, so each can be used and tested alone.
"""

from __future__ import annotations

import ast
import graphlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
PACKAGE = SRC / "naskah"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}
ENGINE = sorted(name for name in MODULES if name == "naskah.docx" or name.startswith("naskah.docx."))
# What the engine may use of naskah: itself, the package root and the one exception hierarchy.
ENGINE_MAY_USE = ("naskah", "naskah.errors")


def in_package(name: str, package: str) -> bool:
    return name == package or name.startswith(f"{package}.")


def engine_may_use(name: str) -> bool:
    return name in ENGINE_MAY_USE or in_package(name, "naskah.docx")


# --- reading imports with ast -----------------------------------------------------------------------------


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _statements(body: list[ast.stmt], *, functions: bool) -> Iterator[ast.stmt]:
    """Yield the statements of `body` that run on import (and inside functions too when `functions`).

    ``if TYPE_CHECKING:`` blocks never run; class bodies run on import; function bodies only when called.
    """
    for statement in body:
        yield statement
        if isinstance(statement, ast.If):
            if not _is_type_checking(statement.test):
                yield from _statements(statement.body, functions=functions)
            yield from _statements(statement.orelse, functions=functions)
        elif isinstance(statement, (ast.Try, ast.TryStar)):
            for block in (statement.body, *(h.body for h in statement.handlers), statement.orelse, statement.finalbody):
                yield from _statements(block, functions=functions)
        elif isinstance(statement, (ast.With, ast.For, ast.While, ast.ClassDef)):
            yield from _statements(statement.body, functions=functions)
        elif isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)) and functions:
            yield from _statements(statement.body, functions=functions)


def imported_modules(source: str, module: str, *, is_package: bool, functions: bool = False) -> set[str]:
    """Return the naskah modules `module` imports (its top level only, unless `functions`).

    ``from pkg import name`` counts as the submodule ``pkg.name`` when there is one, otherwise as ``pkg``.
    """
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()
    for statement in _statements(ast.parse(source).body, functions=functions):
        if isinstance(statement, ast.Import):
            found.update(alias.name for alias in statement.names)
        elif isinstance(statement, ast.ImportFrom):
            base = statement.module or ""
            if statement.level:
                anchor = package.split(".")[: len(package.split(".")) - statement.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in statement.names:
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base)
    return {name for name in found if in_package(name, "naskah")}


def imports_of(module: str, *, functions: bool = False) -> set[str]:
    path = MODULES[module]
    return imported_modules(
        path.read_text(encoding="utf-8"), module, is_package=path.name == "__init__.py", functions=functions
    )


def import_graph() -> dict[str, set[str]]:
    """Return module → the naskah modules that importing it runs, at top level.

    Importing ``a.b.c`` also runs the packages ``a`` and ``a.b``; a module's own enclosing packages are
    left out, since Python always starts them first (only names taken from them count as edges).
    """
    graph: dict[str, set[str]] = {}
    for module in MODULES:
        ancestors = {module.rsplit(".", n)[0] for n in range(1, module.count(".") + 1)}
        edges: set[str] = set()
        for target in imports_of(module):
            parts = target.split(".")
            edges |= {".".join(parts[:i]) for i in range(1, len(parts))} - ancestors - {module}
            if target != module:
                edges.add(target)
        graph[module] = edges
    return graph


# --- (1) the engine imports nothing above it -------------------------------------------------------------


@pytest.mark.parametrize("module", ENGINE)
def test_importing_the_engine_loads_nothing_of_the_layers_above(module):
    code = (
        "import importlib, json, sys; "
        f"importlib.import_module({module!r}); "
        "print(json.dumps(sorted(m for m in sys.modules if m == 'naskah' or m.startswith('naskah.'))))"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    assert module in loaded
    above = [name for name in loaded if not engine_may_use(name)]
    assert above == [], f"{module} loads {above} (naskah.jenis/commands/cli/keluaran/domain are above the engine)"


@pytest.mark.parametrize("module", ENGINE)
def test_the_engine_reaches_nothing_above_even_inside_functions(module):
    # A lazy import inside a function still makes the engine depend on the layer above it.
    above = sorted(name for name in imports_of(module, functions=True) if not engine_may_use(name))
    assert above == [], f"{module} imports {above}"


# --- (2) no import cycles --------------------------------------------------------------------------------


def test_there_is_no_import_cycle_among_naskah_modules():
    graph = import_graph()
    try:
        tuple(graphlib.TopologicalSorter(graph).static_order())
    except graphlib.CycleError as exc:
        pytest.fail(f"import cycle at module level: {' → '.join(exc.args[1])}")


def test_the_graph_sees_real_imports_and_skips_type_checking_ones():
    graph = import_graph()
    assert {"naskah.docx.prepare", "naskah.docx.wordxml", "naskah.errors"} <= graph["naskah.docx.engine"]
    assert "naskah.docx.engine" in graph["naskah.docx"]
    assert "naskah.docx" in graph["naskah.jenis._common"]  # `from naskah.docx.page import …` runs the package
    assert "naskah.docx.engine" not in graph["naskah.docx.merge"]  # imported only under TYPE_CHECKING
    assert "naskah.docx" not in graph["naskah.docx.engine"]  # its own package: `from naskah.docx import wordxml`


def test_the_import_reader_counts_only_what_runs_on_import():
    source = """
from typing import TYPE_CHECKING
import naskah.domain.tanggal
from naskah.docx import page
from naskah.errors import TemplateError
if TYPE_CHECKING:
    from naskah.jenis import Jenis
else:
    from naskah import keluaran
try:
    from naskah.domain import nip
except ImportError:
    pass
class Alat:
    from naskah.domain import gelar
def nanti():
    from naskah.commands import buat
"""
    found = imported_modules(source, "naskah.contoh", is_package=False)
    assert found == {
        "naskah.domain.tanggal",
        "naskah.docx.page",
        "naskah.errors",
        "naskah.keluaran",
        "naskah.domain.nip",
        "naskah.domain.gelar",
    }
    assert "naskah.commands.buat" in imported_modules(source, "naskah.contoh", is_package=False, functions=True)


def test_a_cycle_would_be_caught():
    graph = {"naskah.a": {"naskah.b"}, "naskah.b": {"naskah.c"}, "naskah.c": {"naskah.a"}}
    with pytest.raises(graphlib.CycleError):
        tuple(graphlib.TopologicalSorter(graph).static_order())


# --- (3) the layers ---------------------------------------------------------------------------------------

# Higher imports lower, never the reverse. Output machinery (keluaran, the PDF step) sits beside the engine;
# the letter-number register (agenda) beside the kinds, used by the commands.
LAYERS = (
    (4, ("naskah.cli", "naskah.cli_agenda", "naskah.cli_indonesia", "naskah.__main__")),
    (3, ("naskah.commands",)),
    (2, ("naskah.jenis", "naskah.agenda")),
    (1, ("naskah.docx", "naskah.domain", "naskah.keluaran", "naskah.pdf")),
    (0, ("naskah.errors", "naskah.stopping", "naskah.listlike")),
)
# On purpose: the schema and its checks name the template kinds from the table of kinds, which is plain data
# (naskah.jenis/__init__.py imports nothing of naskah); they never import a kind's code.
ALLOWED_UPWARD = {("naskah.domain.schema", "naskah.jenis"), ("naskah.domain.semantics", "naskah.jenis")}


def layer(module: str) -> int:
    if module == "naskah":
        return 0  # the package root: only the version
    for rank, packages in LAYERS:
        if any(in_package(module, package) for package in packages):
            return rank
    raise AssertionError(f"{module} has no layer: add it to LAYERS in {Path(__file__).name}")


def test_every_module_has_a_layer():
    for module in MODULES:
        layer(module)


def test_no_module_imports_a_higher_layer_at_top_level():
    upward = sorted(
        f"{module} ({layer(module)}) → {target} ({layer(target)})"
        for module, targets in import_graph().items()
        for target in targets
        if layer(target) > layer(module) and (module, target) not in ALLOWED_UPWARD
    )
    assert upward == []


def test_the_allowed_exception_is_only_the_plain_table_of_kinds():
    # If naskah.jenis/__init__ imported naskah code, the domain's use of it would drag that code along.
    assert imports_of("naskah.jenis") == set()
    for module, target in ALLOWED_UPWARD:
        assert target == "naskah.jenis" and module.startswith("naskah.domain.")


def test_the_domain_and_the_engine_do_not_import_each_other():
    crossing = sorted(
        f"{module} → {target}"
        for module, targets in import_graph().items()
        for target in targets
        if (in_package(module, "naskah.domain") and in_package(target, "naskah.docx"))
        or (in_package(module, "naskah.docx") and in_package(target, "naskah.domain"))
    )
    assert crossing == []
