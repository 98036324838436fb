"""The partnership board reads a place in its search as the directory does: "jatim", "jawa
timur" and "provinsi bali" name the province, "jakarta pusat" the city (Kota Administrasi
Jakarta Pusat), on the board, on a province's page and for the partners' programmes, whose
work area names a province or lies in one. Searched in a real browser on a small site of
KIMs and partners in the places a query could mistake for others.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .browser import Server, Watch
from .conftest import site_fixture
from .sitebuild import build_site
from .test_directory import settle
from .test_directory import shown as directory_results

# (slug, name, village, the title of its open request). The Lampung ones hold a query's
# words elsewhere: "jatim" begins "Jatimulyo", "Jawa" is in a title in Lampung Timur, "Bali"
# in a KIM's name in Way Kanan (the village Bali Sadhar), "Pusat" in a name in Jakarta Timur.
KIMS = [
    ("kim-jatimulyo-maju", "KIM Jatimulyo Maju", "18.01.13.2008", "Tempat sampah terpilah untuk balai desa"),
    ("kim-gamelan-pekalongan", "KIM Gamelan Pekalongan", "18.07.04.2001", "Pelatih gamelan Jawa untuk remaja"),
    ("kim-bali-sadhar-sejahtera", "KIM Bali Sadhar Sejahtera", "18.08.03.2007", "Bibit kopi untuk kebun contoh"),
    ("kim-jemur-sehati", "KIM Jemur Sehati", "35.78.02.1004", "Kamera untuk liputan warga"),  # Surabaya
    ("kim-bontorannu-bersatu", "KIM Bontorannu Bersatu", "73.71.01.1001", "Perahu untuk patroli pantai"),  # Makassar
    ("kim-serangan-lestari", "KIM Serangan Lestari", "51.71.01.1001", "Bibit terumbu karang"),  # Denpasar
    ("kim-pusat-warta-cakung", "KIM Pusat Warta Cakung", "31.75.06.1001", "Pengeras suara untuk pos ronda"),  # Jakarta Timur
]
SURABAYA, MAKASSAR, DENPASAR, CAKUNG = (k[3] for k in KIMS[3:])
JATIMULYO, GAMELAN, SADHAR = (k[3] for k in KIMS[:3])

# (slug, type, work area, the title of its open programme)
PARTNERS = [
    ("contoh-dinas-jatim", "dinas", "35", "Pelatihan siaran radio komunitas"),  # all of Jawa Timur
    ("contoh-swasta-surabaya", "swasta", "35.78", "Kursus desain grafis"),  # a city in it
    ("contoh-lsm-makassar", "lsm", "73.71", "Pendampingan bank sampah"),
    ("contoh-bumn-lampung", "bumn", "18.07", "Festival budaya Jawa dan Lampung"),  # "jawa", in Lampung Timur
]
PROVINCE_WIDE, IN_SURABAYA, IN_MAKASSAR, IN_LAMPUNG_TIMUR = (p[3] for p in PARTNERS)


def write_sources(where: Path) -> Path:
    """The KIMs and partners above under `where`/kims and `where`/mitra; returns the former."""
    for slug, nama, code, judul in KIMS:
        folder = where / "kims" / code[:2] / code[:5]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{slug}.yml").write_text(
            f"versi: 1\nslug: {slug}\nnama: {nama}\nstatus: aktif\nwilayah: \"{code}\"\ndiperbarui: 2026-09-01\n"
            f"peluang:\n  dicari:\n    - judul: {judul}\n      jenis_mitra: [dinas]\n      hingga: 2027-06-30\n",
            encoding="utf-8")
    (where / "mitra").mkdir()
    for slug, jenis, area, judul in PARTNERS:
        (where / "mitra" / f"{slug}.yml").write_text(
            f"versi: 1\ncontoh: true\nslug: {slug}\nnama: Mitra {slug} (contoh)\njenis: {jenis}\n"
            f"wilayah_kerja: [\"{area}\"]\nprogram:\n  - judul: {judul}\n    bidang: [pendidikan]\n    bentuk: pelatihan\n"
            f"    hingga: 2027-04-30\nkontak:\n  - {{jenis: lembaga, email: {slug}@example.org}}\ndiperbarui: 2026-11-05\n",
            encoding="utf-8")
    return where / "kims"


@site_fixture
def places_site(tmp_path_factory) -> Path:
    where = tmp_path_factory.mktemp("board-places")
    return build_site(where / "build", write_sources(where / "source"), mitra=where / "source" / "mitra")


@pytest.fixture(scope="module")
def page(browser, places_site):
    server = Server(places_site)
    context = browser.new_context()
    watch = Watch(context, server.url)
    page = watch.attach(context.new_page())
    page.base = server.url
    yield page
    assert watch.third_party == [] and watch.console_errors == []
    context.close()
    server.close()


# Once the index, the programmes and the cards they need are in: the newest cards the page
# came with hidden, no status, and the programmes' count written.
BOARD_SETTLED = """() => document.getElementById("kem-newest").hidden
  && !document.getElementById("kem-status").textContent
  && document.getElementById("kem-program-count").textContent !== "" """


def board_finds(page, query: str, lang: str = "") -> tuple[list[str], list[str]]:
    """The titles of the items and of the programmes the board shows for `query`."""
    page.goto(page.base + lang + "kemitraan/?q=" + query.replace(" ", "+"))
    page.wait_for_function(BOARD_SETTLED)
    return (page.locator("#kem-cards > li h3").all_inner_texts(),
            page.locator("#kem-program-cards > li h3").all_inner_texts())


@pytest.mark.parametrize(("query", "items", "programmes"), [
    # before: "jatim" found KIM Jatimulyo Maju, in Lampung, and nothing in Jawa Timur
    ("jatim", [SURABAYA], [PROVINCE_WIDE, IN_SURABAYA]),
    ("  JATIM, ", [SURABAYA], [PROVINCE_WIDE, IN_SURABAYA]),
    # before: the programme in Surabaya, whose work area does not say "Jawa Timur", was missed
    ("jawa timur", [SURABAYA], [PROVINCE_WIDE, IN_SURABAYA]),
    ("provinsi jawa timur", [SURABAYA], [PROVINCE_WIDE, IN_SURABAYA]),
    # before: nothing
    ("sulsel", [MAKASSAR], [IN_MAKASSAR]),
    # before: "provinsi" was dropped, and "bali" found KIM Bali Sadhar Sejahtera in Lampung;
    # alone, the word still finds it
    ("provinsi bali", [DENPASAR], []),
    ("bali", [SADHAR, DENPASAR], []),
    # before: "jakarta" and "pusat" anywhere, KIM Pusat Warta Cakung in Jakarta Timur
    ("jakarta pusat", [], []),
    ("jakarta", [CAKUNG], []),
    ("jakarta timur", [CAKUNG], []),
])
def test_the_board_reads_a_province_and_a_city_as_the_directory_does(page, query, items, programmes):
    found, partners = board_finds(page, query)
    assert sorted(found) == sorted(items) and sorted(partners) == sorted(programmes)


def test_the_english_board_reads_them_alike(page):
    assert board_finds(page, "jatim", "en/") == ([SURABAYA], [PROVINCE_WIDE, IN_SURABAYA])
    assert board_finds(page, "provinsi bali", "en/") == ([DENPASAR], [])


def province_page_shows(page, path: str, query: str) -> tuple[list[str], list[str]]:
    """The titles of the items and programmes a province's page shows for `query`."""
    page.goto(page.base + path + "?q=" + query.replace(" ", "+"))
    page.wait_for_selector("#kem-filtered:not([hidden])")
    return (page.locator("#kem-province li.kem-card:visible h3").all_inner_texts(),
            page.locator(".kem-programmes li.kem-card--program:visible h3").all_inner_texts())


@pytest.mark.parametrize(("path", "query", "items", "programmes"), [
    # before: Jatimulyo's item, and "Jawa" and "Timur" anywhere: the gamelan teacher and
    # the festival in Lampung Timur; "provinsi lampung", the items whose places say "Lampung"
    ("kemitraan/18/", "jatim", [], []),
    ("kemitraan/18/", "jawa timur", [], []),
    ("kemitraan/18/", "provinsi bali", [], []),
    ("kemitraan/18/", "bali", [SADHAR], []),
    ("kemitraan/18/", "provinsi lampung", [JATIMULYO, GAMELAN, SADHAR], [IN_LAMPUNG_TIMUR]),
    ("en/kemitraan/18/", "jatim", [], []),
    # before: nothing on the page of the province each names
    ("kemitraan/35/", "jatim", [SURABAYA], [PROVINCE_WIDE, IN_SURABAYA]),
    ("kemitraan/73/", "sulsel", [MAKASSAR], [IN_MAKASSAR]),
    ("kemitraan/51/", "provinsi bali", [DENPASAR], []),
    # before: KIM Pusat Warta Cakung's item
    ("kemitraan/31/", "jakarta pusat", [], []),
    ("kemitraan/31/", "jakarta", [CAKUNG], []),
])
def test_a_province_page_reads_them_as_the_board_does(page, path, query, items, programmes):
    found, partners = province_page_shows(page, path, query)
    assert sorted(found) == sorted(items) and sorted(partners) == sorted(programmes)


def test_the_directory_reads_jakarta_pusat_as_the_city(page):
    """Before, "jakarta pusat" was the province DKI Jakarta and the word "pusat": it listed KIM
    Pusat Warta Cakung, in Jakarta Timur. The city has no KIM: the page says so, and links it."""
    page.goto(page.base + "kim/?q=jakarta+pusat")
    settle(page)
    assert directory_results(page) == []
    page.locator("#kim-noplace").wait_for(state="visible")
    assert page.locator("#kim-noplace-text").inner_text().startswith(
        "Belum ada KIM terdaftar di Kota Administrasi Jakarta Pusat. ")
    assert page.locator("#kim-noplace").get_by_role("link").nth(1).get_attribute("href") == "../wilayah/31.71/"
    page.goto(page.base + "kim/?q=jakarta")
    settle(page)
    assert directory_results(page) == ["KIM Pusat Warta Cakung"]
