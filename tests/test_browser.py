"""What a person does on the site, in a real browser (Debian's Chromium via Playwright)."""

from __future__ import annotations

import pytest

from .browser import Watch
from .sitebuild import ROOT


@pytest.fixture
def visit(browser, server):
    """Open pages in a fresh context whose network and console are watched."""
    contexts = []

    def open_page(path: str, javascript: bool = True, width: int = 390):
        context = browser.new_context(java_script_enabled=javascript, viewport={"width": width, "height": 844})
        watch = Watch(context, server.url)
        contexts.append((context, watch))
        page = watch.attach(context.new_page())
        page.goto(server.url + path)
        return page, watch

    yield open_page
    for context, watch in contexts:
        assert watch.third_party == []
        context.close()


def test_profile_breadcrumb_leads_to_region_pages(visit):
    page, watch = visit("kim/sinar-harapan-pekalongan/")
    assert page.locator("h1").inner_text() == "KIM Sinar Harapan"
    page.get_by_role("navigation", name="Lokasi").get_by_role("link", name="Kabupaten Lampung Timur").click()
    page.wait_for_url("**/wilayah/18.07/")
    assert page.locator("h1").inner_text() == "Kabupaten Lampung Timur"
    page.get_by_role("link", name="KIM Sinar Harapan").first.click()
    page.wait_for_url("**/kim/sinar-harapan-pekalongan/")
    assert watch.console_errors == []


def test_switch_to_english_and_back(visit):
    page, _ = visit("kim/sinar-harapan-pekalongan/")
    page.get_by_role("link", name="English").click()
    page.wait_for_url("**/en/kim/sinar-harapan-pekalongan/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_text("Last checked").is_visible()
    page.get_by_role("link", name="Bahasa Indonesia").click()
    page.wait_for_url("**/kim/sinar-harapan-pekalongan/")
    assert page.locator("html").get_attribute("lang") == "id"


def test_map_loads_only_local_stub_tiles(visit):
    page, watch = visit("kim/sinar-harapan-pekalongan/", width=1280)
    page.locator("#kim-map").scroll_into_view_if_needed()
    page.wait_for_selector("#kim-map .leaflet-tile-loaded", timeout=10_000)
    assert "OpenStreetMap" in page.locator("#kim-map").inner_text()
    assert watch.console_errors == []


def test_leaflet_is_fetched_only_when_the_map_comes_into_view(visit):
    page, watch = visit("kim/sinar-harapan-pekalongan/", width=390)
    page.set_viewport_size({"width": 390, "height": 300})
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(r.url))
    page.reload(wait_until="load")
    page.wait_for_timeout(500)
    assert not [url for url in fetched if "leaflet" in url]  # the map is far below the fold
    assert "-5.0921, 105.3802" in page.locator("#kim-map").inner_text()  # its coordinates, as text (a public place)
    page.locator("#kim-map").scroll_into_view_if_needed()
    page.wait_for_selector("#kim-map .leaflet-tile-loaded", timeout=10_000)
    assert {url.rsplit("/", 1)[1] for url in fetched if "leaflet" in url} == {"leaflet.css", "leaflet.js"}
    assert watch.console_errors == []


def test_phone_menu_opens_above_the_map_and_leads_to_a_section(visit):
    page, watch = visit("kim/sinar-harapan-pekalongan/#peta")
    page.wait_for_selector("#kim-map .leaflet-control-zoom-in")
    page.locator("button.kim-menu").click()  # menu.js's, in place of Material's label
    menu = page.get_by_role("navigation", name="Navigasi")
    menu.get_by_role("link", name="Wilayah").wait_for(state="visible")
    # The map's zoom button lies under the open menu: once the menu has slid in, a tap there
    # reaches the menu (times out if the map paints over it).
    box = page.locator("#kim-map .leaflet-control-zoom-in").bounding_box()
    page.wait_for_function("([x, y]) => document.elementFromPoint(x, y).closest('.md-sidebar') !== null",
                           arg=[box["x"] + box["width"] / 2, box["y"] + box["height"] / 2], timeout=5_000)
    menu.get_by_role("link", name="Wilayah").click()
    page.wait_for_url("**/wilayah/")
    assert watch.console_errors == []


def test_without_javascript_every_kim_is_linked_from_the_directory(visit):
    page, _ = visit("kim/", javascript=False)
    assert page.locator("#kim-nojs").is_visible()
    regencies = page.locator("#kim-app ~ ul a, h3 + ul.kim-links a").evaluate_all("els => els.map(e => e.href)")
    slugs = set()
    for href in regencies:
        region, _ = visit(href.split("/", 3)[3], javascript=False)
        slugs |= set(region.locator("a[href*='/kim/']").evaluate_all(
            "els => els.map(e => e.pathname.split('/').filter(Boolean).pop())"))
    bundled = {p.stem for p in (ROOT / "kims").glob("*/*/*.yml") if p.name != "_wilayah.yml"}
    assert bundled <= slugs


def test_partner_list_filters_by_type_and_work_area_and_reads_without_javascript(visit):
    plain, _ = visit("mitra/", javascript=False)
    assert plain.locator("#mitra-filter").is_hidden()
    assert plain.locator(".kim-mitra-list li:visible").count() == 8
    page, watch = visit("mitra/?wilayah=18.07")
    # Lampung Timur: its own regency's partners and one working in a district of it
    names = page.locator(".kim-mitra-list li:visible strong").all_inner_texts()
    assert sorted(names) == ["BUMDes Maju Bersama (contoh)", "PT Energi Nusantara Persero, Unit Lampung (contoh)",
                             "Universitas Nusantara (contoh)"]
    assert page.locator("#mitra-shown").inner_text() == "3 mitra ditampilkan"
    page.locator("select[name=jenis]").select_option("bumn")
    assert page.locator(".kim-mitra-list li:visible strong").all_inner_texts() == [
        "PT Energi Nusantara Persero, Unit Lampung (contoh)"]
    assert page.locator("section.kim-mitra-group:visible h2").all_inner_texts() == ["BUMN"]
    assert "jenis=bumn" in page.url and "wilayah=18.07" in page.url
    page.locator("select[name=wilayah]").select_option("18.05")
    assert page.locator(".kim-mitra-list li:visible").count() == 0
    assert watch.console_errors == []


@pytest.mark.parametrize("path, menu, first", [
    ("kim/sinar-harapan-pekalongan/", "Navigasi", ["Beranda", "Direktori", "Wilayah"]),
    ("en/kim/sinar-harapan-pekalongan/", "Navigation", ["Home", "Directory", "Regions"]),
])
def test_a_wide_screen_shows_the_menu_beside_a_profile_and_materials_helpers_run(visit, path, menu, first):
    # A profile is a shell page: its menu is our own list (partials/menu.html) in the page's
    # language, and Material's storage helpers come from scope.js, not an inline script.
    page, watch = visit(path, width=1280)
    nav = page.get_by_role("navigation", name=menu)
    links = nav.locator(".md-nav__list a")
    assert links.count() == 9 and all(links.nth(i).is_visible() for i in range(9))
    assert links.all_inner_texts()[:3] == first
    assert page.evaluate("typeof __md_get === 'function' && __md_scope.pathname") == "/"
    assert page.locator("script:not([src]):not([type='application/json']):not([type='application/ld+json'])").count() == 0
    links.nth(2).click()
    page.wait_for_url("**/wilayah/")
    assert page.locator("html").get_attribute("lang") == ("en" if path.startswith("en/") else "id")
    assert watch.console_errors == []
