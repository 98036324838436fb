"""The share control (sharelink.py, bagikan.js): the volunteer tester shared a KIM's profile in
WhatsApp groups by copying the address from the address bar, as the page offered no way to."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from generator.site.i18n import Text
from generator.site.sharelink import share_view

from .browser import Watch
from .test_reach import PROFILE, SITE_URL, head

# A sample KIM and a sample partner, the board, in both languages.
SHARED = [PROFILE, f"en/{PROFILE}", "mitra/contoh-universitas-nusantara/",
          "en/mitra/contoh-universitas-nusantara/", "kemitraan/", "en/kemitraan/"]
SAYS = {"id": "{title} di Direktori KIM: {url}", "en": "{title} on the KIM Directory: {url}"}


def message(href: str) -> str:
    """What WhatsApp writes into the chat from the link `href`."""
    parts = urlsplit(href)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "wa.me", "/")
    (text,) = parse_qs(parts.query, strict_parsing=True)["text"]
    return text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_whatsapp_link_carries_the_title_and_the_address(lang):
    title, url = "KIM Maju & Jaya #1 (contoh)", "https://kim.example.org/kim/maju-jaya/"
    v = share_view(title, url, Text(lang))
    assert message(v.whatsapp) == SAYS[lang].format(title=title, url=url)
    assert (v.label, v.copy, v.copied) == {"id": ("Bagikan ke WhatsApp", "Salin tautan", "Tautan disalin."),
                                           "en": ("Share on WhatsApp", "Copy link", "Link copied.")}[lang]


def share_link(site, url: str) -> str:
    page = (site / url / "index.html").read_text(encoding="utf-8")
    (href,) = re.findall(r'<p class="kim-share"><a href="([^"]*)" rel="noreferrer">', page)
    return href.replace("&amp;", "&")


@pytest.mark.parametrize("url", SHARED)
def test_a_shared_page_names_itself_as_its_title_does_sample_and_all(bundled_site, url):
    h = head(bundled_site, url)
    (title,) = h.meta["og:title"]
    assert title.endswith(("(contoh)", "(sample)", "(data contoh)", "(sample data)"))  # every bundled one is a sample
    lang = "en" if url.startswith("en/") else "id"
    assert message(share_link(bundled_site, url)) == SAYS[lang].format(title=title, url=SITE_URL + url)
    assert h.canonical == SITE_URL + url


@pytest.mark.parametrize("url, href", [
    ("wilayah/18.07/", "https://wa.me/?text=KIM%20di%20Kabupaten%20Lampung%20Timur%20(data%20contoh)"
                       "%20di%20Direktori%20KIM:%20https://kim.example.org/wilayah/18.07/"),
    ("en/wilayah/18/", "https://wa.me/?text=KIMs%20in%20Lampung%20(sample%20data)"
                       "%20on%20the%20KIM%20Directory:%20https://kim.example.org/en/wilayah/18/"),
    ("wilayah/", "https://wa.me/?text=KIM%20per%20provinsi%20(data%20contoh)"
                 "%20di%20Direktori%20KIM:%20https://kim.example.org/wilayah/"),
    ("en/wilayah/", "https://wa.me/?text=KIMs%20by%20province%20(sample%20data)"
                    "%20on%20the%20KIM%20Directory:%20https://kim.example.org/en/wilayah/"),
])
def test_a_region_page_shares_its_kims(bundled_site, url, href):
    """A Diskominfo coach shares "the KIMs of our regency" into WhatsApp groups, a regency
    office or a province's coach the list of provinces; the region's title says, as the page's
    does, that its figures count sample KIMs."""
    assert share_link(bundled_site, url) == href
    assert head(bundled_site, url).canonical == SITE_URL + url


def open_page(browser, server, url: str, **options):
    context = browser.new_context(viewport={"width": 390, "height": 844}, **options)
    watch = Watch(context, server.url)
    return context, watch, watch.attach(context.new_page())


@pytest.mark.parametrize("url", [PROFILE, f"en/{PROFILE}", "mitra/contoh-universitas-nusantara/", "wilayah/18.07/",
                                 "en/wilayah/"])
def test_copy_link_writes_the_canonical_address_and_says_so(browser, server, url):
    context, watch, page = open_page(browser, server, url)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    try:
        page.goto(server.url + url + "?dari=grup#kontak")  # a visit's query and fragment are not shared
        english = url.startswith("en/")
        copy = page.locator(".kim-share").get_by_role("button", name="Copy link" if english else "Salin tautan")
        assert copy.is_visible() and copy.bounding_box()["y"] < 844 * 2  # near the top on a phone
        copy.click()
        said = page.get_by_role("status").filter(has_text="Link copied." if english else "Tautan disalin.")
        said.wait_for()
        assert said.is_visible()
        assert page.evaluate("navigator.clipboard.readText()") == SITE_URL + url
        assert watch.third_party == [] and watch.console_errors == []
    finally:
        context.close()


def test_a_refused_copy_shows_the_address_to_copy_by_hand(browser, server):
    """A browser may refuse the clipboard (no permission, an old WebView): the button then said
    nothing at all."""
    context, watch, page = open_page(browser, server, PROFILE)
    page.add_init_script("navigator.clipboard.writeText = () => Promise.reject(new Error('refused'));")
    try:
        page.goto(server.url + PROFILE)
        page.locator(".kim-share").get_by_role("button", name="Salin tautan").click()
        said = page.get_by_role("status").filter(has_text="salin dari sini")
        said.wait_for()
        assert said.inner_text() == f"Tautan tidak dapat disalin otomatis; salin dari sini: {SITE_URL}{PROFILE}"
        assert watch.console_errors == []
    finally:
        context.close()


@pytest.mark.parametrize("url", [PROFILE, "en/wilayah/18.07/"])
def test_the_share_sheet_gets_the_links_message_where_the_browser_has_one(browser, server, url):
    context, watch, page = open_page(browser, server, url)
    page.add_init_script("navigator.share = (data) => { window.__shared = data; return Promise.resolve(); };")
    try:
        page.goto(server.url + url)
        page.locator(".kim-share").get_by_role("button", name="Share…" if url.startswith("en/") else "Bagikan…").click()
        page.wait_for_function("() => window.__shared !== undefined")
        assert page.evaluate("window.__shared") == {"text": message(share_link_on(page))}
        assert watch.third_party == []
    finally:
        context.close()


def share_link_on(page) -> str:
    return page.locator(".kim-share a").get_attribute("href")


def test_without_javascript_the_link_works_and_no_dead_button_shows(browser, server):
    context, watch, page = open_page(browser, server, PROFILE, java_script_enabled=False)
    opened = []
    context.route("https://wa.me/**", lambda route: (opened.append(route.request.url),
                                                     route.fulfill(status=200, body="WhatsApp")))
    try:
        page.goto(server.url + PROFILE)
        share = page.locator(".kim-share")
        assert share.get_by_role("button").count() == 0  # hidden: nothing would run them
        link = share.get_by_role("link", name="Bagikan ke WhatsApp")
        assert link.is_visible()
        href = link.get_attribute("href")
        link.click()
        page.wait_for_url("https://wa.me/**")
        assert opened == [href]
        assert message(href) == f"KIM Sinar Harapan (contoh) di Direktori KIM: {SITE_URL}{PROFILE}"
    finally:
        context.close()


@pytest.mark.parametrize("scripts", [False, True])
def test_a_phone_keeps_a_row_for_the_buttons_only_where_the_script_shows_them(browser, server, scripts):
    """The row kept for the buttons at phone widths (so that they move nothing when they come)
    sat empty, about 34 px under the link, on a page read without JavaScript."""
    context = browser.new_context(viewport={"width": 360, "height": 800}, is_mobile=True, java_script_enabled=scripts)
    context.add_init_script("navigator.share = () => Promise.resolve();")
    watch = Watch(context, server.url)
    page = watch.attach(context.new_page())
    try:
        page.goto(server.url + PROFILE, wait_until="load")
        under_the_link = page.evaluate("""() => {
          const box = document.querySelector(".kim-share");
          return box.getBoundingClientRect().bottom - box.querySelector("a").getBoundingClientRect().bottom;
        }""")
        buttons = page.locator(".kim-share button")
        if scripts:
            assert buttons.first.is_visible() and under_the_link > 30  # the buttons' row
        else:
            assert buttons.first.is_hidden() and under_the_link < 10  # the link's own margin
        assert watch.third_party == []
    finally:
        context.close()


# The layout shifts that move the share control or what follows it, summed from the page's
# start; a shift whose recorded nodes all lie above it (a late banner) is another control's.
SHIFTS_FROM_THE_CONTROL = """
window.__shareShift = 0;
new PerformanceObserver((list) => {
  const box = document.querySelector(".kim-share");
  const below = (node) => node && (box.contains(node) || box.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);
  for (const e of list.getEntries()) {
    if (!e.hadRecentInput && (e.sources || []).some((s) => below(s.node))) window.__shareShift += e.value;
  }
}).observe({ type: "layout-shift", buffered: true });
"""


@pytest.mark.parametrize("width", [390, 360])
@pytest.mark.parametrize("url", [PROFILE, f"en/{PROFILE}", "mitra/contoh-universitas-nusantara/", "wilayah/18.07/",
                                 "en/wilayah/18/"])
def test_the_share_sheet_button_moves_nothing_on_a_phone(browser, server, url, width):
    """With the share sheet (a phone's browser), the script's two buttons wrapped the control
    onto a second line at 390 px, pushing the page below it down."""
    context = browser.new_context(viewport={"width": width, "height": 800}, is_mobile=True, has_touch=True,
                                  device_scale_factor=2)
    context.add_init_script("navigator.share = () => Promise.resolve();" + SHIFTS_FROM_THE_CONTROL)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    watch = Watch(context, server.url)
    page = watch.attach(context.new_page())
    try:
        page.goto(server.url + url, wait_until="load")
        buttons = page.locator(".kim-share button")
        buttons.last.wait_for()
        assert [buttons.nth(i).is_visible() for i in range(2)] == [True, True]
        page.wait_for_timeout(500)
        assert page.evaluate("window.__shareShift") < 0.01
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert watch.third_party == [] and watch.console_errors == []
    finally:
        context.close()
