"""Every address of a page comes from `generator.site.routes`, through the view models: the
templates print addresses, they never put one together (issue 15)."""

from __future__ import annotations

import re
from functools import partial

import pytest

from generator.format import catalogue
from generator.site.i18n import Text
from generator.site.listings import home_view, region_group, region_row
from generator.site.routes import board_filtered, edit_form_url
from generator.site.sections.kemitraan.items import open_items
from generator.site.sections.kemitraan.province import province_view
from generator.site.sections.kemitraan.views import board_view, jenis_view
from generator.site.sections.poster import poster_view

from .conftest import TODAY
from .sitebuild import ROOT, site_model

THEME = ROOT / "theme"
# A path written after the page's root or the site's address ("{{ root }}wilayah/"), a language's
# prefix ("'en/'", "{{ prefix }}"), a way up written out ("../"). Only the theme's own assets are
# addressed in the templates (and a page itself, "./", without the filters in its address).
_BUILT = re.compile(r"""\{\{ (?:root|site_url) \}\}(?!assets/)[\w.]|'en/'|"en/"|\bprefix\b|href="\.\./""")
# Templates MkDocs renders itself, with what the plugin gives the theme: not view models.
_MKDOCS = {"404.html", "partials/header.html"}
# sections/dokumen.py gives its documents no address of the guides' templates yet.
_PENDING = {"kim/_dokumen.html"}


@pytest.fixture(scope="module")
def kims():
    return catalogue.load([str(ROOT / "kims")], TODAY).kims


@pytest.mark.parametrize("template", sorted({str(p.relative_to(THEME)) for p in THEME.rglob("*.html")}
                                             - _MKDOCS - _PENDING))
def test_templates_print_the_addresses_they_are_given(template):
    built = [line for line in (THEME / template).read_text(encoding="utf-8").splitlines() if _BUILT.search(line)]
    assert not built, built


def test_a_guide_is_linked_by_one_macro():
    """`guide_link` of _macros.html says, with hreflang, when a guide is not in the page's
    language: no template writes the link again its own way."""
    pattern = re.compile(r"<a [^>]*>\{\{ [\w.]*guide_title \}\}</a>")
    assert not [p.name for p in THEME.rglob("*.html") if pattern.search(p.read_text(encoding="utf-8"))]


def test_the_home_page_links_in_its_language(kims):
    t = Text("en")
    site = site_model(kims, TODAY)
    v = home_view(site.table.nation, TODAY, "en", partial(site.worklists.listed, t=t))
    assert (v.directory, v.contribute) == ("en/kim/", "en/kontribusi/")
    assert v.requests and all(re.fullmatch(r"en/kim/[a-z0-9-]+/#peluang", r.url) for r in v.requests)
    assert v.kims == len(kims) and len(v.newest) == min(8, len(kims))  # the bundled KIMs: all samples
    province = site.table.provinces()[0]
    assert region_row(province, t.lang).url == f"en/wilayah/{province.code}/"


def test_the_home_page_counts_the_villages_with_an_active_kim(kims):
    """As the region pages' coverage does: a village whose only KIM is inactive is not counted."""
    assert any(k.status != "aktif" for k in kims)
    site = site_model(kims, TODAY)
    v = home_view(site.table.nation, TODAY, "id", partial(site.worklists.listed, t=Text("id")))
    assert v.villages == sum(p.villages_covered for p in site.table.provinces()) \
        == len({k.place.code for k in kims if k.status == "aktif"}) < len({k.place.code for k in kims})


def test_region_groups_name_their_level():
    kab = region_group("kab", "18.07", "Kabupaten Lampung Timur", [])
    kec = region_group("kec", "18.07.04", Text("id").district("Pekalongan", "18.07.04"), [])
    assert (kab.anchor, kab.heading) == ("kab-18.07", "Kabupaten Lampung Timur")
    assert (kec.anchor, kec.heading) == ("kec-18.07.04", "Kec. Pekalongan")


def test_the_board_links_its_pages_and_filters(kims):
    t = Text("en")
    items = open_items(kims, TODAY)
    board = board_view(items, t, TODAY)
    assert {o.href for o in board.types} == {f"en/kemitraan/{o.value}/" for o in board.types}
    assert {o.href for o in board.provinces} == {f"en/kemitraan/{o.value}/" for o in board.provinces}
    jenis = jenis_view(items, "dinas", t, TODAY)
    assert jenis.board == "en/kemitraan/?mitra=dinas"
    assert jenis.provinces and all(o.href == f"en/kemitraan/{o.value}/?mitra=dinas" for o in jenis.provinces)
    assert all(o.href == f"en/kemitraan/{o.value}/" for o in jenis.others)
    assert province_view("18", items, t, TODAY).board == "en/kemitraan/?prov=18"
    assert board_filtered("kemitraan/", "mitra", "media") == "kemitraan/?mitra=media"


def test_a_poster_and_a_profile_link_their_pages(kims):
    kim = kims[0]
    v = poster_view(kim, Text("id"), "https://kim.example.org/")
    assert (v.address, v.profile) == (f"https://kim.example.org/kim/{kim.slug}/", "../")
    assert edit_form_url(kim.slug, "en") == f"en/kontribusi/?ubah={kim.slug}"
