"""Reaching people where they are (issue 19): Open Graph data and share cards, the printable
poster and its QR code, offline reading, embeds, and the profile's summary."""

from __future__ import annotations

import functools
import io
import json
import re
from dataclasses import replace
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler
from pathlib import Path
from types import SimpleNamespace

import pytest
import zxingcpp
from PIL import Image

from generator.format import catalogue
from generator.format.scaffold import fit_slug, slugify
from generator.model.regions import load_regions
from generator.site import cards, keep, writing
from generator.site.i18n import Text
from generator.site.keep import Kept
from generator.site.sections.poster import PosterSection, printed_address, qr_svg
from generator.site.sections.sematkan import EMBED_BUDGET, EmbedSection, entries
from generator.site.sections.sharing import SharingSection

from .browser import Server, Watch
from .conftest import TODAY
from .sitebuild import ASSET, ROOT, site_model

SITE_URL = "https://kim.example.org/"
SAMPLE = "sinar-harapan-pekalongan"  # a bundled sample KIM with activities, partnerships and contacts
PROFILE = f"kim/{SAMPLE}/"


class _Head(HTMLParser):
    """The <meta> and <link> elements of a page, and the other elements it holds."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, list[str]] = {}
        self.canonical = None
        self.title = ""
        self.tags: set[str] = set()
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.add(tag)
        self._in_title = tag == "title"
        if tag == "meta" and (a.get("property") or a.get("name")):
            self.meta.setdefault(a.get("property") or a.get("name"), []).append(a.get("content", ""))
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a["href"]

    def handle_data(self, data):
        if self._in_title:
            self.title += data

    def handle_endtag(self, tag):
        self._in_title = False


def head(site: Path, url: str) -> _Head:
    parser = _Head()
    parser.feed((site / url / "index.html").read_text(encoding="utf-8"))
    return parser


# One page of every kind, in both languages where it has both.
PAGE_TYPES = ["", "en/", "kim/", "en/kim/", PROFILE, f"en/{PROFILE}", "wilayah/", "wilayah/18/", "wilayah/18.07/",
              "en/wilayah/18.07/", "kemitraan/", "kemitraan/18/", "kemitraan/mitra/", "statistik/", "data/",
              "kontribusi/", "privasi/", "panduan/", "panduan/sk-pengukuhan/", "sematkan/", "en/sematkan/",
              "offline/", "en/offline/", f"{PROFILE}poster/", f"{PROFILE}dokumen/", "sematkan/wilayah/18.07/",
              "en/sematkan/wilayah/18/"]


@pytest.mark.parametrize("url", PAGE_TYPES)
def test_every_page_type_has_open_graph_data(bundled_site, url):
    h = head(bundled_site, url)
    one = {key: values[0] for key, values in h.meta.items() if len(values) == 1}
    assert all(len(v) == 1 for v in h.meta.values()), h.meta
    english = url.startswith("en/")
    assert one["og:locale"] == ("en_US" if english else "id_ID")
    assert one["og:locale:alternate"] == ("id_ID" if english else "en_US")
    assert one["og:type"] == "website" and one["og:site_name"] == ("KIM Directory" if english else "Direktori KIM")
    assert one["og:title"] and h.title.startswith(one["og:title"])
    assert one["og:description"] and one["og:description"] == one.get("description", one["og:description"])
    assert one["og:url"].startswith(SITE_URL)
    if url.endswith(("poster/", "dokumen/")) or "sematkan/wilayah/" in url:
        # not for search engines, so no canonical page beside "noindex"; their previews
        # stand for the profile or region page they print or embed
        assert one["robots"] == "noindex" and h.canonical is None
    else:
        assert one["og:url"] == h.canonical
    image = one["og:image"]
    assert image.startswith(SITE_URL + "kartu/") and image.endswith(".png")
    assert (bundled_site / image.removeprefix(SITE_URL)).is_file()
    assert (one["og:image:type"], one["og:image:width"], one["og:image:height"]) == ("image/png", "1200", "630")
    # every bundled KIM is a sample, so is every card shared: the text says so in the page's language
    assert one["og:image:alt"].endswith(("ditandai DATA CONTOH", "marked DATA CONTOH (sample data)")
                                        if url not in ("kontribusi/", "privasi/", "panduan/", "panduan/sk-pengukuhan/",
                                                       "sematkan/", "en/sematkan/", "offline/", "en/offline/")
                                        else ("se-Indonesia", "information groups"))
    assert one["og:image:alt"].startswith("KIM Directory card: " if english else "Kartu Direktori KIM: ")
    assert one["twitter:card"] == "summary_large_image"


EN_THEME_PAGES = ["en/", "en/kim/", "en/kemitraan/", "en/mitra/", "en/statistik/", "en/data/", "en/wilayah/",
                  "en/kontribusi/", "en/sematkan/", "en/offline/", "en/privasi/"]


# The pages that show no KIM: their preview needs no word on samples.
WITHOUT_DATA = ("kontribusi/", "sematkan/", "offline/", "privasi/")


# The pages with a description of their own (the volunteer tester: the site's said nothing of them).
OWN_DESCRIPTION = {"kim/": "directory_description", "kemitraan/": "kem_description", "mitra/": "mitra_description"}


@pytest.mark.parametrize("url", EN_THEME_PAGES)
def test_an_english_page_is_described_in_english(bundled_site, url):
    """Testers' case: every English page fell back to mkdocs.yml's Indonesian site_description."""
    h = head(bundled_site, url)
    described = Text("en")(OWN_DESCRIPTION.get(url.removeprefix("en/"), "site_description"))
    if not url.endswith(WITHOUT_DATA):  # every bundled KIM is a sample
        described = described.removesuffix(".") + " (sample data)."
    assert h.meta["description"] == h.meta["og:description"] == [described]


def test_the_sites_indonesian_description_is_mkdocs_yml_s(bundled_site):
    described = re.search(r"^site_description: (.+)$", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M)[1]
    assert Text("id")("site_description") == described
    assert head(bundled_site, "kontribusi/").meta["og:description"] == [described]


@pytest.mark.parametrize("url", ["", "kim/", "en/", "statistik/", "kemitraan/", "mitra/", "wilayah/", "data/"])
def test_the_pages_of_a_catalogue_of_samples_preview_as_samples(bundled_site, url):
    """The volunteer tester: the home page and the directory shared a link preview like a real
    directory's, while every KIM in it was a sample."""
    h = head(bundled_site, url)
    assert h.meta["og:description"][0].endswith((" (data contoh).", " (sample data)."))
    assert h.meta["og:image"] == [SITE_URL + "kartu/situs-contoh.png"]
    # in the title too: a chat app cuts the description after two lines (the second volunteer)
    assert h.meta["og:title"][0].endswith((" (data contoh)", " (sample data)")) and h.title.startswith(h.meta["og:title"][0])
    if url == "":
        assert h.title == "Direktori KIM (data contoh)"


def test_profiles_share_their_regency_card_saying_sample(bundled_site):
    # The resident tester: a chat app's small square preview crops the card's "DATA CONTOH"
    # band away, so the title and description say it too.
    h = head(bundled_site, PROFILE)
    assert h.meta["og:title"] == ["KIM Sinar Harapan (contoh)"] and h.title.startswith("KIM Sinar Harapan (contoh)")
    assert h.meta["og:description"][0].endswith(" (data contoh).")
    assert head(bundled_site, "en/" + PROFILE).meta["og:title"] == ["KIM Sinar Harapan (sample)"]
    partner = head(bundled_site, "mitra/contoh-universitas-nusantara/")  # its name says so already
    assert partner.meta["og:title"] == ["Universitas Nusantara (contoh)"]
    assert partner.meta["og:description"][0].endswith(" (data contoh).")
    # an English reader is told in English (the a11y tester)
    english = head(bundled_site, "en/mitra/contoh-universitas-nusantara/")
    assert english.meta["og:title"] == ["Universitas Nusantara (contoh) (sample)"]
    assert h.meta["og:image"] == [SITE_URL + "kartu/18.07-contoh.png"]  # every bundled KIM is a sample
    assert head(bundled_site, "kontribusi/").meta["og:image"] == [SITE_URL + "kartu/situs.png"]
    # and the pages printed or filled in from a sample profile
    assert head(bundled_site, PROFILE + "poster/").meta["og:title"] == ["Poster KIM Sinar Harapan (contoh)"]
    assert head(bundled_site, PROFILE + "dokumen/").meta["og:title"] == ["Rancangan dokumen KIM Sinar Harapan (contoh)"]
    assert head(bundled_site, PROFILE + "dokumen/").meta["og:description"] == ["KIM Sinar Harapan (data contoh)"]


def test_cards_are_small_1200_by_630_palette_pngs(bundled_site):
    cards = sorted((bundled_site / "kartu").iterdir())
    regencies = {p.parent.name for p in (ROOT / "kims").glob("*/*/*.yml")}
    # the site's card, and its sample card for the pages whose counts include samples
    assert {p.name for p in cards} == {"situs.png", "situs-contoh.png"} | {f"{code}-contoh.png" for code in regencies}
    for path in cards:
        with Image.open(path) as image:
            assert (image.format, image.size, image.mode) == ("PNG", (1200, 630), "P")
        assert path.stat().st_size < 30_000


def test_kept_drawings_are_reused_and_keyed_by_what_they_are_drawn_from(tmp_path):
    kept, calls = Kept(tmp_path), []

    def draw(value):
        calls.append(value)
        return value.encode()

    assert kept.get("kartu", ("a", 1), lambda: draw("a")) == b"a"
    assert kept.get("kartu", ("a", 1), lambda: draw("again")) == b"a"
    assert kept.get("kartu", ("a", 2), lambda: draw("b")) == b"b"
    assert calls == ["a", "b"]
    assert Kept(None).get("kartu", ("a", 1), lambda: b"fresh") == b"fresh"


def test_a_build_deletes_the_drawings_it_no_longer_asks_for(tmp_path):
    first = Kept(tmp_path)
    for name in ("a", "b"):
        first.get("kartu", (name,), name.encode)
    (tmp_path / "qr").mkdir()
    (tmp_path / "qr" / "0123").write_bytes(b"<svg/>")  # kept by an earlier version
    (tmp_path / "ledger").mkdir()
    (tmp_path / "ledger" / "site").write_bytes(b"rows")  # not a drawing: left alone
    again = Kept(tmp_path)
    assert again.get("kartu", ("a",), lambda: b"drawn again") == b"a"
    assert again.prune() == 2
    assert [again.get("kartu", (n,), lambda: b"drawn again") for n in "ab"] == [b"a", b"drawn again"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kartu", "ledger"]
    assert Kept(None).prune() == 0


def test_kept_drawings_are_looked_up_in_a_listing_not_by_opening_files(tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(keep, "read_file", lambda path: opened.append(path) or writing.read_file(path))
    first = Kept(tmp_path)
    assert [first.get("kartu", (n,), lambda: str(n).encode()) for n in range(3)] == [b"0", b"1", b"2"]
    assert opened == []  # nothing was kept: nothing opened
    again = Kept(tmp_path)
    assert again.get("kartu", (1,), lambda: b"drawn again") == b"1" and len(opened) == 1
    for path in (tmp_path / "kartu").iterdir():
        path.unlink()  # gone after the listing: drawn again
    assert again.get("kartu", (2,), lambda: b"drawn again") == b"drawn again"


# ---- the poster --------------------------------------------------------------------------


def test_poster_is_its_own_page_linked_from_the_profile(bundled_site):
    poster = (bundled_site / PROFILE / "poster" / "index.html").read_text(encoding="utf-8")
    h = head(bundled_site, f"{PROFILE}poster/")
    assert not h.tags & {"header", "nav", "footer", "script"}
    assert "@page { size: A4;" in poster
    assert "<h1>KIM Sinar Harapan</h1>" in poster and "Pekalongan, Kec. Pekalongan" in poster
    assert "Data contoh" in poster and 'lang="en"' in poster
    # our texts in both languages, its way back too (a tester's case: it had no English)
    assert ('<a href="../">Kembali ke profil</a> '
            '(<a href="../../../en/kim/sinar-harapan-pekalongan/" hreflang="en" lang="en">Back to the profile</a>)') in poster
    assert h.meta["robots"] == ["noindex"]
    for profile, link in ((PROFILE, '<a href="poster/">Cetak poster</a>'),
                          (f"en/{PROFILE}", '<a href="../../../kim/sinar-harapan-pekalongan/poster/" hreflang="id">'
                                      'Print a poster (in Indonesian and English)</a>')):
        assert link in (bundled_site / profile / "index.html").read_text(encoding="utf-8")
    sitemap = (bundled_site / "sitemap.xml").read_text(encoding="utf-8")
    assert "/poster/" not in sitemap and "sematkan/wilayah/" not in sitemap and f"{SITE_URL}sematkan/" in sitemap


@pytest.mark.parametrize("page", [f"kim/{SAMPLE}/poster", f"kim/{SAMPLE}/dokumen", "sematkan/wilayah/18.07",
                                  "en/sematkan/wilayah/18"])
def test_a_page_of_its_own_names_the_sites_icon(bundled_site, page):
    """Opened in a tab of its own, it shows the site's icon; without one a browser asks for a
    /favicon.ico that is not there, an error in its console."""
    folder = bundled_site / page
    icon = re.search(r'<link rel="icon" href="([^"]+)">', (folder / "index.html").read_text(encoding="utf-8"))
    assert icon and (folder / icon.group(1)).resolve().is_file()


@pytest.mark.parametrize("length", [1, 17, 60, 140, 400])
def test_the_poster_qr_path_draws_exactly_the_codes_dark_modules(length):
    text = SITE_URL + "kim/" + ("kim-sinar-harapan-" * 30)[:length] + "/"
    svg = qr_svg(text)
    side = int(re.search(r'viewBox="0 0 (\d+) ', svg).group(1))
    x = y = 0.0
    drawn = set()
    for command, dx, dy in re.findall(r"([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?", re.search(r' d="([^"]+)"', svg).group(1)):
        if command == "h":
            drawn.update((int(x) + i, int(y)) for i in range(int(dx)))
            x += int(dx)
        else:
            x, y = (0, 0) if command == "M" else (x, y)
            x, y = x + float(dx), y + float(dy)
    image = zxingcpp.create_barcode(text, format=zxingcpp.BarcodeFormat.QRCode, ec_level="M").to_image(scale=1)
    pixels = bytes(memoryview(image))
    assert image.shape[0] == side
    assert drawn == {(i % side, i // side) for i, value in enumerate(pixels) if value == 0}


def test_poster_prints_on_one_a4_page_without_chrome_and_its_qr_code_reads(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2)
    watch = Watch(context, server.url)
    page = context.new_page()
    page.goto(server.url + f"{PROFILE}poster/")
    page.emulate_media(media="print")
    assert page.locator("header, nav, footer, .md-header").count() == 0
    assert not page.locator(".screen").is_visible()  # the back link and print hint stay on screen
    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert len(boxes) == 1  # one page
    assert abs(float(boxes[0][0]) - 595.3) < 1 and abs(float(boxes[0][1]) - 841.9) < 1  # A4 in points
    shot = page.locator("figure svg").screenshot()
    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(shot)))
    assert [code.text for code in found] == [SITE_URL + PROFILE]
    assert watch.third_party == []
    context.close()


@pytest.mark.parametrize("length", [40, 80, 120])
def test_a_poster_of_a_long_name_in_a_long_named_village_prints_on_one_page(browser, length):
    """Testers' case: a 113-character name (120 is the most) pushed the QR code to a second
    page at 40pt; each length is the longest of its heading's size."""
    kim = next(k for k in catalogue.load([str(ROOT / "kims")], TODAY).kims if k.slug == SAMPLE)
    place = replace(kim.place, name="Sungai Pinang Lama Ulu Tanjung Batu Kecamatan Lama", district="Tanjung Batu Ulu",
                    regency="Kabupaten Kepulauan Siau Tagulandang Biaro", province="Kepulauan Bangka Belitung")
    nama = ("Kelompok Informasi Masyarakat Sinar Harapan Maju Bersama Desa Sungai Pinang Lama Ulu "
            "Kecamatan Tanjung Batu Ulu Raya Jaya")[:length]
    long = replace(kim, nama=nama, place=place, deskripsi="Kata " * 60, slug="kim-" + "x" * 90)
    body = PosterSection(site_model([long], TODAY)).page(long).body
    context = browser.new_context()
    page = context.new_page()
    page.set_content(body)
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 1  # one page: the QR code is not pushed to a second
    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(page.locator("figure svg").screenshot())))
    assert [code.text for code in found] == [SITE_URL + f"kim/{long.slug}/"]
    context.close()


def test_the_printed_address_may_break_only_after_a_slash_or_hyphen():
    assert printed_address("https://kim.example.org/kim/gajah-lestari<b>/") == (
        "https://<wbr>kim.example.org/<wbr>kim/<wbr>gajah-<wbr>lestari&lt;b&gt;/")


_LINES = """b => {
  const lines = [""];
  let top = null;
  const walker = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    for (let i = 0; i < n.length; i++) {
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + 1);
      const y = Math.round(r.getBoundingClientRect().top);
      if (top !== null && y > top) lines.push("");
      top = y;
      lines[lines.length - 1] += n.data[i];
    }
  }
  return lines;
}"""


@pytest.mark.parametrize("length", [40, 120])
def test_the_posters_address_breaks_only_between_words_and_still_fits_one_page(browser, length):
    """A tester's case: `word-break: break-all` printed `.../kim/gajah-lestar` over `i-labuhan-ratu-...`,
    at 12pt, the poster's smallest text. Its slug is the name's, as `kim new` makes it."""
    kim = next(k for k in catalogue.load([str(ROOT / "kims")], TODAY).kims if k.slug == SAMPLE)
    place = replace(kim.place, name="Sungai Pinang Lama Ulu Tanjung Batu Kecamatan Lama", district="Tanjung Batu Ulu",
                    regency="Kabupaten Kepulauan Siau Tagulandang Biaro", province="Kepulauan Bangka Belitung")
    nama = ("Kelompok Informasi Masyarakat Gajah Lestari Labuhan Ratu Sembilan Maju Bersama Desa Sungai Pinang "
            "Lama Ulu Kecamatan Tanjung")[:length]
    long = replace(kim, nama=nama, place=place, deskripsi="Kata " * 60, slug=fit_slug(slugify(nama)))
    context = browser.new_context(viewport={"width": 688, "height": 1000})  # A4 within the 14 mm margins
    page = context.new_page()
    page.set_content(PosterSection(site_model([long], TODAY)).page(long).body)
    page.emulate_media(media="print")
    address = page.locator("figcaption b")
    assert address.evaluate("b => getComputedStyle(b).fontSize") == "18.6667px"  # 14pt
    lines = address.evaluate(_LINES)
    assert "".join(lines) == SITE_URL + f"kim/{long.slug}/" and len(lines) > 1
    assert all(line.endswith(("/", "-")) for line in lines[:-1]), lines
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 1
    context.close()


# ---- the profile's summary ---------------------------------------------------------------


def test_profile_opens_with_a_summary_and_jump_links(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    Watch(context, server.url)
    page = context.new_page()
    page.goto(server.url + PROFILE)
    summary = page.locator(".kim-summary")
    assert summary.is_visible()
    assert summary.bounding_box()["y"] < 844  # on the first screen of a phone
    text = summary.inner_text()
    assert "menyebarkan informasi pertanian" in text
    assert "Mencari mitra: 1" in text and "Menawarkan: 2" in text and "SK tertinggi: Provinsi (2025)" in text
    jumps = page.get_by_role("navigation", name="Di halaman ini").get_by_role("link")
    assert jumps.all_inner_texts() == ["Kegiatan", "Kemitraan", "Kontak"]
    # side by side in one row, not a list down the screen (the theme styles every list)
    assert len({round(jumps.nth(i).bounding_box()["y"]) for i in range(3)}) == 1
    for name, target in (("Kegiatan", "#kegiatan"), ("Kemitraan", "#peluang"), ("Kontak", "#kontak")):
        jumps.filter(has_text=name).click()
        page.wait_for_function("t => location.hash === t", arg=target)
        box = page.locator(target).bounding_box()
        assert 0 <= box["y"] < 844, name  # the part is on screen
    summary.get_by_role("link", name="Hubungi KIM ini").click()
    page.wait_for_function("() => location.hash === '#kontak'")
    summary.get_by_role("link", name="Cetak poster").click()
    page.wait_for_url(f"**/{PROFILE}poster/")
    context.close()


# ---- embeds ------------------------------------------------------------------------------


def test_embed_pages_are_small_and_list_their_regions_kims(bundled_site):
    pages = list((bundled_site / "sematkan" / "wilayah").glob("*/index.html"))
    pages += list((bundled_site / "en" / "sematkan" / "wilayah").glob("*/index.html"))
    regions = load_regions()
    assert len(pages) == 2 * (len(regions.provinces) + len(regions.regencies))  # as many as region pages
    for path in pages:
        assert path.stat().st_size < EMBED_BUDGET, path
    # a region without a KIM yet says so, and where to add one
    empty = (bundled_site / "sematkan" / "wilayah" / "11.01" / "index.html").read_text(encoding="utf-8")
    assert "Belum ada KIM yang tercatat di wilayah ini." in empty and 'href="../../../kontribusi/"' in empty
    assert "<ul>" not in empty
    regency = (bundled_site / "sematkan" / "wilayah" / "18.07" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../../kim/sinar-harapan-pekalongan/" target="_blank" rel="noopener">KIM Sinar Harapan</a>' in regency
    assert "data contoh" in regency and "<header" not in regency and "<nav" not in regency


@pytest.mark.parametrize("lang", ["", "en/"])
def test_the_embed_snippet_says_to_change_the_region_named_in_its_title_too(bundled_site, lang):
    """Testers' case: changing only the region code, as the page said, left an iframe titled
    after the example's region."""
    page = (bundled_site / lang / "sematkan" / "index.html").read_text(encoding="utf-8")
    how, snippet = re.search(r"<p>([^<]*)</p>\s*<pre><code>([^<]*)</code></pre>", page).groups()
    code, name = re.search(r'sematkan/wilayah/([\d.]+)/" title="KIMs? (?:di|in) ([^"]+)"', snippet).groups()
    assert f"({code})" in how and f"({name})" in how


def test_a_large_regions_embed_stays_under_budget():
    """10,000 KIMs with names and slugs at their longest, each a sample and inactive (two
    labels): the first ones fit, the rest are linked."""
    t = Text("id")
    long_kims = [SimpleNamespace(slug=f"{i:04d}-" + "a" * 75, nama="KIM " + "Sinar Harapan " * 8, contoh=True,
                                 active=False, status="tidak-aktif",
                                 place=SimpleNamespace(name="Desa " + "Panjang " * 6, district="Kecamatan " * 4,
                                                       code="18.07.04.2001"))
                 for i in range(10_000)]
    shown, more = entries(long_kims, t, "../../../")
    assert shown and more == 10_000 - len(shown)
    region = SimpleNamespace(code="18.07", name="Kabupaten Lampung Timur", kims=long_kims, counted=long_kims,
                             samples=True, left_out=0, listed_samples=len(long_kims))
    page = EmbedSection(site_model([], TODAY)).page(region, "id")
    assert len(page.body.encode()) < EMBED_BUDGET
    assert "KIM lainnya" in page.body


def test_an_embed_shows_in_an_iframe_of_another_site_and_opens_links_in_a_new_tab(browser, server):
    frame_src = server.url + "sematkan/wilayah/18.07/"

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = (f'<!doctype html><html lang="id"><title>Diskominfo</title><h1>KIM kami</h1>'
                    f'<iframe src="{frame_src}" title="KIM" width="100%" height="480"></iframe>').encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    office = Server(handler=Handler)
    assert office.url != server.url  # another port: another origin
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(office.url)
        frame = page.frame_locator("iframe")
        links = frame.get_by_role("listitem").get_by_role("link")
        assert links.count() == 6 and links.first.is_visible()
        for link in links.all():
            assert link.get_attribute("target") == "_blank" and link.get_attribute("rel") == "noopener"
        with context.expect_page() as opened:
            frame.get_by_role("link", name="KIM Sinar Harapan").click()
        profile = opened.value
        profile.wait_for_load_state()
        assert profile.url == server.url + PROFILE
        assert page.url == office.url  # the office's page stays as it was
    finally:
        context.close()
        office.close()


# ---- offline reading ---------------------------------------------------------------------


def entry(site: Path) -> str:
    """The directory's entry file, at the address with its version that the page asks for."""
    page = (site / "kim" / "index.html").read_text(encoding="utf-8")
    return re.search(r'data-index="\.\./(kim/indeks\.json\?v=[0-9a-f]{12})"', page).group(1)


def kept(page, url: str, tries: int = 50) -> bool:
    """Whether `url` is in a cache of the page's origin, waiting for it up to 15 s."""
    for _ in range(tries):
        if page.evaluate("url => caches.match(url).then(Boolean)", url):
            return True
        page.wait_for_timeout(300)
    return False


def test_a_visited_profile_reads_with_the_network_off(browser, server, bundled_site):
    context = browser.new_context(viewport={"width": 390, "height": 844}, service_workers="allow")
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    try:
        page.goto(server.url + PROFILE)
        page.evaluate("navigator.serviceWorker.ready.then(() => true)")
        for url in (PROFILE, "offline/"):  # kept by the worker once it runs
            assert kept(page, server.url + url)
        # the directory's index only once the visitor opens a second page (tests/test_offline_cost.py)
        assert not page.evaluate("url => caches.match(url).then(Boolean)", server.url + entry(bundled_site))
        page.goto(server.url + PROFILE + "?fbclid=abc")  # as a shared link opens it: kept once
        assert kept(page, server.url + entry(bundled_site))
        page.goto(server.url + "data/")
        assert kept(page, server.url + "data/")
        assert page.evaluate("""() => caches.open("kim-halaman").then((c) => c.keys())
          .then((keys) => keys.map((r) => r.url).filter((u) => u.includes("/kim/sinar-harapan")))""") == [
            server.url + PROFILE]
        page.goto(server.url + PROFILE)
        context.set_offline(True)
        page.reload()
        assert page.locator("h1").inner_text() == "KIM Sinar Harapan"
        assert page.locator(".kim-summary").is_visible()
        context.set_offline(False)
        page.goto(server.url + "data/kims.json")  # a data file opened in a tab is not a page to keep
        page.goto(server.url + "data/")
        assert kept(page, server.url + "data/")
        assert not page.evaluate("url => caches.match(url).then(Boolean)", server.url + "data/kims.json")
        context.set_offline(True)
        page.goto(server.url + "kim/")  # the directory and its index, never opened before
        page.wait_for_selector("#kim-app:not([hidden])", timeout=10_000)
        # Never opened: the offline page, at the address asked for (the testers: a redirect
        # lost it, and a reload once online showed the offline page again).
        page.goto(server.url + "kim/mangrove-margasari/")
        assert page.url == server.url + "kim/mangrove-margasari/"
        assert page.locator("h1").inner_text() == "Baca tanpa internet"
        saved = page.locator("#kim-offline-saved a")
        saved.first.wait_for()
        assert "KIM Sinar Harapan" in saved.all_inner_texts()
        assert saved.first.get_attribute("href") == server.url + PROFILE
        # its own links and files still resolve from offline/
        assert page.locator(".kim-lang a").evaluate("a => a.href") == server.url + "en/offline/"
        page.locator("a.md-skip").focus()
        page.keyboard.press("Enter")  # the skip link stays on the page asked for
        # the fragment is set after the key press returns: wait for it (a loaded CI read it before)
        page.wait_for_url(server.url + "kim/mangrove-margasari/#isi", timeout=5_000)
        assert page.locator(".md-header").evaluate("e => getComputedStyle(e).position") == "sticky"
        # an English page never opened: this visitor, who read in Indonesian, kept only that offline page
        page.goto(server.url + "en/wilayah/")
        assert page.url == server.url + "en/wilayah/"
        assert page.locator("h1").inner_text() == "Baca tanpa internet"
        context.set_offline(False)
        page.reload()
        assert page.locator("h1").inner_text() != "Baca tanpa internet"
        page.goto(server.url + "en/")  # once they read in English, the English one
        assert kept(page, server.url + "en/offline/")
        context.set_offline(True)
        page.goto(server.url + "en/kim/mangrove-margasari/")
        assert page.locator("h1").inner_text() == "Reading offline"
    finally:
        context.close()
    assert [url for url in requests if not url.startswith(server.url)] == []


def test_the_offline_page_labels_a_kept_sample_profile_as_the_directory_does(browser, server):
    """The tester: the offline page listed the sample profiles a visitor had opened without
    the «contoh» label every list gives them; a real profile (no sample notice) has none."""
    context = browser.new_context(service_workers="allow")
    page = context.new_page()
    try:
        page.goto(server.url)
        page.evaluate("navigator.serviceWorker.ready.then(() => true)")
        for url in (PROFILE, "kim/pahawang-bahari/"):
            page.goto(server.url + url)
            assert kept(page, server.url + url)
        page.evaluate("""url => caches.open("kim-halaman").then((c) => c.put(url, new Response(
          "<h1>KIM Nyata</h1>", {headers: {"Content-Type": "text/html", "X-Kim-Disimpan": String(Date.now())}})))""", server.url + "kim/nyata/")
        # a former address kept as it was opened (the second lifecycle tester saw a KIM listed
        # once for each): not a profile of its own
        page.evaluate("""url => caches.open("kim-halaman").then((c) => c.put(url, new Response(
          '<meta http-equiv="refresh" content="0; url=../nyata/"><h1>KIM Nyata</h1>',
          {headers: {"Content-Type": "text/html", "X-Kim-Disimpan": String(Date.now())}})))""", server.url + "kim/lama/")
        for url, label in (("offline/", "contoh"), ("en/offline/", "sample")):
            page.goto(server.url + url)
            saved = page.locator("#kim-offline-saved li")
            saved.first.locator("a").wait_for()
            assert sorted(saved.all_inner_texts()) == ["KIM Nyata", f"KIM Pahawang Bahari {label}",
                                                       f"KIM Sinar Harapan {label}"]
            assert page.locator("#kim-offline-saved .kim-badge--contoh").count() == 2
    finally:
        context.close()


def test_a_word_searched_once_is_found_offline_and_an_unread_one_is_said(browser, server, bundled_site):
    """The directory's keyword files come as words are searched: the worker keeps each one,
    and a word whose file cannot be fetched is not answered with "check the spelling"."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, service_workers="allow")
    page = context.new_page()

    def search(words: str) -> str:
        page.fill("#kim-q", words)
        page.wait_for_function("() => !document.getElementById('kim-app').dataset.busy")
        page.wait_for_timeout(300)
        return page.locator("#kim-count").inner_text()

    try:
        page.goto(server.url + "kim/")
        page.evaluate("navigator.serviceWorker.ready.then(() => true)")
        page.reload()  # now under the worker, which sees the keyword file's request
        page.wait_for_function("() => document.getElementById('kim-app').dataset.state === 'ready'")
        online = search("nelayan")
        assert online != "0 KIM ditemukan"
        assert kept(page, server.url + entry(bundled_site))
        context.set_offline(True)
        page.reload()
        page.wait_for_function("() => document.getElementById('kim-app').dataset.state === 'ready'")
        assert search("nelayan") == online and page.locator("#kim-partial").is_hidden()
        search("wisata")  # its keyword file was never fetched
        assert page.locator("#kim-partial").is_visible()
        assert page.locator("#kim-none-hint").is_hidden()
    finally:
        context.close()


class _Cached(SimpleHTTPRequestHandler):
    """The site as a host serves it, with a lifetime (GitHub Pages: ten minutes), noting
    each answer for the directory's page and index: (path, status, bytes of the body)."""

    seen: list[tuple[str, int, int]] = []

    def log_message(self, *args):
        pass

    def end_headers(self):
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def send_response(self, code, message=None):
        self._answer = (code, 0)
        super().send_response(code, message)

    def send_header(self, keyword, value):
        if keyword == "Content-Length":
            self._answer = (self._answer[0], int(value))
        super().send_header(keyword, value)

    def do_GET(self):
        super().do_GET()
        if self.path == "/kim/" or self.path.startswith("/kim/indeks.json"):
            self.seen.append((self.path, *self._answer))


def test_the_worker_revalidates_the_page_it_keeps_and_keeps_the_index_as_loaded(browser, bundled_site):
    """Right after a deploy the browser's cache may hold the previous page (the testers): the
    worker's install asks the server whether the copy of a page it keeps is current. The page
    has just loaded: the answer is "not modified", not the page again (its visitor paid for it
    twice). Nor is the directory's index, the largest file of all, fetched again: its address
    names its content (`?v=`), so the copy the page has just loaded is the one to keep."""
    _Cached.seen = []
    site = Server(handler=functools.partial(_Cached, directory=str(bundled_site)))
    context = browser.new_context(service_workers="allow")
    try:
        page = context.new_page()
        page.goto(site.url + "kim/")  # the page's own fetch of the index fills the browser's cache
        page.evaluate("navigator.serviceWorker.ready.then(() => true)")
        assert kept(page, site.url + entry(bundled_site)) and kept(page, site.url + "kim/")
        assert [path for path, _, _ in _Cached.seen].count("/" + entry(bundled_site)) == 1
        size = (bundled_site / "kim" / "index.html").stat().st_size
        # the page, then the worker's question about it
        assert [(status, sent) for path, status, sent in _Cached.seen if path == "/kim/"] == [(200, size), (304, 0)]
    finally:
        context.close()
        site.close()


def test_the_service_worker_names_its_cache_after_the_shell_and_stays_on_the_site(bundled_site):
    worker = (bundled_site / "sw.js").read_text(encoding="utf-8")
    name = re.search(r'const SHELL_CACHE = "kim-([0-9a-f]{16})";', worker)
    assert name
    parts = json.loads(re.search(r"^const SHELL = (\{.*\});$", worker, re.M).group(1))
    assert sorted(parts) == ["en/kim/", "en/offline/", "kim/", "offline/"]
    # what a kept page reads with, menu.js with them: no page names it, offline.js imports it
    for part in ("offline/", "en/offline/"):
        assert {part, ASSET("kim.css"), "assets/kim/logo.svg", ASSET("util.js"), ASSET("menu.js")} <= set(parts[part])
        assert not any("indeks" in url for url in parts[part])  # the heavy part waits for the directory
    # the place names at the version the index asks for: the worker answers files at their exact address
    names = json.loads((bundled_site / "kim" / "indeks.json").read_text(encoding="utf-8"))["berkas"]
    assert {"", "kim/", entry(bundled_site), f'kim/{names["wilayah"]}?v={names["versi"]}'} <= set(parts["kim/"])
    assert {"en/", "en/kim/", entry(bundled_site)} <= set(parts["en/kim/"])
    for url in {url for files in parts.values() for url in files}:
        path = url.partition("?")[0]
        assert (bundled_site / (path + "index.html" if path.endswith("/") or not path else path)).is_file(), url
    assert "http" not in worker.replace("https://", "")  # no address of another site
    assert 'request.url.startsWith(ROOT)' in worker and "caches.delete" in worker
    page = (bundled_site / PROFILE / "index.html").read_text(encoding="utf-8")
    assert f'<script type="module" src="../../{ASSET("offline.js")}"></script>' in page
    assert '<link rel="manifest" href="../../manifest.webmanifest">' in page


def test_the_installed_apps_icons_are_the_white_mark_on_green_one_maskable(bundled_site):
    """Testers' case: the manifest's only icon was logo.svg, white on transparent, invisible on
    an install prompt and on Android's white plate."""
    manifest = json.loads((bundled_site / "manifest.webmanifest").read_text(encoding="utf-8"))
    icons = manifest["icons"]
    assert {i["sizes"] for i in icons if i["type"] == "image/png"} == {"192x192", "512x512"}
    assert [i["sizes"] for i in icons if i.get("purpose") == "maskable"] == ["512x512"]
    for icon in icons:
        path = bundled_site / icon["src"]
        if icon["type"] == "image/svg+xml":
            assert 'fill="#1d5e3b"' in path.read_text(encoding="utf-8")
            continue
        image = Image.open(path).convert("RGBA")
        side = int(icon["sizes"].split("x")[0])
        assert image.size == (side, side)
        assert image.getpixel((0, 0)) == image.getpixel((side - 1, side - 1)) == (0x1D, 0x5E, 0x3B, 255)  # opaque green
        assert image.getpixel((side // 2, side // 2)) == (255, 255, 255, 255)  # the mark
        # a maskable icon's mask may leave only the circle of 80%: the mark is within it
        white = [(x, y) for x in range(0, side, 4) for y in range(0, side, 4) if image.getpixel((x, y))[0] > 128]
        assert max(((x - side / 2) ** 2 + (y - side / 2) ** 2) ** .5 for x, y in white) < .4 * side


@pytest.mark.parametrize("sample", ["Data contoh", "Sample data"])
def test_the_sample_band_stays_whole_in_a_messengers_square_preview(sample):
    """A chat app's small preview crops the centre square (630×630) of the 1200×630 card: the band
    at the card's left edge showed only "OH" of "DATA CONTOH" (the volunteer tester)."""
    left, top, right, bottom = cards.sample_badge(sample)
    centre = ((cards.WIDTH - cards.HEIGHT) // 2, (cards.WIDTH + cards.HEIGHT) // 2)
    assert centre[0] <= left < right <= centre[1]
    with Image.open(io.BytesIO(cards.card_png(cards.Card("KIM Maju", (), "Direktori KIM", sample)))) as image:
        band = image.crop((0, top, cards.WIDTH, bottom))
        white = [x for x in range(cards.WIDTH) if band.getpixel((x, 1)) == 15]
    assert (white[0], white[-1]) == (left, right)  # the band drawn is the box


def test_a_sample_partner_shares_the_sample_card(bundled_site):
    """The volunteer tester: every sample partner (mitra/contoh-*.yml) shared the site's card,
    with no word on samples, while a sample KIM shares a card saying "Data contoh"."""
    partners = sorted(p.stem for p in (ROOT / "mitra").glob("contoh-*.yml"))
    assert len(partners) == 8
    for slug in partners:
        for lang in ("", "en/"):
            assert head(bundled_site, f"{lang}mitra/{slug}/").meta["og:image"] == [SITE_URL + "kartu/situs-contoh.png"]


@pytest.mark.parametrize("url", ["kim/", "kemitraan/", "mitra/", "en/kim/", "en/kemitraan/", "en/mitra/"])
def test_the_directory_the_board_and_the_partners_describe_themselves(bundled_site, url):
    lang = "en" if url.startswith("en/") else "id"
    own = {"kim/": ("Cari KIM menurut nama, wilayah, bidang, dan apa yang dicari atau ditawarkannya",
                    "Find KIMs by name, region, focus area and what they seek or offer"),
           "kemitraan/": ("Kebutuhan dan tawaran kemitraan KIM yang masih terbuka, menurut jenis mitra, bidang, dan wilayah",
                          "Open partnership needs and offers of KIMs, by partner type, focus area and region"),
           "mitra/": ("Lembaga yang menerbitkan program untuk KIM, menurut jenis dan wilayah kerjanya, dan cara terdaftar",
                      "Institutions that publish programmes for KIMs, by type and work area, and how to be listed")}
    text = own[url.removeprefix("en/")][lang == "en"] + (" (sample data)." if lang == "en" else " (data contoh).")
    h = head(bundled_site, url)
    assert h.meta["description"] == h.meta["og:description"] == [text]


def test_a_kim_without_a_description_is_previewed_by_its_place_and_focus(bundled_site):
    """The volunteer tester: its preview repeated only its name, "KIM Tani Sayur Gisting Atas (data contoh)"."""
    url = "kim/gisting-atas-hortikultura/"
    for page in (url, url + "poster/"):  # its poster's preview too
        h = head(bundled_site, page)
        assert h.meta["og:description"] == h.meta["description"] == [
            "KIM Tani Sayur Gisting Atas di Desa Gisting Atas, Kec. Gisting, Kabupaten Tanggamus, Lampung. "
            "Bidang: Pertanian, UMKM (data contoh)."]
    assert head(bundled_site, "en/" + url).meta["og:description"] == [
        "KIM Tani Sayur Gisting Atas in Desa Gisting Atas, Gisting District, Kabupaten Tanggamus, Lampung. "
        "Focus areas: Agriculture, Small businesses (sample data)."]


@pytest.mark.parametrize("url, alt", [
    (PROFILE, "Kartu Direktori KIM: Kabupaten Lampung Timur, Provinsi Lampung, ditandai DATA CONTOH"),
    (f"en/{PROFILE}", "KIM Directory card: Kabupaten Lampung Timur, Lampung Province, marked DATA CONTOH (sample data)"),
    (f"{PROFILE}poster/", "Kartu Direktori KIM: Kabupaten Lampung Timur, Provinsi Lampung, ditandai DATA CONTOH"),
    (f"{PROFILE}dokumen/", "Kartu Direktori KIM: Kabupaten Lampung Timur, Provinsi Lampung, ditandai DATA CONTOH"),
    ("mitra/contoh-universitas-nusantara/",
     "Kartu Direktori KIM: Kelompok Informasi Masyarakat se-Indonesia, ditandai DATA CONTOH"),
    ("kontribusi/", "Kartu Direktori KIM: Kelompok Informasi Masyarakat se-Indonesia"),
])
def test_the_share_card_is_described_with_its_size_and_type(bundled_site, url, alt):
    page = (bundled_site / url / "index.html").read_text(encoding="utf-8")
    card = re.search(r'<meta property="og:image" content="[^"]*">\n?((<meta property="og:image:[^>]*>\n?){4})', page)[1]
    assert re.findall("<[^>]*>", card) == [
        '<meta property="og:image:type" content="image/png">', '<meta property="og:image:width" content="1200">',
        '<meta property="og:image:height" content="630">', f'<meta property="og:image:alt" content="{alt}">']


def test_sample_partners_without_sample_kims_get_the_sample_card():
    """A sample partner's page shares the site's sample card (the volunteer tester), drawn even
    where no KIM is a sample, the pages counting KIMs needing none then."""
    def drawn(mitra):
        site = SimpleNamespace(text={"id": Text("id")}, samples=None, kims=[], mitra=mitra, kept=Kept(None))
        return [path for path, _ in SharingSection(site).files()]

    assert drawn([SimpleNamespace(contoh=False), SimpleNamespace(contoh=True)]) == ["kartu/situs.png", "kartu/situs-contoh.png"]
    assert drawn([SimpleNamespace(contoh=False)]) == ["kartu/situs.png"]
