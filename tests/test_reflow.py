"""A phone of 360 px at 200 % zoom: a viewport of 180 × 370 CSS px, where a tester with a
keyboard, a screen reader and zoom found pages scrolling sideways (WCAG 1.4.10 Reflow asks
that nothing does down to 320 CSS px) and the language link squeezing the headings."""

from __future__ import annotations

import pytest

from .browser import Watch
from .test_phone import BROKEN_WORD, SCROLLERS

ZOOMED = {"width": 180, "height": 370}


@pytest.fixture
def zoomed(browser, server):
    contexts = []

    def open_page(path: str, width: int = ZOOMED["width"]):
        context = browser.new_context(viewport={**ZOOMED, "width": width}, is_mobile=True, has_touch=True,
                                      device_scale_factor=2, service_workers="block")
        watch = Watch(context, server.url)
        contexts.append((context, watch))
        page = watch.attach(context.new_page())
        page.goto(server.url + path, wait_until="load")
        return page

    yield open_page
    for context, watch in contexts:
        assert watch.third_party == [] and watch.console_errors == []
        context.close()


def fill_every_part_of_the_form(page) -> None:
    """The contribution form as a volunteer meets it: every part opened, a row in every list,
    a personal contact, every consent box ticked (its date field shown)."""
    page.wait_for_selector("#kf-form[data-ready]")
    page.evaluate("() => document.querySelectorAll('#kf-form details').forEach((d) => { d.open = true; })")
    for add in page.locator(".kf-add").all():
        add.click()
    page.locator('[data-list="kontak"] [data-row] select[data-key="jenis"]').select_option("pribadi")
    for box in page.locator("[data-row] input[data-consent]").all():
        box.check()


@pytest.mark.parametrize("path", [
    "kontribusi/", "en/kontribusi/",                       # the form's fieldsets and consent labels
    "kemitraan/", "en/kemitraan/",                         # the board's filters
    "mitra/", "en/mitra/",                                 # the partner list's menus
    "wilayah/18.07/bimtek/", "en/wilayah/18.07/bimtek/",   # the planner's tables
    "wilayah/18.07/", "kim/sinar-harapan-pekalongan/",
    "kemitraan/mitra/", "en/kemitraan/mitra/",             # a partner type's long label, the table by type
    "kim/bagelen-wiyata/dokumen/",                         # the drafts' tables and regulation numbers
    "kim/mangrove-margasari/poster/",                      # the poster's heading and kicker
    "privasi/",                                            # "Pemberitahuan privasi": a long first word
])
def test_nothing_scrolls_sideways_at_200_percent_zoom(zoomed, path):
    page = zoomed(path)
    if "kontribusi" in path:
        fill_every_part_of_the_form(page)
    page.wait_for_timeout(300)
    assert page.evaluate("document.documentElement.scrollWidth") <= ZOOMED["width"]
    # What is wider scrolls in a box of its own, which the keyboard reaches and a screen reader
    # names (the form's file, a labelled text box, is such a box already).
    for box in page.evaluate(SCROLLERS):
        if box["box"].startswith("<textarea"):
            continue
        assert box["tabindex"] == 0 and box["role"] == "region" and box["name"], box
    if "bimtek" in path:
        assert page.evaluate(SCROLLERS), "the planner's tables scroll in their boxes"
    # A table's caption names it: read whole on the screen, not cut at its box's edge.
    cut = "[...document.querySelectorAll('caption')].filter((c) => c.getBoundingClientRect().right > innerWidth)"
    assert page.evaluate(f"() => {cut}.map((c) => c.textContent)") == []
    # Each word of a heading on one line: "Pember/itahuan" is hard to read at any size.
    assert page.evaluate(BROKEN_HEADINGS) == []


# The words of the page's headings drawn on more than one line, with the headings' size.
BROKEN_HEADINGS = """() => { const brokenWord = """ + BROKEN_WORD + """;
  return [...document.querySelectorAll(':is(h1, h2, h3, h4)')].filter(brokenWord)
    .map((h) => `${h.tagName} ${getComputedStyle(h).fontSize}: ${h.textContent.trim()}`);
}"""


@pytest.mark.parametrize("width", [320, 1280])
def test_headings_keep_the_theme_s_size_from_a_phone_up(zoomed, width):
    """Only a narrower page shrinks them (kim.css): a phone and a desktop look as before."""
    sizes = zoomed("privasi/", width).evaluate(
        "() => ['h1', 'h2'].map((h) => getComputedStyle(document.querySelector(`article ${h}`)).fontSize)")
    assert sizes == ["32px", "25px"]


# The language link, then the first heading or the breadcrumb above it, and every word of
# them drawn on more than one line.
LANG_AND_HEADING = """() => { const brokenWord = """ + BROKEN_WORD + """;
  const lang = document.querySelector('article .kim-lang').getBoundingClientRect();
  const below = [...document.querySelectorAll('article :is(h1, .kim-breadcrumb)')];
  return {
    gap: Math.min(...below.map((e) => e.getBoundingClientRect().top)) - lang.bottom,
    broken: [...document.querySelectorAll('article :is(h1, .kim-breadcrumb li)')].filter(brokenWord).map((e) => e.textContent),
  };
}"""


@pytest.mark.parametrize("path, width", [
    ("kontribusi/", 180), ("kim/", 180), ("statistik/", 180),
    ("kim/sinar-harapan-pekalongan/", 180), ("en/kim/sinar-harapan-pekalongan/", 180),
    ("en/kontribusi/", 320), ("en/kemitraan/", 320),   # "Bahasa Indonesia" is the longer link
])
def test_at_narrow_widths_the_language_link_has_a_line_of_its_own(zoomed, path, width):
    """The tester: the floating link left the heading beside it so little room that its words
    broke mid-word ("Kontr/ibusi"), and the profile's breadcrumb's too."""
    found = zoomed(path, width).evaluate(LANG_AND_HEADING)
    assert found["gap"] >= 0 and found["broken"] == [], found
