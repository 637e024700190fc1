"""The data core never imports Textual: at run time (every module) and in its source."""

from __future__ import annotations

import ast
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
