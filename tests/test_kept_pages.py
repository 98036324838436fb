"""A deploy on a phone that visited before: the previous deploy's service worker still answers
the first page's requests, and must not answer it with the previous index. The pages the phone
keeps for reading offline name people: a page the site no longer has loses its copy, a changed
one is replaced at the next visit, and none is kept for more than 30 days (the tester: a
removed secretary's name and WhatsApp stayed on a phone after a deploy)."""

from __future__ import annotations

import re
import shutil
import time
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler
from pathlib import Path

import yaml

from .browser import Server
from .conftest import site_fixture
from .sitebuild import ASSET, FIXTURE_KIMS, ROOT, build_site
from .test_phone import directory_settled
from .test_reach import entry, kept

REMOVED = "kim/sinar-harapan-pekalongan/"  # its file is gone from the second deploy
CHANGED = "kim/kim-kedaton-mandiri/"      # its chair's name is gone from the second deploy
CHAIR = "{jabatan: ketua, nama: Hendra (uji), izin_publikasi: 2026-09-01}"
RENAMED = ("nama: KIM Adirejo Maju\n", "nama: KIM Adirejo Kencana\n")  # kim-adirejo-maju's name
# The directory's script of the second deploy leaves this mark on its page.
SCRIPT = ("theme/assets/kim/directory.js", '\ndocument.documentElement.dataset.deploy = "2";\n')


class _Host(SimpleHTTPRequestHandler):
    """A host whose site a deploy replaces: it serves the folder `root` holds at the time."""

    root = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=type(self).root, **kwargs)

    def log_message(self, *args):
        pass


@site_fixture
def deploys(tmp_path_factory):
    """Two deploys of the fixture KIMs. In the second, one KIM's file is gone (REMOVED), another's
    chair is no longer named (CHANGED), a third has a new name (RENAMED), and the directory's
    script has changed (SCRIPT)."""
    first = build_site(tmp_path_factory.mktemp("first"))
    sources = tmp_path_factory.mktemp("sources")
    shutil.copytree(FIXTURE_KIMS.parent, sources, dirs_exist_ok=True)
    kims = sources / "kims"
    next(kims.rglob(REMOVED.split("/")[1] + ".yml")).unlink()
    for name, (old, new) in ((CHANGED.split("/")[1], (CHAIR, "{jabatan: ketua}")), ("kim-adirejo-maju", RENAMED)):
        kim = next(kims.rglob(name + ".yml"))
        text = kim.read_text(encoding="utf-8")
        assert old in text
        kim.write_text(text.replace(old, new), encoding="utf-8")
    return first, build_site(tmp_path_factory.mktemp("second"), kims, appended=dict([SCRIPT]))


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
        assert page.locator("#kim-results .kim-result__name").all_text_contents() == ["KIM Adirejo Kencana"]
        # and the new script: the old worker holds the old one (a tester saw a deploy's first
        # page run the previous deploy's scripts)
        assert page.evaluate("document.documentElement.dataset.deploy") == "2"


def test_a_deploys_worker_keeps_again_the_parts_of_the_shell_the_visitor_had(browser, deploys):
    """A visitor who kept the directory finds the new deploy's index offline without opening
    the directory again; the parts they never asked for (the English pages) stay unfetched."""
    first, second = deploys
    with visited(browser, _Deploys, first, "kim/") as (host, _context, page):
        assert kept(page, entry_address(page))
        _Deploys.root = str(second)
        page.evaluate("navigator.serviceWorker.getRegistration().then((r) => r.update())")  # no page asks
        new_index = host.url + entry(second)
        assert kept(page, new_index) and new_index != entry_address(page)
        assert until(lambda: len(page.evaluate("caches.keys()")) == 2)  # the old shell deleted
        assert [page.evaluate("url => caches.match(url).then(Boolean)", host.url + url)
                for url in ("offline/", "", "en/", "en/offline/")] == [True, True, False, False]


def test_a_deploys_worker_keeps_the_new_page_where_the_browser_holds_the_old_one(browser, deploys):
    """The browser may reuse the first deploy's directory page for ten minutes: the second
    deploy's worker asks the server, and keeps the second deploy's page, which names its index."""
    first, second = deploys
    with visited(browser, _Lasting, first, "kim/") as (host, _context, page):
        assert kept(page, host.url + "kim/")
        _Lasting.root = str(second)
        page.evaluate("navigator.serviceWorker.getRegistration().then((r) => r.update())")  # no page asks
        assert kept(page, host.url + entry(second))
        assert until(lambda: len(page.evaluate("caches.keys()")) == 2)  # the old shell deleted
        directory = page.evaluate("""async (url) => {
          const shell = (await caches.keys()).find((name) => name !== "kim-halaman");
          return (await caches.open(shell)).match(url).then((r) => r.text());
        }""", host.url + "kim/")
        assert entry(second).removeprefix("kim/") in directory and entry(first).removeprefix("kim/") not in directory


def test_the_theme_files_are_named_at_their_version_in_pages_and_imports(bundled_site):
    linked = set()
    for html in bundled_site.rglob("*.html"):
        linked.update(re.findall(r'"(?:\.\./)*(assets/kim/[\w.-]+\.(?:js|css)[^"]*)"', html.read_text(encoding="utf-8")))
    assert {"assets/kim/kim.css", "assets/kim/util.js", "assets/kim/directory.js"} <= {u.partition("?")[0] for u in linked}
    assert all(url == ASSET(url.partition("?")[0].removeprefix("assets/kim/")) for url in linked), linked
    imports = [found for script in (bundled_site / "assets" / "kim").glob("*.js")
               for found in re.findall(r'(?:from|import)\s*\(?\s*"(\./[^"]+)"', script.read_text(encoding="utf-8"))]
    assert len(imports) > 20
    assert all(url == "./" + ASSET(url.partition("?")[0][2:]).removeprefix("assets/kim/") for url in imports), imports


def test_a_page_kept_from_an_older_deploy_reads_offline_with_its_stylesheet(browser, deploys):
    first, second = deploys
    kept_page = "kim/kim-sidodadi/"
    with visited(browser, _Deploys, first, kept_page) as (host, context, page):
        assert kept(page, host.url + kept_page)
        shells = lambda: set(page.evaluate("caches.keys()")) - {"kim-halaman"}  # noqa: E731
        old = shells()
        _Deploys.root = str(second)
        page.goto(host.url + "kim/")
        # the second deploy's worker has taken over, and dropped the first one's files
        assert until(lambda: len(shells()) == 1 and not shells() & old)
        context.set_offline(True)
        page.goto(host.url + kept_page)
        assert page.locator("h1").inner_text() == "KIM Sidodadi"
        assert page.evaluate("""[...document.styleSheets].some((sheet) => (sheet.href || "").includes("/kim.css?v=")
                                && sheet.cssRules.length > 0)""")


DAY = 24 * 60 * 60 * 1000


class _Deploys(_Host):
    """The deploys' host; a page just fetched is not reused from the browser's own cache, so
    that what shows offline is the worker's doing."""

    root = ""

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


class _Lasting(_Host):
    """A host whose pages the browser may reuse for ten minutes, as GitHub Pages serves them."""

    root = ""

    def end_headers(self):
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()


class _Cached(_Lasting):
    """`_Lasting`, whose answers say they were made 31 days ago: as an HTTP cache hands on an
    old copy."""

    root = ""

    def date_time_string(self, timestamp=None):
        return super().date_time_string(time.time() - 31 * DAY / 1000)


def kept_text(page, url: str) -> str | None:
    return page.evaluate("""url => caches.open("kim-halaman").then((c) => c.match(url))
      .then((r) => r ? r.text() : null)""", url)


def until(check, tries: int = 50) -> bool:
    for _ in range(tries):
        if check():
            return True
        time.sleep(0.3)
    return False


def restamp(page, url: str, stamp: str) -> None:
    """The kept copy of `url`, as if kept at `stamp` (ms; "" for a copy without a time, as an
    older worker kept them)."""
    page.evaluate("""([url, stamp]) => caches.open("kim-halaman").then(async (cache) => {
      const kept = await cache.match(url);
      const headers = new Headers(kept.headers);
      if (stamp) headers.set("X-Kim-Disimpan", stamp); else headers.delete("X-Kim-Disimpan");
      await cache.put(url, new Response(await kept.text(), { headers }));
    })""", [url, stamp])


def saved_profiles(page) -> list[str]:
    """The offline page's list of kept profiles (at least one is kept in these tests)."""
    page.locator("#kim-offline-saved a").first.wait_for()
    return page.locator("#kim-offline-saved a").all_inner_texts()


def test_a_removed_page_loses_its_kept_copy_and_a_changed_one_is_replaced(browser, deploys):
    first, second = deploys
    with visited(browser, _Deploys, first, REMOVED) as (host, context, page):
        assert kept(page, host.url + REMOVED)
        page.goto(host.url + CHANGED)
        assert kept(page, host.url + CHANGED)
        assert "Rini (uji)" in kept_text(page, host.url + REMOVED)
        assert "Hendra (uji)" in kept_text(page, host.url + CHANGED)

        _Deploys.root = str(second)
        assert page.goto(host.url + REMOVED).status == 404
        assert until(lambda: kept_text(page, host.url + REMOVED) is None)
        page.goto(host.url + CHANGED)
        assert until(lambda: "Hendra (uji)" not in kept_text(page, host.url + CHANGED))

        context.set_offline(True)
        page.goto(host.url + REMOVED)
        assert page.locator("h1").inner_text() == "Baca tanpa internet"
        assert "Rini (uji)" not in page.content() and "6285700000000" not in page.content()
        assert "KIM Sinar Harapan" not in saved_profiles(page)
        page.goto(host.url + CHANGED)
        assert page.locator("h1").inner_text() == "KIM Kedaton Mandiri"
        assert "Hendra (uji)" not in page.content()


def test_a_kept_page_expires_after_30_days(browser, deploys):
    first, _second = deploys
    with visited(browser, _Deploys, first, REMOVED) as (host, context, page):
        assert kept(page, host.url + REMOVED)
        for url in (CHANGED, "kim/kim-sidodadi/"):
            page.goto(host.url + url)
            assert kept(page, host.url + url)
        now = page.evaluate("Date.now()")
        restamp(page, host.url + REMOVED, str(now - 31 * DAY))
        restamp(page, host.url + "kim/kim-sidodadi/", "")  # kept by the worker before this one
        restamp(page, host.url + CHANGED, str(now - 29 * DAY))
        # online, before the worker's next clean-up: the offline page lists no expired copy either
        page.goto(host.url + "offline/")
        assert saved_profiles(page) == ["KIM Kedaton Mandiri"]

        context.set_offline(True)
        page.goto(host.url + REMOVED)
        assert page.locator("h1").inner_text() == "Baca tanpa internet"
        assert saved_profiles(page) == ["KIM Kedaton Mandiri"]
        assert kept_text(page, host.url + REMOVED) is None
        page.goto(host.url + "kim/kim-sidodadi/")
        assert page.locator("h1").inner_text() == "Baca tanpa internet"
        page.goto(host.url + CHANGED)
        assert page.locator("h1").inner_text() == "KIM Kedaton Mandiri"


def test_a_page_reused_from_the_browsers_cache_is_kept_from_when_it_was_made(browser, deploys):
    first, _second = deploys
    with visited(browser, _Cached, first, REMOVED) as (host, context, page):
        page.goto(host.url + CHANGED)
        assert kept(page, host.url + CHANGED)
        context.set_offline(True)
        page.goto(host.url + CHANGED)
        assert page.locator("h1").inner_text() == "Baca tanpa internet"
        assert kept_text(page, host.url + CHANGED) is None


def test_the_privacy_notice_and_the_runbook_say_how_long_pages_are_kept():
    days, *others = (re.search(r"^const PAGES_DAYS = (\d+);", (ROOT / "theme" / path).read_text(encoding="utf-8"),
                               re.M).group(1) for path in ("kim/sw.js", "assets/kim/offline.js"))
    assert others == [days]  # the offline page lists what the worker keeps, by the time it set
    kept_at = re.search(r'^const KEPT_AT = "([^"]+)";', (ROOT / "theme" / "kim" / "sw.js").read_text(encoding="utf-8"),
                        re.M).group(1)
    assert f'headers.get("{kept_at}")' in (ROOT / "theme" / "assets" / "kim" / "offline.js").read_text(encoding="utf-8")
    notice = yaml.safe_load((ROOT / "generator" / "data" / "antarmuka.yml").read_text(encoding="utf-8"))
    for key in ("priv_limit_phones", "offline_intro"):  # the notice, and the offline page's own words
        assert f"{days} hari" in notice[key]["id"] and f"{days} days" in notice[key]["en"]
    assert 'priv_limit_phones' in (ROOT / "theme" / "kim" / "privasi.html").read_text(encoding="utf-8")
    runbook = (ROOT / "docs" / "runbook-pencabutan-izin.md").read_text(encoding="utf-8")
    assert f"after {days} days" in runbook and f"{days} hari" in runbook


def test_a_kept_form_runs_offline_with_its_scripts(browser, deploys):
    """The second volunteer: /kontribusi/ kept for reading offline opened without its scripts
    (the shell's own are the home page's and the directory's), so the form never came up."""
    first, _second = deploys
    with visited(browser, _Deploys, first, "") as (host, context, page):
        page.goto(host.url + "kontribusi/")
        page.wait_for_selector("form[data-ready]")
        assert kept(page, host.url + "kontribusi/")
        form = sorted(p.name for p in (ROOT / "theme" / "assets" / "kim").glob("kontribusi*.js"))  # and its modules
        scripts = [host.url + ASSET(name) for name in (*form, "kirim.js", "kontribusi.css")]
        assert all(kept(page, url) for url in scripts)
        context.set_offline(True)
        page.reload()
        page.wait_for_selector("form[data-ready]", timeout=10_000)
