"""Phone first (issue 19): every page type at a phone's viewport in Chromium. Nothing jumps
while a page loads (layout shift measured by the browser itself), and wide tables stay
readable without cutting off or hiding a column."""

from __future__ import annotations

import re
import time

import pytest

from .browser import Watch

PHONE = {"width": 360, "height": 740}

# Every layout-shift entry the page reports from its start, summed: stricter than the
# cumulative layout shift of web-vitals (its largest 5-second window).
RECORD_SHIFTS = """
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if (e.hadRecentInput) continue;
    window.__shifts.push({
      value: e.value,
      nodes: (e.sources || []).map((s) => s.node ? (s.node.id || s.node.className || s.node.nodeName) : "?"),
    });
  }
}).observe({ type: "layout-shift", buffered: true });
"""

PAGES = [
    "", "en/",                                                  # home
    "kim/", "en/kim/", "kim/?q=lampung+timur&bidang=pertanian",  # the directory
    "kim/sinar-harapan-pekalongan/", "en/kim/sinar-harapan-pekalongan/",   # a profile
    "wilayah/", "wilayah/18/", "wilayah/18.07/", "en/wilayah/18/",          # region pages
    "statistik/", "en/statistik/",
    "kemitraan/", "kemitraan/18/",                             # the partnership board
    "mitra/",                                                   # the partners: its filter form
    "panduan/", "panduan/sk-pengukuhan/",                      # guides
]


@pytest.fixture
def phone(browser, server):
    contexts = []

    def open_page(path: str):
        context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)
        context.add_init_script(RECORD_SHIFTS)
        watch = Watch(context, server.url)
        contexts.append((context, watch))
        page = watch.attach(context.new_page())
        # A cheap phone's processor: four times slower than this machine's.
        context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": 4})
        page.goto(server.url + path, wait_until="load")
        if page.locator("#kim-app").count():
            directory_settled(page)
        page.wait_for_timeout(700)   # later files (the directory's place names), late layout
        return page

    yield open_page
    for context, watch in contexts:
        assert watch.third_party == [] and watch.console_errors == []
        context.close()


def test_a_shift_is_measured(phone):
    """The measure itself: content pushed down after load, with no input, is recorded."""
    page = phone("panduan/")
    page.evaluate("""() => {
      const p = document.createElement('p');
      p.style.height = '200px';
      document.querySelector('article').prepend(p);
    }""")
    page.wait_for_timeout(300)
    assert sum(s["value"] for s in page.evaluate("window.__shifts")) > 0.1


@pytest.mark.parametrize("path", PAGES)
def test_nothing_jumps_while_a_page_loads(phone, path):
    page = phone(path)
    shifts = page.evaluate("window.__shifts")
    total = sum(s["value"] for s in shifts)
    assert total < 0.1, shifts


# A cell whose text breaks inside a word: a word drawn on more than one line.
BROKEN_WORD = """(cell) => {
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const m of node.data.matchAll(/\\S+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      if (range.getClientRects().length > 1) return true;
    }
  }
  return false;
}"""

TABLES = """() => { const brokenWord = """ + BROKEN_WORD + """;
return [...document.querySelectorAll('article table')].map((table) => {
  const box = table.parentElement;
  const heads = [...table.querySelectorAll('thead th')];
  const first = table.querySelector('tbody tr > :first-child');
  box.scrollLeft = box.scrollWidth;   // scrolled to the end, the last column shows in full
  const last = heads.length ? heads[heads.length - 1].getBoundingClientRect() : null;
  const firstNow = first ? first.getBoundingClientRect() : null;
  const out = {
    shown: table.checkVisibility(),
    boxRight: box.getBoundingClientRect().right,
    columns: heads.length,
    hidden: heads.filter((h) => getComputedStyle(h).display === 'none' || h.getBoundingClientRect().width === 0).length,
    wide: table.getBoundingClientRect().width > box.clientWidth + 1,
    scrolls: ['auto', 'scroll'].includes(getComputedStyle(box).overflowX),
    sticky: first ? getComputedStyle(first).position === 'sticky' : false,
    lastRight: last ? last.right : 0,
    firstLeft: firstNow ? firstNow.left : 0,
    brokenNames: [...table.querySelectorAll('tr > :first-child')].filter(brokenWord).map((c) => c.textContent),
  };
  box.scrollLeft = 0;
  return out;
}); }"""


def open_folds(page) -> None:
    """Taps open every fold that holds a table (a province's regencies on /statistik/), as a
    visitor does to read it: closed, its width counts for nothing in the page's, and its box
    takes no focus."""
    for summary in page.locator("article details:not([open]):has(table) > summary").all():
        summary.tap()


# Pages with a table wider than a phone (True), or with tables that fit (False).
@pytest.mark.parametrize("path, wide", [("wilayah/18/", True), ("en/wilayah/18/", True), ("wilayah/18.07/", True),
                                        ("statistik/", True),
                                        ("en/statistik/", True), ("wilayah/", False)])
def test_wide_tables_are_readable_on_a_phone(phone, path, wide):
    page = phone(path)
    open_folds(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]   # the page never scrolls sideways
    tables = page.evaluate(TABLES)
    assert tables and any(t["wide"] for t in tables) == wide
    for t in tables:
        assert t["shown"] and t["boxRight"] <= PHONE["width"], t
        assert t["hidden"] == 0, t
        if t["wide"]:
            # The table scrolls in its own box with its first column kept in view.
            assert t["scrolls"] and t["sticky"], t
            assert t["lastRight"] <= PHONE["width"] and t["firstLeft"] >= 0, t
            # and its names stay readable: they wrap between words, never letter by letter
            assert t["brokenNames"] == [], t


# Every box that scrolls sideways: whether a keyboard can reach it, and its name as a region.
SCROLLERS = """() => [...document.querySelectorAll('body *')].filter((e) =>
    ['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1
  ).map((e) => ({
    box: e.outerHTML.slice(0, 90), tabindex: e.tabIndex, role: e.getAttribute('role'),
    name: e.getAttribute('aria-label') || (e.getAttribute('aria-labelledby') || '').split(' ').map((id) => document.getElementById(id)?.textContent.trim() || '').join(' '),
  }))"""


@pytest.mark.parametrize("path, wide", [("statistik/", True), ("en/statistik/", True), ("data/", False), ("wilayah/", False),
                                        ("wilayah/18/", True), ("wilayah/18.07/", True), ("en/wilayah/18.07/", True),
                                        ("kim/sinar-harapan-pekalongan/dokumen/", True)])
def test_a_box_that_scrolls_sideways_is_a_named_region_a_keyboard_scrolls(phone, path, wide):
    """Testers' case (axe scrollable-region-focusable): Firefox and Safari scroll a box with the
    keyboard only if it can take the focus, and a screen reader names it as a region."""
    page = phone(path)
    open_folds(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]   # the page never scrolls sideways
    scrollers = page.evaluate(SCROLLERS)
    assert bool(scrollers) == wide
    for box in scrollers:
        assert box["tabindex"] == 0 and box["role"] == "region" and box["name"], box
    if scrollers:  # focused, the box scrolls with the arrow keys
        region = page.evaluate_handle("""() => [...document.querySelectorAll(".kim-table-wrap[tabindex='0']")]
            .find((e) => e.scrollWidth > e.clientWidth + 1)""").as_element()
        region.focus()
        page.keyboard.press("ArrowRight")
        page.wait_for_function("(box) => box.scrollLeft > 0", arg=region)


@pytest.mark.parametrize("path, other, label", [("", "en/", "English"), ("en/", "", "Bahasa Indonesia")])
def test_the_home_page_offers_search_and_its_other_language_on_the_first_screen(phone, server, path, other, label):
    page = phone(path)
    search = page.get_by_role("searchbox")
    box = search.bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"]
    link = page.get_by_role("link", name=label, exact=True)
    assert link.bounding_box()["y"] < PHONE["height"]
    search.fill("Pekalongan")
    search.press("Enter")
    page.wait_for_url(f"**/{path}kim/?q=Pekalongan")
    page.go_back()
    page.get_by_role("link", name=label, exact=True).click()
    page.wait_for_url(server.url + other)


@pytest.mark.parametrize("path", ["wilayah/18.07/", "en/wilayah/18.07/", "wilayah/18/", "kim/sinar-harapan-pekalongan/"])
def test_facts_beside_their_labels_keep_their_words_whole_on_a_phone(phone, path):
    page = phone(path)
    broken = page.evaluate("() => { const brokenWord = " + BROKEN_WORD + """;
        return [...document.querySelectorAll('.kim-facts > *')].filter(brokenWord).map((c) => c.textContent); }""")
    assert broken == []


def directory_settled(page) -> None:
    """Wait for the directory's first results and for any file an update still waits on (a
    searched word's keyword file): "ready" alone may come before the word's results."""
    page.wait_for_function("() => document.getElementById('kim-app').dataset.state === 'ready'"
                           " && !document.getElementById('kim-app').dataset.busy", timeout=15_000)


def not_found(browser, server, bundled_site, path: str):
    """A phone opening `path`, which the host answers as it answers every address it does not
    have: with 404.html and status 404."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    watch = Watch(context, server.url)
    page = watch.attach(context.new_page())
    missing = (bundled_site / "404.html").read_bytes()
    page.route(f"**/{path}", lambda route: route.fulfill(status=404, body=missing, content_type="text/html; charset=utf-8"))
    page.goto(server.url + path)
    return context, watch, page


def test_a_missing_address_offers_the_kims_search_in_indonesian(browser, server, bundled_site):
    """A static host answers an address it does not have with 404.html: a shared link to a KIM
    whose file was renamed lands there with the KIM's words in the search box."""
    context, watch, page = not_found(browser, server, bundled_site, "kim/kim-sinar-harapan-lama/")
    assert page.locator("html").get_attribute("lang") == "id"
    assert page.locator("h1").inner_text() == "Halaman tidak ditemukan"
    assert page.title() == "Halaman tidak ditemukan - Direktori KIM"   # not the home page's (the tester)
    search = page.get_by_role("searchbox", name="Cari nama KIM, desa atau kecamatan")
    assert search.input_value() == "sinar harapan lama"
    english = page.get_by_role("link", name="Direktori KIM in English")  # searching the same words
    assert english.evaluate("a => a.href") == server.url + "en/kim/?q=sinar+harapan+lama&cocok=sebagian"
    box = search.bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"]
    search.fill("sinar harapan")
    search.press("Enter")
    page.wait_for_url("**/kim/?q=sinar+harapan&cocok=sebagian")
    directory_settled(page)
    assert "KIM Sinar Harapan" in page.locator("#kim-results").inner_text()
    # the browser reports the 404 status of the address itself, and nothing else
    assert watch.console_errors == [
        "Failed to load resource: the server responded with a status of 404 (Not Found)"]
    assert watch.third_party == []
    context.close()


def test_a_missing_english_address_answers_in_english(browser, server, bundled_site):
    """Testers' case: the host serves the one 404.html at /en/ addresses too, and it left an
    English reader in Indonesian, searching the Indonesian directory."""
    context, watch, page = not_found(browser, server, bundled_site, "en/kim/KIM-Sinar-Harapan-Lama/")
    heading = page.locator("h1")
    assert heading.inner_text() == "Page not found" and heading.evaluate("e => e.closest('[lang]').lang") == "en"
    assert page.title() == "Page not found - KIM Directory"
    assert page.locator(".md-header__topic").first.text_content().strip() == "KIM Directory"  # as its pages
    assert "Halaman tidak ditemukan" not in page.locator("article").inner_text()
    assert page.get_by_role("link", name="KIM Directory home").evaluate("a => a.href") == server.url + "en/"
    # No "in English" link on the English page; one back to the Indonesian directory instead
    # (the second English-side tester), with the words of the address, read in any case.
    assert page.get_by_role("link", name="Direktori KIM in English").count() == 0
    indonesian = page.get_by_role("link", name="Direktori KIM dalam bahasa Indonesia")
    assert indonesian.evaluate("a => a.href") == server.url + "kim/?q=sinar+harapan+lama&cocok=sebagian"
    search = page.get_by_role("searchbox", name="Search a KIM, village or district name")
    assert search.input_value() == "sinar harapan lama"
    search.fill("sinar harapan")
    page.get_by_role("button", name="Search", exact=True).click()
    page.wait_for_url("**/en/kim/?q=sinar+harapan&cocok=sebagian")
    directory_settled(page)
    assert "KIM Sinar Harapan" in page.locator("#kim-results").inner_text()
    assert watch.console_errors == [
        "Failed to load resource: the server responded with a status of 404 (Not Found)"]
    context.close()


@pytest.mark.parametrize(("slug", "nama"), [
    ("gisting-atas-hortikultura", "KIM Tani Sayur Gisting Atas"),
    ("gajah-lestari-labuhan-ratu-sembilan", "KIM Gajah Lestari"),  # the village is Labuhan Ratu IX
    ("wates-gading-rejo-tani", "KIM Ngudi Makmur Wates"),
    ("way-halim-permai-informatika", "KIM Way Halim Permai"),
])
def test_a_missing_address_finds_its_kim_where_not_every_word_is_in_its_name(browser, server, bundled_site,
                                                                              slug, nama):
    """The tester: the 404 page searched every word of the address, and the directory, which
    needs every word, found nothing for 5 of the 47 bundled slugs (and for a renamed KIM's old
    one). From the 404 page it lists the KIMs that match the most of the words, and says so."""
    words = slug.replace("-", "+")
    context, watch, page = not_found(browser, server, bundled_site, f"kim/{slug}/")
    page.get_by_role("searchbox", name="Cari nama KIM, desa atau kecamatan").press("Enter")
    page.wait_for_url(f"**/kim/?q={words}&cocok=sebagian")
    directory_settled(page)
    assert nama in page.locator("#kim-results").inner_text()
    assert page.locator("#kim-typo").inner_text() == ("Tidak ada KIM yang cocok dengan semua kata Anda; "
                                                      "ditampilkan KIM yang cocok dengan kata terbanyak.")
    # the directory's own search still needs every word
    page.goto(f"{server.url}kim/?q={words}")
    directory_settled(page)
    assert page.locator("#kim-empty").is_visible() and page.locator("#kim-typo").is_hidden()
    context.close()


@pytest.mark.parametrize("typed", ["kim/sinar_harapan_pekalongan/", "kim/Sinar%20Harapan%20Pekalongan/",
                                   "kim/sinar+harapan+pekalongan/", "kim/sinar%20harapan%20pek%C3%A1longan/poster/"])
def test_a_hand_typed_address_searches_every_word_of_it(browser, server, bundled_site, typed):
    """The tester: /kim/bagelen_wiyata/ and /kim/bagelen%20wiyata/ searched "bagelen" only, as
    the words were read up to the first character that is no letter, digit or hyphen."""
    context, watch, page = not_found(browser, server, bundled_site, typed)
    search = page.get_by_role("searchbox", name="Cari nama KIM, desa atau kecamatan")
    assert search.input_value() == "sinar harapan pekalongan"
    search.press("Enter")
    page.wait_for_url("**/kim/?q=sinar+harapan+pekalongan&cocok=sebagian")
    directory_settled(page)
    assert "KIM Sinar Harapan" in page.locator("#kim-results").inner_text()
    assert page.locator("#kim-typo").is_hidden()  # every word matched
    context.close()


def test_a_hand_typed_address_run_together_finds_its_kim(browser, server, bundled_site):
    """The tester: /kim/bagelenwiyata/ gave "0 KIM ditemukan"; the directory reads a word that
    runs two whole words of names together as both."""
    context, watch, page = not_found(browser, server, bundled_site, "kim/sinarharapan/")
    page.get_by_role("searchbox", name="Cari nama KIM, desa atau kecamatan").press("Enter")
    page.wait_for_url("**/kim/?q=sinarharapan&cocok=sebagian")
    directory_settled(page)
    assert "KIM Sinar Harapan" in page.locator("#kim-results").inner_text()
    assert page.locator("#kim-typo").inner_text().endswith(": sinar harapan.")
    context.close()


def test_a_missing_address_with_a_place_written_together_finds_its_kim_by_every_word(browser, server, bundled_site):
    """kopi-ulubelu-ngarip is in Ulu Belu, written apart: the directory reads a place written
    together as the place, so every word of the address finds the KIM, with no partial note."""
    context, watch, page = not_found(browser, server, bundled_site, "kim/kopi-ulubelu-ngarip/")
    page.get_by_role("searchbox", name="Cari nama KIM, desa atau kecamatan").press("Enter")
    page.wait_for_url("**/kim/?q=kopi+ulubelu+ngarip&cocok=sebagian")
    directory_settled(page)
    assert "KIM Sinar Ulu Belu" in page.locator("#kim-results").inner_text()
    assert page.locator("#kim-typo").is_hidden()
    context.close()


_MENU = """() => ({
  tabs: [...document.querySelectorAll(".md-tabs__link")].map((a) => [a.textContent.trim(), a.href]),
  drawer: [...document.querySelectorAll(".md-nav--primary > .md-nav__list > .md-nav__item > .md-nav__link")]
    .map((a) => [a.textContent.trim(), a.href]),
  logo: [...document.querySelectorAll("a.md-logo")].map((a) => a.href),
  footer: [...document.querySelectorAll(".kim-footer a")].map((a) => [a.textContent.trim(), a.href]),
  top: document.querySelector(".md-top").textContent.trim(),
  skip: document.querySelector(".md-skip").textContent.trim(),
  labels: [...document.querySelectorAll("[aria-label]")].map((e) => e.getAttribute("aria-label")),
})"""


def test_a_missing_english_address_has_english_around_its_content_too(browser, server, bundled_site):
    """The tester: on /en/kim/kopi-sumberjaya/ the "back to top" button said "Kembali ke atas"
    (Material's words, in the theme's language). Around its content the English version has
    what an English page has: Material's words, the menu, the footer, the logo's link."""
    context, watch, page = not_found(browser, server, bundled_site, "en/kim/kopi-sumberjaya/")
    try:
        assert page.locator("html").get_attribute("lang") == "en"
        found = page.evaluate(_MENU)
        assert (found["top"], found["skip"]) == ("Back to top", "Skip to content")
        assert not {"Tab", "Navigasi", "Ke repositori", "Daftar isi"} & set(found["labels"])
        page.goto(server.url + "en/wilayah/")  # an English page of the theme, with its tabs
        english = page.evaluate(_MENU)
        assert found["tabs"] == english["tabs"] and found["footer"] == english["footer"]
        assert found["drawer"] == english["tabs"]  # the same sections, in the drawer
        assert set(found["logo"]) == {server.url + "en/"}
    finally:
        context.close()


@pytest.mark.parametrize("path", ["wilayah/18/", "en/wilayah/18/", "statistik/", "en/statistik/"])
def test_a_page_of_tables_prints_every_column_on_a4(browser, server, path):
    """Testers' case: printed on A4, a province's page cut off the last column of the coach's
    worklist, nine columns in a box that scrolls on a screen (paper does not scroll). Nor
    does paper follow a language link; the breadcrumb stays, the one line on a profile that
    names its regency and district."""
    page = browser.new_page(viewport={"width": 700, "height": 1000})  # an A4 page's width
    try:
        page.goto(server.url + path)
        page.emulate_media(media="print")
        cut = page.evaluate("""() => [...document.querySelectorAll('article table')].filter((t) => {
          const page = t.closest('article').getBoundingClientRect(), box = t.parentElement;
          return t.getBoundingClientRect().right > page.right + .5 || box.scrollWidth > box.clientWidth;
        }).map((t) => t.parentElement.getAttribute('aria-labelledby'))""")
        assert page.locator("article table").count() >= 2 and cut == []
        assert not any(page.locator(".kim-lang").evaluate_all("es => es.map((e) => e.checkVisibility())"))
        page.goto(server.url + "kim/bagelen-wiyata/")
        assert "Kabupaten Pesawaran" in page.locator(".kim-breadcrumb").inner_text()
        assert page.locator(".kim-breadcrumb").is_visible()
    finally:
        page.close()


@pytest.mark.parametrize("path", ["statistik/", "en/statistik/"])
def test_chart_text_is_as_readable_on_a_phone_as_the_table_beside_it(phone, path):
    page = phone(path)
    charts = page.evaluate("""() => [...document.querySelectorAll('svg.kim-chart')].map((svg) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const texts = [...svg.querySelectorAll('text')];
      return {id: svg.id, smallest: Math.min(...texts.map((t) => parseFloat(t.getAttribute('font-size')) * scale)),
              outside: texts.filter((t) => { const r = t.getBoundingClientRect();
                                             return r.left < 0 || r.right > innerWidth; }).length};
    })""")
    assert len(charts) >= 5
    for chart in charts:
        assert chart["smallest"] >= 12 and chart["outside"] == 0, chart


def test_a_poster_fits_a_phone_and_still_prints_on_a4(phone):
    page = phone("kim/sinar-harapan-pekalongan/poster/")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    qr = page.locator("figure svg").bounding_box()
    assert qr["width"] >= 200 and abs(qr["width"] - qr["height"]) < 1   # big enough to scan from the screen
    page.emulate_media(media="print")
    assert page.locator(".poster").evaluate("e => getComputedStyle(e).paddingTop") == "0px"  # the print rules hold


@pytest.mark.parametrize("path", ["en/kemitraan/perguruan-tinggi/", "en/kemitraan/18/", "kim/penyu-muara-tembulih/",
                                  "en/mitra/contoh-bumn-energi-lampung/"])
def test_a_long_page_title_does_not_widen_the_page(phone, path):
    """The header's second title (shown on scroll) holds the page's whole name: a long one
    must not make the page scroll sideways."""
    page = phone(path)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


# Keyboard on a phone: a coach found 11 to 13 Tab presses before a shell page's content, 10 or
# 11 of them on the closed menu drawer's links, off screen (x = -242 px): focus out of sight.

FOCUSED = """() => { const e = document.activeElement;
  const r = e.getBoundingClientRect(), s = getComputedStyle(e);
  return {tag: e.tagName, cls: e.className, href: e.getAttribute('href'), left: r.left, right: r.right,
          drawer: !!e.closest('.md-sidebar--primary'), content: !!e.closest('.md-content'),
          shown: s.opacity !== '0' && s.visibility !== 'hidden'}; }"""


@pytest.mark.parametrize("path", ["kim/sinar-harapan-pekalongan/", "en/kim/sinar-harapan-pekalongan/",
                                  "wilayah/18.07/", "statistik/", "en/statistik/", "", "panduan/"])
def test_the_first_tab_offers_to_skip_to_the_content_and_never_lands_off_screen(phone, path):
    page = phone(path)
    page.keyboard.press("Tab")
    first = page.evaluate(FOCUSED)
    assert "md-skip" in first["cls"].split() and first["href"].startswith("#")
    page.wait_for_timeout(400)  # Material's skip link fades in on focus
    assert page.evaluate(FOCUSED)["shown"]
    assert page.locator("a.md-skip").count() == 1
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED)["content"], "the Tab after the skip link is in the content"
    page.reload()
    for _ in range(14):  # the whole shell, without skipping: nothing focused out of sight
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        assert not focused["drawer"] and focused["right"] > 0 and focused["left"] < PHONE["width"], focused


def test_the_opened_drawer_s_links_are_reached_by_tab(phone):
    page = phone("kim/sinar-harapan-pekalongan/")
    page.locator(MENU_BUTTON).click()
    page.wait_for_timeout(400)  # the drawer slides in
    menu = page.locator(".md-sidebar--primary .md-nav__link").first
    assert menu.is_visible() and menu.bounding_box()["x"] >= 0
    for _ in range(30):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["drawer"]:
            break
    assert focused["drawer"] and focused["left"] >= 0, focused
    page.locator(".md-overlay").click(position={"x": 340, "y": 300})
    page.wait_for_timeout(400)
    assert not page.locator(".md-sidebar--primary .md-nav__link").first.is_visible()


# The menu from the keyboard (a tester): the closed drawer's links are out of the Tab order, so
# on a phone the header's menu button is the keyboard's only way in. Material's is a <label>,
# which Tab never reached; menu.js puts a button in its place.
MENU_BUTTON = "button.kim-menu"


@pytest.mark.parametrize(("path", "name"), [("kim/sinar-harapan-pekalongan/", "Navigasi"), ("panduan/", "Navigasi"),
                                            ("en/kim/", "Navigation")])
def test_the_menu_opens_and_closes_from_the_keyboard_on_a_phone(phone, path, name):
    page = phone(path)
    button, drawer = page.locator(MENU_BUTTON), page.locator("#__drawer")
    page.keyboard.press("Tab")
    assert "md-skip" in page.evaluate(FOCUSED)["cls"].split()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.matches('button.kim-menu')")
    assert page.get_by_role("button", name=name).count() == 1 and button.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Enter")
    page.wait_for_timeout(400)  # the drawer slides in
    assert drawer.is_checked() and button.get_attribute("aria-expanded") == "true"
    focused = page.evaluate(FOCUSED)
    first = page.locator(".md-sidebar--primary a.md-nav__link").first
    assert focused["drawer"] and focused["shown"] and focused["left"] >= 0, focused
    assert first.evaluate("a => a === document.activeElement")
    page.keyboard.press("Escape")
    page.wait_for_timeout(400)
    assert not drawer.is_checked() and button.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.matches('button.kim-menu')")
    assert not first.is_visible()
    page.keyboard.press(" ")  # Space toggles too, and scrolls nothing
    assert drawer.is_checked() and page.evaluate("scrollY") == 0
    page.keyboard.press("Escape")
    page.keyboard.press("Enter")
    assert drawer.is_checked()
    page.locator(".md-overlay").click(position={"x": 340, "y": 300})  # a tap closes it as ever
    assert not drawer.is_checked() and button.get_attribute("aria-expanded") == "false"


def test_a_menu_opened_by_a_tap_closes_with_esc(phone):
    page = phone("kim/sinar-harapan-pekalongan/")
    page.locator(MENU_BUTTON).click()
    assert page.locator("#__drawer").is_checked()
    page.keyboard.press("Escape")
    assert not page.locator("#__drawer").is_checked()
    assert page.evaluate("document.activeElement.matches('button.kim-menu')")


def test_on_a_wide_screen_the_menu_button_stays_out_of_the_way(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto(server.url + "kim/sinar-harapan-pekalongan/")
        page.wait_for_timeout(300)
        assert not page.locator(MENU_BUTTON).is_visible()
        for _ in range(6):
            page.keyboard.press("Tab")
            assert not page.evaluate("document.activeElement.matches('button.kim-menu')")
        page.keyboard.press("Escape")
        assert not page.locator("#__drawer").is_checked()
        assert page.locator(".md-sidebar--primary a.md-nav__link").first.is_visible()
    finally:
        context.close()



def test_the_partner_list_s_filter_moves_nothing_when_its_script_starts(browser, server):
    """/mitra/ keeps its filter form in the page from the start, as the directory does its
    search block: a form shown by the script moved the list below it once a slow network
    let the page paint first (issue 17: 0.043 on the samples, 0.093 at 10,000 KIMs)."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)
    context.add_init_script(RECORD_SHIFTS)
    watch = Watch(context, server.url)
    page = watch.attach(context.new_page())
    slow = lambda route: (time.sleep(0.8), route.continue_())  # noqa: E731
    page.route(re.compile(r"/assets/kim/mitra\.js\?"), slow)
    try:
        page.goto(server.url + "mitra/", wait_until="load")
        page.wait_for_timeout(300)
        assert page.locator("#mitra-filter").is_visible()
        assert page.evaluate("window.__shifts") == []
        assert watch.console_errors == []
    finally:
        context.close()


@pytest.mark.parametrize("path", ["mitra/", "en/mitra/", "kemitraan/"])
def test_a_filter_menu_fits_a_finger_and_is_read_without_zooming(phone, path):
    """/mitra/'s menus were 19 px high in 13 px type on a phone: under the 24 px of a target
    (WCAG 2.5.8), and iOS zooms the page in on a tap into type under 16 px."""
    page = phone(path)
    menus = page.evaluate("""() => Array.from(document.querySelectorAll("#mitra-filter select, .kem-filter select"))
      .map((s) => [s.getBoundingClientRect().height, parseFloat(getComputedStyle(s).fontSize)])""")
    assert menus and all(height >= 24 and size >= 16 for height, size in menus), menus
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
