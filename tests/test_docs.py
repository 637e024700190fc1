"""The documents name only files that exist, and the module map names every module.

`docs/architecture.md` is where a newcomer looks for a module: a row for a file that was
renamed, or a module with no row, sends them the wrong way. The README points at test files
as proof of its guarantees; each must be there.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARCHITECTURE = ROOT / "docs" / "architecture.md"
TOP_FOLDERS = ("store/", "tui/", "bench/", "tests/")


def module_table() -> list[str]:
    """The first cells of the rows of the architecture's module table."""
    text = ARCHITECTURE.read_text(encoding="utf-8")
    table = text.split("## Modules", 1)[1].split("\n## ", 1)[0]
    return [
        line.split("|")[1] for line in table.splitlines() if line.startswith("| ") and "`" in line
    ]


def named_paths(cell: str) -> list[str]:
    """The paths a cell names: a name without a folder is in the folder named before it."""
    paths, folder = [], "store"
    for item in re.findall(r"`([^`]+)`", cell):
        if "/" in item:
            path = item if item.startswith(TOP_FOLDERS) else f"store/{item}"
            folder = path.rsplit("/", 1)[0]
        else:
            path = f"{folder}/{item}"
        paths.append(path)
    return paths


def test_named_paths_reads_a_row() -> None:
    cell = " `extract/facts.py`, `money.py`, `tui/app.tcss` "
    assert named_paths(cell) == ["store/extract/facts.py", "store/extract/money.py", "tui/app.tcss"]


def test_every_module_the_map_names_exists() -> None:
    missing = [
        path for cell in module_table() for path in named_paths(cell) if not list(ROOT.glob(path))
    ]
    assert not missing, f"docs/architecture.md names files that do not exist: {missing}"


def test_every_module_has_a_row() -> None:
    named: set[Path] = set()
    for cell in module_table():
        for path in named_paths(cell):
            named.update(p for p in ROOT.glob(path) if p.is_file())
    modules = [*ROOT.glob("store/**/*.py"), *ROOT.glob("tui/*.py")]
    unnamed = [
        str(m.relative_to(ROOT))
        for m in modules
        if m.name != "__init__.py"
        and m not in named
        and "store/parse/formats/" not in m.as_posix()  # one row for the folder, files named in it
    ]
    assert not unnamed, f"modules without a row in docs/architecture.md: {unnamed}"


def test_the_readme_points_at_files_that_exist() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    named = re.findall(r"`((?:store|tui|tests|bench|docs|seeds)/[^`\s]*)`", text)
    generated = ("bench/out/",)  # written by a benchmark run
    missing = [
        p for p in named if not p.startswith(generated) and not list(ROOT.glob(p.rstrip("/")))
    ]
    assert named
    assert not missing, f"README.md names files that do not exist: {missing}"
