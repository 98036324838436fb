"""The partnership board: open versus expired items, pages per partner type, existing
partners, the Atom feed, and the board's filters in a real browser."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import generator.sections  # noqa: F401  (registers the partnership section)
from generator import catalogue
from generator.i18n import Text
from generator.kemitraan import (
    SEEKS,
    PartnershipSection,
    aggregate_partners,
    atom_feed,
    board_view,
    expired_items,
    jenis_view,
    open_items,
    partner_key,
    partners_view,
    public_contacts,
    requests_for,
)
from generator.model import Kemitraan, Kontak
from generator.regions import load_regions
from generator.site import Site
from generator.views import profile_view
from generator.vocab import load_vocab

from .browser import Watch
from .conftest import TODAY
from .golden import check_golden
from .sitebuild import FIXTURE_KIMS, ROOT, build_site

GOLDEN = Path(__file__).parent / "golden"
ATOM = "{http://www.w3.org/2005/Atom}"
BOARD_PAGES = ("kemitraan", "en/kemitraan")


@pytest.fixture(scope="module")
def bundled():
    return catalogue.load([str(ROOT / "kims")], TODAY).kims


@pytest.fixture(scope="module")
def fixture_kims():
    return catalogue.load([str(FIXTURE_KIMS)], TODAY).kims


@pytest.fixture(scope="module")
def t():
    return Text("id", load_vocab())


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory) -> Path:
    return build_site(tmp_path_factory.mktemp("kemitraan-fixture"))


def expired_only_titles(kims) -> set[str]:
    """Titles of expired items that no open item shares, so their absence is meaningful."""
    open_titles = {o.item.judul for o in open_items(kims, TODAY)}
    return {o.item.judul for o in expired_items(kims, TODAY)} - open_titles


# ---- view models on the bundled data --------------------------------------------------


def test_open_items_leave_out_expired_ones(bundled):
    items = open_items(bundled, TODAY)
    expired = expired_items(bundled, TODAY)
    assert items and expired, "the bundled data should hold both open and expired items"
    assert all(o.item.hingga is None or o.item.hingga >= TODAY for o in items)
    assert all(o.item.hingga < TODAY for o in expired)
    assert len(items) + len(expired) == sum(len(k.dicari) + len(k.ditawarkan) for k in bundled)
    # an item closing today is still open
    kim = next(k for k in bundled if k.dicari)
    closing = dataclasses.replace(kim, dicari=(dataclasses.replace(kim.dicari[0], hingga=TODAY),), ditawarkan=())
    assert len(open_items([closing], TODAY)) == 1
    assert open_items([closing], TODAY + dt.timedelta(days=1)) == []


def test_open_items_are_newest_first_and_stable(bundled):
    items = open_items(bundled, TODAY)
    dates = [o.kim.diperbarui for o in items]
    assert dates == sorted(dates, reverse=True)
    assert items == open_items(list(reversed(bundled)), TODAY)
    assert len({o.key for o in items}) == len(items)


def test_profile_still_counts_what_the_board_hides(bundled, t):
    for kim in bundled:
        v = profile_view(kim, t, TODAY, "https://kim.example.org/", None)
        assert v.expired == len(expired_items([kim], TODAY))
        assert len(v.dicari) + len(v.ditawarkan) == len(open_items([kim], TODAY))


def test_board_cards_and_filter_options(bundled, t):
    v = board_view(open_items(bundled, TODAY), t, TODAY)
    items = open_items(bundled, TODAY)
    assert len(v.cards) == len(items) == v.seeks + v.offers
    assert {c.judul for c in v.cards} & expired_only_titles(bundled) == set()
    assert all(c.href.startswith("kim/") and c.href.endswith("/#peluang") for c in v.cards)
    types = {o.value: o.count for o in v.types}
    assert list(types) == list(t.vocab.values("jenis_mitra"))
    assert types["perguruan-tinggi"] == len(requests_for(items, "perguruan-tinggi")) > 0
    assert {o.value for o in v.provinces} == {"18"}
    assert all(o.parent == o.value[:2] for o in v.regencies)
    assert sum(o.count for o in v.regencies) == len(v.cards)
    offers = [c for c in v.cards if c.kind == "ditawarkan"]
    assert offers and all(c.jenis_mitra == () for c in offers)


def test_requests_grouped_per_partner_type_by_province_and_regency(bundled, t):
    for jenis in t.vocab.values("jenis_mitra"):
        v = jenis_view(open_items(bundled, TODAY), jenis, t, TODAY)
        expected = [o for o in open_items(bundled, TODAY) if o.kind == SEEKS and jenis in o.item.jenis_mitra]
        shown = [(k.slug, r.judul) for p in v.provinces for reg in p.children for k in reg.children for r in k.requests]
        assert sorted(shown) == sorted((o.kim.slug, o.item.judul) for o in expected)
        assert v.requests == len(expected) and v.kims == len({o.kim.slug for o in expected})
        assert [p.code for p in v.provinces] == sorted(p.code for p in v.provinces)
        by_slug = {k.slug: k for k in bundled}
        for p in v.provinces:
            assert [r.code for r in p.children] == sorted(r.code for r in p.children)
            for reg in p.children:
                assert reg.code.startswith(p.code + ".")
                assert all(by_slug[k.slug].place.regency_code == reg.code for k in reg.children)
    universities = jenis_view(open_items(bundled, TODAY), "perguruan-tinggi", t, TODAY)
    assert universities.requests > 0 and universities.regencies > 1
    assert universities.title == "Kemitraan dengan KIM untuk perguruan tinggi"
    assert jenis_view(open_items(bundled, TODAY), "perguruan-tinggi", Text("en", t.vocab), TODAY).who == "universities"


def test_only_consented_contacts_are_published(bundled, t):
    kim = requests_for(open_items(bundled, TODAY), "perguruan-tinggi")[0].kim
    secret = Kontak(jenis="pribadi", nama="Rahasia Tanpa Izin", whatsapp="+6289999999999")
    consented = Kontak(jenis="pribadi", nama="Boleh Tampil", telepon="+6281111111111", izin_publikasi=TODAY)
    org = Kontak(jenis="lembaga", email="kim@example.org")
    changed = dataclasses.replace(kim, kontak=(secret, consented, org))
    assert public_contacts(changed) == [consented, org]
    v = jenis_view(open_items([changed], TODAY), "perguruan-tinggi", t, TODAY)
    (block,) = [k for p in v.provinces for r in p.children for k in r.children]
    text = repr(block.contacts)
    assert "Boleh Tampil" in text and "kim@example.org" in text
    assert "Rahasia" not in text and "89999999999" not in text
    for k in bundled:  # the bundled data: every published contact is the KIM's own or consented
        assert all(c.jenis == "lembaga" or c.izin_publikasi for c in public_contacts(k))


def test_partners_are_aggregated_by_normalised_name(bundled, t):
    assert partner_key("  Universitas   LAMPUNG ") == "universitas lampung"
    groups = aggregate_partners(bundled)
    counts = [len(g.kims) for g in groups]
    assert counts == sorted(counts, reverse=True)
    assert sum(len(g.links) for g in groups) == sum(len(k.kemitraan) for k in bundled)
    top = groups[0]
    assert top.key == "universitas lampung" and top.types == ("perguruan-tinggi",)
    assert len(top.kims) == sum(any(partner_key(m.mitra) == top.key for m in k.kemitraan) for k in bundled)
    # two spellings of one partner, in two KIMs, become one entry with both KIMs
    a, b = bundled[0], bundled[1]
    a2 = dataclasses.replace(a, kemitraan=(Kemitraan("Bank  Contoh", "swasta"), Kemitraan("bank contoh", "swasta")))
    b2 = dataclasses.replace(b, kemitraan=(Kemitraan("BANK CONTOH", "bumn"),))
    (group,) = aggregate_partners([a2, b2])
    assert len(group.kims) == 2 and len(group.links) == 3 and group.name == "Bank Contoh"
    assert set(group.types) == {"swasta", "bumn"} and group.types[0] == "swasta"
    v = partners_view(bundled, t)
    assert v.partners[0].name == "Universitas Lampung" and v.partners[0].kims == len(top.kims)
    regencies = [r.name for r in v.partners[0].regencies]
    assert len(regencies) == len(set(regencies))


def test_feed_is_well_formed_and_escaped(bundled, t):
    kim = open_items(bundled, TODAY)[0].kim
    tricky = dataclasses.replace(kim, nama="KIM <Tes> & \"Kutip\"", dicari=(
        dataclasses.replace(kim.dicari[0] if kim.dicari else kim.ditawarkan[0], judul="A < B & C]]>", hingga=None),),
        ditawarkan=())
    data = atom_feed(open_items([tricky], TODAY), TODAY, "https://kim.example.org/", t)
    root = ET.fromstring(data)
    (entry,) = root.findall(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == 'Mencari mitra: A < B & C]]> (KIM <Tes> & "Kutip")'
    assert atom_feed(open_items([tricky], TODAY), TODAY, "https://kim.example.org/", t) == data


def test_feed_keeps_the_newest_entries_only(bundled, t):
    items = open_items(bundled, TODAY)
    root = ET.fromstring(atom_feed(items, TODAY, "https://kim.example.org/", t, limit=3))
    titles = [e.findtext(f"{ATOM}title") for e in root.findall(f"{ATOM}entry")]
    assert len(titles) == 3 and all(o.item.judul in title for o, title in zip(items, titles))


def test_pages_are_rendered_again_only_when_what_they_show_changes(bundled):
    def keys(kims):
        site = Site(kims, load_regions(), load_vocab(), TODAY, "https://kim.example.org/", None,
                    ROOT / "theme" / "kim", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
        pages = list(PartnershipSection(site).shell_pages("id"))
        assert all(d.make().url == d.url for d in pages)
        return {d.url: d.key for d in pages}

    before = keys(bundled)
    assert set(before) == {f"kemitraan/{j}/" for j in load_vocab().values("jenis_mitra")} | {"kemitraan/mitra/"}
    quiet = next(k for k in bundled if not k.dicari and not k.kemitraan)
    after = keys([dataclasses.replace(k, deskripsi="Diubah.") if k is quiet else k for k in bundled])
    assert after == before
    seeker = requests_for(open_items(bundled, TODAY), "perguruan-tinggi")[0].kim
    changed = dataclasses.replace(seeker, dicari=tuple(dataclasses.replace(p, judul=p.judul + " (baru)") for p in seeker.dicari))
    after = keys([changed if k is seeker else k for k in bundled])
    assert after["kemitraan/perguruan-tinggi/"] != before["kemitraan/perguruan-tinggi/"]
    untouched = set(load_vocab().values("jenis_mitra")) - {j for p in seeker.dicari for j in p.jenis_mitra}
    assert untouched and all(after[f"kemitraan/{j}/"] == before[f"kemitraan/{j}/"] for j in untouched)


# ---- the built site -------------------------------------------------------------------


def test_feed_matches_golden(fixture_site, update_golden):
    text = (fixture_site / "kemitraan" / "feed.xml").read_text(encoding="utf-8")
    check_golden(GOLDEN / "kemitraan__feed.xml", text, update_golden)


def test_feed_parses_and_holds_every_open_item(bundled_site, bundled):
    root = ET.parse(bundled_site / "kemitraan" / "feed.xml").getroot()
    assert root.tag == f"{ATOM}feed"
    for tag in ("id", "title", "updated", "author"):
        assert root.find(f"{ATOM}{tag}") is not None
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == "https://kim.example.org/kemitraan/feed.xml"
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == len(open_items(bundled, TODAY))
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == len(ids) and all(i.startswith("https://kim.example.org/kim/") for i in ids)
    updated = [e.findtext(f"{ATOM}updated") for e in entries]
    assert updated == sorted(updated, reverse=True)
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00Z", u) for u in updated)
    assert root.findtext(f"{ATOM}updated") == updated[0]
    for e in entries:
        for tag in ("id", "title", "updated", "link", "summary"):
            assert e.find(f"{ATOM}{tag}") is not None


def test_no_expired_item_is_shown_anywhere_on_the_board(bundled_site, bundled):
    hidden = expired_only_titles(bundled)
    assert hidden
    pages = [p for prefix in BOARD_PAGES for p in (bundled_site / prefix).rglob("*") if p.is_file()]
    assert len(pages) >= 2 * (len(load_vocab().values("jenis_mitra")) + 2)
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for title in hidden:
            assert title not in text and title.replace('"', "&#34;") not in text, (page, title)


def test_board_pages_in_both_languages(bundled_site, bundled):
    board = (bundled_site / "kemitraan" / "index.html").read_text(encoding="utf-8")
    assert board.count('class="kem-card ') == len(open_items(bundled, TODAY))
    assert 'href="../kemitraan/feed.xml"' in board and 'src="../assets/kim/kemitraan.js"' in board
    assert "onsubmit" not in board and "onclick" not in board
    english = (bundled_site / "en" / "kemitraan" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in english and "Partnership board" in english
    assert 'href="../../kemitraan/feed.xml"' in english
    for prefix in ("", "en/"):
        for jenis in load_vocab().values("jenis_mitra"):
            assert (bundled_site / f"{prefix}kemitraan/{jenis}/index.html").exists()
    universities = (bundled_site / "kemitraan" / "perguruan-tinggi" / "index.html").read_text(encoding="utf-8")
    assert "Untuk perguruan tinggi: KIM berikut mencari kerja sama dengan perguruan tinggi." in universities
    for o in requests_for(open_items(bundled, TODAY), "perguruan-tinggi"):
        assert f'href="../../kim/{o.kim.slug}/"' in universities
    partners = (bundled_site / "kemitraan" / "mitra" / "index.html").read_text(encoding="utf-8")
    assert "Universitas Lampung" in partners
    sitemap = (bundled_site / "sitemap.xml").read_text(encoding="utf-8")
    assert "https://kim.example.org/kemitraan/perguruan-tinggi/" in sitemap


# ---- the board's filters in a real browser --------------------------------------------


def open_board(browser, server, path="kemitraan/", javascript=True):
    context = browser.new_context(java_script_enabled=javascript, viewport={"width": 390, "height": 844})
    watch = Watch(context, server.url)
    page = watch.attach(context.new_page())
    page.goto(server.url + path)
    return context, watch, page


def visible_cards(page) -> int:
    return page.locator("#kem-cards > li:visible").count()


def test_filter_by_partner_type_and_province_is_shareable(browser, server, bundled):
    total = len(open_items(bundled, TODAY))
    wanted = [o for o in requests_for(open_items(bundled, TODAY), "perguruan-tinggi") if o.kim.place.province_code == "18"]
    assert 0 < len(wanted) < total
    context, watch, page = open_board(browser, server)
    try:
        page.wait_for_selector("#kem-form:not([hidden])")
        assert page.locator("#kem-nojs").is_hidden()
        assert page.locator("#kem-count").inner_text() == f"{total} dari {total} peluang ditampilkan"
        page.get_by_label("Mitra yang dicari").select_option("perguruan-tinggi")
        page.get_by_label("Provinsi").select_option("18")
        assert visible_cards(page) == len(wanted)
        assert page.locator("#kem-count").inner_text() == f"{len(wanted)} dari {total} peluang ditampilkan"
        assert "mitra=perguruan-tinggi" in page.url and "prov=18" in page.url
        titles = set(page.locator("#kem-cards > li:visible h3").all_inner_texts())
        assert titles == {o.item.judul for o in wanted}

        page.reload()
        page.wait_for_selector("#kem-form:not([hidden])")
        assert page.get_by_label("Mitra yang dicari").input_value() == "perguruan-tinggi"
        assert page.get_by_label("Provinsi").input_value() == "18"
        assert visible_cards(page) == len(wanted)

        # a search narrows further; a word no card holds shows the empty note
        first = sorted(o.item.judul for o in wanted)[0]
        page.get_by_label("Cari judul, nama KIM atau wilayah").fill(first.split()[0] + " " + first.split()[-1])
        assert 1 <= visible_cards(page) < len(wanted) or len(wanted) == 1
        assert "q=" in page.url
        page.get_by_label("Cari judul, nama KIM atau wilayah").fill("zzzz-tidak-ada")
        assert visible_cards(page) == 0 and page.locator("#kem-empty").is_visible()
        page.get_by_role("button", name="Hapus semua saringan").click()
        assert visible_cards(page) == total and page.url.endswith("/kemitraan/")
        assert watch.console_errors == [] and watch.third_party == []
    finally:
        context.close()


def test_a_shared_link_opens_filtered(browser, server, bundled):
    kab = "18.07"
    wanted = [o for o in open_items(bundled, TODAY) if o.kim.place.regency_code == kab and o.kind == "ditawarkan"]
    context, watch, page = open_board(browser, server, f"kemitraan/?arah=ditawarkan&kab={kab}&mitra=tidak-ada")
    try:
        page.wait_for_selector("#kem-form:not([hidden])")
        assert page.get_by_label("Kabupaten/kota").input_value() == kab
        assert page.get_by_label("Mitra yang dicari").input_value() == ""  # unknown values are dropped
        assert visible_cards(page) == len(wanted) > 0
        assert "mitra=" not in page.url
        assert watch.console_errors == []
    finally:
        context.close()


def test_without_javascript_every_open_item_is_listed(browser, server, bundled):
    context, _, page = open_board(browser, server, javascript=False)
    try:
        assert page.locator("#kem-nojs").is_visible()
        assert page.locator("#kem-form").is_hidden()
        assert visible_cards(page) == len(open_items(bundled, TODAY))
    finally:
        context.close()
