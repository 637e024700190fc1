"""Start the real explorer headless and stop at the first pilot callback (the first screen drawn).

    python bench/startup_probe.py DB [--wait-data]

Prints one JSON line of wall-clock timestamps (``time.time()``) so the parent, which notes the
time before it spawns this process, can tell how long each step took from process start:
``ready`` (first screen), and with ``--wait-data`` also ``lists`` (the lists are filled, from the
list file or from the records), ``store`` (the records are loaded: views open) and ``index``
(the search index is loaded or built) and ``matrix`` (the country x agreement matrix built
ahead, so the peak RSS holds it), each null when it did not happen in time.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main() -> int:
    args = sys.argv[1:]
    if not args or args[0] in ("-h", "--help") or args[0].startswith("-"):
        # no argparse: its import would count in the start-up being timed
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stdout if args else sys.stderr)
        return 0 if args and args[0] in ("-h", "--help") else 2
    db = Path(args[0])
    wait_data = "--wait-data" in args[1:]
    from tui.app import PactscopeApp

    marks: dict[str, float | None] = {
        "ready": None, "lists": None, "store": None, "index": None, "matrix": None
    }

    async def pilot(p) -> None:  # noqa: ANN001 - textual's Pilot
        marks["ready"] = time.time()
        if wait_data:
            deadline = time.monotonic() + 120
            app = p.app
            while time.monotonic() < deadline and None in marks.values():
                if marks["lists"] is None and getattr(app, "lists_generation", None) is not None:
                    marks["lists"] = time.time()
                if marks["store"] is None and getattr(app, "store", None) is not None:
                    marks["store"] = time.time()
                if marks["index"] is None and getattr(app, "search_index", None) is not None:
                    marks["index"] = time.time()
                if marks["matrix"] is None and getattr(app.screen_stack[0], "matrix", None):
                    marks["matrix"] = time.time()  # built ahead: in the peak RSS too
                await asyncio.sleep(0.005)
        p.app.exit()

    PactscopeApp(db).run(headless=True, size=(120, 40), auto_pilot=pilot)
    print(json.dumps(marks), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
