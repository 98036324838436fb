"""Where focus lands and what stays in view, found by the testers: nothing focused under the
fixed header, the open menu keeping Tab, the map's names, forced colours (Windows high
contrast) and large text."""

from __future__ import annotations

import pytest

from .browser import Watch

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
SAMPLE = "kim/sinar-harapan-pekalongan/"


@pytest.fixture
def visit(browser, server):
    contexts = []

    def open_page(path: str, viewport=PHONE, font_size: int | None = None, **options):
        context = browser.new_context(viewport=viewport, **options)
        watch = Watch(context, server.url)
        contexts.append((context, watch))
        page = watch.attach(context.new_page())
        if font_size:  # the browser's default font size, as set in Android's or Chrome's settings
            context.new_cdp_session(page).send("Page.setFontSizes", {"fontSizes": {"standard": font_size}})
        page.goto(server.url + path, wait_until="load")
        if page.locator("#kim-app").count():
            page.wait_for_function("() => document.getElementById('kim-app').dataset.state === 'ready'"
                                   " && !document.getElementById('kim-app').dataset.busy", timeout=15_000)
        return page

    yield open_page
    for context, watch in contexts:
        assert watch.third_party == [] and watch.console_errors == []
        context.close()


# The focused element's top and the fixed header's bottom, or null when focus is in the
# header, on the skip link (shown over the header), on nothing shown, or on a box taller
# than a third of the screen (a long text area cannot be shown whole anyway).
FOCUS_AND_HEADER = """() => {
  const focused = document.activeElement, header = document.querySelector(".md-header");
  if (!focused || focused === document.body || header.contains(focused) || focused.matches(".md-skip")) return null;
  const box = focused.getBoundingClientRect();
  if (!box.height || box.height > innerHeight / 3) return null;
  return [box.top, header.getBoundingClientRect().bottom, focused.id || focused.outerHTML.slice(0, 80)];
}"""


def focus_under_header(page, presses: int) -> list:
    """Shift+Tab `presses` times: every focused element whose top lies under the header."""
    hidden = []
    for _ in range(presses):
        page.keyboard.press("Shift+Tab")
        page.wait_for_timeout(50)
        seen = page.evaluate(FOCUS_AND_HEADER)
        if seen and seen[0] < seen[1] - 1:
            hidden.append(seen)
    return hidden


def test_shift_tab_after_showing_the_results_keeps_focus_below_the_header(visit):
    page = visit("kim/?q=tani")
    page.locator("#kim-filters-toggle").click()
    page.locator("#kim-apply").click()
    page.wait_for_timeout(300)
    assert focus_under_header(page, 3) == []


@pytest.mark.parametrize("path", ["kontribusi/", "statistik/"])
def test_shift_tab_from_the_end_of_a_page_keeps_focus_below_the_header(visit, path):
    page = visit(path, viewport=DESKTOP)
    # From the page's last control back up through the page.
    page.locator("a[href], input, button, select, textarea").last.focus()
    assert focus_under_header(page, 40) == []


def test_shown_results_are_not_under_the_back_to_top_button(visit):
    """The upward scroll of "Tampilkan N KIM" brings up Material's "back to top" button."""
    page = visit("kim/?q=tani")
    page.locator("#kim-filters-toggle").click()
    page.locator("#kim-apply").click()
    page.wait_for_timeout(600)   # the button fades in
    top = page.locator(".md-top")
    assert top.is_visible()
    assert page.locator("#kim-count").bounding_box()["y"] >= top.bounding_box()["y"] + top.bounding_box()["height"]


# The focused element when Material's "back to top" button, shown, lies over part of it.
FOCUS_UNDER_TOP = """() => {
  const focused = document.activeElement, top = document.querySelector(".md-top");
  if (!top || top.hidden || !focused || focused === top || focused === document.body) return null;
  const a = focused.getBoundingClientRect(), b = top.getBoundingClientRect();
  const over = Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top) && Math.min(a.right, b.right) > Math.max(a.left, b.left);
  return over ? focused.textContent.trim() : null;
}"""


@pytest.mark.parametrize("font_size", [None, 32])
def test_shift_tab_up_the_results_keeps_focus_clear_of_the_back_to_top_button(visit, font_size):
    """An upward scroll brings up the button, 3.2rem from the top: links focused on the way up
    stopped under it, most of a link hidden when text is doubled."""
    page = visit("kim/", font_size=font_size)
    page.locator("a.kim-result__name").nth(12).focus()
    under = []
    for _ in range(10):
        page.keyboard.press("Shift+Tab")
        page.wait_for_timeout(80)
        under.append(page.evaluate(FOCUS_UNDER_TOP))
    assert page.locator(".md-top").is_visible()
    assert [name for name in under if name] == []



@pytest.mark.parametrize("font_size", [None, 32])
def test_the_back_to_top_button_ends_above_where_focus_stops(visit, font_size):
    """Where the browser stops what it scrolls to (kim.css's scroll-padding-top), shown as an
    upward scroll shows it, at the phone's text size and doubled (where it wrapped)."""
    page = visit("kim/", font_size=font_size)
    found = page.evaluate("""() => {
      const top = document.querySelector(".md-top");
      top.hidden = false;
      return [top.getBoundingClientRect().bottom, parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop)];
    }""")
    assert found[0] <= found[1]


def test_tab_stays_in_the_open_menu_and_esc_returns_to_its_button(visit):
    page = visit("kim/")
    button = page.locator("button.kim-menu")
    button.focus()
    page.keyboard.press("Enter")
    links = page.locator(".md-sidebar--primary a.md-nav__link[href]").evaluate_all(
        "els => els.filter((a) => a.getClientRects().length).length")
    outside = []
    for _ in range(links + 4):
        page.keyboard.press("Tab")
        where = page.evaluate("""() => {
          const a = document.activeElement;
          if (!a || a === document.body) return "";
          return a.closest(".md-sidebar--primary") || a.classList.contains("kim-menu") ? "" : a.id || a.outerHTML.slice(0, 80);
        }""")
        if where:
            outside.append(where)
    assert outside == []
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.classList.contains('kim-menu')")
    assert page.locator("[inert]").count() == 0
    page.wait_for_timeout(400)   # the drawer slides out, then is hidden (kim.css)
    page.keyboard.press("Tab")
    assert page.evaluate("!document.activeElement.closest('.md-sidebar--primary')")


@pytest.mark.parametrize("lang, zoom_in, zoom_out, name", [
    ("", "Perbesar", "Perkecil", "Peta KIM Sinar Harapan"),
    ("en/", "Zoom in", "Zoom out", "Map of KIM Sinar Harapan"),
])
def test_the_map_and_its_buttons_are_named_in_the_page_language(visit, lang, zoom_in, zoom_out, name):
    page = visit(lang + SAMPLE)
    page.locator("#kim-map").scroll_into_view_if_needed()
    page.wait_for_selector("#kim-map .leaflet-control-zoom-in", timeout=10_000)
    assert page.locator("#kim-map .leaflet-control-zoom-in").get_attribute("aria-label") == zoom_in
    assert page.locator("#kim-map .leaflet-control-zoom-out").get_attribute("aria-label") == zoom_out
    assert page.locator("#kim-map").get_attribute("tabindex") == "0"
    assert page.get_by_role("region", name=name).count() == 1
    # The marker, which does nothing when activated, is named but no Tab stop (a tester found
    # an unnamed one): from the map, Tab goes on to its buttons.
    assert page.locator("#kim-map").get_by_role("img", name="KIM Sinar Harapan", exact=True).count() == 1
    page.locator("#kim-map").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.matches('.leaflet-control-zoom-in')")


# A system colour as the browser resolves it, beside what an element shows.
SYSTEM_COLOUR = """(name) => {
  const probe = document.createElement("span");
  probe.style.color = name;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}"""


def test_charts_use_system_colours_in_forced_colours(visit):
    page = visit("statistik/", viewport=DESKTOP)
    page.emulate_media(forced_colors="active", color_scheme="dark")
    ink = page.evaluate(SYSTEM_COLOUR, "CanvasText")
    assert ink != page.evaluate(SYSTEM_COLOUR, "Canvas")
    fills = page.locator(".kim-chart text, .kim-chart rect:not([stroke])").evaluate_all(
        "els => [...new Set(els.map((e) => getComputedStyle(e).fill))]")
    assert fills == [ink]


def test_a_facet_value_that_cannot_be_chosen_looks_disabled_in_forced_colours(visit):
    page = visit("kim/?q=tani", viewport=DESKTOP)
    page.emulate_media(forced_colors="active", color_scheme="dark")
    zero = page.locator(".kim-opt--zero label")
    assert zero.count() > 0
    assert zero.first.evaluate("e => getComputedStyle(e).color") == page.evaluate(SYSTEM_COLOUR, "GrayText")


def test_every_top_tab_can_be_reached_with_large_text(visit):
    """Text at 200 % (Material's root is 125 %) at 1280 px: the tabs wrap, none is cut off."""
    page = visit("", viewport=DESKTOP)
    page.evaluate("document.documentElement.style.fontSize = '250%'")
    page.wait_for_timeout(200)
    unreachable = page.locator(".md-tabs__link").evaluate_all("""els => els.filter((a) => {
      const r = a.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return r.right > innerWidth || !hit || !a.contains(hit);
    }).map((a) => a.textContent.trim())""")
    assert unreachable == []


def test_with_text_doubled_the_open_filters_fit_a_phone(visit):
    """Android's largest font size doubles the text: a facet's columns of 9.5em became wider
    than the panel and the page scrolled sideways; a long partner type widened it too."""
    page = visit("kim/", font_size=32)
    assert page.evaluate("getComputedStyle(document.documentElement).fontSize") == "40px"
    page.locator("#kim-filters-toggle").click()
    width = page.evaluate("document.scrollingElement.clientWidth")
    assert page.evaluate("document.scrollingElement.scrollWidth") <= width
    beyond = page.locator(".kim-facet label, .kim-mode__note").evaluate_all(
        "(els, width) => els.filter((e) => e.getBoundingClientRect().right > width).map((e) => e.textContent)", width)
    assert beyond == []


def test_the_filter_panel_opens_and_closes_from_the_keyboard(visit):
    """Enter on "Saring" opens it, Esc from inside it closes it with focus back on the button:
    before, only Shift+Tab back through its 40-odd controls led there."""
    page = visit("kim/")
    toggle = page.locator("#kim-filters-toggle")
    toggle.focus()
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true"
    for _ in range(4):
        page.keyboard.press("Tab")
    assert page.evaluate("document.getElementById('kim-filters').contains(document.activeElement)")
    page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert page.locator("#kim-filters").is_hidden()
    assert page.evaluate("document.activeElement.id") == "kim-filters-toggle"
    page.keyboard.press("Enter")
    assert page.locator("#kim-filters").is_visible()


def test_with_text_doubled_a_tap_beside_the_open_menu_closes_it(visit):
    """The drawer (12.1rem) grew wider than the phone and covered the whole page, and with it
    the overlay, the only place a tap closes it."""
    page = visit("kim/", font_size=32, has_touch=True)
    page.locator("button.kim-menu").click()
    page.wait_for_timeout(400)   # the drawer slides in
    drawer = page.locator(".md-sidebar--primary").bounding_box()
    assert drawer["x"] == 0 and drawer["width"] <= PHONE["width"] - 48
    page.touchscreen.tap(PHONE["width"] - 20, PHONE["height"] / 2)
    assert not page.evaluate("document.getElementById('__drawer').checked")
