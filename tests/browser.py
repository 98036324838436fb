"""Serve a built site on localhost and drive Debian's Chromium through Playwright."""

from __future__ import annotations

import functools
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

# A 1x1 transparent PNG, served in place of map tiles: tests never leave this machine.
TILE = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
TILE_ORIGIN = "https://tile.openstreetmap.org"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail("Debian's chromium is required for the browser tests in CI (make test-deps)")
    pytest.skip("chromium is not installed (run: make test-deps)")


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class Server:
    """A local HTTP server on 127.0.0.1: a built site folder, or any request handler."""

    def __init__(self, root: Path | None = None, handler=None) -> None:
        handler = handler or functools.partial(_Quiet, directory=str(root))
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class Watch:
    """Records what a page asks of the network and says on its console."""

    def __init__(self, context, base_url: str) -> None:
        self.third_party: list[str] = []
        self.console_errors: list[str] = []
        self.base_url = base_url
        context.route("**/*", self._route)

    def _route(self, route):
        url = route.request.url
        if url.startswith(self.base_url):
            route.continue_()
        elif url.startswith(TILE_ORIGIN):
            route.fulfill(status=200, content_type="image/png", body=TILE)
        else:
            self.third_party.append(url)
            route.abort()

    def attach(self, page):
        page.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))
        page.on("pageerror", lambda e: self.console_errors.append(str(e)))
        return page
