"""A returning visitor's first page after a deploy: the previous deploy's service worker still
answers its requests, and must not answer the new page with the previous index."""

from __future__ import annotations

import shutil
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler
from pathlib import Path

from .browser import Server
from .conftest import site_fixture
from .sitebuild import FIXTURE_KIMS, build_site
from .test_phone import directory_settled
from .test_reach import kept

RENAMED = "sinar-harapan-pekalongan.yml"


class _Host(SimpleHTTPRequestHandler):
    """A host whose site a deploy replaces: it serves the folder `root` holds at the time."""

    root = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=type(self).root, **kwargs)

    def log_message(self, *args):
        pass


@site_fixture
def deploys(tmp_path_factory):
    """Two deploys of the fixture KIMs; in the second one a KIM has a new name."""
    first = build_site(tmp_path_factory.mktemp("first"))
    sources = tmp_path_factory.mktemp("sources")
    shutil.copytree(FIXTURE_KIMS.parent, sources, dirs_exist_ok=True)
    kim = next((sources / "kims").rglob(RENAMED))
    kim.write_text(kim.read_text(encoding="utf-8").replace("nama: KIM Sinar Harapan\n", "nama: KIM Sinar Kencana\n"),
                   encoding="utf-8")
    return first, build_site(tmp_path_factory.mktemp("second"), sources / "kims")


@contextmanager
def visited(browser, host_class: type[_Host], root: Path, url: str):
    """A phone that opened `url` of the deploy in `root`, served by `host_class` (whose `root`
    a test sets to the next deploy's), once its service worker runs: (host, context, page)."""
    host_class.root = str(root)
    host = Server(handler=host_class)
    context = browser.new_context(service_workers="allow")
    try:
        page = context.new_page()
        page.goto(host.url + url)
        page.evaluate("navigator.serviceWorker.ready.then(() => true)")
        yield host, context, page
    finally:
        context.close()
        host.close()


def entry_address(page) -> str:
    return page.locator("#kim-app").evaluate("e => new URL(e.dataset.index, location.href).href")


def test_the_first_directory_after_a_deploy_searches_the_new_index(browser, deploys):
    first, second = deploys
    with visited(browser, _Host, first, "kim/") as (host, _context, page):
        old = entry_address(page)
        assert kept(page, old)
        _Host.root = str(second)
        page.goto(host.url + "kim/?q=kencana")
        assert page.evaluate("() => navigator.serviceWorker.controller !== null")  # the old worker answers
        directory_settled(page)
        assert entry_address(page) != old
        assert page.locator("#kim-results .kim-result__name").all_text_contents() == ["KIM Sinar Kencana"]
