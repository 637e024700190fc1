"""The data core never imports Textual: at run time (every module) and in its source."""

from __future__ import annotations

import ast
import functools
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
STORE = REPO / "store"


def test_importing_every_store_module_leaves_textual_out() -> None:
    script = (
        "import importlib, pkgutil, sys\n"
        "import store\n"
        "names = [m.name for m in pkgutil.walk_packages(store.__path__, 'store.')]\n"
        "for name in names:\n"
        "    importlib.import_module(name)\n"
        "import store.db.store, store.ingest, store.db.export, store.doctor\n"
        "print(len(names))\n"
        "print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    count, textual = result.stdout.strip().splitlines()
    assert int(count) >= 10
    assert textual == "[]"


def test_no_store_source_imports_textual() -> None:
    offenders = []
    files = sorted(STORE.rglob("*.py"))
    assert files
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Call) and getattr(
                node.func, "attr", getattr(node.func, "id", "")
            ) in (
                "import_module",
                "__import__",
            ):
                names = [
                    a.value
                    for a in node.args
                    if isinstance(a, ast.Constant) and isinstance(a.value, str)
                ]
            for name in names:
                if name == "textual" or name.startswith(("textual.", "textual_")):
                    offenders.append(f"{path.relative_to(REPO)}:{node.lineno}: {name}")
    assert offenders == []


def test_the_ingest_command_never_imports_textual(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from tui.cli import main\n"
        f"status = main(['--db', {str(tmp_path / 's.json')!r}, 'ingest', {str(REPO / 'seeds')!r}])\n"
        "print(status, any(m == 'textual' or m.startswith('textual.') for m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.stdout.strip() == "0 False", result.stderr


def test_what_an_ingest_worker_runs_loads_neither_numpy_nor_rapidfuzz() -> None:
    """A small add extracts in a child (``store.ingest_ahead``) whose start is on the command's
    critical path: finding an article's words must not pull in the index's numpy."""
    script = (
        "import sys\n"
        "from store.ingest_worker import process_files_encoded\n"
        "import store.parse.article, store.extract.pipeline\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'numpy', 'rapidfuzz', 'textual'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.stdout.strip() == "[]", result.stderr


# --- the module graph: no circles, each layer importing only what its docstring allows ------

PACKAGES = ("store", "tui")
MAX_LINES = 400


def module_files() -> dict[str, Path]:
    """Every module of store/ and tui/ by dotted name (a package by its own name)."""
    found = {}
    for top in PACKAGES:
        for path in sorted((REPO / top).rglob("*.py")):
            parts = list(path.relative_to(REPO).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def imported_names(name: str, path: Path, modules: set[str] = frozenset()) -> list[tuple[int, str]]:
    """Every module ``path`` names in an import: at the top, inside functions, under
    ``if TYPE_CHECKING:``, relative ones resolved, and ``import_module("...")`` calls.
    ``from pkg import mod`` names ``pkg.mod`` when that is one of ``modules``, else ``pkg``."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    out: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            out += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            for alias in node.names:
                inner = f"{module}.{alias.name}"
                out.append((node.lineno, inner if inner in modules else module))
        elif isinstance(node, ast.Call) and getattr(
            node.func, "attr", getattr(node.func, "id", "")
        ) in ("import_module", "__import__"):
            out += [
                (node.lineno, a.value)
                for a in node.args[:1]
                if isinstance(a, ast.Constant) and isinstance(a.value, str)
            ]
    return out


@functools.cache
def import_graph() -> dict[str, dict[str, int]]:
    """module -> {module of store/ or tui/ it imports: line of the first such import}
    (read once per run: several tests ask; none changes it)."""
    modules = module_files()
    graph: dict[str, dict[str, int]] = {}
    for name, path in modules.items():
        edges: dict[str, int] = {}
        for line, target in imported_names(name, path, set(modules)):
            while target not in modules and "." in target:
                target = target.rsplit(".", 1)[0]  # ``import store.db.store.x``: the module
            if target in modules and target != name:
                edges.setdefault(target, line)
        graph[name] = edges
    return graph


def find_circle(graph: dict[str, dict[str, int]]) -> list[str] | None:
    """One import circle as [a, b, ..., a], or None."""
    state: dict[str, int] = {}  # 1 on the path, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, {})):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            found = visit(start)
            if found:
                return found
    return None


def test_the_circle_finder_finds_a_circle() -> None:
    graph = {"a": {"b": 1}, "b": {"c": 3}, "c": {"a": 7}, "d": {"a": 2}}
    assert find_circle(graph) == ["a", "b", "c", "a"]
    assert find_circle({"a": {"b": 1}, "b": {}}) is None


def test_relative_and_late_imports_are_counted(tmp_path: Path) -> None:
    source = tmp_path / "mod.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from tui.app import PactscopeApp\n"
        "def f():\n    from . import sibling\n    import importlib\n"
        "    importlib.import_module('store.db.store')\n",
        encoding="utf-8",
    )
    modules = {"tui.screens.sibling"}
    names = {target for _, target in imported_names("tui.screens.mod", source, modules)}
    assert {"tui.app", "tui.screens.sibling", "store.db.store"} <= names


def test_no_import_circles_in_store_or_tui() -> None:
    graph = import_graph()
    assert "store.db.store" in graph and "tui.app" in graph
    circle = find_circle(graph)
    if circle:
        steps = [
            f"{a} (line {graph[a][b]}) -> {b}" for a, b in zip(circle, circle[1:], strict=False)
        ]
        raise AssertionError("import circle: " + "; ".join(steps))


LAYERS = ("parse", "extract", "resolve", "db", "search")
SHARED = ("store.records", "store.text", "store.errors", "store.paths")
ALLOWED = re.compile(r"May import (.*?)(?:;|\bonly\b|\.\s*$)", re.S | re.M)


def allowed_by_docstring(layer: str) -> set[str]:
    """The store modules the layer's ``__init__`` docstring says it may import."""
    doc = ast.get_docstring(ast.parse((STORE / layer / "__init__.py").read_text("utf-8"))) or ""
    found = ALLOWED.search(doc)
    assert found, f"store/{layer}/__init__.py: its docstring names no 'May import ...'"
    return set(re.findall(r"``(store\.[a-z_.]+)``", found.group(1)))


def test_each_layer_imports_only_what_its_docstring_allows() -> None:
    graph = import_graph()
    offenders = []
    for layer in LAYERS:
        allowed = allowed_by_docstring(layer)
        assert allowed <= {*SHARED, *(f"store.{other}" for other in LAYERS)}, allowed
        own = f"store.{layer}"
        for name, edges in graph.items():
            if name != own and not name.startswith(own + "."):
                continue
            for target, line in edges.items():
                if target == own or target.startswith(own + ".") or target == "store":
                    continue  # its own modules; the root package holds the version only
                if not any(target == a or target.startswith(a + ".") for a in allowed):
                    offenders.append(f"{name} (line {line}) imports {target}")
    assert offenders == []


def test_layers_import_downstream_never_upstream() -> None:
    """parse -> extract -> resolve -> db -> search: a layer names none after it."""
    for i, layer in enumerate(LAYERS):
        later = {f"store.{other}" for other in LAYERS[i + 1 :]}
        assert not allowed_by_docstring(layer) & later, layer


def test_shared_modules_and_store_import_no_layer_above_them() -> None:
    graph = import_graph()
    assert graph["store"] == {}  # the root package: a docstring and the version
    offenders = [
        f"{name} (line {line}) imports {target}"
        for name, edges in graph.items()
        for target, line in edges.items()
        if (name in SHARED and target not in SHARED)
        or (name.startswith("store") and target.startswith("tui"))
    ]
    assert offenders == []


def test_no_module_is_longer_than_400_lines() -> None:
    long = []
    for top in ("store", "tui", "bench"):
        for path in sorted((REPO / top).rglob("*.py")):
            lines = len(path.read_text(encoding="utf-8").splitlines())
            if lines > MAX_LINES:
                long.append(f"{path.relative_to(REPO)}: {lines} lines")
    assert long == [], f"split by idea, at most {MAX_LINES} lines: " + ", ".join(long)
