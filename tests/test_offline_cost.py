"""What offline reading costs a visitor (sw.js, offline.js): a volunteer who opens one profile
from a shared link on prepaid data paid, after the page, for the whole shell in both languages
and the directory's index, more than the page itself. A first visit now keeps the page and its
language's offline page; the directory comes once the visitor uses it; a browser asking to save
data keeps nothing beyond the page."""

from __future__ import annotations

import functools
from http.server import SimpleHTTPRequestHandler

import pytest

from .browser import Server
from .test_reach import PROFILE, entry, kept

# Asked for by the browser itself, whatever the worker does.
FAVICON = "/assets/images/favicon.png"
# The worker's copy of the page it was opened on: the browser's cached copy when it has one.
OWN_COPY = "/" + PROFILE


class _Counted(SimpleHTTPRequestHandler):
    """The bundled site, noting the path of every request that reaches it."""

    seen: list[str] = []

    def log_message(self, *args):
        pass

    def do_GET(self):
        self.seen.append(self.path)
        super().do_GET()

    def end_headers(self):
        # as GitHub Pages answers: without it, the browser's cache holds a file built seconds
        # ago for a tenth of its age only, and the worker's copy of a theme file may go back
        # to the server, as it would not from the host
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()


@pytest.fixture
def counted(bundled_site):
    _Counted.seen = []
    site = Server(handler=functools.partial(_Counted, directory=str(bundled_site)))
    yield site
    site.close()


def after_load(browser, site, url: str, connection: str | None = None) -> tuple[list[str], list[str], object]:
    """The requests `url`'s first visit made before its `load` event and after it, once the
    worker has kept the page; the context, still open, for the caller to close."""
    context = browser.new_context(service_workers="allow")
    if connection:  # what Chromium reports when the visitor asks to save data, or on 2G
        context.add_init_script(f"Object.defineProperty(navigator, 'connection', {{value: {connection}}})")
    page = context.new_page()
    page.goto(site.url + url, wait_until="load")
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    assert kept(page, site.url + url)
    page.wait_for_timeout(1_000)  # what else the worker would fetch
    seen = list(_Counted.seen)
    # offline.js registers the worker at `load`: its script is the first request after the
    # event, and may reach the server before `goto` returns, so the split is there
    loaded = seen.index("/sw.js") if "/sw.js" in seen else len(seen)
    return seen[:loaded], seen[loaded:], (context, page)


def test_a_first_profile_visit_keeps_its_language_offline_page_and_little_else(browser, counted):
    _own, added, (context, page) = after_load(browser, counted, PROFILE)
    try:
        assert kept(page, counted.url + "offline/")
        # the files the page loaded at an address naming their content come from the browser's
        # cache; the offline page's bare ones (tiny) from the server, as every page is
        assert set(added) - {FAVICON, OWN_COPY} == {"/sw.js", "/offline/", "/assets/javascripts/scope.js",
                                                   "/assets/kim/logo.svg"}
        assert not page.evaluate("url => caches.match(url).then(Boolean)", counted.url + "kim/")
    finally:
        context.close()


@pytest.mark.parametrize("connection", ["{saveData: true}", "{effectiveType: '2g', saveData: false}",
                                        "{effectiveType: 'slow-2g'}"])
def test_a_browser_saving_data_keeps_only_the_page_it_opened(browser, counted, connection):
    _own, added, (context, page) = after_load(browser, counted, PROFILE, connection)
    try:
        assert set(added) - {FAVICON, OWN_COPY} == {"/sw.js"}
        # the page opened is kept all the same: it was loaded, and the offline page lists it
        assert page.evaluate("""caches.keys().then((names) => Promise.all(names.filter((n) => n !== "kim-halaman")
          .map((n) => caches.open(n).then((c) => c.keys()).then((keys) => keys.length))))""") == [0]
    finally:
        context.close()


def test_the_directorys_visitor_keeps_the_directory_in_their_language_only(browser, counted, bundled_site):
    _own, added, (context, page) = after_load(browser, counted, "en/kim/")
    try:
        for url in ("en/offline/", "en/", entry(bundled_site)):
            assert kept(page, counted.url + url)
        assert not any(page.evaluate("url => caches.match(url).then(Boolean)", counted.url + url)
                       for url in ("", "kim/", "offline/"))
    finally:
        context.close()
    assert not any(path in ("/", "/kim/", "/offline/") for path in added)
    # the index, which the page loaded at addresses naming their content: from the browser's cache
    assert "/" + entry(bundled_site) in _own
    assert not [path for path in added if path.startswith("/kim/") and ".json?" in path]
