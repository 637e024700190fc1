"""``pactscope serve`` on a seeded store answers an HTTP GET with the page, and refuses one
without the printed token."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # whole explorer journeys in several terminal modes


def _free_port(preferred: int = 8765) -> int:
    for port in (preferred, 0):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return s.getsockname()[1]
    raise RuntimeError("no free port")


def test_serve_answers_http(store_path: Path, tmp_path: Path) -> None:
    pytest.importorskip("textual_serve", reason="textual-serve is not installed")
    command = Path(sys.executable).parent / "pactscope"
    argv = [str(command)] if command.exists() else [sys.executable, "-m", "tui"]
    port = _free_port()
    log = (tmp_path / "serve.log").open("wb")
    proc = subprocess.Popen(
        [*argv, "serve", "--port", str(port), "--db", str(store_path)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "TERM": "xterm-256color"},
    )
    try:
        deadline = time.monotonic() + 30
        page = None
        while time.monotonic() < deadline and proc.poll() is None:
            log.flush()
            printed = re.search(r"\?token=([\w-]+)", (tmp_path / "serve.log").read_text(errors="replace"))
            if printed is None:  # the address with its token is printed once it listens
                time.sleep(0.2)
                continue
            try:
                with pytest.raises(urllib.error.HTTPError, match="403"):
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)  # no token
                url = f"http://127.0.0.1:{port}/?token={printed.group(1)}"
                with urllib.request.urlopen(url, timeout=2) as answer:
                    page = (answer.status, answer.headers.get("content-type", ""), answer.read())
                break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.2)
        log.flush()
        output = (tmp_path / "serve.log").read_text(errors="replace")
        assert page is not None, f"pactscope serve did not answer on port {port}:\n{output}"
        status, kind, body = page
        assert status == 200 and "text/html" in kind
        assert b"<html" in body.lower() and b"pactscope" in body.lower()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
        log.close()
