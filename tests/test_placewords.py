"""The words for a place's levels: Papua's kampung and distrik (UU No. 21 Tahun 2001, Pasal 1),
a kelurahan's lurah, and desa and kecamatan everywhere else."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from generator.model.kim import build_kim
from generator.model.placewords import DESA, KAMPUNG, KELURAHAN, KELURAHAN_DISTRIK, place_words, reworded
from generator.model.regions import load_regions
from generator.site.sections.dokumen import DocumentsSection
from generator.site.sections.kemitraan.files import part_row
from generator.site.sections.kemitraan.items import open_items
from generator.site.sections.kemitraan.views import board_labels, card
from generator.site.views import breadcrumb

from .conftest import TODAY
from .sitebuild import ROOT, site_model


@pytest.mark.parametrize("code, words", [
    ("93.01.01.2008", KAMPUNG),  # Wasur, Merauke, Papua Selatan
    ("91.71.01.1001", KELURAHAN_DISTRIK),  # Gurabesi, Kota Jayapura
    ("96.01", KAMPUNG), ("92.02.03", KAMPUNG), ("94", KAMPUNG), ("95.01.01.2001", KAMPUNG),
    ("18.07.04.2001", DESA),  # Pekalongan, Lampung Timur
    ("18.71.03.1001", KELURAHAN),
    ("11.01.01.2001", DESA),  # Aceh's gampong vary by regency regulation: not guessed
    ("13.01", DESA), ("81.01.01.2001", DESA),  # nor West Sumatra's nagari, Maluku's negeri
])
def test_the_words_follow_the_province_and_the_kind_of_village(code, words):
    assert place_words(code) == words


def test_papua_names_a_kampung_its_head_and_a_distrik():
    words = place_words("93.01.01.2008")
    assert (words.village, words.head, words.district, words.district_short, words.district_head) == (
        "Kampung", "Kepala Kampung", "Distrik", "Distrik", "Kepala Distrik")
    java = place_words("33.01.01.2001")
    assert (java.village, java.head, java.district, java.district_short, java.district_head) == (
        "Desa", "Kepala Desa", "Kecamatan", "Kec.", "Camat")
    assert (KELURAHAN_DISTRIK.village, KELURAHAN_DISTRIK.head, KELURAHAN_DISTRIK.district) == (
        "Kelurahan", "Lurah", "Distrik")


def _kim(code: str, slug: str, **more):
    value = {"slug": slug, "nama": f"KIM {slug}", "status": "aktif", "wilayah": code, "diperbarui": TODAY, **more}
    return build_kim(value, load_regions().place(code), f"kims/{code[:2]}/{code[:5]}/{slug}.yml")


def test_the_pages_name_papua_s_districts_distrik_and_java_s_kecamatan():
    wasur, gurabesi, java = _kim("93.01.01.2008", "wasur"), _kim("91.71.01.1001", "gurabesi"), _kim(
        "33.01.01.2001", "jawa")
    site = site_model([wasur, gurabesi, java], TODAY)
    ID = site.text["id"]
    assert [link.text for link in breadcrumb(wasur, ID)][2] == "Distrik Merauke"
    assert [link.text for link in breadcrumb(gurabesi, ID)][2] == "Distrik Jayapura Utara"
    assert [link.text for link in breadcrumb(java, ID)][2].startswith("Kec. ")
    assert [link.text for link in breadcrumb(wasur, site.text["en"])][2] == "Merauke District"
    pages = {p.url: p for p in site.region_pages("id")}
    merauke = pages["wilayah/93.01/"].make().body
    assert '<th scope="col">Distrik</th>' in merauke and "Distrik Merauke" in merauke
    assert "Kec." not in merauke and "Kecamatan" not in merauke
    cilacap = pages["wilayah/33.01/"].make().body
    assert '<th scope="col">Kecamatan</th>' in cilacap and "Kec. " in cilacap and "Distrik" not in cilacap


def test_a_text_s_marks_take_the_words_of_the_region():
    text = "{Desa/kelurahan} tanpa KIM aktif; di {desa} Anda; per {kecamatan}; {n} desa"
    assert reworded(text, DESA) == "Desa/kelurahan tanpa KIM aktif; di desa Anda; per kecamatan; {n} desa"
    assert reworded(text, KAMPUNG) == "Kampung/kelurahan tanpa KIM aktif; di kampung Anda; per distrik; {n} desa"
    assert reworded(text, KELURAHAN_DISTRIK) == reworded(text, KAMPUNG).replace("di kampung", "di kelurahan")


PAPUA_PAGE = ("Ringkasan per distrik", "Cakupan kampung/kelurahan", "Belum ada KIM di kampung Anda?",
              "Kampung/kelurahan tanpa KIM aktif (", "Daftar 189 kampung/kelurahan",
              '<th scope="col">Kampung/kelurahan</th>')


@pytest.mark.parametrize("code", ["93.01", "91.71"])
def test_a_regency_page_in_papua_says_kampung_and_distrik_throughout(code):
    """The tester's pages: "Ringkasan per kecamatan" over a Distrik column, "desa/kelurahan"
    above lists of distrik."""
    site = site_model([_kim("93.01.01.2008", "wasur"), _kim("91.71.01.1001", "gurabesi"),
                       _kim("33.01.01.2001", "jawa")], TODAY)
    pages = {p.url: p for p in site.region_pages("id")}
    body = pages[f"wilayah/{code}/"].make().body
    assert [said in body for said in PAPUA_PAGE[:5]] == [True, True, True, True, code == "93.01"]
    assert PAPUA_PAGE[5] in body
    assert not re.search(r"(?i)\bdesa\b|kecamatan", re.sub(r"<[^>]*>", " ", body))
    cilacap = pages["wilayah/33.01/"].make().body
    assert "Ringkasan per kecamatan" in cilacap and "Belum ada KIM di desa Anda?" in cilacap
    assert "Desa/kelurahan tanpa KIM aktif (" in cilacap and "kampung/" not in cilacap.lower()
    english = {p.url: p for p in site.region_pages("en")}[f"en/wilayah/{code}/"].make().body
    assert "Summary by district" in english and "Villages without an active KIM" in english
    planner = {p.url: p for p in site.shell_pages("id") if p.url.endswith("bimtek/")}
    assert '<th scope="col">Kampung/kelurahan</th><th scope="col">Distrik</th>' in (
        planner[f"wilayah/{code}/bimtek/"].make().body)
    assert '<th scope="col">Desa/kelurahan</th><th scope="col">Kecamatan</th>' in (
        planner["wilayah/33.01/bimtek/"].make().body)


def test_the_board_s_script_names_a_district_as_its_province_does():
    """The partnership board's cards, written by its script after a filter, say what the page says."""
    site = site_model([], TODAY)
    district = json.loads(board_labels(site.text["id"], ["18", "93"]))["teks"]["district"]
    assert district == {"18": "Kec. {name}", "93": "Distrik {name}"}
    assert json.loads(board_labels(site.text["en"], ["93"]))["teks"]["district"] == {"93": "{name} District"}


def _with_sk(code: str, slug: str, tingkat: str):
    """A KIM whose SK was issued at `tingkat` (the data's value), with an open request."""
    return _kim(code, slug, sk=[{"tingkat": tingkat, "nomor": "141/01/KPTS/2025", "tanggal": dt.date(2025, 3, 1)}],
                peluang={"dicari": [{"judul": "Pelatihan", "jenis_mitra": ["media"], "bidang": ["literasi-digital"]}]})


@pytest.mark.parametrize("tingkat, papua, java, english", [
    ("desa", "Kampung", "Desa", "Village (desa)"), ("kecamatan", "Distrik", "Kecamatan", "District"),
    ("kabupaten", "Kabupaten", "Kabupaten", "Regency"),
])
def test_an_sk_s_level_is_named_as_the_kim_s_province_names_it(tingkat, papua, java, english):
    """The tester's /kim/wasur-sejahtera/: "SK tertinggi: Desa (2025)" under a kampung's SK.
    The data keeps `desa` and `kecamatan`; the label shown is the province's word."""
    wasur, java_kim = _with_sk("93.01.01.2008", "wasur", tingkat), _with_sk("33.01.01.2001", "jawa", tingkat)
    site = site_model([wasur, java_kim], TODAY, docs=ROOT / "content")
    profiles = {p.url: p for p in site.profile_pages("id")}
    profile = profiles["kim/wasur/"].make().body
    for said in (f"{papua} (2025)", f"Tingkat tertinggi: {papua}", f"<li><b>{papua}</b> <small>1 Maret 2025 · "):
        assert said in profile, said
    assert f"Tingkat tertinggi: {java}" in profiles["kim/jawa/"].make().body
    assert f"{english} (2025)" in {p.url: p for p in site.profile_pages("en")}["en/kim/wasur/"].make().body
    ID = site.text["id"]
    cards = {o.kim.slug: o for o in open_items(site.kims, site.today)}
    assert [card(cards[slug], ID, site.today).sk for slug in ("wasur", "jawa")] == [papua, java]
    keys = [part_row(cards[slug], site.today)[10] for slug in ("wasur", "jawa")]
    assert [json.loads(board_labels(t, ["33", "93"]))["sk"][key] for t in (ID, site.text["en"]) for key in keys] == [
        papua, java, english, english]
    drafts = next(s for s in site.sections if isinstance(s, DocumentsSection))
    assert f"{papua} No. 141/01/KPTS/2025 (1 Maret 2025)" in drafts.page(wasur).body
