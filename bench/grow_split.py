"""Adding a few articles to a store, in-process: the name file and each step of the index.

``add_split.py`` splits the same add into open / link / commit / index; this one splits
the name file (``PATH.names``: read, saved) and the search index (loaded, grown, saved).

    python bench/grow_split.py DB FOLDER

Ingests FOLDER into the store DB (as ``pactscope ingest`` does) and prints one JSON line:
the seconds spent opening the store, reading and saving the resolver's name file
(``PATH.names``), committing, and bringing the search index to the new generation (its load,
growth and save apart). Run it on a copy of a large store, with files of new content (an
unchanged file adds nothing), alternating the code versions to compare.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def timed(owner: Any, name: str, key: str, spent: dict[str, float]) -> None:
    """Wrap ``owner.name`` so the seconds it takes add up under ``key``."""
    real: Callable[..., Any] = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            spent[key] = spent.get(key, 0.0) + time.perf_counter() - start

    setattr(owner, name, wrapper)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    import store.db.store as store_module
    import store.search.upkeep as upkeep
    from store.ingest import ingest

    spent: dict[str, float] = {}
    timed(store_module, "load_names", "names_load", spent)
    timed(store_module, "save_names", "names_save", spent)
    timed(store_module.Store, "commit", "commit", spent)
    timed(upkeep, "ensure_index", "index", spent)
    timed(upkeep, "load_data", "index_load", spent)
    timed(upkeep, "extend_data", "index_grow", spent)
    timed(upkeep, "save_data", "index_save", spent)
    start = time.perf_counter()
    store = store_module.Store.open(Path(argv[0]), write=True)
    spent["open"] = time.perf_counter() - start
    with store:
        report = ingest(store, [Path(argv[1])])
    spent["total"] = time.perf_counter() - start
    print(json.dumps({"added": report.added, **{k: round(v, 3) for k, v in spent.items()}}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
