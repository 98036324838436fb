"""What a screen reader hears while a search or a filter changes the directory, the
partnership board and the partner list: the final count once, not a count on every keystroke.

A tester with a screen reader heard "0 KIMs found" three times while typing one word, and six
announcements on the board for one choice, some of them blank."""

from __future__ import annotations

from contextlib import contextmanager

import pytest

from . import test_directory
from .browser import Watch
from .test_directory import count_text, settle
from .test_kemitraan import open_board

# The fixtures of test_directory.py, shared (assigned, as a fixture parameter shadows its name).
bundled_kims, directory = test_directory.bundled_kims, test_directory.directory

# Every text a live region would be read out with, in order: a record per change of a region
# that is live and shown, whatever marks it live (aria-live, a role, <output>).
LISTEN = """() => {
  window.__heard = [];
  const LIVE = "[aria-live]:not([aria-live=off]), [role=status], [role=alert], [role=log], output";
  new MutationObserver((records) => {
    for (const r of records) {
      const node = r.target.nodeType === Node.ELEMENT_NODE ? r.target : r.target.parentElement;
      const region = node && node.closest(LIVE);
      if (region && !region.closest("[hidden]")) window.__heard.push(region.textContent.trim());
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
}"""


def heard(page) -> list[str]:
    page.wait_for_timeout(1_500)   # the announcement follows the last change by 700 ms
    return page.evaluate("window.__heard")


@pytest.mark.parametrize("lang, word", [("", "tanizzzq"), ("en/", "tanizzzq"), ("", "pesisir")])
def test_the_directory_tells_the_count_once_typing_pauses(directory, bundled_kims, lang, word):
    page, _ = directory(lang=lang)
    page.evaluate(LISTEN)
    page.locator("#kim-q").press_sequentially(word, delay=80)
    settle(page)
    said = heard(page)
    count = page.locator("#kim-count").inner_text()
    assert count.startswith("0 " if word.endswith("zzzq") else ("1", "2", "3", "4", "5", "6", "7", "8", "9"))
    assert said == [count], said
    if not lang:
        assert count == count_text(int(count.split()[0]))
    # The visible count stays where it was, not live.
    assert page.locator("#kim-count").evaluate(
        "n => !n.closest('[aria-live], [role=status], output') && n.tagName !== 'OUTPUT'")
    # Typing the same count again says nothing more.
    page.evaluate("window.__heard = []")
    page.locator("#kim-q").press("End")
    page.locator("#kim-q").press_sequentially("a", delay=80)
    page.locator("#kim-q").press("Backspace")
    settle(page)
    assert heard(page) == []


@pytest.mark.parametrize("path, choice", [("kemitraan/", "Mencari mitra"), ("en/kemitraan/", "Seeks partners")])
def test_the_board_tells_items_and_programmes_once(browser, server, path, choice):
    context, watch, page = open_board(browser, server, path)
    try:
        page.wait_for_selector("#kem-form:not([hidden])")
        page.evaluate(LISTEN)
        page.locator("#kem-arah").select_option("dicari")
        page.wait_for_function("() => document.getElementById('kem-program-count').textContent")
        said = heard(page)
        items, programmes = page.locator("#kem-count").inner_text(), page.locator("#kem-program-count").inner_text()
        assert said == [items + ". " + programmes], said   # two sentences, not one (the tester)
        assert page.locator("#kem-arah option:checked").inner_text().startswith(choice)
        # Each keystroke of the search answered: one message once typing pauses. (A query that
        # changes the counts: "lampung" is now the province, which holds every sample item, and
        # the same counts again are not said again.)
        page.evaluate("window.__heard = []")
        page.locator("#kem-q").press_sequentially("lampung timur", delay=80)
        page.wait_for_function("() => !document.getElementById('kem-status').textContent")
        said = heard(page)
        items, programmes = page.locator("#kem-count").inner_text(), page.locator("#kem-program-count").inner_text()
        assert said == [items + ". " + programmes], said
        assert watch.console_errors == [] and watch.third_party == []
    finally:
        context.close()


@pytest.mark.parametrize("lang, title", [("", "Pencarian “metro” - "), ("en/", "Search: “metro” - ")])
def test_a_search_from_the_home_page_is_told_and_names_the_page(browser, server, lang, title):
    """The tester searched "metro" from the home page and heard nothing on the directory, whose
    title stayed as it was. A shared link still opens silently, its title naming the search."""
    context = browser.new_context(service_workers="block")
    try:
        page = context.new_page()
        page.goto(server.url + lang)
        page.locator("#kim-home-q").fill("metro")
        page.locator("#kim-home-q").press("Enter")
        page.wait_for_url(f"**/{lang}kim/?q=metro")   # the mark of a search sent leaves the address
        settle(page)
        page.wait_for_function("() => document.getElementById('kim-announce').textContent", timeout=5_000)
        assert page.locator("#kim-announce").text_content() == page.locator("#kim-count").inner_text()
        assert page.title().startswith(title)
        page.goto(server.url + lang + "kim/?q=metro")
        settle(page)
        page.wait_for_timeout(1_500)   # the announcement would follow the answer by 700 ms
        assert page.locator("#kim-announce").text_content() == ""
        assert page.title().startswith(title)
    finally:
        context.close()


# ---- what the tester found on a second pass ---------------------------------------------

INDEX = "**/kim/indeks.json*"


def open_held(browser, server, pattern: str, query: str = ""):
    """The directory with the files matching `pattern` held back until `release`."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    watch = Watch(context, server.url)
    page = watch.attach(context.new_page())
    held = []
    context.route(pattern, lambda route: held.append(route))
    page.goto(server.url + "kim/" + query, wait_until="domcontentloaded")
    page.evaluate(LISTEN)
    return context, page, held


def release(page, held, how="continue_") -> None:
    for _ in range(50):
        if held:
            break
        page.wait_for_timeout(100)   # lets the held request reach the test
    assert held, "nothing was held"
    for route in held:
        getattr(route, how)()


@pytest.mark.parametrize("typing", [True, False])
def test_a_failed_index_is_told(browser, server, typing):
    context, page, held = open_held(browser, server, INDEX)
    try:
        if typing:
            page.locator("#kim-q").press_sequentially("pe", delay=80)
        page.wait_for_timeout(300)
        release(page, held, "abort")
        page.wait_for_selector("#kim-fallback:visible")
        note = page.locator("#kim-fallback").inner_text()
        assert page.locator("#kim-app").is_hidden()
        if typing:
            # The search box hid: the note takes the focus, and is read as it does.
            assert page.evaluate("document.activeElement.id") == "kim-fallback"
            assert heard(page) == []
        else:
            assert heard(page) == [note]
    finally:
        context.close()


def test_a_count_is_not_told_for_a_query_typed_past(directory):
    page, _ = directory(lang="en/")
    held, let_go = [], []
    page.context.route("**/kim/kata/**", lambda route: route.continue_() if let_go else held.append(route))
    page.evaluate(LISTEN)
    page.locator("#kim-q").press_sequentially("pesisir", delay=250)
    page.wait_for_timeout(1_000)
    let_go.append(True)
    assert held, "no keyword file was held"
    for route in held:
        route.continue_()
    settle(page)
    said = heard(page)
    assert said == [page.locator("#kim-count").inner_text()], said


def test_a_filter_giving_the_same_count_is_told_again(directory):
    page, _ = directory(lang="en/")
    page.evaluate(LISTEN)
    page.locator("#kim-prov").select_option(index=1)
    settle(page)
    assert heard(page) == [page.locator("#kim-count").inner_text()]
    page.evaluate("window.__heard = []")
    # Two regencies with as many KIMs, one after the other.
    pair = page.locator("#kim-kab option").evaluate_all("""os => {
      const seen = new Map();
      for (const o of os.slice(1)) {
        const n = o.textContent.match(/\\((\\d+)\\)$/)[1];
        if (seen.has(n)) return [seen.get(n), o.value];
        seen.set(n, o.value);
      }
      return null;
    }""")
    assert pair, "no two regencies with as many KIMs"
    page.locator("#kim-kab").select_option(pair[0])
    settle(page)
    first = heard(page)
    page.evaluate("window.__heard = []")
    page.locator("#kim-kab").select_option(pair[1])
    settle(page)
    assert heard(page) == first == [page.locator("#kim-count").inner_text()]


@pytest.mark.parametrize("query", ["", "?q=pesisir"])
def test_a_search_typed_while_the_index_loads_is_told(browser, server, query):
    context, page, held = open_held(browser, server, INDEX, query)
    try:
        if not query:
            page.locator("#kim-q").press_sequentially("pesisir", delay=80)
        page.wait_for_timeout(300)
        release(page, held)
        settle(page)
        said = heard(page)
        # A shared link opens unannounced.
        assert said == ([page.locator("#kim-count").inner_text()] if not query else []), said
        assert page.locator("#kim-q").input_value() == "pesisir"
    finally:
        context.close()


@contextmanager
def failing_board(browser, server, *refused: str):
    """The English board with the files matching `refused` failing, its form shown, its live
    regions listened to: (watch, page)."""
    context, watch, page = open_board(browser, server, "en/kemitraan/")
    try:
        for pattern in refused:
            context.route(pattern, lambda route: route.abort())
        page.wait_for_selector("#kem-form:not([hidden])")
        page.evaluate(LISTEN)
        yield watch, page
    finally:
        context.close()


def test_the_board_tells_a_retry_that_fails_again(browser, server):
    with failing_board(browser, server, "**/kemitraan/indeks.json*") as (watch, page):
        page.locator("#kem-arah").select_option("dicari")
        said = heard(page)
        error = page.locator("#kem-status").inner_text()
        assert error and said[-1:] == [error], said
        page.evaluate("window.__heard = []")
        page.locator("#kem-arah").select_option("")
        said = heard(page)
        assert said[-1:] == [error], (said, watch.requested)


def test_the_board_drops_its_count_when_the_cards_fail(browser, server):
    with failing_board(browser, server, "**/kemitraan/data/**", "**/kemitraan/program.json*") as (_, page):
        page.locator("#kem-arah").select_option("dicari")
        said = heard(page)
        assert said[-1:] == [page.locator("#kem-status").inner_text()], said
        # Nothing on screen beside the error tells a count of cards this choice did not show.
        assert page.locator("#kem-count").inner_text() == ""


def test_the_partner_list_tells_a_filter_once_and_says_when_none_is_left(browser, server):
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(server.url + "mitra/?wilayah=18.07")
        page.evaluate(LISTEN)
        # A shared link opens unannounced.
        assert heard(page) == []
        assert page.locator("#mitra-types li:visible a").all_inner_texts() == ["BUMN", "BUMDes", "Perguruan tinggi"]
        page.locator("select[name=jenis]").select_option("bumn")
        assert heard(page) == ["1 mitra ditampilkan"]
        assert page.locator("#mitra-types li:visible a").all_inner_texts() == ["BUMN"]
        assert page.locator("#mitra-empty").is_hidden()
        page.evaluate("window.__heard = []")
        page.locator("select[name=wilayah]").select_option("18.05")
        empty = "Belum ada mitra untuk pilihan ini. Pilih “Semua” untuk melihat mitra lainnya."
        assert page.locator("#mitra-empty").inner_text() == empty
        assert page.locator("#mitra-types").is_hidden()
        assert heard(page) == [f"0 mitra ditampilkan. {empty}"]
    finally:
        context.close()
