"""A coach on a phone reaching a region page's worklist: the jump links at the top of province
and regency pages, and a province's long lists grouped by regency and folded."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from generator.format import catalogue
from generator.model.regions import load_regions

from .conftest import TODAY
from .sitebuild import FIXTURE_KIMS, site_model

REGIONS = load_regions()
JUMPS = re.compile(r'<nav class="kim-jumps" aria-label="([^"]+)"><ul>(.*?)</ul></nav>', re.S)


@pytest.fixture(scope="module")
def kims():
    return catalogue.load([str(FIXTURE_KIMS)], TODAY).kims


def stale_in(kims, villages: list[str]) -> list:
    """Real KIMs last updated two years ago, one in each of `villages`, named after it."""
    stale = replace(kims[0], contoh=False, diperbarui=TODAY.replace(year=TODAY.year - 2))
    made = []
    for code in villages:
        place = REGIONS.place(code)
        made.append(replace(stale, slug=f"kim-{code.replace('.', '-')}", nama=f"KIM {place.name} Digital", place=place))
    return made


def pages(kims, lang: str) -> dict[str, str]:
    return {p.url: p.make().body for p in site_model(kims, TODAY).region_pages(lang)}


def jump_links(body: str) -> list[tuple[str, str]]:
    return re.findall(r'<li><a href="#([^"]+)">([^<]+)</a></li>', JUMPS.search(body).group(2))


@pytest.mark.parametrize("lang, label", [("id", "Di halaman ini"), ("en", "On this page")])
def test_every_region_page_jumps_to_each_of_its_sections_the_worklist_first(kims, lang, label):
    """The tester's case: on a 360 px phone the worklist of Jawa Tengah was 25 screens down,
    of a regency 14. Every section heading of every province and regency page is linked."""
    for url, body in pages(kims, lang).items():
        nav = JUMPS.search(body)
        assert nav and nav.group(1) == label, url
        links = jump_links(body)
        assert links[0][0] == "daftar-kerja", url
        sections = re.findall(r'<h2 id="([^"]+)">([^<]+)</h2>', body)
        assert sorted(links) == sorted(sections), url
        assert body.index("kim-jumps") < body.index("kim-facts"), url


def test_the_jump_links_name_the_sections_as_their_headings_do(kims):
    body = pages(kims, "id")["wilayah/18.07/"]
    assert jump_links(body) == [("daftar-kerja", "Daftar kerja pembina"), ("belum-ada-kim", "Belum ada KIM di desa Anda?"),
                                ("kecamatan", "Ringkasan per kecamatan"), ("kim", "KIM di wilayah ini")]
    province = pages(kims, "en")["en/wilayah/18/"]
    assert jump_links(province) == [("daftar-kerja", "Coach&#39;s worklist"), ("kabupaten", "Regencies and cities"),
                                    ("kim", "KIMs in this region"), ("perlu-diperbarui", "Profiles needing an update")]


# Gunungwuled is in Kecamatan Rembang of Kabupaten Purbalingga, Gegunung Wetan in Kecamatan
# Rembang of Kabupaten Rembang: listed by name across the province, they read alike.
PURBALINGGA = [c for c in REGIONS.villages if c.startswith("33.03.13.")][:11]
REMBANG = ["33.17.10.2021"]


def test_a_province_lists_its_stale_profiles_by_regency_folded(kims):
    body = pages([*kims, *stale_in(kims, PURBALINGGA + REMBANG)], "id")["wilayah/33/"]
    part = body[body.index('<h2 id="perlu-diperbarui">'):body.index('<h2 id="daftar-kerja">')]
    assert '\n<details><summary>Daftar 12 KIM</summary>\n\n<h3 id="perlu-kab-33.03">Kabupaten Purbalingga (11)</h3>' in part
    rembang = part[part.index('<h3 id="perlu-kab-33.17">Kabupaten Rembang (1)</h3>'):]
    assert '<a href="../../kim/kim-33-17-10-2021/">KIM Gegunung Wetan Digital</a>' in rembang
    assert part.index("Kabupaten Purbalingga") < part.index("Kabupaten Rembang")  # the regencies' order
    assert part.rstrip().endswith("</ul></details>")
    # its KIMs too, under headings of their own
    kims_part = body[body.index('<h2 id="kim">'):body.index('<h2 id="perlu-diperbarui">')]
    assert '<details><summary>Daftar 12 KIM</summary>\n\n<h3 id="kab-33.03">Kabupaten Purbalingga (11)</h3>' in kims_part


def test_a_short_list_of_a_province_is_not_folded(kims):
    body = pages([*kims, *stale_in(kims, REMBANG)], "en")["en/wilayah/33/"]
    part = body[body.index('<h2 id="perlu-diperbarui">'):body.index('<h2 id="daftar-kerja">')]
    assert "<details>" not in part
    assert '<h3 id="perlu-kab-33.17">Kabupaten Rembang (1)</h3>' in part


@pytest.mark.parametrize("path, label", [("wilayah/18.07/", "Daftar kerja pembina"),
                                         ("en/wilayah/18/", "Coach's worklist")])
def test_a_tap_on_the_jump_link_shows_the_worklist_below_the_header_on_a_phone(browser, server, path, label):
    """The jump links are on the first screen, and the worklist's heading lands in view,
    not under the site's sticky header."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        page.goto(server.url + path, wait_until="load")
        link = page.locator(".kim-jumps a", has_text=label)
        box = link.bounding_box()
        assert box["y"] + box["height"] <= 740 and box["height"] >= 24
        link.tap()
        page.wait_for_function("location.hash === '#daftar-kerja'")
        page.wait_for_timeout(300)
        heading = page.locator("#daftar-kerja").bounding_box()
        header = page.locator(".md-header").bounding_box()
        assert header["y"] + header["height"] <= heading["y"] < 740
    finally:
        context.close()
