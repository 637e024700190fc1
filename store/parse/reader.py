"""Reading article files from disk: one file into clean text, or a one-line ``ReadError``.

Everything a user can point pactscope at is checked here, before parsing, so that a bad file
(empty, binary, huge, unreadable, a dangling link) costs one clear line and the rest of an
ingest goes on. ``iter_article_files`` walks folders deterministically without following
symlink loops.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from store.text import strip_controls

MAX_BYTES = 8 * 1024 * 1024
MAX_LINE = 200_000
TEXT_SUFFIXES: tuple[str, ...] = (".txt", ".md")
PAGE_SUFFIXES: tuple[str, ...] = (".html", ".htm")
EXPORT_SUFFIXES: tuple[str, ...] = (".jsonl", ".ndjson", ".json")
FEED_SUFFIXES: tuple[str, ...] = (".rss", ".atom", ".xml")
ARTICLE_SUFFIXES: tuple[str, ...] = TEXT_SUFFIXES + PAGE_SUFFIXES + EXPORT_SUFFIXES + FEED_SUFFIXES
"""What ingest reads: text files here, the rest through ``store.parse.formats``."""
KINDS_READ = ".txt, .md, .html, .jsonl, .json, RSS or Atom"

_MIB = 1024 * 1024
# Share of odd characters (controls, undecodable bytes) above which a file is not prose.
_BINARY_SHARE = 0.10
# A cp1252 "article" that is mostly high bytes is in some other legacy encoding.
_HIGH_SHARE = 0.30


class ReadError(Exception):
    """A file that cannot be read as an article; ``str()`` is one line: the file and the reason."""

    def __init__(self, message: str, *, path: str | None = None, reason: str | None = None) -> None:
        message = " ".join(str(message).splitlines()) or "unreadable"
        super().__init__(message)
        self.path = path
        self.reason = reason

    @classmethod
    def of(cls, path: os.PathLike[str] | str | bytes, reason: str) -> ReadError:
        shown = display_path(path)
        return cls(f"{shown}: {reason}", path=shown, reason=reason)


def display_path(path: os.PathLike[str] | str | bytes) -> str:
    """A file name as one readable line: undecodable bytes and control characters escaped."""
    try:
        raw = os.fsencode(path)
    except (TypeError, ValueError):
        raw = str(path).encode("utf-8", "backslashreplace")
    name = raw.decode("utf-8", "backslashreplace")
    if name.isascii() and name.isprintable():
        return name  # nearly every name: each character would be kept as it is
    out: list[str] = []
    for ch in name:
        if ch == "\\" or ch.isprintable() and unicodedata.category(ch) not in ("Cf", "Zl", "Zp"):
            out.append(ch)
        else:
            escaped = repr(ch)[1:-1]
            out.append(escaped if escaped != ch else f"\\u{ord(ch):04x}")
    return "".join(out)


_ODD = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f\ufffd]")
_HIGH = re.compile("[^\x00-\x7f]")


# The bytes of the ASCII characters of _ODD; every other byte, deleted, leaves only those.
_ODD_ASCII = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_NOT_ODD_ASCII = bytes(b for b in range(256) if b not in _ODD_ASCII)
_SAMPLE = 65536
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")  # U+0080-U+009F in UTF-8 (C2 only ever leads)


def _looks_binary(text: str, utf8: bytes | None = None) -> bool:
    """True when decoded text is mostly not prose (controls, replacement characters).
    ``utf8`` is the UTF-8 the text was decoded from, when it was: then the odd characters
    are counted in the bytes (C1 controls are C2 80 to C2 9F, U+FFFD is EF BF BD), which is
    much faster than a pattern over the text, as long as the sample is the whole text."""
    sample = text[:_SAMPLE]
    if utf8 is not None and len(utf8) <= _SAMPLE:
        odd = len(utf8.translate(None, _NOT_ODD_ASCII)) + utf8.count(b"\xef\xbf\xbd")
        if b"\xc2" in utf8:
            odd += len(_C1_UTF8.findall(utf8))
    else:
        odd = len(_ODD.findall(sample))
    return odd > len(sample) * _BINARY_SHARE


def _mostly_high(text: str) -> bool:
    """True when cp1252 text is mostly accented letters: some other legacy encoding."""
    sample = text[:65536]
    return len(_HIGH.findall(sample)) > len(sample) * _HIGH_SHARE


def _decode(data: bytes, path: Path) -> tuple[str, list[str]]:
    warnings: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReadError.of(path, "binary file, not an article") from None
        return text, ["UTF-16 text, read as such"]
    if b"\x00" in data:
        raise ReadError.of(path, "binary file, not an article")
    try:
        text = data.decode("utf-8-sig")
        legacy = False
    except UnicodeDecodeError:
        text = data.decode("cp1252", "replace")
        legacy = True
        warnings.append("not UTF-8, read as cp1252")
    if _looks_binary(text, None if legacy else data):
        raise ReadError.of(path, "binary file, not an article")
    if legacy and _mostly_high(text):
        raise ReadError.of(path, "not UTF-8, and not cp1252 text either (unknown encoding)")
    return text, warnings


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


# Front matter: a block fenced by "---" (YAML, closed by "---" or "...") or "+++" (TOML) on
# the file's first line, at most this many lines long.
_FENCES = {"---": ("---", "..."), "+++": ("+++",)}
MAX_FRONT_MATTER = 200
_FIELD = re.compile(r"\s*([A-Za-z_][\w-]*)\s*[:=]\s*(.*?)\s*")
# Front-matter keys the parser understands, and the header line each becomes.
_FRONT_KEYS = {
    "title": "{}",
    "headline": "{}",
    "author": "By {}",
    "authors": "By {}",
    "byline": "By {}",
    "date": "Published: {}",
    "published": "Published: {}",
    "source": "Source: {}",
}
# A line that is only a rule ("---", "***", "___"): markup, never a headline.
_RULE = re.compile(r"[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*")


def front_matter(text: str) -> str:
    """``text`` with a leading front-matter block turned into the header lines the parser
    reads (title first, then "By ...", "Published: ...", "Source: ..."), other keys dropped;
    rule lines before the first words go too. Text without front matter is returned as is."""
    nl = text.find("\n")
    closers = _FENCES.get((text if nl < 0 else text[:nl]).strip())
    if closers is not None:  # only then is the text cut into lines
        lines = text.split("\n", MAX_FRONT_MATTER + 1)
        end = next(
            (k for k in range(1, min(len(lines), MAX_FRONT_MATTER + 1)) if lines[k].strip() in closers),
            None,
        )
        if end is not None:
            header: dict[str, str] = {}
            for line in lines[1:end]:
                m = _FIELD.fullmatch(line)
                key = m.group(1).lower() if m else ""
                value = m.group(2).strip().strip("\"'").strip() if m else ""
                if key in _FRONT_KEYS and value and "\n" not in value:
                    header.setdefault(_FRONT_KEYS[key].split(" ", 1)[0], _FRONT_KEYS[key].format(value))
            rest = text.split("\n", end + 1)[end + 1] if len(lines) > end + 1 else ""
            text = "\n".join(header.values()) + "\n\n" + rest if header else rest
    while True:  # rules above the headline are markup, not the title
        body = text.lstrip("\n")
        nl = body.find("\n")  # the first line alone is copied, not the rest as well
        if not _RULE.fullmatch(body if nl < 0 else body[:nl]):
            return text
        text = "" if nl < 0 else body[nl + 1 :]


def read_file_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of one regular, non-empty file of at most ``limit`` bytes, or ``ReadError``."""
    path = path if isinstance(path, Path) else Path(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise ReadError.of(path, f"broken symlink (points to {display_path(os.readlink(path))})") from None
        raise ReadError.of(path, "no such file") from None
    except PermissionError:
        raise ReadError.of(path, "permission denied") from None
    except OSError as exc:
        raise ReadError.of(path, _os_reason(exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise ReadError.of(path, "a folder, not an article file")
    if not stat.S_ISREG(st.st_mode):
        raise ReadError.of(path, "not a regular file")
    if st.st_size > limit:
        raise ReadError.of(path, _too_large(st.st_size, limit))
    try:
        with open(path, "rb") as handle:
            # read(n) sets aside n bytes first: asking for the limit (megabytes) cost each small
            # article an allocation of that size; ask for the size found, then read on only if
            # the file has grown since
            want = min(limit, st.st_size) + 1
            data = handle.read(want)
            if len(data) == want and want <= limit:
                data += handle.read(limit + 1 - want)
    except PermissionError:
        raise ReadError.of(path, "permission denied") from None
    except OSError as exc:
        raise ReadError.of(path, _os_reason(exc)) from None
    if len(data) > limit:
        raise ReadError.of(path, _too_large(len(data), limit))
    if not data.strip():
        raise ReadError.of(path, "empty file")
    return data


def read_article_file(path: Path) -> tuple[str, list[str]]:
    """The text of one article file and any warnings, or ``ReadError`` saying why not."""
    path = path if isinstance(path, Path) else Path(path)  # a Path already is not parsed again
    data = read_file_bytes(path)
    text, warnings = _decode(data, path)
    text = normalise_newlines(text).lstrip("\ufeff")
    # no line is longer than the text: only a long text is split to measure its lines
    longest = max(map(len, text.split("\n"))) if len(text) > MAX_LINE else 0
    if longest > MAX_LINE:
        raise ReadError.of(path, f"a line of {longest:,} characters; the limit is {MAX_LINE:,}")
    text = front_matter(strip_controls(text))
    if not text or text.isspace():  # empty or blank, without copying the text stripped
        raise ReadError.of(path, "empty file")
    return text, warnings


def _too_large(size: int, limit: int = MAX_BYTES) -> str:
    return f"too large ({size / _MIB:.1f} MB; the limit is {limit // _MIB} MB)"


def _os_reason(exc: OSError) -> str:
    return (exc.strerror or type(exc).__name__).lower()


def _is_article(name: str) -> bool:
    return name.lower().endswith(ARTICLE_SUFFIXES)


def iter_article_files(paths: Iterable[Path]) -> Iterator[Path | ReadError]:
    """Article files under ``paths`` in sorted order, and a ``ReadError`` for each bad path.

    Folders are walked recursively; hidden entries inside them are skipped; a folder symlink
    is followed only to a folder not already visited, so loops end. A file reached twice (by a
    link) is yielded once.
    """
    seen_files: set[tuple[int, int]] = set()
    for raw in paths:
        path = Path(raw)
        if os.path.islink(path) and not os.path.exists(path):
            yield ReadError.of(path, "broken symlink")
            continue
        try:
            st = os.stat(path)
        except FileNotFoundError:
            yield ReadError.of(path, "no such file or folder")
            continue
        except OSError as exc:
            yield ReadError.of(path, _os_reason(exc))
            continue
        if stat.S_ISDIR(st.st_mode):
            found = [False]  # set by the walk on any article, even one already yielded
            visited: set[tuple[int, int]] = {(st.st_dev, st.st_ino)}
            for item in _walk(path, visited, seen_files, found):
                found[0] = True  # an article, or an error already said what is wrong here
                yield item
            if not found[0]:
                yield ReadError.of(path, f"no articles ({KINDS_READ}) in this folder")
        elif not _is_article(path.name):
            yield ReadError.of(path, f"not an article file ({KINDS_READ})")
        elif (st.st_dev, st.st_ino) not in seen_files:
            seen_files.add((st.st_dev, st.st_ino))
            yield path


def _walk(
    folder: Path,
    visited: set[tuple[int, int]],
    seen_files: set[tuple[int, int]],
    found: list[bool],
) -> Iterator[Path | ReadError]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield ReadError.of(folder, f"cannot open folder: {_os_reason(exc)}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = folder / entry.name
        try:
            st = entry.stat(follow_symlinks=True)
        except FileNotFoundError:
            if entry.is_symlink():
                yield ReadError.of(child, "broken symlink")
            continue
        except OSError as exc:
            yield ReadError.of(child, _os_reason(exc))
            continue
        key = (st.st_dev, st.st_ino)
        if stat.S_ISDIR(st.st_mode):
            if key in visited:
                continue  # a link back to an ancestor or a folder already walked
            visited.add(key)
            yield from _walk(child, visited, seen_files, found)
        elif _is_article(entry.name):
            found[0] = True
            if key not in seen_files:
                seen_files.add(key)
                yield child
