"""Hostile text end to end: the real explorer under a pseudo-terminal never forwards a control
sequence from an article, and shows markup as literal text.

The store holds the fixture articles of tests/hostile/ (ingested from files, one a saved web
page: markup, escape sequences, OSC 52 clipboard writes, OSC 8 links, bells, backspaces,
carriage returns, bidi overrides) plus one article written straight through the Store API
with the raw payloads still in its title, text and entity names, as a store from elsewhere
could hold. The app runs as
``python -m tui`` on a 100x30 pty with TERM=xterm-256color, is driven through every pane, the
entity views and the search screen, and every byte it writes is checked. The command line's
search table, ingest error lines and export get the same check.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import orjson
import pytest

from store.db.store import Store
from store.records import ActorHit, AgreementHit, Extraction, Fact, RoleHit
from tests.conftest import build_article, span_of

pytestmark = pytest.mark.slow  # the explorer and the command line under a pty

REPO = Path(__file__).resolve().parents[2]
HOSTILE = Path(__file__).resolve().parents[1] / "hostile"
ROWS, COLS = 30, 100

OSC52 = "\x1b]52;c;aGVsbG8=\x07"
OSC8 = "\x1b]8;;http://e\x1b\\t\x1b]8;;\x1b\\"
# Bytes that only the articles could have put in the output stream.
PAYLOADS = [
    b"52;c;aGVsbG8",
    b"aGVsbG8=",
    b"]8;;http://e",
    b"\x1b[2J",
    b"\x08",
    "\u202e".encode(),
    "\u202c".encode(),
    "\u2066".encode(),
    "\u2069".encode(),
    "\x9b".encode(),
]
# Textual's own OSC sequences (pointer shape); anything else is suspect.
OSC = re.compile(rb"\x1b\]([^\x07\x1b]*)(?:\x07|\x1b\\)")
OWN_OSC = re.compile(rb"^22;[a-z-]*$")


def crafted(db: Path) -> str:
    """Write an article whose title, text and entity names still carry raw payloads."""
    sentences = [
        f"Evilland and Japan signed the Evil Accord {OSC52} on [bold]x[/] day.",
        f"Minister Zed Quux said {OSC8} it was \x1b[2J\u202eesrever\u202c and \u2066iso\u2069 \x9b31m ok.",
        "A bell\x07 a back\x08\x08space and a carriage\rreturn closed the Evil Accord talks.",
    ]
    article = build_article(
        sentences,
        file="crafted.txt",
        title=f"Crafted {OSC52}[bold]x[/] title \u202eevil",
        published="2032-01-01",
    )
    zed = ActorHit(
        kind="person",
        name=f"Zed {OSC8}Quux\u202e",
        aliases=["Zed Quux"],
        spans=[span_of(article, "Zed Quux")],
        roles=[RoleHit("Minister\x1b[2J", f"[bold]Evilland[/]{OSC52}", 1)],
    )
    extraction = Extraction(
        article_id=article.id,
        actors=[
            ActorHit(
                kind="country",
                name=f"[bold]Evilland[/]{OSC52}",
                aliases=["Evilland"],
                code="EV",
                spans=[span_of(article, "Evilland")],
            ),
            ActorHit(kind="country", name="Japan", code="JP", spans=[span_of(article, "Japan")]),
            zed,
        ],
        agreements=[
            AgreementHit(
                name=f"[bold]Evil[/] Accord {OSC52}\u202e",
                parties=[f"[bold]Evilland[/]{OSC52}", "Japan"],
                year=2032,
                status="signed",
                facts=[Fact("status", "signed", 0)],
                spans=[span_of(article, "Evil Accord")],
            )
        ],
    )
    with Store.open(db, write=True) as store:
        store.add(article, extraction)
        store.commit()
    return article.id


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("hostile") / "pactscope.json"
    run = subprocess.run(
        [sys.executable, "-m", "tui", "--db", str(db), "ingest", "--jobs", "1", str(HOSTILE)],
        cwd=REPO,
        capture_output=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    crafted_id = crafted(db)
    with Store.open(db) as store:
        assert len(store.article_ids()) == 5
        (page,) = [a for a in store.articles() if a.file.endswith(".html")]  # a saved web page
        assert page.url and page.source and "\x1b" not in page.title + page.url + page.source
        assert OSC52 in store.article(crafted_id).title  # the raw payload really is in the store
        assert any(OSC52 in a.name for a in store.actors())
    return db


class Terminal:
    """A child process on a pty of ROWS x COLS; every byte it writes is kept in ``out``."""

    def __init__(self, args: list[str]) -> None:
        env = dict(os.environ, TERM="xterm-256color", COLORTERM="truecolor")
        for name in ("NO_COLOR", "COLUMNS", "LINES", "TEXTUAL"):
            env.pop(name, None)
        pid, fd = pty.fork()
        if pid == 0:  # the child: size the terminal before anything reads it, then run
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
                os.chdir(REPO)
                os.execve(sys.executable, [sys.executable, *args], env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.out = bytearray()
        self.closed = False
        self.status: int | None = None

    def drain(self, quiet: float = 0.4, timeout: float = 10.0) -> None:
        """Read until the output has been quiet for ``quiet`` s (or the child closed the pty)."""
        end = time.monotonic() + timeout
        last = time.monotonic()
        while not self.closed and time.monotonic() < end:
            ready, _, _ = select.select([self.fd], [], [], 0.05)
            if ready:
                try:
                    data = os.read(self.fd, 65536)
                except OSError:  # EIO: the child is gone
                    data = b""
                if not data:
                    self.closed = True
                    break
                self.out.extend(data)
                last = time.monotonic()
            elif time.monotonic() - last > quiet:
                return

    def wait_for(self, needle: bytes, timeout: float = 20.0) -> None:
        end = time.monotonic() + timeout
        while needle not in self.out and time.monotonic() < end and not self.closed:
            self.drain(quiet=0.2, timeout=0.5)
        assert needle in self.out, f"{needle!r} never appeared"

    def press(self, keys: bytes, quiet: float = 0.4) -> bytes:
        """Send keys; return what the app wrote in answer (a blinking cursor never goes quiet)."""
        before = len(self.out)
        os.write(self.fd, keys)
        self.drain(quiet=quiet, timeout=2.5)
        return bytes(self.out[before:])

    def finish(self, timeout: float = 15.0) -> int:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.drain(quiet=0.1, timeout=0.2)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(status)
                break
        else:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            self.status = -9
        os.close(self.fd)
        return self.status


def visible(out: bytes) -> str:
    """The output without colour and style codes: roughly the text a reader sees."""
    return re.sub(rb"\x1b\[[0-9;:]*m", b"", out).decode("utf-8", "replace")


def assert_clean(out: bytes) -> None:
    """No payload byte anywhere; every OSC is Textual's own; no BEL outside an OSC."""
    for payload in PAYLOADS:
        assert payload not in out, f"{payload!r} reached the terminal"
    for match in OSC.finditer(out):
        assert OWN_OSC.match(match.group(1)), f"unexpected OSC {match.group(0)!r}"
    assert b"\x07" not in OSC.sub(b"", out), "a bell outside Textual's own OSC sequences"


def test_explorer_never_forwards_article_control_sequences(hostile_store: Path) -> None:
    term = Terminal(["-m", "tui", "--db", str(hostile_store)])
    steps: dict[str, bytes] = {}
    try:
        term.wait_for(b"Crafted ", timeout=60)  # the article list, newest (the crafted one) first
        term.drain(quiet=1.0)
        steps["open article"] = term.press(b"\r", quiet=0.8)
        # Visit every pane: Tab to it, Enter (open what is highlighted), Escape back.
        for i in range(4):
            steps[f"tab {i}"] = term.press(b"\t")
            steps[f"enter {i}"] = term.press(b"\r", quiet=0.8)
            steps[f"escape {i}"] = term.press(b"\x1b", quiet=0.6)
        steps["search"] = term.press(b"/")
        steps["query"] = term.press(b"evil", quiet=1.0)
        steps["hit"] = term.press(b"\x1b[B\r", quiet=0.8)  # down to a hit, open it
        steps["back"] = term.press(b"\x1b", quiet=0.6)
        # Open the hostile actor and agreement from search too, whatever the pane order is.
        for name, query in (("actor", b"Evilland"), ("agreement", b"a:Evil Accord")):
            term.press(b"/")
            steps[f"{name} query"] = term.press(query, quiet=1.0)
            steps[f"{name} view"] = term.press(b"\r", quiet=1.0)
            term.press(b"\x1b", quiet=0.6)
        steps["search again"] = term.press(b"/")
        steps["markup query"] = term.press(b"bold", quiet=1.0)
        steps["close search"] = term.press(b"\x1b", quiet=0.6)
        assert not term.closed, "the app quit before q (a [@click=app.quit] in text must stay text)"
        term.press(b"q")
    finally:
        status = term.finish()
    out = bytes(term.out)
    assert status == 0, out[-2000:]
    assert_clean(out)
    screen = visible(out)
    # Markup is shown as the literal text it is, in the list, the text and the entity names.
    assert "[bold]x[/]" in screen
    assert "[link=https://evil]y[/link]" in screen or "[link=https://evil]y" in screen
    assert "[bold]Evilland[/]" in screen
    assert "[bold]Evil[/] Accord" in screen
    # Each view really was on screen.
    assert b"Appears with" in steps["actor view"]  # the actor view
    assert b"Timeline" in steps["agreement view"]  # the agreement view
    assert b"evil" in steps["query"] and b"Evil" in steps["query"]  # typed query, then hits
    assert b"[bold]" in steps["markup query"]


def _cli_on_pty(args: list[str]) -> tuple[int, bytes]:
    term = Terminal(["-m", "tui", *args])
    term.drain(quiet=1.5, timeout=60)
    return term.finish(), bytes(term.out)


def test_cli_search_table_prints_no_control_sequences(hostile_store: Path) -> None:
    for query in ("evil", "bold", "clipboard", "t:bell"):
        status, out = _cli_on_pty(["--db", str(hostile_store), "search", query])
        assert status == 0, out
        assert_clean(out)
        assert b"Evil" in out or b"bell" in out or b"clipboard" in out
    status, out = _cli_on_pty(["--db", str(hostile_store), "search", "evil"])
    assert "[bold]Evil" in visible(out)


def test_cli_ingest_error_lines_print_no_control_sequences(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path / "in")
    os.mkdir(folder)
    names = [
        b"evil\x1b]52;c;aGVsbG8=\x07.txt",
        b"link\x1b]8;;https:evil\x1b\\t\x1b]8;;\x1b\\.txt",  # no "/" in a file name
        b"clear\x1b[2J\x08\r\xe2\x80\xaeevil.md",
    ]
    for name in names:
        with open(folder + b"/" + name, "wb") as fh:
            fh.write(b"")  # empty: each is a failure line naming the file
    status, out = _cli_on_pty(
        ["--db", str(tmp_path / "s.json"), "ingest", "--jobs", "1", os.fsdecode(folder)]
    )
    assert status == 1
    # Names are shown escaped ("\\x1b]52;..." as text, so "52;c;aGVsbG8" may be read there):
    # what must never appear is a raw sequence.
    for raw in (b"\x1b]", b"\x07", b"\x08", b"\x1b[2J", "\u202e".encode()):
        assert raw not in out, raw
    assert all(out[i + 1 : i + 2] == b"[" for i in range(len(out)) if out[i] == 0x1B)  # CSI only
    text = visible(out)
    assert "evil\\x1b]52;c;aGVsbG8=\\x07.txt: empty file" in text
    assert text.count("empty file") == 3
    assert "failed 3" in text


def test_export_keeps_hostile_text_as_data(hostile_store: Path, tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    run = subprocess.run(
        [sys.executable, "-m", "tui", "--db", str(hostile_store), "export", "-o", str(target)],
        cwd=REPO,
        capture_output=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    raw = target.read_bytes()
    # No raw C0 control byte (JSON escapes them) except the indentation's newlines.
    assert not re.search(rb"[\x00-\x09\x0b-\x1f\x7f]", raw)
    data = orjson.loads(raw)
    titles = {a["title"] for a in data["articles"]}
    assert any("[bold]x[/]" in t for t in titles)
    # Articles read from files were cleaned on the way in; the crafted one keeps its text as data.
    from_files = [a for a in data["articles"] if not a["file"].endswith("crafted.txt")]
    assert len(from_files) == 4  # three text files and a saved web page
    for article in from_files:
        blob = orjson.dumps(article).decode()
        for bad in ("\\u001b", "\\u0007", "\\b", "\\r", "\u202e", "\u2066"):
            assert bad not in blob, (bad, article["file"])
    crafted_article = next(a for a in data["articles"] if a["file"].endswith("crafted.txt"))
    assert OSC52 in crafted_article["title"]  # round-trips as data, escaped in the file
    assert b"\\u001b]52;c;aGVsbG8=\\u0007" in raw


def test_the_capture_would_see_a_leak() -> None:
    """The harness itself: a child that does print a payload is caught."""
    term = Terminal(["-c", f"print({OSC52!r} + 'x' + {OSC8!r}, flush=True)"])
    term.drain(quiet=0.5, timeout=10)
    assert term.finish() == 0
    with pytest.raises(AssertionError, match="reached the terminal"):
        assert_clean(bytes(term.out))
