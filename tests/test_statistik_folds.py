"""A province's regencies on /statistik/ are folded; a link to them ("#kabupaten-NN": the
page's own nav, a region page's link) lands with their fold open and the province's name in
view, on a phone, with the page's scripts and without."""

from __future__ import annotations

import pytest

from .browser import Watch

PHONE = {"width": 360, "height": 740}
FOLD = "#judul-kabupaten-18 + details"

# Where the province's heading and its fold's summary sit against the screen and the header.
IN_VIEW = """([heading, summary]) => {
  const header = document.querySelector('.md-header').getBoundingClientRect().bottom;
  return [heading, summary].every((e) => {
    const r = e.getBoundingClientRect();
    return r.top >= header && r.bottom <= innerHeight;
  });
}"""


@pytest.fixture(params=[True, False], ids=["js", "no-js"])
def phone(request, browser, server):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True,
                                  java_script_enabled=request.param)
    watch = Watch(context, server.url)
    page = watch.attach(context.new_page())

    def goto(path: str):
        page.goto(server.url + path, wait_until="load")
        return page

    yield goto
    assert watch.third_party == [] and watch.console_errors == []
    context.close()


def is_open(page) -> bool:
    return page.locator(FOLD).evaluate("(d) => d.open")


def landed_in_view(page) -> bool:
    return page.locator(f"{FOLD} > summary, #judul-kabupaten-18").evaluate_all(IN_VIEW)


@pytest.mark.parametrize("region, statistics", [("wilayah/18/", "statistik/"), ("en/wilayah/18/", "en/statistik/")])
def test_following_a_link_to_a_province_s_regencies_opens_their_fold(phone, server, region, statistics):
    page = phone(region)
    page.locator('a[href$="statistik/#kabupaten-18"]').tap()
    page.wait_for_url(server.url + statistics + "#kabupaten-18")
    assert is_open(page) and landed_in_view(page)


@pytest.mark.parametrize("path", ["statistik/", "en/statistik/"])
def test_the_page_s_nav_opens_a_province_s_regencies(phone, path):
    page = phone(path)
    assert not is_open(page)  # folded until asked for
    link = page.locator('nav.kim-toc a[href="#kabupaten-18"]')
    link.tap()
    page.wait_for_function("(d) => d.open", arg=page.locator(FOLD).element_handle())
    assert landed_in_view(page)
    # Closed again by its summary, the same link opens it again: the address keeps its "#".
    page.locator(f"{FOLD} > summary").tap()
    assert not is_open(page)
    link.scroll_into_view_if_needed()
    link.tap()
    page.wait_for_function("(d) => d.open", arg=page.locator(FOLD).element_handle())
    assert landed_in_view(page)
