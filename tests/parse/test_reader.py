"""Reading article files: clean text for good files, one-line errors for every kind of bad one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from store.parse import reader
from store.parse.reader import (
    ARTICLE_SUFFIXES,
    MAX_BYTES,
    MAX_LINE,
    ReadError,
    display_path,
    iter_article_files,
    read_article_file,
)


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def error_of(path: Path) -> str:
    with pytest.raises(ReadError) as info:
        read_article_file(path)
    message = str(info.value)
    assert "\n" not in message and "\r" not in message
    return message


# --- good files ----------------------------------------------------------------------------


def test_reads_utf8(tmp_path: Path) -> None:
    p = write(tmp_path / "a.txt", "Title\n\nJapan’s body.\n")
    assert read_article_file(p) == ("Title\n\nJapan’s body.\n", [])


def test_bom_and_line_endings_are_normalised(tmp_path: Path) -> None:
    p = write(tmp_path / "a.txt", b"\xef\xbb\xbfTitle\r\n\r\nOne.\rTwo.\r\n")
    assert read_article_file(p) == ("Title\n\nOne.\nTwo.\n", [])


def test_controls_are_stripped_but_tabs_and_newlines_kept(tmp_path: Path) -> None:
    p = write(tmp_path / "a.txt", "Title\n\tBody \x1b[31mred\x1b[0m\x07 text\u202e.\n")
    text, _ = read_article_file(p)
    assert text == "Title\n\tBody red text.\n"


def test_cp1252_is_read_with_a_warning(tmp_path: Path) -> None:
    p = write(tmp_path / "a.txt", b"Caf\xe9 talks\n\nHe said \x93yes\x94 \x96 twice.\n")
    text, warnings = read_article_file(p)
    assert text == "Café talks\n\nHe said “yes” – twice.\n"
    assert warnings == ["not UTF-8, read as cp1252"]


def test_name_with_spaces_reads(tmp_path: Path) -> None:
    p = write(tmp_path / "my folder" / "an article.md", "# Title\n\nBody.")
    assert read_article_file(p)[0] == "# Title\n\nBody."


# --- bad files -----------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf \n"])
def test_empty_file(tmp_path: Path, data: bytes) -> None:
    p = write(tmp_path / "e.txt", data)
    assert error_of(p) == f"{p}: empty file"


def test_binary_with_nul_bytes(tmp_path: Path) -> None:
    p = write(tmp_path / "b.txt", b"PK\x03\x04\x00\x00binary")
    assert error_of(p) == f"{p}: binary file, not an article"


@pytest.mark.parametrize(
    "text",
    [
        "Plain prose, one line.\n",
        "ctrl \x01\x02\x03\x1b\x7f" * 3,  # over the share: binary
        "a bit odd \x01 but prose " * 40,
        "replacement \ufffd\ufffd\ufffd" + "x" * 20,
        "C1 controls \x85\x9f" * 4,
        "C1 controls \x85\x9f beside a no-break space\xa0 and ©" * 2 + "." * 60,
        "\ufeffa BOM, curly “quotes” and an é",
        "x" * 70000 + "\x01" * 8000,  # past the sample: counted in the text
    ],
)
def test_binary_test_on_the_bytes_agrees_with_the_text(text: str) -> None:
    """Counting odd characters in the UTF-8 bytes answers as the pattern over the text does."""
    data = text.encode("utf-8")
    assert reader._looks_binary(text, data) == reader._looks_binary(text)


def test_mostly_non_text_is_binary(tmp_path: Path) -> None:
    p = write(tmp_path / "b.txt", bytes(range(1, 0x100)) * 40)
    assert error_of(p) == f"{p}: binary file, not an article"


def test_other_legacy_encoding_is_named(tmp_path: Path) -> None:
    p = write(tmp_path / "ru.txt", "Россия и Китай подписали соглашение\n\nТекст статьи.".encode("cp1251"))
    assert error_of(p) == f"{p}: not UTF-8, and not cp1252 text either (unknown encoding)"


def test_too_large_is_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "big.txt"
    with open(p, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(reader, "open", no_open, raising=False)
    assert error_of(p) == f"{p}: too large (50.0 MB; the limit is 8 MB)"
    assert MAX_BYTES == 8 * 1024 * 1024


def _stat_reporting(size: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """os.stat in the reader as if each file were ``size`` bytes when stated (it grew since)."""
    real = os.stat

    def stat(path: object) -> os.stat_result:
        st = real(path)  # type: ignore[arg-type]
        return os.stat_result((*st[:6], size, *st[7:]))

    monkeypatch.setattr(reader.os, "stat", stat)


def test_a_file_grown_since_it_was_stated_is_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = write(tmp_path / "grown.txt", "Headline\n\n" + "A sentence of the story. " * 40)
    _stat_reporting(10, monkeypatch)
    assert reader.read_file_bytes(p) == p.read_bytes()


def test_a_file_grown_past_the_limit_since_it_was_stated_is_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = write(tmp_path / "grown.txt", "x" * 500)
    _stat_reporting(10, monkeypatch)
    with pytest.raises(ReadError, match="too large"):
        reader.read_file_bytes(p, limit=100)


def test_line_too_long(tmp_path: Path) -> None:
    p = write(tmp_path / "l.txt", "Title\n\n" + "a" * 300_000 + "\n")
    assert error_of(p) == f"{p}: a line of 300,000 characters; the limit is 200,000"
    ok = write(tmp_path / "ok.txt", "Title\n\n" + "a" * MAX_LINE + "\n")
    assert read_article_file(ok)[0].endswith("a\n")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = write(tmp_path / "locked.txt", "Title\n\nBody.")

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(p))

    monkeypatch.setattr(reader, "open", denied, raising=False)
    assert error_of(p) == f"{p}: permission denied"


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    p = tmp_path / "pipe.txt"
    os.mkfifo(p)
    assert error_of(p) == f"{p}: not a regular file"


def test_broken_symlink(tmp_path: Path) -> None:
    p = tmp_path / "link.txt"
    p.symlink_to(tmp_path / "gone.txt")
    assert error_of(p) == f"{p}: broken symlink (points to {tmp_path / 'gone.txt'})"


def test_symlink_loop(tmp_path: Path) -> None:
    p = tmp_path / "loop.txt"
    p.symlink_to(p)
    assert error_of(p).startswith(f"{p}: ")


def test_directory(tmp_path: Path) -> None:
    d = tmp_path / "folder.txt"
    d.mkdir()
    assert error_of(d) == f"{d}: a folder, not an article file"


def test_missing_file(tmp_path: Path) -> None:
    assert error_of(tmp_path / "nope.txt") == f"{tmp_path / 'nope.txt'}: no such file"


def test_name_with_newline_and_undecodable_bytes(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/bad\nname\xff\x1b.txt"
    with open(raw, "wb"):
        pass
    p = Path(os.fsdecode(raw))
    message = error_of(p)
    assert message == f"{tmp_path}/bad\\nname\\xff\\x1b.txt: empty file"


@pytest.mark.parametrize(
    "name,shown",
    [
        ("plain name.txt", "plain name.txt"),
        ("tab\there.txt", "tab\\there.txt"),
        (b"caf\xe9.txt", "caf\\xe9.txt"),
        ("rtl\u202etxt.exe", "rtl\\u202etxt.exe"),
        ("Japan’s.txt", "Japan’s.txt"),
    ],
)
def test_display_path(name: str | bytes, shown: str) -> None:
    assert display_path(name) == shown
    assert display_path(Path(os.fsdecode(name))) == shown


def test_read_error_is_always_one_line() -> None:
    assert str(ReadError("a\nb\r\nc")) == "a b c"
    e = ReadError.of(Path("x\ny.txt"), "empty file")
    assert str(e) == "x\\ny.txt: empty file" and e.reason == "empty file"


# --- walking folders -----------------------------------------------------------------------


def names(items: list[Path | ReadError], root: Path) -> list[str]:
    return [str(i.relative_to(root)) if isinstance(i, Path) else f"ERROR {i}" for i in items]


def test_walk_is_recursive_sorted_and_keeps_articles_only(tmp_path: Path) -> None:
    assert ARTICLE_SUFFIXES[:2] == (".txt", ".md")
    for rel in ["b.txt", "a.md", "sub/z.txt", "sub/deeper/y.MD", "notes.rst", "img.png", ".hidden.txt", ".git/x.txt", "p.html", "feed.rss", "e.jsonl"]:
        write(tmp_path / rel, "Title\n\nBody.")
    got = names(list(iter_article_files([tmp_path])), tmp_path)
    assert got == ["a.md", "b.txt", "e.jsonl", "feed.rss", "p.html", "sub/deeper/y.MD", "sub/z.txt"]
    assert names(list(iter_article_files([tmp_path])), tmp_path) == got  # deterministic


def test_walk_survives_symlink_loops_and_yields_each_file_once(tmp_path: Path) -> None:
    write(tmp_path / "news" / "a.txt", "Title\n\nBody.")
    (tmp_path / "news" / "loop").symlink_to(tmp_path / "news")
    (tmp_path / "news" / "up").symlink_to(tmp_path)
    (tmp_path / "news" / "alias.txt").symlink_to(tmp_path / "news" / "a.txt")
    got = names(list(iter_article_files([tmp_path / "news"])), tmp_path)
    assert got == ["news/a.txt"]


def test_walk_follows_a_folder_link_once(tmp_path: Path) -> None:
    write(tmp_path / "elsewhere" / "x.txt", "Title\n\nBody.")
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "linked").symlink_to(tmp_path / "elsewhere")
    got = names(list(iter_article_files([tmp_path / "news"])), tmp_path)
    assert got == ["news/linked/x.txt"]


def test_walk_reports_bad_paths_and_goes_on(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", "Title\n\nBody.")
    (tmp_path / "empty").mkdir()
    write(tmp_path / "docs" / "readme.rst", "x")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    write(tmp_path / "mixed" / "ok.txt", "x")
    (tmp_path / "mixed" / "dead.txt").symlink_to(tmp_path / "nowhere.txt")
    other = write(tmp_path / "notes.rst", "x")
    items = list(
        iter_article_files(
            [tmp_path / "nope", tmp_path / "empty", tmp_path / "docs", tmp_path / "dangling.txt", other, good, tmp_path / "mixed"]
        )
    )
    assert [str(i) if isinstance(i, ReadError) else i for i in items] == [
        f"{tmp_path / 'nope'}: no such file or folder",
        f"{tmp_path / 'empty'}: no articles (.txt, .md, .html, .jsonl, .json, RSS or Atom) in this folder",
        f"{tmp_path / 'docs'}: no articles (.txt, .md, .html, .jsonl, .json, RSS or Atom) in this folder",
        f"{tmp_path / 'dangling.txt'}: broken symlink",
        f"{other}: not an article file (.txt, .md, .html, .jsonl, .json, RSS or Atom)",
        good,
        f"{tmp_path / 'mixed' / 'dead.txt'}: broken symlink",
        tmp_path / "mixed" / "ok.txt",
    ]


def test_walk_shows_odd_names_readably(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/odd\nname\xff.txt"
    with open(raw, "wb") as handle:
        handle.write(b"Title\n\nBody.")
    (item,) = list(iter_article_files([tmp_path]))
    assert isinstance(item, Path) and os.fsencode(item) == raw
    assert display_path(item) == f"{tmp_path}/odd\\nname\\xff.txt"


def test_unreadable_folder_is_one_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked").mkdir()
    real = os.scandir

    def scandir(path: object) -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(reader.os, "scandir", scandir)
    items = [str(i) for i in iter_article_files([tmp_path / "locked"])]
    assert items == [f"{tmp_path / 'locked'}: cannot open folder: permission denied"]
