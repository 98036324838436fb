"""The partnership board: open versus expired items, pages per province and per partner type,
existing partners, the board's index and data files, the Atom feed, and the board's filters
in a real browser."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import itertools
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from generator.format import catalogue
from generator.model.kim import Kemitraan, Kontak, consented_contacts
from generator.model.regions import load_regions
from generator.model.vocab import load_vocab
from generator.site.i18n import Text
from generator.site.pages import root_for
from generator.site.provincenames import province_names
from generator.site.routes import BOARD_DATA as DATA
from generator.site.routes import BOARD_INDEX as INDEX
from generator.site.routes import (
    BOARD_PROVINCES,
    board_province_url,
    board_url,
    partners_area_url,
    partners_url,
    profile_url,
)
from generator.site.sections.kemitraan import partners as partner_pages
from generator.site.sections.kemitraan import province
from generator.site.sections.kemitraan.feed import atom_feed
from generator.site.sections.kemitraan.files import PART, board_files
from generator.site.sections.kemitraan.items import (
    SEEKS,
    aggregate_partners,
    item_types,
    offers_for,
    open_items,
    partner_key,
    province_items,
    requests_for,
)
from generator.site.sections.kemitraan.partners import PARTNER_KIMS_LIMIT, PARTNERS_LIMIT, area_links, partners_view
from generator.site.sections.kemitraan.programmes import LISTED, ByArea, of_type, open_programmes
from generator.site.sections.kemitraan.province import province_view
from generator.site.sections.kemitraan.section import PartnershipSection
from generator.site.sections.kemitraan.views import (
    FOR_TYPE,
    NEWEST,
    board_view,
    card,
    jenis_key,
    jenis_view,
)
from generator.site.views import Link, profile_view

from .browser import Server, Watch
from .conftest import TODAY, site_fixture
from .golden import check_golden
from .sitebuild import ASSET, FIXTURE_KIMS, ROOT, build_site, site_model

GOLDEN = Path(__file__).parent / "golden"
ATOM = "{http://www.w3.org/2005/Atom}"
BOARD_PAGES = ("kemitraan", "en/kemitraan")
PROVINCES = province_names(load_regions())


@pytest.fixture(scope="module")
def bundled():
    return catalogue.load([str(ROOT / "kims")], TODAY).kims


@pytest.fixture(scope="module")
def fixture_kims():
    return catalogue.load([str(FIXTURE_KIMS)], TODAY).kims


@pytest.fixture(scope="module")
def partners():
    return catalogue.load([str(ROOT / "mitra")], TODAY).mitra


@pytest.fixture(scope="module")
def t():
    return Text("id", load_vocab())


@site_fixture
def fixture_site(tmp_path_factory) -> Path:
    return build_site(tmp_path_factory.mktemp("kemitraan-fixture"))


def expired_items(kims, today) -> list[tuple]:
    """(KIM, item) for every offer and need past its `hingga` and not fulfilled."""
    return [(kim, p) for kim in kims for p in (*kim.dicari, *kim.ditawarkan) if p.ended(today)]


def expired_only_titles(kims) -> set[str]:
    """Titles of expired items that no open item shares, so their absence is meaningful."""
    open_titles = {o.item.judul for o in open_items(kims, TODAY)}
    return {p.judul for _, p in expired_items(kims, TODAY)} - open_titles


# ---- view models on the bundled data --------------------------------------------------


def test_open_items_leave_out_expired_ones(bundled):
    items = open_items(bundled, TODAY)
    expired = expired_items(bundled, TODAY)
    assert items and expired, "the bundled data should hold both open and expired items"
    assert all(o.item.hingga is None or o.item.hingga >= TODAY for o in items)
    assert all(p.hingga < TODAY for _, p in expired)
    fulfilled = sum(n.fulfilled for k in bundled for n in k.dicari)
    assert len(items) + len(expired) + fulfilled == sum(len(k.dicari) + len(k.ditawarkan) for k in bundled)
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


def in_every_regency(kims) -> list:
    """One of `kims` (in turn) in each regency of the country."""
    regions = load_regions()
    return [dataclasses.replace(k, slug=f"{k.slug}-{code.replace('.', '-')}", place=dataclasses.replace(
                k.place, regency_code=code, regency=name, province_code=prov, province=regions.provinces[prov],
                district_code=f"{code}.01", code=f"{code}.01.2001"))
            for k, (code, (name, prov)) in zip(itertools.cycle(kims), regions.regencies.items())]


def test_the_board_page_stays_bounded_over_every_regency(bundled, partners):
    """At 10,000 KIMs the board was 147 KB, a third of it the regency menu (514 options):
    its page holds `NEWEST` item cards, `LISTED` programme cards and no regency, whose
    names come with the index for the script's menu; it links every province's page,
    which leads to every item."""
    kims = in_every_regency([k for k in bundled if open_items([k], TODAY)])
    section = next(s for s in site_model(kims, TODAY, mitra=partners).sections if isinstance(s, PartnershipSection))
    regencies = {o.kim.place.regency_code: o.kim.place.regency for o in section.items}
    assert len(regencies) == len(load_regions().regencies)
    for lang, url in (("id", "kemitraan/"), ("en", "en/kemitraan/")):
        board = section.board_body(lang, url)
        assert re.search(r'<select id="kem-kab" name="kab">\s*<option value="">[^<]+</option>\s*</select>', board)
        assert board.count('class="kem-card kem-card--d') == NEWEST
        assert "data-arah" not in board  # what a province's page filters its cards by; the board, by their row
        assert 0 < board.count('class="kem-card kem-card--program"') <= LISTED
        root = "../../" if lang == "en" else "../"
        assert all(f'href="{root}{o.href}"' in board for o in board_view(section.items, Text(lang, load_vocab()), TODAY).provinces)
    index = json.loads(section.data_files[INDEX])
    assert dict(zip(index["kab"], index["kabn"])) == regencies

def test_profile_still_counts_what_the_board_hides(bundled, t):
    for kim in bundled:
        v = profile_view(kim, t, TODAY, "https://kim.example.org/", None)
        assert v.expired == len(expired_items([kim], TODAY))
        assert len(v.dicari) + len(v.ditawarkan) == len(open_items([kim], TODAY))


def test_board_shows_the_newest_cards_and_counts_every_item(bundled, t):
    items = open_items(bundled, TODAY)
    assert len(items) > NEWEST, "the bundled data should hold more open items than the board shows"
    v = board_view(items, t, TODAY)
    assert v.total == len(items) == v.seeks + v.offers
    assert [(c.row, c.judul) for c in v.cards] == [(i, o.item.judul) for i, o in enumerate(items[:NEWEST])]
    assert {c.judul for c in v.cards} & expired_only_titles(bundled) == set()
    assert all(c.href.startswith("kim/") and c.href.endswith("/#peluang") for c in v.cards)
    types = {o.value: o.count for o in v.types}
    assert list(types) == list(t.vocab.values("jenis_mitra"))
    assert types["perguruan-tinggi"] == len(requests_for(items, "perguruan-tinggi")) > 0
    assert [(o.value, o.count) for o in v.provinces] == [("18", len(items))]
    # an offer is filed under the partner types it is meant for
    offers = [(c, o) for c, o in zip(v.cards, items) if c.kind == "ditawarkan"]
    assert offers and all(c.jenis_mitra == o.item.untuk_mitra for c, o in offers)
    assert len(board_view(items, t, TODAY, limit=5).cards) == 5


def test_a_province_page_lists_every_open_item_by_regency(bundled, t):
    items = open_items(bundled, TODAY)
    by_province = province_items(items)
    assert list(by_province) == ["18"]
    v = province_view("18", by_province["18"], t, TODAY)
    assert v.url == "kemitraan/18/" and v.name == "Lampung" and v.total == len(items)
    assert v.title == "Peluang kemitraan di Lampung"
    shown = [(c.kind, c.judul, c.href) for reg in v.regencies for c in reg.children]
    assert sorted(shown) == sorted((o.kind, o.item.judul, f"kim/{o.kim.slug}/#peluang") for o in items)
    assert [r.code for r in v.regencies] == sorted(r.code for r in v.regencies)
    for reg in v.regencies:
        assert reg.count == len(reg.children) and all(c.regency == reg.code for c in reg.children)
    assert v.lastmod == max(o.kim.diperbarui for o in items)
    assert province_view("18", by_province["18"], Text("en", t.vocab), TODAY).url == "en/kemitraan/18/"


def split_limits(patch) -> None:
    """Limits under which the bundled province (33 items) lists its 13 regencies, each with
    its pages, and its newest 3 items; 18.07 (6 items) and 18.09 (5) have two pages each."""
    patch.setattr(province, "ONE_PAGE", 4)
    patch.setattr(province, "NEWEST", 3)


PAGED = {"18.07": 2, "18.09": 2}


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_a_province_with_many_items_lists_its_regencies_and_its_newest(bundled, t, monkeypatch):
    """At 10,000 KIMs a province's page was 101 KB (Jawa Timur: 38 regencies with their 2
    newest cards each) and a regency's 78 KB (73 cards). Over `ONE_PAGE` items a province's
    page lists its regencies with their counts, each leading to its pages, and its newest
    `NEWEST` items; a regency's page holds at most `ONE_PAGE` and links the next ones."""
    items = province_items(open_items(bundled, TODAY))["18"]
    assert province.regency_pages(items) == {} and province_view("18", items, t, TODAY).newest == ()
    split_limits(monkeypatch)
    v = province_view("18", items, t, TODAY)
    assert [c.judul for c in v.newest] == [o.item.judul for o in items[:3]] and v.total == len(items)
    pages = province.regency_pages(items)
    assert list(pages) == [r.code for r in v.regencies] and len(pages) == 13
    reached = []
    for reg in v.regencies:
        of_regency = pages[reg.code]
        kinds = Counter(o.kind for o in of_regency)
        assert (reg.children, reg.href, reg.count) == ((), f"kemitraan/18/{reg.code}/", len(of_regency))
        assert (reg.seeks, reg.offers) == (kinds["dicari"], kinds["ditawarkan"])
        n = province.page_count(of_regency)
        assert n == PAGED.get(reg.code, 1)
        for page in range(1, n + 1):
            r = province.regency_view(reg.code, of_regency, t, TODAY, page)
            cards = [c for g in r.regencies for c in g.children]
            assert 0 < len(cards) <= 4 and r.total == len(of_regency) and r.page == page
            assert r.url == f"kemitraan/18/{reg.code}/" + (f"{page}/" if page > 1 else "")
            assert (r.up, r.board) == (Link("kemitraan/18/", "Peluang kemitraan di Lampung"), f"kemitraan/?kab={reg.code}")
            assert [p.url for p in r.pages] == ([f"kemitraan/18/{reg.code}/", f"kemitraan/18/{reg.code}/2/"] if n > 1 else [])
            reached += [(c.kind, c.judul, c.href) for c in cards]
    # every open item is on one page of its regency's, newest first
    assert reached == [(o.kind, o.item.judul, f"kim/{o.kim.slug}/#peluang") for regs in pages.values() for o in regs]
    english = province.regency_view("18.07", pages["18.07"], Text("en", t.vocab), TODAY, 2)
    assert english.url == "en/kemitraan/18/18.07/2/" and english.title.endswith(", page 2")


@site_fixture
def split_site(tmp_path_factory) -> Path:
    """The bundled site, its province over the limits of `split_limits` (the page workers
    fork after them)."""
    with pytest.MonkeyPatch.context() as patch:
        split_limits(patch)
        return build_site(tmp_path_factory.mktemp("kemitraan-split"), ROOT / "kims", mitra=ROOT / "mitra")


def test_a_large_province_links_its_regency_pages(split_site, bundled):
    items = province_items(open_items(bundled, TODAY))["18"]
    east = [o for o in items if o.kim.place.regency_code == "18.07"]
    name = east[0].kim.place.regency
    page = read(split_site / "kemitraan" / "18" / "index.html")
    codes = sorted({o.kim.place.regency_code for o in items})
    assert re.findall(r'<a class="kem-all" href="\.\./\.\./kemitraan/18/([\d.]+)/">', page) == codes
    assert f'href="../../kemitraan/18/18.07/">{name}</a> <span class="kim-muted">(6 peluang)</span>' in page
    assert page.count('class="kem-card kem-card--d') == 3
    note = re.search(r'<p class="kim-sample">[^<]+</p>', page).group()
    first, second = (read(split_site / "kemitraan" / "18" / "18.07" / p / "index.html") for p in ("", "2"))
    assert f"<h1>Peluang kemitraan di {name}</h1>" in first and f"<h1>Peluang kemitraan di {name}, halaman 2</h1>" in second
    for regency, root, shown in ((first, "../../../", east[:4]), (second, "../../../../", east[4:])):
        assert note in regency and f'<li><a href="{root}kemitraan/18/">Peluang kemitraan di Lampung</a></li>' in regency
        assert f'href="{root}kemitraan/?kab=18.07"' in regency and "Halaman peluang" in regency
        assert [m for m in re.findall(r'href="[./]*kim/([^/]+)/#peluang">([^<]+)</a>', regency)] == [
            (o.kim.slug, o.item.judul) for o in shown]
    assert '<a class="kem-all" href="../../../kemitraan/18/18.07/2/">2</a>' in first and '<span aria-current="page">1</span>' in first
    assert '<a class="kem-all" href="../../../../kemitraan/18/18.07/">1</a>' in second
    assert not (split_site / "kemitraan" / "18" / "18.05" / "2").exists()  # its 2 items are on one page
    english = read(split_site / "en" / "kemitraan" / "18" / "18.07" / "2" / "index.html")
    assert '<li><a href="../../../../../en/kemitraan/18/">Partnership opportunities in Lampung</a></li>' in english
    assert f"<h1>Partnership opportunities in {name}, page 2</h1>" in english
    sitemap = read(split_site / "sitemap.xml")
    assert all(f"https://kim.example.org/{lang}kemitraan/18/{code}/" in sitemap for lang in ("", "en/") for code in codes)
    assert all(f"https://kim.example.org/{lang}kemitraan/18/{code}/2/" in sitemap for lang in ("", "en/") for code in PAGED)


def test_a_regency_page_names_its_regency_in_its_heading_alone(split_site, bundled):
    """The h1 names the place; the heading of the page's one list says what it lists."""
    name = next(o.kim.place.regency for o in open_items(bundled, TODAY) if o.kim.place.regency_code == "18.07")
    for lang, h1, listed in (("", "Peluang kemitraan di", "Peluang terbuka"),
                             ("en/", "Partnership opportunities in", "Open opportunities")):
        for page in ("", "2/"):
            text = read(split_site / f"{lang}kemitraan/18/18.07/{page}index.html")
            headings = re.findall(r"<h([12])[^>]*>([^<]*)", text)
            assert [h for h in headings if name in h[1]] == [("1", headings[0][1])]
            assert headings[0][1].startswith(f"{h1} {name}")
            assert ("2", f"{listed} ") in headings


# names a region (a place may hold another's name: "Kabupaten Lampung Timur" in Lampung)
REGION_NAMES = sorted({*load_regions().provinces.values(), *(n for n, _ in load_regions().regencies.values())},
                      key=len, reverse=True)


def places_named(text: str) -> Counter:
    """How often `text` names each province or regency, the longest names first."""
    named = Counter()
    for name in REGION_NAMES:
        pattern = re.compile(rf"\b{re.escape(name)}\b")
        named[name] += len(pattern.findall(text))
        text = pattern.sub("#", text)
    return +named


def test_the_board_and_partner_pages_name_each_place_once_in_their_description(split_site, bundled_site):
    """A chat app's preview shows two lines of the description: a place named twice fills one.
    A partner's own page is left out: its description is the partner's text."""
    seen = 0
    for site in (split_site, bundled_site):
        for path in site.rglob("index.html"):
            url = path.relative_to(site).as_posix()
            if not re.match(r"(en/)?(kemitraan/|mitra/index)", url):
                continue
            description = html.unescape(re.search(r'<meta name="description" content="([^"]*)"', read(path))[1])
            assert all(n == 1 for n in places_named(description).values()), (url, description)
            seen += bool(places_named(description))
    assert seen > 90


# a sample partner's name, then the sample badge
MARKED_TWICE = re.compile(r'\(contoh\)</strong>(?:</a>)? <span class="kim-badge kim-badge--contoh">')
NAMED_SAMPLE = re.compile(r'\(contoh\)</strong>')


@pytest.mark.parametrize("url", ["kemitraan/18/", "kemitraan/mitra/18/18.07/", "mitra/"])
def test_a_sample_partner_whose_name_says_so_is_not_marked_again(bundled_site, url):
    """"Universitas Nusantara (contoh) [contoh]": a sample partner's name says "(contoh)", as
    the format asks; in English the badge says what the name does not."""
    page, english = (read(bundled_site / lang / url / "index.html") for lang in ("", "en"))
    assert NAMED_SAMPLE.search(page) and not MARKED_TWICE.search(page)
    assert len(MARKED_TWICE.findall(english)) == len(NAMED_SAMPLE.findall(english))


def test_partner_type_pages_count_per_province_and_show_the_newest(bundled, t):
    items = open_items(bundled, TODAY)
    for jenis in t.vocab.values("jenis_mitra"):
        v = jenis_view(items, jenis, t, TODAY, limit=3)
        expected = [o for o in items if o.kind == SEEKS and jenis in o.item.jenis_mitra]
        offers = [o for o in items if o.kind == "ditawarkan" and jenis in o.item.untuk_mitra]
        assert v.requests == len(expected) and v.kims == len({o.kim.slug for o in expected})
        # per province, what the board (or the province's page) filtered by this type shows
        assert {o.value: o.count for o in v.provinces} == Counter(
            o.kim.place.province_code for o in items if jenis in item_types(o))
        shown = [(k.slug, r.judul) for k in v.newest for r in k.requests]
        assert v.shown == len(shown) == min(3, len(expected))
        assert sorted(shown) == sorted((o.kim.slug, o.item.judul) for o in expected[:3])
        assert [k.slug for k in v.newest] == list(dict.fromkeys(o.kim.slug for o in expected[:3]))
        shown = [(k.slug, r.judul) for k in v.newest_offers for r in k.requests]
        assert v.offers == len(offers) and v.offers_shown == len(shown) == min(3, len(offers))
        assert sorted(shown) == sorted((o.kim.slug, o.item.judul) for o in offers[:3])
    assert jenis_view(items, "dinas", t, TODAY).offers > 0
    universities = jenis_view(items, "perguruan-tinggi", t, TODAY)
    assert universities.requests > 3 and universities.regencies > 1 and universities.shown == universities.requests
    assert universities.title == "Kemitraan dengan KIM untuk perguruan tinggi"
    assert jenis_view(items, "perguruan-tinggi", Text("en", t.vocab), TODAY).who == "universities"


def board_pages_cards(section: PartnershipSection, code: str, t: Text) -> set[tuple[str, str]]:
    """(title, link) of every item card on a province's page of the board and its regencies' pages."""
    items = section.by_province.get(code, [])
    v = province_view(code, items, t, TODAY)
    cards = [*v.newest, *(c for g in v.regencies for c in g.children)]
    for reg, of_regency in province.regency_pages(items).items():
        for page in range(1, province.page_count(of_regency) + 1):
            cards += [c for g in province.regency_view(reg, of_regency, t, TODAY, page).regencies for c in g.children]
    return {(c.judul, c.href) for c in cards}


def test_a_partner_type_page_shows_its_newest_and_leads_to_the_rest(bundled, partners):
    """At 10,000 KIMs a partner type's page was 67 KB: 20 requests and 20 offers, each with
    its description and contacts, and 12 programme cards. It shows `FOR_TYPE` of each and
    `LISTED` programmes, says how many there are, and links each province's page, filtered
    by the type: every request and offer for it is on that page or its regencies' pages."""
    jenis = "dinas"
    kims = in_every_regency([k for k in bundled if open_items([k], TODAY)])
    mitra = [dataclasses.replace(m, program=m.program * LISTED) if m.jenis == jenis else m for m in partners]
    section = next(s for s in site_model(kims, TODAY, mitra=mitra).sections if isinstance(s, PartnershipSection))
    wanted, offers = requests_for(section.items, jenis), offers_for(section.items, jenis)
    assert len(wanted) > FOR_TYPE and len(offers) > FOR_TYPE and len(of_type(section.programmes, jenis)) > LISTED
    for lang in ("id", "en"):
        t = Text(lang, load_vocab())
        body = section._jenis_page(jenis, lang).body
        v = jenis_view(section.items, jenis, t, TODAY)
        assert (v.shown, v.offers_shown) == (FOR_TYPE, FOR_TYPE)
        assert body.count('<li>\n      <strong') == 2 * FOR_TYPE  # the requests' and offers' entries
        assert t("kem_jenis_newest_note", shown=t.number(FOR_TYPE), n=t.number(len(wanted))) in body
        assert body.count('class="kem-card kem-card--program"') == LISTED
        assert t("kem_programmes_more", shown=t.number(LISTED)) in body.replace("&#39;", "'")
        root = root_for(v.url)
        for o in v.provinces:
            assert f'href="{root}{o.href}"' in body.replace("&amp;", "&")
            assert o.href == f"{board_province_url(o.value, lang)}?mitra={jenis}"
        reached = {c for o in v.provinces for c in board_pages_cards(section, o.value, t)}
        assert {(o.item.judul, profile_url(o.kim.slug, lang) + "#peluang") for o in wanted + offers} <= reached


def test_only_consented_contacts_are_published(bundled, t):
    kim = requests_for(open_items(bundled, TODAY), "perguruan-tinggi")[0].kim
    secret = Kontak(jenis="pribadi", nama="Rahasia Tanpa Izin", whatsapp="+6289999999999")
    consented = Kontak(jenis="pribadi", nama="Boleh Tampil", telepon="+6281111111111", izin_publikasi=TODAY)
    org = Kontak(jenis="lembaga", email="kim@example.org")
    changed = dataclasses.replace(kim, kontak=(secret, consented, org))
    assert consented_contacts(changed) == (consented, org)
    v = jenis_view(open_items([changed], TODAY), "perguruan-tinggi", t, TODAY)
    (block,) = v.newest
    text = repr(block.contacts)
    assert "Boleh Tampil" in text and "kim@example.org" in text
    assert "Rahasia" not in text and "89999999999" not in text
    for k in bundled:  # the bundled data: every published contact is the KIM's own or consented
        assert all(c.jenis == "lembaga" or c.izin_publikasi for c in consented_contacts(k))


def test_partners_are_aggregated_by_normalised_name(bundled, t):
    assert partner_key("  Universitas   NUSANTARA Raya  (contoh) ") == "universitas nusantara raya (contoh)"
    groups = aggregate_partners(bundled)
    counts = [len(g.kims) for g in groups]
    assert counts == sorted(counts, reverse=True)
    assert sum(len(g.links) for g in groups) == sum(len(k.kemitraan) for k in bundled)
    top = groups[0]
    assert top.key == "universitas nusantara raya (contoh)" and top.types == ("perguruan-tinggi",)
    assert len(top.kims) == sum(any(partner_key(m.mitra) == top.key for m in k.kemitraan) for k in bundled)
    # two spellings of one partner, in two KIMs, become one entry with both KIMs
    a, b = bundled[0], bundled[1]
    a2 = dataclasses.replace(a, kemitraan=(Kemitraan("Bank  Contoh", "swasta"), Kemitraan("bank contoh", "swasta")))
    b2 = dataclasses.replace(b, kemitraan=(Kemitraan("BANK CONTOH", "bumn"),))
    (group,) = aggregate_partners([a2, b2])
    assert len(group.kims) == 2 and len(group.links) == 3 and group.name == "Bank Contoh"
    assert set(group.types) == {"swasta", "bumn"} and group.types[0] == "swasta"
    v = partners_view(bundled, t)
    assert v.partners[0].name == "Universitas Nusantara Raya (contoh)" and v.partners[0].kims == len(top.kims)
    assert v.total == len(groups) and len(v.partners) == min(PARTNERS_LIMIT, len(groups))
    regencies = [r.name for r in v.partners[0].regencies]
    assert len(regencies) == len(set(regencies))
    # bounded: the partners with the most KIMs, each with its first KIMs and a count of the rest
    small = partners_view(bundled, t, limit=2, kims_limit=2)
    assert [p.name for p in small.partners] == [p.name for p in v.partners[:2]] and small.total == len(groups)
    for p in small.partners:
        listed = {link.href for r in p.regencies for link in r.children}
        assert len(listed) == min(2, p.kims) and p.more == p.kims - len(listed)


def test_every_partnership_is_reachable_from_bounded_pages(bundled, t):
    """At 10,000 KIMs /kemitraan/mitra/ was 110 KB listing 100 of 6,147 partners, the rest on
    no page of the board. It lists `PARTNERS_LIMIT` partners with at most `PARTNER_KIMS_LIMIT`
    KIMs each and links every province's page; a province with more than `ONE_PAGE`
    partnerships links its regencies' pages instead: each partnership is on one of them."""
    kims = in_every_regency([k for k in bundled if k.kemitraan])
    kims = [dataclasses.replace(k, kemitraan=(Kemitraan(f"Mitra {k.slug}", "bumdes"),) + k.kemitraan) for k in kims]
    section = next(s for s in site_model(kims, TODAY).sections if isinstance(s, PartnershipSection))
    front = section._partners_page("id")
    v = partners_view(kims, t, groups=section.partner_groups)
    assert len(v.partners) == PARTNERS_LIMIT < v.total and v.provinces
    assert all(sum(len(r.children) for r in p.regencies) <= PARTNER_KIMS_LIMIT for p in v.partners)
    assert front.body.count("#mitra") <= PARTNERS_LIMIT * PARTNER_KIMS_LIMIT
    reached, regency_pages = set(), set()
    for o in v.provinces:
        assert f'href="../../{o.href}"' in front.body
        area = partner_pages.area_view(o.value, section.partner_areas[o.value], t)
        for reg in area.regencies:
            if reg.href:
                regency_pages.add(reg.code)
                reg = partner_pages.area_view(reg.code, section.partner_areas[reg.code], t).regencies[0]
            reached |= {(p.name, link.href) for p in reg.children for r in p.regencies for link in r.children}
    assert regency_pages  # the largest provinces are split
    assert reached == {(g.name, f"kim/{kim.slug}/#mitra") for g in section.partner_groups for kim, _ in g.links}
    big = max(section.partner_areas, key=lambda code: len(area_links(section.partner_areas[code])) if "." not in code else 0)
    assert len(area_links(section.partner_areas[big])) > partner_pages.ONE_PAGE
    page = section._partners_area_page(big, "en").body
    assert "#mitra" not in page and page.count('class="kem-all"') == len(
        {kim.place.regency_code for _, kim, _ in area_links(section.partner_areas[big])})


def test_the_partnerships_are_split_by_regency_once_for_every_page(bundled, t, monkeypatch):
    """`area_view` split a province's partnerships by regency on every page of it, twice on a
    province's: `area_pages` splits each province once, and its regencies' pages are made of
    the same lists."""
    groups = aggregate_partners(bundled)
    provinces = partner_pages.by_province(groups)
    split = partner_pages._by_regency
    calls = []
    monkeypatch.setattr(partner_pages, "_by_regency", lambda links: calls.append(len(links)) or split(links))
    pages = partner_pages.area_pages(groups)
    for code, regencies in pages.items():
        for lang in ("id", "en"):
            partner_pages.area_view(code, regencies, Text(lang, t.vocab))
    assert calls == [len(links) for links in provinces.values()]

    def keys(links):
        return Counter((g.key, g.contoh, kim.slug, k) for g, kim, k in links)
    for code, links in provinces.items():
        assert keys(area_links(pages[code])) == keys(links)
        assert all(pages[reg][reg] is of for reg, of in pages[code].items() if reg in pages)
    assert "18.07" in pages and len(provinces["18"]) > partner_pages.ONE_PAGE


def test_a_regency_page_of_partnerships_names_its_regency_once_under_its_trail(bundled):
    """/kemitraan/mitra/18/18.07/ said "Kabupaten Lampung Timur" in its heading, its summary,
    a heading of its one section and before every partner's KIMs, and its trail led to the
    province only: it leads from the partners' page down, and the heading names the regency."""
    site = site_model(bundled, TODAY, None)
    section = PartnershipSection(site)
    name = "Kabupaten Lampung Timur"
    for lang in ("id", "en"):
        t = site.text[lang]
        page = section._partners_area_page("18.07", lang)
        root = root_for(page.url)
        trail = re.search(r'<nav class="kim-breadcrumb".*?</nav>', page.body, re.S).group()
        assert re.findall(r'<a href="([^"]+)">([^<]+)</a>', trail) == [
            (root + board_url(lang), t("kem_title")), (root + partners_url(lang), t("kem_partners_title")),
            (root + partners_area_url("18", lang), t("kem_partners_area_title", name="Lampung"))]
        main = page.body.split("</nav>", 1)[1]
        assert f"<h1>{t('kem_partners_area_title', name=name)}</h1>" in main
        # a partner's own name may hold the regency's (a regency office)
        assert re.sub(r'<p class="kem-partner-name">.*?</p>', "", main).count(name) == 1
        assert "<h2" not in main and "#mitra" in main


def test_a_linked_partnership_does_not_gather_other_regions_by_the_name_it_wrote(bundled, t):
    """A CSR and LPPM tester linked one KIM's "Dinas Komunikasi dan Informatika (contoh)" to
    a partner file of Lampung Timur's Diskominfo: /kemitraan/mitra/ then filed every KIM that
    wrote that generic name for its own regency's office under it (5 KIMs; its page, 1).
    Only the slug, or the partner file's own name, joins a partnership to the file."""
    generic = "Dinas Komunikasi dan Informatika (contoh)"
    writers = [k for k in bundled if any(m.mitra == generic for m in k.kemitraan)]
    assert len({k.place.regency_code for k in writers}) > 1
    linked = writers[0]
    kims = [dataclasses.replace(k, kemitraan=tuple(
        dataclasses.replace(m, slug_mitra="diskominfo-lamtim") if m.mitra == generic else m for m in k.kemitraan))
        if k is linked else k for k in bundled]
    files = {"diskominfo-lamtim": "Diskominfo Kabupaten Lampung Timur"}
    samples = set(files)  # as the KIMs are
    groups = aggregate_partners(kims, files, samples)
    by_slug = {g.slug: g for g in groups}
    assert [k.slug for k in by_slug["diskominfo-lamtim"].kims] == [linked.slug]
    (others,) = (g for g in groups if g.key == partner_key(generic))
    assert len(others.kims) == len(writers) - 1 and linked not in others.kims
    # one written without a slug in the file's own name still joins it
    own = dataclasses.replace(writers[1], kemitraan=(Kemitraan("DISKOMINFO Kabupaten Lampung  Timur", "dinas"),))
    kims = [own if k is writers[1] else k for k in kims]
    by_slug = {g.slug: g for g in aggregate_partners(kims, files, samples)}
    assert {k.slug for k in by_slug["diskominfo-lamtim"].kims} == {linked.slug, own.slug}


def test_a_partnership_joins_a_partner_file_by_its_name_only_from_a_kim_of_its_kind(bundled):
    """Found by the partner-side review: a sample KIM writing a real partner file's name, without
    a slug, was gathered under that real partner on /kemitraan/mitra/, invented data listed as
    one of its partner KIMs (and the other way round). Each kind joins the files of its own."""
    name = "Diskominfo Kabupaten Lampung Timur"
    files = {"diskominfo-lamtim": name}
    linking, real, sample = (dataclasses.replace(k, contoh=c, kemitraan=(Kemitraan(name, "dinas", slug_mitra=s),))
                             for k, c, s in zip(bundled, (False, False, True), ("diskominfo-lamtim", None, None)))
    groups = aggregate_partners([linking, real, sample], files)  # a real partner file
    assert {g.slug: {k.slug for k in g.kims} for g in groups} == {"diskominfo-lamtim": {linking.slug, real.slug},
                                                               "": {sample.slug}}
    groups = aggregate_partners([dataclasses.replace(k, contoh=not k.contoh) for k in (linking, real, sample)],
                                files, set(files))  # a sample one, and the KIMs' kinds turned
    assert {g.slug: {k.slug for k in g.kims} for g in groups} == {"diskominfo-lamtim": {linking.slug, real.slug},
                                                               "": {sample.slug}}


def test_sample_and_real_kims_naming_one_partner_are_two_entries(bundled):
    """A sample KIM and a real one both wrote "Bank Lampung (uji)", a partner without a file:
    /kemitraan/mitra/ listed one partner of both, the invented partnership counted in the real
    one's entry. Nor does a sample KIM linking a real partner file join that file's entry."""
    name = "Bank Lampung (uji)"
    partner = next(m for m in catalogue.load([str(FIXTURE_KIMS.parent / "mitra")], TODAY).mitra
                   if m.slug == "contoh-kampus-lampung")  # a real partner file
    linking = Kemitraan(partner.nama, "perguruan-tinggi", slug_mitra=partner.slug)
    real, sample = (dataclasses.replace(k, contoh=c, kemitraan=(Kemitraan(name, "swasta"), linking))
                    for k, c in zip(bundled, (False, True)))
    site = site_model([real, sample], TODAY, None, mitra=[partner])
    section = PartnershipSection(site)
    groups = section.partner_groups
    assert sorted((g.slug, [k.slug for k in g.kims]) for g in groups) == [
        ("", [real.slug]), ("", [sample.slug]), ("", [sample.slug]), (partner.slug, [real.slug])]
    assert all(g.contoh == g.kims[0].contoh for g in groups)
    for lang, label in (("id", "contoh"), ("en", "sample")):
        own = "" if lang == "id" else ' lang="id"'
        body = section._partners_page(lang).body
        entries = [e.split("</p>", 1)[0] for e in body.split('<p class="kem-partner-name">')[1:]]
        assert sorted(e.split(' <span class="kim-chip">', 1)[0] for e in entries if name in e) == [
            f"<strong{own}>{name}</strong>", f'<strong{own}>{name}</strong> <span class="kim-badge kim-badge--contoh">'
            f"{label}</span>"]
        [mixed] = [e for e in entries if partner.slug in e]  # the file's entry: the real KIM only
        assert "kim-badge--contoh" not in mixed and "1 KIM" in mixed


def test_feed_is_well_formed_and_escaped(bundled, t):
    kim = open_items(bundled, TODAY)[0].kim
    tricky = dataclasses.replace(kim, nama="KIM <Tes> & \"Kutip\"", contoh=False, dicari=(
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
        site = site_model(kims, TODAY, None)
        pages = list(PartnershipSection(site).shell_pages("id"))
        assert all(d.make().url == d.url for d in pages)
        return {d.url: d.key() for d in pages}

    types = load_vocab().values("jenis_mitra")
    before = keys(bundled)
    # Lampung's partnerships, over `partners.ONE_PAGE`, on its regencies' pages
    partnerships = {u for u in before if u.startswith("kemitraan/mitra/18/")}
    assert {"kemitraan/mitra/18/", "kemitraan/mitra/18/18.07/"} < partnerships
    assert set(before) == {f"kemitraan/{j}/" for j in types} | {"kemitraan/mitra/", "kemitraan/18/"} | partnerships
    quiet = next(k for k in bundled if not k.dicari and not k.kemitraan)
    after = keys([dataclasses.replace(k, deskripsi="Diubah.") if k is quiet else k for k in bundled])
    assert after == before
    partner = next(k for k in bundled if k.kemitraan and k.place.regency_code == "18.07")
    after = keys([dataclasses.replace(k, kemitraan=k.kemitraan[1:]) if k is partner else k for k in bundled])
    assert {u for u in before if after.get(u) != before[u]} == {
        "kemitraan/mitra/", "kemitraan/mitra/18/", "kemitraan/mitra/18/18.07/"}
    seeker = requests_for(open_items(bundled, TODAY), "perguruan-tinggi")[0].kim
    changed = dataclasses.replace(seeker, dicari=tuple(dataclasses.replace(p, judul=p.judul + " (baru)") for p in seeker.dicari))
    after = keys([changed if k is seeker else k for k in bundled])
    assert after["kemitraan/perguruan-tinggi/"] != before["kemitraan/perguruan-tinggi/"]
    assert after["kemitraan/18/"] != before["kemitraan/18/"]
    untouched = set(types) - {j for p in seeker.dicari for j in p.jenis_mitra}
    assert untouched and all(after[f"kemitraan/{j}/"] == before[f"kemitraan/{j}/"] for j in untouched)
    # a request past the newest ones on its type's page: that page shows only its counts
    requests = requests_for(open_items(bundled, TODAY), "perguruan-tinggi")
    old = requests[-1].kim
    assert old.slug != requests[0].kim.slug
    retitled = dataclasses.replace(old, dicari=tuple(dataclasses.replace(p, judul=p.judul + " (baru)") for p in old.dicari))
    changed_items = open_items([retitled if k is old else k for k in bundled], TODAY)
    assert jenis_key(changed_items, "perguruan-tinggi", TODAY, limit=1) == jenis_key(
        open_items(bundled, TODAY), "perguruan-tinggi", TODAY, limit=1)


def test_a_partner_file_changes_the_pages_listing_its_programmes(bundled, partners):
    """The pages per partner type and per province list the partners' open programmes: an
    edited programme renders its type's page and its provinces' pages again, no other."""
    def keys(mitra):
        site = site_model(bundled, TODAY, None, mitra=mitra)
        return {d.url: d.key() for d in PartnershipSection(site).shell_pages("id")}

    before = keys(partners)
    bumn = next(m for m in partners if m.jenis == "bumn")
    retitled = dataclasses.replace(bumn, program=tuple(dataclasses.replace(p, judul=p.judul + " (baru)")
                                                       for p in bumn.program))
    after = keys([retitled if m is bumn else m for m in partners])
    assert {url for url in before if after[url] != before[url]} == {"kemitraan/bumn/", "kemitraan/18/"}


# ---- the board's index and data files ------------------------------------------------


def read_board_files(files: dict[str, bytes]) -> list[dict]:
    """Every item the index and the data files describe, as the page's script reads them."""
    index = json.loads(files[INDEX])
    jenis, bidang = load_vocab().values("jenis_mitra"), load_vocab().values("bidang")
    kim_of = [j for j, n in enumerate(index["n"]) for _ in range(n)]
    assert len(kim_of) == len(index["a"]) == len(index["m"]) == len(index["b"]) == len(index["w"])
    seen: dict[str, int] = {}
    items = []
    for i, j in enumerate(kim_of):
        kab = index["kab"][index["k"][j]]
        prov = kab[:2]
        rank = seen.get(prov, 0)
        seen[prov] = rank + 1
        part = json.loads(files[f"{DATA}{prov}-{rank // index['bagian']}.json"])
        judul, nama, slug, desa, kecamatan, hingga, stale, contoh, diunggah, jangkauan, sk, kegiatan, dibahas = \
            part[rank % index["bagian"]]
        items.append({
            "kind": ("dicari", "ditawarkan")[index["a"][i]], "kab": kab, "kabn": index["kabn"][index["k"][j]], "judul": judul, "nama": nama, "slug": slug,
            "desa": desa, "kecamatan": kecamatan, "hingga": hingga, "stale": stale, "contoh": contoh,
            "diunggah": diunggah, "jangkauan": jangkauan, "sk": sk, "kegiatan": kegiatan, "dibahas": dibahas,
            "words": index["w"][i],
            "name_words": index["nama"][j],
            "district": index["kec"][j],
            "jenis": {v for bit, v in enumerate(jenis) if index["m"][i] >> bit & 1},
            "bidang": {v for bit, v in enumerate(bidang) if index["b"][i] >> bit & 1},
        })
    return items


def test_board_files_round_trip_every_open_item(bundled):
    # every third KIM a sample, so that the cards' "contoh" label is carried both ways
    items = open_items([dataclasses.replace(k, contoh=i % 3 == 0) for i, k in enumerate(bundled)], TODAY)
    assert {o.kim.contoh for o in items} == {True, False}
    files = board_files(items, load_vocab(), TODAY, PROVINCES)
    read = read_board_files(files)
    assert [(r["kind"], r["judul"], r["slug"], r["kab"], r["kabn"], r["jenis"], r["bidang"],
             r["hingga"], r["nama"], r["desa"], r["kecamatan"], bool(r["stale"]), bool(r["contoh"])) for r in read] == [
        (o.kind, o.item.judul, o.kim.slug, o.kim.place.regency_code, o.kim.place.regency, set(item_types(o)), set(o.item.bidang),
         o.item.hingga.isoformat() if o.item.hingga else "", o.kim.nama, o.kim.place.name, o.kim.place.district,
         o.kim.is_stale(TODAY), o.kim.contoh) for o in items]
    # what a card shows of the item and its KIM: posted, reach, highest SK, latest activity
    assert [(r["diunggah"], r["jangkauan"], r["sk"], r["kegiatan"]) for r in read] == [
        (o.item.diunggah.isoformat() if o.item.diunggah else "", o.item.jangkauan or 0,
         o.kim.top_sk.tingkat if o.kim.top_sk else "",
         max(k.tanggal for k in o.kim.kegiatan).isoformat() if o.kim.kegiatan else "") for o in items]
    assert {r["jangkauan"] for r in read} - {0} and {r["sk"] for r in read} - {""}
    # a request under discussion says so in one digit, so that its card can (issue 17)
    assert [r["dibahas"] for r in read] == [int(o.kind == SEEKS and o.item.status == "dibahas") for o in items]
    assert 1 in [r["dibahas"] for r in read]
    # a title's words and the KIM's name find it (in the page's folded form)
    for r in read:
        assert all(w in r["judul"].lower() for w in r["words"].split())
        assert r["name_words"] and all(w in r["nama"].lower() for w in r["name_words"].split())
        assert r["district"] == r["kecamatan"]  # the district's name, searched as a phrase
    # every data file holds at most PART items, and the index names the files' version
    parts = {path: json.loads(data) for path, data in files.items() if path.startswith(DATA)}
    assert all(0 < len(rows) <= PART for rows in parts.values())
    assert sum(len(rows) for rows in parts.values()) == len(items)
    index = json.loads(files[INDEX])
    assert re.fullmatch(r"[0-9a-f]{12}", index["versi"])
    # every province's names, for the page to read "jatim" as the province; alone for a province's page
    assert {k: index[k] for k in PROVINCES} == PROVINCES == json.loads(files[BOARD_PROVINCES])
    assert board_files(list(items), load_vocab(), TODAY, PROVINCES) == files  # deterministic


def test_board_files_are_split_by_province_in_parts(bundled, monkeypatch):
    import generator.site.sections.kemitraan.files as kem

    items = open_items(bundled, TODAY)
    # move one regency's KIMs to another province: two provinces, one over several parts
    def moved(kim):
        place = dataclasses.replace(kim.place, province_code="35", regency_code="35.07",
                                    province="Jawa Timur", regency="Kabupaten Malang")
        return dataclasses.replace(kim, place=place)

    kims = [moved(k) if k.place.regency_code == "18.07" else k for k in bundled]
    items = open_items(kims, TODAY)
    monkeypatch.setattr(kem, "PART", 4)
    files = board_files(items, load_vocab(), TODAY, PROVINCES)
    assert [r["judul"] for r in read_board_files(files)] == [o.item.judul for o in items]
    counts = {prov: len(rows) for prov, rows in province_items(items).items()}
    assert set(counts) == {"18", "35"}
    assert sorted(p for p in files if p.startswith(DATA)) == sorted(
        f"{DATA}{prov}-{n}.json" for prov, count in counts.items() for n in range((count + 3) // 4))


def test_board_files_hold_no_expired_item_and_no_contact(bundled):
    files = board_files(open_items(bundled, TODAY), load_vocab(), TODAY, PROVINCES)
    text = b"".join(files.values()).decode()
    for title in expired_only_titles(bundled):
        assert title not in text
    for kim in bundled:
        for c in kim.kontak:
            for value in (c.whatsapp, c.telepon, c.email):
                if value:
                    assert value not in text and value.lstrip("+") not in text, (kim.slug, value)
            if c.jenis == "pribadi" and c.nama and not c.izin_publikasi:
                assert c.nama not in text, (kim.slug, c.nama)


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
    assert len(pages) >= 2 * (len(load_vocab().values("jenis_mitra")) + 3)
    assert (bundled_site / INDEX) in pages and (bundled_site / DATA / "18-0.json") in pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for title in hidden:
            assert title not in text and title.replace('"', "&#34;") not in text, (page, title)


def test_the_board_is_titled_by_its_heading_not_by_its_menu_label(bundled_site):
    """The tester's screen reader read "Kemitraan - Direktori KIM" for the board, whose heading is
    "Papan kemitraan", and the same title for the guide /panduan/kemitraan/."""
    # every bundled KIM is a sample: the title says so (pages.catalogue_share)
    for prefix, heading, label, site in (("", "Papan kemitraan", "(data contoh)", "Direktori KIM"),
                                         ("en/", "Partnership board", "(sample data)", "KIM Directory")):
        board = (bundled_site / prefix / "kemitraan" / "index.html").read_text(encoding="utf-8")
        title = f"{heading} {label}"
        assert f"<title>{title} - {site}</title>" in board and f"<h1>{heading}</h1>" in board
        assert f'<meta property="og:title" content="{title}">' in board
    board = (bundled_site / "kemitraan" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'class="md-tabs__link[^"]*">\s*Kemitraan\s*</a>', board)   # the menu keeps its label
    guide = (bundled_site / "panduan" / "kemitraan" / "index.html").read_text(encoding="utf-8")
    assert "<title>Papan kemitraan" not in guide


def test_board_pages_in_both_languages(bundled_site, bundled):
    items = open_items(bundled, TODAY)
    board = (bundled_site / "kemitraan" / "index.html").read_text(encoding="utf-8")
    programmes = board.count('class="kem-card kem-card--program"')  # the partners', below the KIMs'
    assert board.count('class="kem-card ') == NEWEST + programmes and programmes > 0
    assert 'href="../kemitraan/feed.xml"' in board and f'src="../{ASSET("kemitraan.js")}"' in board
    assert 'data-index="../kemitraan/indeks.json?v=' in board and 'data-data="../kemitraan/data/"' in board
    assert 'href="../kemitraan/18/"' in board
    assert "onsubmit" not in board and "onclick" not in board
    english = (bundled_site / "en" / "kemitraan" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in english and "Partnership board" in english
    assert 'href="../../kemitraan/feed.xml"' in english and 'data-profiles="../../en/kim/"' in english
    for prefix in ("", "en/"):
        for jenis in load_vocab().values("jenis_mitra"):
            assert (bundled_site / f"{prefix}kemitraan/{jenis}/index.html").exists()
    universities = (bundled_site / "kemitraan" / "perguruan-tinggi" / "index.html").read_text(encoding="utf-8")
    assert "Untuk perguruan tinggi: KIM berikut mencari kerja sama dengan perguruan tinggi." in universities
    assert 'href="../../kemitraan/18/?mitra=perguruan-tinggi"' in universities
    for o in requests_for(items, "perguruan-tinggi"):
        assert f'href="../../kim/{o.kim.slug}/"' in universities
    # as the board filtered by a type shows them, the offers meant for it too
    offices = (bundled_site / "kemitraan" / "dinas" / "index.html").read_text(encoding="utf-8")
    offers = [o for o in items if o.kind == "ditawarkan" and "dinas" in o.item.untuk_mitra]
    assert offers and 'id="tawaran"' in offices
    assert all(f"<strong>{o.item.judul}</strong>" in offices for o in offers)
    province = (bundled_site / "kemitraan" / "18" / "index.html").read_text(encoding="utf-8")
    programmes = province.count('class="kem-card kem-card--program"')  # the partners', below the KIMs'
    assert province.count('class="kem-card ') == len(items) + programmes and "Peluang kemitraan di Lampung" in province
    assert 'href="../../kemitraan/?prov=18"' in province
    english = (bundled_site / "en" / "kemitraan" / "18" / "index.html").read_text(encoding="utf-8")
    assert "Partnership opportunities in Lampung" in english and 'href="../../../en/kim/' in english
    partners = (bundled_site / "kemitraan" / "mitra" / "index.html").read_text(encoding="utf-8")
    assert "Universitas Nusantara Raya (contoh)" in partners
    sitemap = (bundled_site / "sitemap.xml").read_text(encoding="utf-8")
    assert "https://kim.example.org/kemitraan/perguruan-tinggi/" in sitemap
    assert "https://kim.example.org/kemitraan/18/" in sitemap
    # Lampung's partnerships, more than one page holds, by regency; its pages in the sitemap
    assert 'href="../../kemitraan/mitra/18/">Lampung</a>' in partners
    lampung = (bundled_site / "kemitraan" / "mitra" / "18" / "index.html").read_text(encoding="utf-8")
    assert "<h1>Mitra KIM di Lampung</h1>" in lampung and "data contoh" in lampung  # the sample note
    assert '<a class="kem-all" href="../../../kemitraan/mitra/18/18.07/">' in lampung and "#mitra" not in lampung
    east = (bundled_site / "en" / "kemitraan" / "mitra" / "18" / "18.07" / "index.html").read_text(encoding="utf-8")
    assert '<li><a href="../../../../../en/kemitraan/mitra/18/">Partners of KIMs in Lampung</a></li>' in east
    assert 'href="../../../../../en/kim/' in east and "#mitra" in east
    for lang in ("", "en/"):
        assert all(f"https://kim.example.org/{lang}kemitraan/mitra/{page}" in sitemap for page in ("18/", "18/18.07/"))


def test_english_pages_say_the_feed_is_in_indonesian(bundled_site):
    """Testers' case: the English board's feed link led to the Indonesian-only feed unsaid."""
    link = '<a href="{up}kemitraan/feed.xml" type="application/atom+xml"{lang}>{text}</a>'
    for page, up in (("kemitraan/", "../"), ("kemitraan/dinas/", "../../"), ("kemitraan/18/", "../../")):
        indonesian = (bundled_site / page / "index.html").read_text(encoding="utf-8")
        assert link.format(up=up, lang="", text="Feed Atom peluang kemitraan") in indonesian
        english = (bundled_site / "en" / page / "index.html").read_text(encoding="utf-8")
        assert link.format(up="../" + up, lang=' hreflang="id"',
                           text="Atom feed of partnership opportunities (in Indonesian)") in english, page


def programme_cards(page: str) -> dict[str, str]:
    """The programme cards of a page by their title."""
    cards = re.findall(r'<li class="kem-card kem-card--program".*?</li>', page, re.S)
    return {re.search(r'<h3 class="kem-title"[^>]*><a [^>]*>([^<]*)</a>', c).group(1): c for c in cards}


def test_type_and_province_pages_list_the_open_programmes(bundled_site, partners):
    """Without JavaScript, the page of a partner type lists the open programmes of partners
    of that type, a province's page those whose partner works there: never a closed one."""
    bumn = next(m for m in partners if m.jenis == "bumn" and m.contoh)
    open_, closed = ([p.judul for p in bumn.program if p.is_open(TODAY) is state] for state in (True, False))
    assert open_ and closed and bumn.wilayah_kerja[0].startswith("18")
    in_lampung = sorted(p.judul for m in partners for p in m.program if p.is_open(TODAY)
                        and (not m.wilayah_kerja or any(a.startswith("18") for a in m.wilayah_kerja)))
    others = {p.judul for m in partners if m.jenis != "bumn" for p in m.program}
    assert len(in_lampung) > LISTED  # the newest `LISTED` shown on the province's page
    listed = sorted(o.program.judul for o in ByArea(open_programmes(partners, TODAY)).in_region("18")[:LISTED])
    for prefix, words in (("", ("Program mitra", "Wilayah kerja", "contoh", "berlaku sampai")),
                          ("en/", ("Partner programme", "Work area", "sample", "open until"))):
        up = "../" * (prefix.count("/") + 2)
        page = (bundled_site / f"{prefix}kemitraan/bumn/index.html").read_text(encoding="utf-8")
        cards = programme_cards(page)
        assert sorted(cards) == sorted(open_) and not set(closed) & set(cards) and not others & set(cards)
        assert all(closed_title not in page for closed_title in closed)
        card = cards[open_[0]]
        assert f'href="{up}{prefix}mitra/{bumn.slug}/"' in card and bumn.nama in card
        assert all(w in card for w in words), card
        assert 'class="kim-sample"' in page  # the note on sample data
        province = (bundled_site / f"{prefix}kemitraan/18/index.html").read_text(encoding="utf-8")
        assert sorted(programme_cards(province)) == listed and set(listed) < set(in_lampung)
        assert all(closed_title not in province for closed_title in closed)


def test_a_province_with_only_partner_programmes_has_its_page(fixture_site):
    """Bengkulu has no KIM in the fixture, but a partner works in one of its regencies: its
    board page exists in both languages, says plainly that no KIM there has an open item,
    lists the programmes working there (the partner's, and one for the whole country), and
    the board and the sitemap lead to it. The nationwide programme alone makes no page."""
    sitemap = (fixture_site / "sitemap.xml").read_text(encoding="utf-8")
    for prefix, heading, none in (("", "Peluang kemitraan di Bengkulu", "belum ada permintaan atau tawaran kerja sama"),
                                  ("en/", "Partnership opportunities in Bengkulu", "No KIM in Bengkulu has an open")):
        page = (fixture_site / f"{prefix}kemitraan/17/index.html").read_text(encoding="utf-8")
        assert heading in page and none in page
        assert 'class="kem-card kem-card--dicari' not in page and 'class="kem-card kem-card--ditawarkan' not in page
        assert sorted(programme_cards(page)) == ["Kelas siaran radio komunitas pesisir",
                                                 "Pelatihan daring pengelola KIM"]
        board = (fixture_site / f"{prefix}kemitraan/index.html").read_text(encoding="utf-8")
        assert re.search(r'<li><a href="[./]*' + prefix + r'kemitraan/17/">Bengkulu</a> <span class="kim-muted">\((0 peluang|0 items), ', board)
        assert '<option value="17" data-label="Bengkulu">' in board
        assert f"https://kim.example.org/{prefix}kemitraan/17/<" in sitemap
    assert not (fixture_site / "kemitraan" / "31").exists()  # the nationwide programme's alone


# ---- the board's filters in a real browser --------------------------------------------


def open_board(browser, server, path="kemitraan/", javascript=True):
    context = browser.new_context(java_script_enabled=javascript, viewport={"width": 390, "height": 844})
    watch = Watch(context, server.url)
    page = watch.attach(context.new_page())
    watch.requested = []
    page.on("request", lambda r: watch.requested.append(r.url))
    page.goto(server.url + path)
    return context, watch, page


def requests_to(watch, path: str) -> list[str]:
    return [url for url in watch.requested if path in url]


def visible_cards(page) -> int:
    return page.locator("#kem-cards > li:visible").count()


def wait_for_cards(page, n: int) -> None:
    page.wait_for_function("n => document.querySelectorAll('#kem-cards > li').length === n && "
                           "!document.getElementById('kem-status').textContent", arg=n)


def test_filter_by_partner_type_and_province_is_shareable(browser, server, bundled):
    items = open_items(bundled, TODAY)
    total = len(items)
    wanted = [o for o in requests_for(items, "perguruan-tinggi") if o.kim.place.province_code == "18"]
    assert 0 < len(wanted) < NEWEST < total
    context, watch, page = open_board(browser, server)
    try:
        page.wait_for_selector("#kem-form:not([hidden])")
        assert page.locator("#kem-nojs").is_hidden()
        assert page.locator("#kem-count").inner_text() == f"{NEWEST} dari {total} peluang ditampilkan"
        assert visible_cards(page) == NEWEST and page.locator("#kem-more").inner_text() == f"Tampilkan {total - NEWEST} lagi"
        # the newest cards come with the page; the index only when the filters are touched
        assert requests_to(watch, "kemitraan/data/") == [] and requests_to(watch, "indeks.json") == []
        assert page.locator("#kem-newest").is_visible()
        page.get_by_label("Mitra yang dicari").select_option("perguruan-tinggi")
        page.get_by_label("Provinsi", exact=True).select_option("18")
        wait_for_cards(page, len(wanted))
        assert visible_cards(page) == len(wanted) and page.locator("#kem-more").is_hidden()
        assert page.locator("#kem-newest").is_hidden() and len(requests_to(watch, "indeks.json")) == 1
        assert page.locator("#kem-count").inner_text() == f"{len(wanted)} dari {len(wanted)} peluang yang cocok ditampilkan"
        assert "mitra=perguruan-tinggi" in page.url and "prov=18" in page.url
        titles = page.locator("#kem-cards > li:visible h3").all_inner_texts()
        assert titles == [o.item.judul for o in wanted]  # newest first
        hrefs = page.locator("#kem-cards > li:visible h3 a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
        assert hrefs == [f"../kim/{o.kim.slug}/#peluang" for o in wanted]
        # each menu counts what its options would show, given the other filters
        assert page.locator("#kem-arah option[value=dicari]").inner_text() == f"Mencari mitra ({len(wanted)})"

        page.reload()
        page.wait_for_selector("#kem-form:not([hidden])")
        assert page.get_by_label("Mitra yang dicari").input_value() == "perguruan-tinggi"
        assert page.get_by_label("Provinsi", exact=True).input_value() == "18"
        wait_for_cards(page, len(wanted))
        assert visible_cards(page) == len(wanted)

        # a search narrows further; a word no card holds shows the empty note
        first = sorted(o.item.judul for o in wanted)[0]
        page.get_by_label("Cari judul, nama KIM atau wilayah").fill(first.split()[0] + " " + first.split()[-1])
        page.wait_for_function("() => !document.getElementById('kem-status').textContent")
        assert 1 <= visible_cards(page) < len(wanted) or len(wanted) == 1
        assert first in page.locator("#kem-cards > li:visible h3").all_inner_texts()
        assert "q=" in page.url
        page.get_by_label("Cari judul, nama KIM atau wilayah").fill("zzzz-tidak-ada")
        wait_for_cards(page, 0)
        assert page.locator("#kem-empty").is_visible()
        page.get_by_role("button", name="Hapus semua saringan").click()
        wait_for_cards(page, NEWEST)
        assert page.url.endswith("/kemitraan/")
        assert watch.console_errors == [] and watch.third_party == []
    finally:
        context.close()


def test_show_more_fetches_the_next_cards(browser, server, bundled):
    items = open_items(bundled, TODAY)
    context, watch, page = open_board(browser, server)
    try:
        page.wait_for_selector("#kem-form:not([hidden])")
        page.get_by_role("button", name=f"Tampilkan {len(items) - NEWEST} lagi").click()
        wait_for_cards(page, len(items))
        assert page.locator("#kem-more").is_hidden()
        assert page.locator("#kem-cards > li h3").all_inner_texts() == [o.item.judul for o in items]
        # the fetched cards are written like the page's own
        last, o = page.locator("#kem-cards > li").last, items[-1]
        assert last.get_attribute("class") == f"kem-card kem-card--{o.kind}"
        assert last.locator("h3 a").get_attribute("href") == f"../kim/{o.kim.slug}/#peluang"
        assert f"{o.kim.place.name}, Kec. {o.kim.place.district}, {o.kim.place.regency}" in last.inner_text()
        assert page.evaluate("document.activeElement.getAttribute('href')") == f"../kim/{items[NEWEST].kim.slug}/#peluang"
        # on every card, the page's and the fetched, the lines about the item are smaller than its title
        sizes = page.evaluate("""() => [...document.querySelectorAll('#kem-cards > li')].map((li) => {
            const px = (el) => parseFloat(getComputedStyle(el).fontSize);
            const title = px(li.querySelector('h3'));
            return [...li.querySelectorAll('.kem-signals, .kem-posted, .kem-until')].every((p) => px(p) < title);
        })""")
        assert sizes and all(sizes)
        assert len(requests_to(watch, "kemitraan/data/")) == 1
        assert watch.console_errors == []
    finally:
        context.close()


def test_the_english_board_writes_its_fetched_cards_in_english(browser, server, bundled, partners):
    """The cards the page script writes (after "show more", after a filter) read like those the
    page came with: districts named in English, each count with its own plural word."""
    items = open_items(bundled, TODAY)
    programmes = [p for m in partners if m.jenis == "dinas" for p in m.program if p.is_open(TODAY)]
    context, watch, page = open_board(browser, server, "en/kemitraan/")
    try:
        page.wait_for_selector("#kem-form:not([hidden])")
        page.get_by_role("button", name=f"Show {len(items) - NEWEST} more").click()
        wait_for_cards(page, len(items))
        place = items[-1].kim.place
        assert f"{place.name}, {place.district} District, {place.regency}" in page.locator("#kem-cards > li").last.inner_text()
        page.locator("#kem-mitra").select_option("dinas")
        page.wait_for_function("n => document.querySelectorAll('#kem-program-cards > li').length === n",
                               arg=len(programmes))
        n = len(programmes)
        # "of the matching ones", as the items' count: not as if only these existed (issue 17)
        page.wait_for_function("t => document.getElementById('kem-program-count').textContent === t",
                               arg=f"Showing {n} of {n} matching {'programme' if n == 1 else 'programmes'}")
        written = page.locator("#kem-cards").inner_text() + page.locator("#kem-program-cards").inner_text()
        assert "{" not in written and "Kec. " not in written
        assert any(p.kapasitas for p in programmes) and " KIMs" in page.locator("#kem-program-cards").inner_text()
        # the partners' names as written, as on the page's own cards (the tester's screen reader)
        assert page.locator("#kem-program-cards .kem-kim strong").evaluate_all(
            "names => names.length > 0 && names.every(n => n.lang === 'id')")
        assert watch.console_errors == []
    finally:
        context.close()


@pytest.mark.parametrize("path, shown, more, matching", [
    ("kemitraan/", "{shown} dari {total} peluang ditampilkan", "Tampilkan {n} lagi",
     "{shown} dari {n} peluang yang cocok ditampilkan"),
    ("en/kemitraan/", "Showing {shown} of {total} items", "Show {n} more", "Showing {shown} of {n} matching items"),
])
def test_the_count_tells_the_cards_on_screen(browser, server, bundled, path, shown, more, matching):
    """The count says how many cards are on screen, as the note on the newest cards and
    "show more" do: before and after "show more"; after a filter, of how many match."""
    total = len(open_items(bundled, TODAY))
    assert NEWEST < total
    context, watch, page = open_board(browser, server, path)
    try:
        page.wait_for_selector("#kem-form:not([hidden])")
        count = page.locator("#kem-count")
        assert visible_cards(page) == NEWEST
        assert count.inner_text() == shown.format(shown=NEWEST, total=total)
        assert f" {NEWEST} " in page.locator("#kem-newest").inner_text()
        page.get_by_role("button", name=more.format(n=total - NEWEST)).click()
        wait_for_cards(page, total)
        assert count.inner_text() == shown.format(shown=total, total=total)
        page.locator("#kem-arah").select_option("ditawarkan")
        offers = sum(o.kind == "ditawarkan" for o in open_items(bundled, TODAY))
        wait_for_cards(page, offers)
        assert offers < NEWEST  # (too few sample offers to need "show more")
        assert count.inner_text() == matching.format(shown=offers, n=offers)
        assert watch.console_errors == []
    finally:
        context.close()


@pytest.mark.parametrize("path", ["kemitraan/", "en/kemitraan/"])
def test_a_region_named_in_the_search_is_searched_as_a_phrase(browser, server, bundled, path):
    """"lampung timur" finds the regency's items, as the directory's search does, not every
    item in Lampung with "Timur" in its title or its KIM's name; the words alone still
    match anywhere, a district's name is a phrase too, and a province's page reads the
    same query from its address."""
    items = open_items(bundled, TODAY)
    regency = [o.item.judul for o in items if o.kim.place.regency_code == "18.07"]
    timur = [o for o in items if o.kim.place.regency_code != "18.07" and "timur" in (o.item.judul + o.kim.nama).lower()]
    assert 0 < len(regency) < NEWEST and timur
    district = next(o.kim.place.district for o in items if " " in o.kim.place.district)
    in_district = [o.item.judul for o in items if o.kim.place.district == district]
    context, watch, page = open_board(browser, server, path)
    try:
        page.wait_for_selector("#kem-form:not([hidden])")
        search = page.locator("#kem-q")
        search.fill("Lampung Timur")
        wait_for_cards(page, len(regency))
        assert page.locator("#kem-cards > li h3").all_inner_texts() == regency
        assert "q=Lampung+Timur" in page.url
        # the regency filter shows the same
        search.fill("")
        page.locator("#kem-kab").select_option("18.07")
        wait_for_cards(page, len(regency))
        assert page.locator("#kem-cards > li h3").all_inner_texts() == regency
        page.locator("#kem-kab").select_option("")
        # one word of it still matches anywhere
        search.fill("timur")
        page.wait_for_function("() => !document.getElementById('kem-status').textContent")
        titles = page.locator("#kem-cards > li h3").all_inner_texts()
        assert set(regency) <= set(titles) and {o.item.judul for o in timur} & set(titles)
        search.fill(district.lower())
        wait_for_cards(page, len(in_district))
        assert page.locator("#kem-cards > li h3").all_inner_texts() == in_district
        page.goto(server.url + path + "18/?q=lampung+timur")
        page.wait_for_selector("#kem-filtered:not([hidden])")
        assert page.locator("#kem-province li.kem-card:visible h3").all_inner_texts() == regency
        assert watch.console_errors == []
    finally:
        context.close()


def test_a_shared_link_opens_filtered(browser, server, bundled):
    kab = "18.07"
    wanted = [o for o in open_items(bundled, TODAY) if o.kim.place.regency_code == kab and o.kind == "ditawarkan"]
    context, watch, page = open_board(browser, server, f"en/kemitraan/?arah=ditawarkan&kab={kab}&mitra=tidak-ada")
    try:
        page.wait_for_selector("#kem-form:not([hidden])")
        assert page.get_by_label("Partners sought").input_value() == ""  # unknown values are dropped
        wait_for_cards(page, len(wanted))
        # the regency menu comes with the index: the address's regency is chosen once it is there
        assert page.get_by_label("Regency/city").input_value() == kab
        assert len(wanted) > 0
        assert page.locator("#kem-cards > li h3").all_inner_texts() == [o.item.judul for o in wanted]
        assert "mitra=" not in page.url
        hrefs = page.locator("#kem-cards > li h3 a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
        assert hrefs == [f"../../en/kim/{o.kim.slug}/#peluang" for o in wanted]
        assert watch.console_errors == []
    finally:
        context.close()


def test_the_regency_menu_counts_each_regencys_items(browser, server, bundled):
    """The server-made regency menu said "Kabupaten Lampung Timur (6)"; made from the index
    (`kabn`) it said the names alone until a filter was applied. It counts them again, from
    the index's rows (each KIM's `n` summed per regency): nothing added to the index."""
    per_regency = Counter((o.kim.place.regency_code, o.kim.place.regency) for o in open_items(bundled, TODAY))
    context, watch, page = open_board(browser, server)
    try:
        page.wait_for_selector("#kem-form:not([hidden])")
        page.locator("#kem-kab").focus()  # the first touch of the filters fetches the index
        page.wait_for_function("n => document.querySelectorAll('#kem-kab option').length === n", arg=len(per_regency) + 1)
        options = page.locator("#kem-kab option").evaluate_all("os => os.slice(1).map(o => [o.value, o.textContent])")
        assert options == [[code, f"{name} ({n})"] for (code, name), n in sorted(per_regency.items())]
        assert "?" not in page.url and visible_cards(page) == NEWEST  # counted, not filtered
        assert watch.console_errors == []
    finally:
        context.close()


def test_a_province_page_shows_what_its_address_asks_for(browser, server, bundled):
    items = province_items(open_items(bundled, TODAY))["18"]
    wanted = requests_for(items, "perguruan-tinggi")
    context, watch, page = open_board(browser, server, "kemitraan/18/?mitra=perguruan-tinggi")
    try:
        page.wait_for_selector("#kem-filtered:not([hidden])")
        assert page.locator("#kem-province li.kem-card:visible").count() == len(wanted)
        assert page.locator("#kem-filtered").inner_text().startswith(f"Ditampilkan {len(wanted)} dari {len(items)} peluang")
        page.get_by_role("link", name="Tampilkan semua peluang provinsi ini").click()
        page.wait_for_url("**/kemitraan/18/")
        assert page.locator("#kem-province li.kem-card:visible").count() == len(items)
        assert page.locator("#kem-filtered").is_hidden()
        assert watch.console_errors == []
    finally:
        context.close()


def test_a_large_province_page_sends_its_filters_to_the_regency_pages(browser, split_site, bundled):
    """Filtered by its address, a province's page listing its newest items keeps its regencies
    in view, and their links carry the filters, as a regency's links to its next pages do."""
    items = province_items(open_items(bundled, TODAY))["18"]
    east = [o for o in items if o.kim.place.regency_code == "18.07"]
    dinas = [o.item.judul for o in east if "dinas" in item_types(o)]
    assert dinas
    server = Server(split_site)
    context, watch, page = open_board(browser, server, "kemitraan/18/?mitra=dinas")
    try:
        page.wait_for_selector("#kem-filtered:not([hidden])")
        links = page.locator("a.kem-all:visible").evaluate_all("links => links.map(a => a.href)")
        codes = sorted({o.kim.place.regency_code for o in items})
        assert links == [f"{server.url}kemitraan/18/{code}/?mitra=dinas" for code in codes]
        assert "kabupaten/kota" in page.locator("#kem-filtered").inner_text()
        page.locator('a.kem-all[href*="/18.07/"]').click()
        page.wait_for_url("**/kemitraan/18/18.07/?mitra=dinas")
        page.wait_for_selector("#kem-filtered:not([hidden])")
        shown = page.locator("#kem-province li.kem-card:visible h3").all_inner_texts()
        page.get_by_role("link", name="2", exact=True).click()
        page.wait_for_url("**/kemitraan/18/18.07/2/?mitra=dinas")
        page.wait_for_selector("#kem-filtered:not([hidden])")
        assert shown + page.locator("#kem-province li.kem-card:visible h3").all_inner_texts() == dinas
        assert watch.console_errors == []
    finally:
        context.close()
        server.close()


def test_a_province_page_filters_the_programmes_as_the_board_does(browser, server, bundled, partners):
    """?mitra=dinas on a province's page keeps the requests seeking a government office and
    the offers meant for one; ?mitra=perguruan-tinggi keeps the programmes of universities
    working there and hides the other partners' (of the `LISTED` the page shows). A
    direction (requests or offers) leaves the programmes alone, as on the board: the note
    above them names the filters that narrow them (issue 17)."""
    items = province_items(open_items(bundled, TODAY))["18"]
    wanted = [o for o in items if "dinas" in item_types(o)]
    listed = ByArea(open_programmes(partners, TODAY)).in_region("18")[:LISTED]
    kept = sorted(o.program.judul for o in listed if o.mitra.jenis == "perguruan-tinggi")
    hidden = sorted(o.program.judul for o in listed if o.mitra.jenis == "bumn")
    assert kept and hidden and any(o.kind == "ditawarkan" for o in wanted)
    context, watch, page = open_board(browser, server, "kemitraan/18/?mitra=dinas")
    try:
        page.wait_for_selector("#kem-filtered:not([hidden])")
        assert page.locator("#kem-province li.kem-card:visible").count() == len(wanted)
        page.goto(server.url + "kemitraan/18/?mitra=dinas&arah=ditawarkan")
        page.wait_for_selector("#kem-filtered:not([hidden])")
        assert page.locator("#kem-province li.kem-card:visible").count() == sum(o.kind == "ditawarkan" for o in wanted)
        programmes = page.locator(".kem-programmes li.kem-card--program")
        for query in ("mitra=perguruan-tinggi", "mitra=perguruan-tinggi&arah=ditawarkan"):
            page.goto(server.url + "kemitraan/18/?" + query)
            page.wait_for_selector("#kem-filtered:not([hidden])")
            assert sorted(programmes.filter(visible=True).locator("h3").all_inner_texts()) == kept
            for title in hidden:
                assert programmes.filter(has_text=title).first.is_hidden()
        assert watch.console_errors == []
    finally:
        context.close()


def test_without_javascript_every_open_item_is_reachable(browser, server, bundled):
    items = open_items(bundled, TODAY)
    context, _, page = open_board(browser, server, javascript=False)
    try:
        assert page.locator("#kem-nojs").is_visible()
        assert page.locator("#kem-form").is_hidden()
        assert visible_cards(page) == NEWEST
        provinces = page.locator(".kem-provinces a").evaluate_all("links => links.map(a => a.href)")
        assert provinces
        found = []
        for url in provinces:
            page.goto(url)
            for card in page.locator("#kem-province li.kem-card:visible").all():
                found.append((card.locator("h3").inner_text(), card.locator("h3 a").get_attribute("href")))
        assert sorted(found) == sorted((o.item.judul, f"../../kim/{o.kim.slug}/#peluang") for o in items)
    finally:
        context.close()


def test_a_partner_type_shows_offers_meant_for_it_and_its_programmes(browser, server, bundled):
    """Filtering by a partner type lists the requests seeking it, the offers meant for it
    (`untuk_mitra`) and, below, the open programmes of partners of that type."""
    partners = catalogue.load([str(ROOT / "mitra")], TODAY).mitra
    items = open_items(bundled, TODAY)
    wanted = [o for o in items if "dinas" in item_types(o)]
    offers = [o.item.judul for o in wanted if o.kind == "ditawarkan"]
    programmes = sorted(p.judul for m in partners if m.jenis == "dinas" for p in m.program if p.is_open(TODAY))
    assert offers and programmes and len(wanted) < NEWEST
    context, watch, page = open_board(browser, server)
    try:
        page.wait_for_selector("#kem-form:not([hidden])")
        shown = page.locator("#kem-program-cards > li").count()
        assert shown > len(programmes)  # every type's programmes before filtering
        page.get_by_label("Mitra yang dicari").select_option("dinas")
        wait_for_cards(page, len(wanted))
        titles = page.locator("#kem-cards > li:visible h3").all_inner_texts()
        assert set(offers) <= set(titles) and len(titles) == len(wanted)
        page.wait_for_function("n => document.querySelectorAll('#kem-program-cards > li').length === n",
                               arg=len(programmes))
        assert sorted(page.locator("#kem-program-cards > li h3").all_inner_texts()) == programmes
        assert page.locator("#kem-program-count").inner_text() == (
            f"{len(programmes)} dari {len(programmes)} program yang cocok ditampilkan")
        # words no programme holds leave none
        page.get_by_label("Cari judul, nama KIM atau wilayah").fill("zzzz-tidak-ada")
        page.wait_for_function("() => document.querySelectorAll('#kem-program-cards > li').length === 0")
        assert page.locator("#kem-program-empty").is_visible()
        assert watch.console_errors == [] and watch.third_party == []
    finally:
        context.close()


def test_without_javascript_a_partner_type_page_shows_its_programmes(browser, server, partners):
    bumn = next(m for m in partners if m.jenis == "bumn")
    title = next(p.judul for p in bumn.program if p.is_open(TODAY))
    context, _, page = open_board(browser, server, "kemitraan/bumn/", javascript=False)
    try:
        card = page.locator("li.kem-card--program", has_text=title)
        assert card.is_visible()
        assert card.locator("h3 a").get_attribute("href") == f"../../mitra/{bumn.slug}/"
        assert bumn.nama in card.inner_text() and "Wilayah kerja" in card.inner_text()
    finally:
        context.close()


# ---- issue 17: what a partner's officer needs to see on the board -----------------------


def discussed_titles(items) -> list[str]:
    return [o.item.judul for o in items if o.kind == SEEKS and o.item.status == "dibahas"]


def test_a_request_under_discussion_says_so_on_every_card_of_it(bundled, partners, t):
    """A CSR officer should not approach a KIM already in talks without knowing it: the cards
    of the board, of a province's and of a partner type's page carry "Sedang dibahas"."""
    from .sitebuild import site_model

    items = open_items(bundled, TODAY)
    talks = discussed_titles(items)
    assert talks
    site = site_model(bundled, TODAY, mitra=partners)
    section = PartnershipSection(site)
    chip = '<span class="kim-badge kim-badge--dibahas">Sedang dibahas dengan mitra</span>'
    for o in items:
        if o.item.judul in talks:
            province = section._province_page(o.kim.place.province_code, "id").body
            title = province.index(">" + o.item.judul + "<")
            assert chip in province[title:province.index("</li>", title)]
            for jenis in o.item.jenis_mitra:
                page = section._jenis_page(jenis, "en").body
                assert (f"<strong lang=\"id\">{o.item.judul}</strong> "
                        "<span class=\"kim-badge kim-badge--dibahas\">Under discussion") in page
    newest = items[:NEWEST]
    assert section.board_body("id", "kemitraan/").count(chip) == len(discussed_titles(newest))
    assert [card(o, t, TODAY).dibahas for o in items] == [o.item.judul in talks and o.kind == SEEKS for o in items]


def test_a_programme_on_the_board_says_what_places_are_left(bundled, partners, t):
    """A programme's card says how many of its places are left, or that it is full, as the
    partner's page does: a fulfilled need took a place in it (`taken_places`)."""
    from generator.site.sections.kemitraan.programmes import (
        open_programmes,
        programme_card,
        programme_rows,
    )

    from .sitebuild import site_model

    bumn = next(m for m in partners if m.slug == "contoh-bumn-energi-lampung")
    prog = bumn.program[0]
    assert prog.kapasitas == 5 and prog.is_open(TODAY)
    kims = took_places(bundled, bumn.slug, prog, 1)
    site = site_model(kims, TODAY, mitra=partners)
    body = PartnershipSection(site).board_body("id", "kemitraan/")
    assert "untuk 5 KIM · sisa 4 dari 5 tempat" in body
    full = dataclasses.replace(bumn, program=(dataclasses.replace(prog, kapasitas=1), *bumn.program[1:]))
    listed = open_programmes([full], TODAY, {(bumn.slug, 0): 1})
    assert programme_card(listed[0], t, site.regions).places == "penuh"
    assert json.loads(programme_rows(listed, site.regions))[0][-1] == 1  # for the cards the script writes


def took_places(kims, slug, prog, n):
    """`kims` where `n` KIMs fulfilled a need of the programme's bidang, with the partner `slug`,
    on the programme's first day."""
    out, left = [], n
    for kim in kims:
        if left and kim.dicari:
            need = dataclasses.replace(kim.dicari[0], bidang=prog.bidang, status="terpenuhi", dipenuhi_oleh=slug,
                                       tanggal_terpenuhi=prog.mulai)
            kim = dataclasses.replace(kim, dicari=(need, *kim.dicari[1:]))
            left -= 1
        out.append(kim)
    return out


def test_the_bidang_menu_offers_the_programmes_bidang_too(bundled, partners, t):
    """A programme's bidang no KIM item has (kepemudaan in the samples) is in the menu, so
    `?bidang=kepemudaan` is not silently dropped."""
    items = open_items(bundled, TODAY)
    assert "kepemudaan" not in {b for o in items for b in o.item.bidang}
    v = board_view(items, t, TODAY, programme_bidang=[b for m in partners for p in m.program for b in p.bidang])
    assert ("kepemudaan", 0) in [(o.value, o.count) for o in v.bidang]


def test_a_partner_type_without_requests_describes_itself_so(bundled, partners):
    from .sitebuild import site_model

    assert not requests_for(open_items(bundled, TODAY), "bumdes")
    section = PartnershipSection(site_model(bundled, TODAY, mitra=partners))
    assert section._jenis_page("bumdes", "id").description == (
        "Saat ini belum ada permintaan kerja sama terbuka dari KIM untuk BUMDes.")
    assert "0 " not in section._jenis_page("bumdes", "en").description
    assert section._jenis_page("perguruan-tinggi", "id").description.startswith(
        f"{len(requests_for(open_items(bundled, TODAY), 'perguruan-tinggi'))} permintaan")


def test_the_two_partner_lists_have_titles_that_tell_them_apart():
    for lang in ("id", "en"):
        t = Text(lang, load_vocab())
        assert t("mitra_title") != t("kem_partners_title")
    assert Text("id", load_vocab())("kem_partners_title") == "Lembaga yang sudah bermitra dengan KIM"


def test_the_cards_the_script_writes_carry_discussion_and_places(browser, server, bundled, partners):
    """The board's fetched cards: a request under discussion says so, in each language; a
    programme's card says its places left; a direction chosen leaves the programmes alone;
    `?bidang=kepemudaan` keeps a programme's bidang."""
    items = open_items(bundled, TODAY)
    talk = discussed_titles(items)[0]
    open_ = [p for m in partners for p in m.program if p.is_open(TODAY)]
    for path, chip in (("kemitraan/", "Sedang dibahas dengan mitra"), ("en/kemitraan/", "Under discussion with a partner")):
        context, watch, page = open_board(browser, server, path + "?q=" + talk.split()[-1])
        try:
            page.wait_for_function("() => document.querySelectorAll('#kem-cards > li').length >= 1 && "
                                   "!document.getElementById('kem-status').textContent")
            card_ = page.locator("#kem-cards > li", has_text=talk)
            assert card_.locator(".kim-badge--dibahas").inner_text() == chip
            assert watch.console_errors == []
        finally:
            context.close()
    context, watch, page = open_board(browser, server, "kemitraan/?arah=dicari")
    try:
        page.wait_for_function("n => document.querySelectorAll('#kem-program-cards > li').length === n",
                               arg=min(len(open_), LISTED))
        # the script writes the count after the cards: wait for it rather than read it once
        page.wait_for_function("t => document.getElementById('kem-program-count').textContent === t",
                               arg=f"{min(len(open_), LISTED)} dari {len(open_)} program ditampilkan")
        bumn = page.locator("#kem-program-cards > li", has_text="Bantuan peralatan peringatan dini bencana")
        assert "untuk 5 KIM · sisa 5 dari 5 tempat" in bumn.inner_text()
        page.goto(server.url + "kemitraan/?bidang=kepemudaan")
        page.wait_for_function("() => document.getElementById('kem-program-count').textContent")
        assert page.locator("#kem-bidang").input_value() == "kepemudaan"
        assert page.locator("#kem-program-cards > li h3").all_inner_texts() == [
            p.judul for m in partners for p in m.program if "kepemudaan" in p.bidang and p.is_open(TODAY)]
        assert watch.console_errors == []
    finally:
        context.close()
