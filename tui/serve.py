"""``pactscope serve``: the explorer in a browser (textual-serve), guarded like a notebook server.

Any page the user visits can open a WebSocket to localhost, and a DNS-rebinding name can make a
foreign page same-origin; so every request must name a Host this server answers to, a browser's
Origin must be this server itself, and the page and its WebSocket need the token printed at
start (as Jupyter does) unless ``--no-token`` says otherwise. Connections are capped (each one
runs an explorer process), static files are served without listings, and the page loads
nothing from outside (the bundled font replaces the one fetched from the internet). The
explorer each connection runs only opens the store; it never creates or seeds one.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
import re
import secrets
import shlex
import socket
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import jinja2
from aiohttp import web
from textual_serve.server import Server

from store.errors import StoreError
from store.paths import safe_path

TOKEN_COOKIE = "pactscope_token"
MAX_CONNECTIONS = 4
# The page's one outside resource, a web font: replaced by the font textual-serve bundles.
_REMOTE_LINK = re.compile(r"<link[^>]*href=\"https?://[^\"]*\"[^>]*/>", re.S)
_LOCAL_FONT = """<style>
      @font-face { font-family: "Roboto Mono";
        src: url("{{ config.static.url }}fonts/RobotoMono-VariableFont_wght.ttf"); }
    </style>"""

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an address) is this machine only."""
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _own_addresses() -> set[str]:
    """This machine's addresses by its name (as a browser elsewhere would type them)."""
    try:
        _, _, addresses = socket.gethostbyname_ex(socket.gethostname())
    except OSError:
        return set()
    return set(addresses)


def explorer_command(db: Path) -> str:
    """The command each connection runs: the explorer on ``db``, never seeding a store."""
    return shlex.join([sys.executable, "-m", "tui.serve", str(db)])


class GuardedServer(Server):
    """textual-serve's server with Host, Origin and token checks and a connection cap."""

    def __init__(
        self,
        db: Path,
        *,
        host: str,
        port: int,
        token: str | None,
        max_connections: int = MAX_CONNECTIONS,
    ) -> None:
        super().__init__(explorer_command(db), host=host, port=port, title="pactscope")
        self.token = token
        self.max_connections = max_connections
        self.active = 0
        names = {host, "localhost", "127.0.0.1", "[::1]"}
        if not is_loopback(host):  # its own names, and every address when bound to all of them
            names |= {socket.gethostname(), socket.getfqdn()}
            if host in ("0.0.0.0", "::", ""):
                names |= _own_addresses()
        self.allowed_hosts = {f"{n}:{port}".lower() for n in names if n}
        if port == 80:
            self.allowed_hosts |= {n.lower() for n in names if n}
        self.allowed_origins = {f"http://{h}" for h in self.allowed_hosts}

    # --- the web application ----------------------------------------------------------------

    async def _make_app(self) -> web.Application:
        app = web.Application(middlewares=[self._guard])
        page = (self.templates_path / "app_index.html").read_text(encoding="utf-8")
        page = _REMOTE_LINK.sub(_LOCAL_FONT, page)
        import aiohttp_jinja2

        aiohttp_jinja2.setup(app, loader=jinja2.DictLoader({"app_index.html": page}))
        app.add_routes(
            [
                web.get("/", self.handle_index, name="index"),
                web.get("/ws/{token}", self.handle_websocket, name="websocket"),
                web.get("/download/{key}", self.handle_download, name="download"),
                web.static("/static", self.statics_path, show_index=False, name="static"),
            ]
        )
        app.on_startup.append(self.on_startup)
        app.on_shutdown.append(self.on_shutdown)
        return app

    def url(self) -> str:
        """The address to open, with the token when one is needed."""
        shown = self.host if ":" not in self.host else f"[{self.host}]"
        base = f"http://{shown}:{self.port}/"
        return f"{base}?token={self.token}" if self.token else base

    async def on_startup(self, app: web.Application) -> None:
        self.console.print(
            f"pactscope: serving the explorer at {self.url()}", highlight=False, soft_wrap=True
        )
        self.console.print("Press Ctrl+C to quit", highlight=False)

    def _token_of(self, request: web.Request) -> str:
        return (
            request.match_info.get("token")
            or request.query.get("token")
            or request.cookies.get(TOKEN_COOKIE)
            or ""
        )

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Refuse a foreign Host (DNS rebinding) or Origin (another site's page), a missing
        token, and connections past the cap; static assets need no token (they hold no data)."""
        if request.headers.get("Host", "").lower() not in self.allowed_hosts:
            raise web.HTTPMisdirectedRequest(text="pactscope: this server does not serve that Host\n")
        origin = request.headers.get("Origin")
        if origin is not None and origin.lower() not in self.allowed_origins:
            raise web.HTTPForbidden(text="pactscope: requests from other sites are refused\n")
        if request.path.startswith("/static/"):
            return await handler(request)
        if self.token and not hmac.compare_digest(self._token_of(request), self.token):
            raise web.HTTPForbidden(
                text="pactscope: open the address with the token that 'pactscope serve' printed\n"
            )
        if request.match_info.route.name != "websocket":
            response = await handler(request)
            if self.token and request.query.get("token"):
                response.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="Strict")
            return response
        if self.active >= self.max_connections:
            raise web.HTTPServiceUnavailable(
                text=f"pactscope: at most {self.max_connections} connections at once\n"
            )
        self.active += 1
        try:
            return await handler(request)
        finally:
            self.active -= 1

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        import aiohttp_jinja2

        context: dict[str, Any] = {
            "font_size": 16,
            "app_websocket_url": f"ws://{request.host}/ws/{self.token or 'open'}",
            "config": {"static": {"url": "/static/"}},
            "application": {"name": self.title},
        }
        return aiohttp_jinja2.render_template("app_index.html", request, context)


def new_token() -> str:
    return secrets.token_urlsafe(24)


def serve_store(db: Path, args: Any, warn: Callable[[str], None]) -> None:
    """``pactscope serve``: refuse a missing or damaged store (never create one), warn before
    binding beyond loopback, then serve until interrupted."""
    from store.db.store import Store

    if not os.path.lexists(db):  # never a store nobody asked for (nor the seeds in it)
        raise StoreError(
            f"{safe_path(db)}: no store here; create it with 'pactscope ingest --db PATH FILES' "
            "or choose one with --db"
        )
    Store.open(db).close()  # a damaged store: one line now, not in every browser session
    if not is_loopback(args.host):
        who = "anyone who can reach" if args.no_token else "anyone with the token who can reach"
        warn(
            f"WARNING: serving on {args.host}, beyond this machine: {who} port {args.port} "
            "can read every article (the traffic is not encrypted)"
        )
    token = None if args.no_token else new_token()
    GuardedServer(
        db, host=args.host, port=args.port, token=token, max_connections=args.max_connections
    ).serve()


if __name__ == "__main__":  # one connection's explorer: opens the store, never seeds one
    from tui.app import run_app

    run_app(Path(sys.argv[1]))
