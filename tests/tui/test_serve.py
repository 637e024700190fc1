"""``pactscope serve`` refuses what a browser's hostile neighbours would send: a foreign Origin
or Host, a request without the token, connections past the cap, a listing of its files; it loads
nothing from outside, warns before binding beyond loopback, and never creates a store."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from store.db.store import Store
from store.paths import bundled_seeds
from tui.cli import main
from tui.serve import GuardedServer

TOKEN = "s3cret-token"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "s.json"
    assert main(["--db", str(path), "ingest", "--jobs", "1", str(bundled_seeds())]) == 0
    return path


async def _client(db: Path, token: str | None = TOKEN, cap: int = 4) -> tuple[TestClient, str]:
    server = GuardedServer(db, host="127.0.0.1", port=8765, token=token, max_connections=cap)
    client = TestClient(TestServer(await server._make_app()))
    await client.start_server()
    client.guarded = server  # type: ignore[attr-defined]
    return client, "127.0.0.1:8765"


async def test_the_page_needs_the_token_and_the_servers_own_host(db: Path) -> None:
    client, host = await _client(db)
    try:
        assert (await client.get("/", headers={"Host": host})).status == 403
        assert (await client.get("/?token=wrong", headers={"Host": host})).status == 403
        ok = await client.get(f"/?token={TOKEN}", headers={"Host": host})
        assert ok.status == 200
        page = await ok.text()
        assert f"ws://{host}/ws/{TOKEN}" in page
        assert "googleapis" not in page and "https://" not in page  # nothing from outside
        rebound = await client.get(f"/?token={TOKEN}", headers={"Host": "attacker.example:8765"})
        assert rebound.status == 421
        # the cookie set with the token lets a reload in without it
        again = await client.get("/", headers={"Host": host})
        assert again.status == 200
    finally:
        await client.close()


async def test_websocket_refuses_a_foreign_origin_host_and_token(db: Path) -> None:
    client, host = await _client(db)
    try:
        evil = await client.get(
            f"/ws/{TOKEN}", headers={"Host": host, "Origin": "http://evil.example"}
        )
        assert evil.status == 403
        rebound = await client.get(
            f"/ws/{TOKEN}",
            headers={"Host": "attacker.example:8765", "Origin": "http://attacker.example:8765"},
        )
        assert rebound.status == 421
        no_token = await client.get("/ws/guess", headers={"Host": host, "Origin": f"http://{host}"})
        assert no_token.status == 403
    finally:
        await client.close()


async def test_connections_are_capped(db: Path) -> None:
    client, host = await _client(db, cap=2)
    try:
        client.guarded.active = 2  # type: ignore[attr-defined]
        full = await client.get(f"/ws/{TOKEN}", headers={"Host": host, "Origin": f"http://{host}"})
        assert full.status == 503 and "at most 2 connections" in await full.text()
    finally:
        await client.close()


async def test_static_files_are_served_but_never_listed(db: Path) -> None:
    client, host = await _client(db)
    try:
        assert (await client.get("/static/js/textual.js", headers={"Host": host})).status == 200
        for folder in ("/static/", "/static/js/", "/static/fonts"):
            response = await client.get(folder, headers={"Host": host})
            assert response.status in (403, 404), folder
    finally:
        await client.close()


async def test_no_token_only_when_told(db: Path) -> None:
    client, host = await _client(db, token=None)
    try:
        assert (await client.get("/", headers={"Host": host})).status == 200
        evil = await client.get("/", headers={"Host": host, "Origin": "http://evil.example"})
        assert evil.status == 403  # the Origin check holds without a token too
    finally:
        await client.close()


def test_serve_never_creates_a_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    started: list[GuardedServer] = []
    monkeypatch.setattr(GuardedServer, "serve", lambda self: started.append(self))
    missing = tmp_path / "none.json"
    assert main(["--db", str(missing), "serve"]) == 1
    assert "no store here" in capsys.readouterr().err
    assert not started and list(tmp_path.iterdir()) == []


def test_each_connection_runs_an_explorer_that_never_seeds(tmp_path: Path) -> None:
    import subprocess

    empty = tmp_path / "gone.json"
    code = (
        "import sys, tui.app\n"
        "tui.app.run_app = lambda db: print('opened', db)\n"
        "import runpy\n"
        f"sys.argv = ['serve', {str(empty)!r}]\n"
        "runpy.run_module('tui.serve', run_name='__main__')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"opened {empty}"
    assert list(tmp_path.iterdir()) == []


def test_binding_beyond_loopback_warns_first(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    started: list[GuardedServer] = []
    monkeypatch.setattr(GuardedServer, "serve", lambda self: started.append(self))
    capsys.readouterr()
    assert main(["--db", str(db), "serve", "--host", "0.0.0.0"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("WARNING: serving on 0.0.0.0, beyond this machine")
    assert started and started[0].token
    assert main(["--db", str(db), "serve"]) == 0
    assert "WARNING" not in capsys.readouterr().err
    with Store.open(db) as store:
        assert store.article_ids()


def test_bound_to_every_address_it_answers_to_its_own_names_only(db: Path) -> None:
    import socket

    server = GuardedServer(db, host="0.0.0.0", port=8000, token=TOKEN)
    assert f"{socket.gethostname()}:8000".lower() in server.allowed_hosts
    assert "127.0.0.1:8000" in server.allowed_hosts
    assert "attacker.example:8000" not in server.allowed_hosts
    loopback = GuardedServer(db, host="127.0.0.1", port=8000, token=TOKEN)
    assert f"{socket.gethostname()}:8000".lower() not in loopback.allowed_hosts
