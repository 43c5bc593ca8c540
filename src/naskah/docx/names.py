"""Which data a template reads (``acara.tanggal``, ``penerima[].nama`` …) and which of it naskah provides."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from types import SimpleNamespace
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.defaults import DEFAULT_FILTERS

from naskah.docx.check import Finding, Paragraph, jinja_line

_DICT_METHODS = frozenset({"items", "keys", "values", "get"})
_LOOP = "loop"
_SPECIAL = frozenset({"self", "loop", "caller", "varargs", "kwargs"})  # names Jinja itself provides
_JINJA_OBJECTS = frozenset({"self", "cycler", "joiner", "lipsum"})  # Python objects, never letter text


@dataclasses.dataclass(frozen=True)
class Use:
    """One piece of data a template reads, as a path (lists shown as ``[]``), and where."""

    path: str
    paragraph: Paragraph


@dataclasses.dataclass(frozen=True)
class Available:
    """The data paths a context offers: containers, leaves, and lists whose items were never seen."""

    paths: frozenset[str]
    leaves: frozenset[str]
    open_lists: frozenset[str]

    def provides(self, path: str) -> bool:
        """Return whether reading `path` works; string methods on leaves and dict methods count as provided."""
        if path in self.paths or path in self.open_lists:
            return True
        prefixes = [path[:i] for i in range(len(path)) if path[i] in ".["]
        if any(prefix in self.leaves or prefix in self.open_lists for prefix in prefixes):
            return True
        base, _, last = path.rpartition(".")
        return last in _DICT_METHODS and base in self.paths


def available(contexts: Iterable[Mapping[str, Any]]) -> Available:
    """Return every path found in `contexts` (rendered example contexts of one kind, merged)."""
    paths: set[str] = set()
    leaves: set[str] = set()
    open_lists: set[str] = set()
    for context in contexts:
        for key, value in context.items():
            _walk(value, key, paths, leaves, open_lists)
    return Available(frozenset(paths), frozenset(leaves - paths_with_children(paths)), frozenset(open_lists))


def paths_with_children(paths: set[str]) -> set[str]:
    """Return the paths that have something below them."""
    return {p[:i] for p in paths for i in range(len(p)) if p[i] in ".["}


def _walk(value: Any, path: str, paths: set[str], leaves: set[str], open_lists: set[str]) -> None:
    paths.add(path)
    fields = _fields(value)
    if fields is not None:
        for key, inner in fields.items():
            _walk(inner, f"{path}.{key}", paths, leaves, open_lists)
    elif isinstance(value, (list, tuple)):
        if not value:
            open_lists.add(f"{path}[]")
        for item in value:
            _walk(item, f"{path}[]", paths, leaves, open_lists)
    else:
        leaves.add(path)


def _fields(value: Any) -> Mapping[str, Any] | None:
    """Return the named members Jinja can read from `value` (dict keys, record attributes), or None for a leaf."""
    if isinstance(value, Mapping):
        return value
    if isinstance(value, SimpleNamespace):
        return vars(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {field.name: getattr(value, field.name) for field in dataclasses.fields(value)}
    return None


def uses(paragraphs: Sequence[Paragraph], env: jinja2.Environment) -> tuple[list[Use], list[Finding]]:
    """Return the data paths the tags of `paragraphs` read, or the syntax error that stops reading them.

    The tags of paragraph n become line n of one Jinja source, so every node's line number points back at
    the paragraph it came from; loops across paragraphs (``{%p for … %}`` … ``{%p endfor %}``) parse as one.
    """
    source = "\n".join(jinja_line(p) for p in paragraphs)
    try:
        tree = env.parse(source)
    except jinja2.TemplateSyntaxError as exc:
        at = paragraphs[min(max((exc.lineno or 1) - 1, 0), len(paragraphs) - 1)]
        return [], [Finding(f"penulisan tag salah: {exc.message}", at)]
    found: list[tuple[str, int]] = []
    _Reader(set(env.globals), found).visit(tree, {})
    return [Use(path, paragraphs[line - 1]) for path, line in found], []


def _parsed(paragraphs: Sequence[Paragraph], env: jinja2.Environment) -> nodes.Template | None:
    try:
        return env.parse("\n".join(jinja_line(p) for p in paragraphs))
    except jinja2.TemplateSyntaxError:
        return None  # reported by `uses`


def unsafe_attributes(paragraphs: Sequence[Paragraph], env: jinja2.Environment) -> list[Finding]:
    """Return the tags reaching for Python internals (``__class__``, ``_x``, ``self``, ``cycler`` …).

    The sandbox stops the underscored ones; Jinja's own objects would print their Python form in a letter.
    """
    tree = _parsed(paragraphs, env)
    if tree is None:
        return []
    names = [(node.attr, node.lineno) for node in tree.find_all(nodes.Getattr)]
    names += [
        (node.arg.value, node.lineno)
        for node in tree.find_all(nodes.Getitem)
        if isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str)
    ]
    names += [(node.name, node.lineno) for node in tree.find_all(nodes.Name) if node.name in _JINJA_OBJECTS]
    first_per_line = {line: name for name, line in names if name.startswith("_") or name in _JINJA_OBJECTS}
    return [
        Finding(
            f"tag menjangkau bagian dalam Python ('{name}'), bukan data naskah; hapus tag itu", paragraphs[line - 1]
        )
        for line, name in sorted(first_per_line.items())
    ]


def unknown_filters(paragraphs: Sequence[Paragraph], env: jinja2.Environment) -> list[Finding]:
    """Return the filters (``|nama``) the tags use that `env` does not have."""
    tree = _parsed(paragraphs, env)
    if tree is None:
        return []
    hint = f"filter naskah: {', '.join(_own_filters(env))}, selain filter bawaan Jinja"
    return [
        Finding(f"filter '{node.name}' tidak dikenal ({hint})", paragraphs[node.lineno - 1])
        for node in tree.find_all(nodes.Filter)
        if node.name not in env.filters
    ]


def _own_filters(env: jinja2.Environment) -> list[str]:
    """Return the filters registered in `env` on top of Jinja's own (naskah's domain filters), in order.

    Read from `env` so the engine never imports the document kinds' filter table (a layer above it).
    """
    # Jinja's own filters the sandbox wraps with bounds (center, format…) are still Jinja's.
    return [name for name, func in env.filters.items() if name not in DEFAULT_FILTERS]


class _Reader:
    """Walk a Jinja tree collecting data paths; loop variables resolve to the list they run over."""

    def __init__(self, globals_: set[str], found: list[tuple[str, int]]):
        self.globals = globals_ | _SPECIAL
        self.found = found

    def visit(self, node: nodes.Node, scope: dict[str, str | None]) -> None:
        if isinstance(node, nodes.For):
            self.visit(node.iter, scope)
            inner = {**scope, _LOOP: None, **self._targets(node.target, self.path(node.iter, scope))}
            for child in (*node.body, *node.else_, *([node.test] if node.test else [])):
                self.visit(child, inner)
            return
        if isinstance(node, nodes.Macro):
            scope[node.name] = None  # the template's own macro, not data (also inside it: recursion)
            inner = {**scope, **{arg.name: None for arg in node.args}, "varargs": None, "kwargs": None}
            for child in node.body:
                self.visit(child, inner)
            return
        if isinstance(node, nodes.Assign):
            self.visit(node.node, scope)
            scope.update(self._targets(node.target, None))
            return
        if isinstance(node, nodes.Call) and isinstance(node.node, nodes.Getattr):
            self._record(node.node.node, scope)  # x.items() reads x
            for child in (*node.args, *node.kwargs):
                self.visit(child, scope)
            return
        if isinstance(node, (nodes.Name, nodes.Getattr, nodes.Getitem)) and self._record(node, scope):
            return
        for child in node.iter_child_nodes():
            self.visit(child, scope)

    def _record(self, node: nodes.Node, scope: dict[str, str | None]) -> bool:
        path = self.path(node, scope)
        if path is None:
            return False
        self.found.append((path, node.lineno))
        return True

    def path(self, node: nodes.Node, scope: dict[str, str | None]) -> str | None:
        """Return the data path `node` reads, or None for local names, globals and computed values."""
        if isinstance(node, nodes.Name):
            if node.name in scope:
                return scope[node.name]
            return None if node.name in self.globals else node.name
        if isinstance(node, nodes.Getattr):
            base = self.path(node.node, scope)
            return f"{base}.{node.attr}" if base else None
        if isinstance(node, nodes.Getitem):
            base = self.path(node.node, scope)
            if base and isinstance(node.arg, nodes.Const):
                return f"{base}[]" if isinstance(node.arg.value, int) else f"{base}.{node.arg.value}"
        return None

    @staticmethod
    def _targets(target: nodes.Node, iterated: str | None) -> dict[str, str | None]:
        if isinstance(target, nodes.Name):
            return {target.name: f"{iterated}[]" if iterated else None}
        return {name.name: None for name in target.find_all(nodes.Name)}
