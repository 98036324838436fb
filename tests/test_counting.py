"""Which KIMs a region's figures count (model/counting.py): a regency office published its
first real KIMs beside the samples of its regency (the tester played Lampung Timur), and its
figures summed the invented ones. The fixture's Lampung Timur (18.07) holds 3 real KIMs and
2 samples; here Kota Bandar Lampung's (18.71) two KIMs are made samples: a regency whose KIMs
are all samples, in a province that holds real ones."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from generator.format import catalogue
from generator.model.counting import counted, holds_real
from generator.site.routes import SITE_CARD
from generator.site.sections.bimtek import BimtekSection
from generator.site.sections.kemitraan.section import PartnershipSection
from generator.site.sections.sematkan import EmbedSection
from generator.site.sections.statistik import StatisticsSection, statistics_json

from .conftest import TODAY, site_fixture
from .sitebuild import FIXTURE_KIMS, build_site, site_model

LABEL = ' <span class="kim-badge kim-badge--contoh">contoh</span>'


@pytest.fixture(scope="module")
def loaded():
    return catalogue.load([str(FIXTURE_KIMS)], TODAY)


@pytest.fixture(scope="module")
def kims(loaded):
    return [replace(k, contoh=True) if k.place.regency_code == "18.71" else k for k in loaded.kims]


@pytest.fixture(scope="module")
def model(kims, loaded):
    return site_model(kims, TODAY, wilayah=loaded.wilayah)  # targets: 12 in Lampung Timur, 20 in Bandar Lampung


def region(model, code: str, lang: str = "id"):
    prefix = "" if lang == "id" else "en/"
    return next(p for p in model.region_pages(lang) if p.url == f"{prefix}wilayah/{code}/").make()


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_a_region_counts_its_real_kims_once_the_country_has_one(kims):
    assert holds_real(kims)
    lamtim = [k for k in kims if k.place.regency_code == "18.07"]
    c = counted(lamtim, True)
    assert [k.slug for k in c.kims] == [k.slug for k in lamtim if not k.contoh] and len(c.kims) == 3
    assert (c.left_out, c.samples) == (2, False)
    samples = [k for k in kims if k.place.regency_code == "18.71"]
    # the tester: a regency of samples added them to a province total that left them out
    assert counted(samples, True) == ([], 2, False)
    assert not holds_real(samples)
    assert counted(samples, False) == (samples, 0, True)  # a country of samples: counted, said to be samples
    assert counted([], False) == ([], 0, False)


def test_a_mixed_regency_page_counts_its_real_kims_and_says_so(model):
    page = region(model, "18.07")
    words = text_of(page.body)
    assert ("2 dari 5 KIM di wilayah ini adalah data contoh: KIM rekaan, bukan KIM yang nyata. Angka Kabupaten "
            "Lampung Timur hanya menghitung 3 KIM yang nyata: KIM contoh ditampilkan dengan tanda «contoh», "
            "tetapi tidak dihitung.") in words
    assert "<dt>KIM</dt><dd>3</dd>" in page.body
    assert "3 dari 264 desa/kelurahan (1,1%) memiliki KIM aktif." in words
    # the samples are still listed, marked
    assert f'KIM Sinar Harapan</a>{LABEL}' in page.body
    # no "(data contoh)" and no sample card: its figures are real
    assert (page.title, page.description, page.image) == (
        "Kabupaten Lampung Timur", "Kabupaten Lampung Timur: 3 KIM", SITE_CARD)
    english = region(model, "18.07", "en")
    assert ("2 of the 5 KIMs in this region are sample data: invented KIMs, not real ones. The figures of "
            "Kabupaten Lampung Timur count its 3 real KIMs only: the sample KIMs are listed, marked «sample», "
            "but not counted.") in text_of(english.body)
    assert english.title == "Kabupaten Lampung Timur" and english.image == SITE_CARD


def test_an_all_sample_regency_beside_real_kims_counts_none(model):
    """The tester: a regency of samples counted them in a province whose total left them out."""
    page = region(model, "18.71")
    assert ("2 dari 2 KIM di wilayah ini adalah data contoh: KIM rekaan, bukan KIM yang nyata. Angka Kota "
            "Bandar Lampung hanya menghitung 0 KIM yang nyata") in text_of(page.body)
    assert "<dt>KIM</dt><dd>0</dd>" in page.body
    assert page.title == "Kota Bandar Lampung" and page.image == SITE_CARD
    english = region(model, "18.71", "en")
    assert "The figures of Kota Bandar Lampung count its 0 real KIMs only" in text_of(english.body)


def test_a_province_holding_real_kims_leaves_every_sample_out(model):
    page = region(model, "18")
    assert "4 dari 7 KIM di wilayah ini adalah data contoh" in text_of(page.body)
    assert "Angka Lampung hanya menghitung 3 KIM yang nyata" in text_of(page.body)
    assert "<dt>KIM</dt><dd>3</dd>" in page.body and page.title == "Lampung" and page.image == SITE_CARD
    # its all-sample regency counts none of them, so that the rows add up to the province's 3
    # each row says how many of its sample KIMs it leaves out, as /statistik/'s rows do
    assert 'Kota Bandar Lampung</a> <small>(2 KIM contoh tidak dihitung)</small></th><td>0</td>' in page.body
    assert 'Kabupaten Lampung Timur</a> <small>(2 KIM contoh tidak dihitung)</small></th><td>3</td>' in page.body
    # Bandar Lampung's target (20) counts, none of its sample KIMs: 3 of 12 + 0 of 20
    assert "3 KIM aktif dari target 32 KIM (9,4%), dijumlah dari 2 kabupaten/kota" in text_of(page.body)
    assert "0 KIM aktif dari target 20 KIM (0,0%)" in text_of(region(model, "18.71").body)


def test_a_province_of_real_figures_sums_no_invented_target(kims, loaded):
    """The reviewer: a regency's sample settings added their invented target to a province
    whose figures are real, and the whole sum was labelled a sample."""
    wilayah = {code: replace(w, contoh=code == "18.71") for code, w in loaded.wilayah.items()}
    page = region(site_model(kims, TODAY, wilayah=wilayah), "18")
    assert "3 KIM aktif dari target 12 KIM (25,0%)" in text_of(page.body)
    assert "target 32" not in text_of(page.body)


def test_the_embed_says_what_the_region_page_says(model):
    section = next(s for s in model.sections if isinstance(s, EmbedSection))
    mixed = section.page(model.table.stats["18.07"], "id").body
    assert "<title>KIM di Kabupaten Lampung Timur - " in mixed and "(data contoh)" not in mixed
    assert "Angka Kabupaten Lampung Timur hanya menghitung 3 KIM yang nyata" in mixed
    assert '<meta property="og:image" content="https://kim.example.org/kartu/situs.png">' in mixed
    samples = section.page(model.table.stats["18.71"], "id").body
    assert "<title>KIM di Kota Bandar Lampung - " in samples
    assert "Angka Kota Bandar Lampung hanya menghitung 0 KIM yang nyata" in samples


def test_the_worklist_lists_a_village_whose_only_kims_are_samples(model):
    page = region(model, "18.07").body
    part = page[page.index('id="kerja-desa-tanpa-kim"'):]
    assert "Desa/kelurahan tanpa KIM aktif (261)" in page  # 264 villages, 3 with a real active KIM
    pekalongan = re.search(r"<strong>Kec\. Pekalongan</strong>[^<]*", part).group(0)
    assert "Pekalongan" in pekalongan and "Sidodadi" in pekalongan  # Sinar Harapan's and Sidodadi's
    assert "hidupkan kembali" not in part  # Sidodadi, inactive, is a sample: none to revive
    csv_rows = model.worklists.csv("18.07", model.site_url).decode("utf-8-sig")
    assert "kim-sidodadi" not in csv_rows.split("desa-tanpa-kim", 1)[1]


def test_the_statistics_count_each_region_by_the_rule(model):
    section = next(s for s in model.sections if isinstance(s, StatisticsSection))
    data = json.loads(statistics_json(section.stats))
    n = data["nasional"]
    assert (n["kim"], n["contoh"], n["contoh_tidak_dihitung"], n["kabupaten_kota_ber_kim"]) == (3, 0, 4, 1)
    lampung = data["provinsi"][0]
    assert (lampung["kim"], lampung["contoh"], lampung["contoh_tidak_dihitung"]) == (3, 0, 4)
    rows = {r["kode"]: r for r in lampung["kabupaten_kota"]}
    assert (rows["18.07"]["kim"], rows["18.07"]["contoh"], rows["18.07"]["contoh_tidak_dihitung"]) == (3, 0, 2)
    assert (rows["18.71"]["kim"], rows["18.71"]["contoh"], rows["18.71"]["contoh_tidak_dihitung"]) == (0, 0, 2)
    for field in ("kim", "aktif", "perlu_diperbarui", "desa_ber_kim_aktif"):  # the rows add up to their total
        assert sum(r[field] for r in rows.values()) == lampung[field] == n[field], field
    body = section.body("id", "statistik/")
    assert 'Kota Bandar Lampung</a> <small>(2 KIM contoh tidak dihitung)</small></th><td>0</td>' in body
    assert 'Kabupaten Lampung Timur</a> <small>(2 KIM contoh tidak dihitung)</small></th><td>3</td>' in body


def test_the_national_page_counts_by_the_same_rule(model):
    page = model.regions_body("id", "wilayah/")
    assert "<h1>Wilayah</h1>" in page and "<dt>KIM</dt><dd>3</dd>" in page
    assert "4 dari 7 KIM di wilayah ini adalah data contoh" in text_of(page)
    assert "Angka Indonesia hanya menghitung 3 KIM yang nyata" in text_of(page)
    assert "<h1>Regions</h1>" in model.regions_body("en", "en/wilayah/")


def test_every_page_prints_a_small_share_as_the_statistics_do(model):
    """The tester: /wilayah/ read "(0,0%)" where /statistik/ read "(< 0,1%)"."""
    assert "3 dari 83.762 desa/kelurahan (&lt; 0,1%) memiliki KIM aktif." in text_of(model.regions_body("id", "wilayah/"))
    assert "3 of 83,762 villages (&lt; 0.1%)" in text_of(model.regions_body("en", "en/wilayah/"))
    page = region(model, "18")
    assert re.search(r'Lampung Timur</a> <small>[^<]*</small></th><td>3</td><td>1,1%</td>', page.body)


# ---- the home page, built: the whole country's figures by the same rule -----------------------

SAMPLE_FILES = ("18.07/sinar-harapan-pekalongan.yml", "18.71/kim-kedaton-mandiri.yml")  # the second made one


def tiny_site(where: Path, files: tuple[str, ...]) -> Path:
    """A site of the fixture's `files` (regency/file), those of SAMPLE_FILES as samples."""
    for name in files:
        target = where / "kims" / "18" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(FIXTURE_KIMS / "18" / name, target)
        if name in SAMPLE_FILES and "\ncontoh: true" not in target.read_text(encoding="utf-8"):
            target.write_text(target.read_text(encoding="utf-8") + "contoh: true\n", encoding="utf-8")
    return build_site(where / "build", where / "kims")


@site_fixture
def mixed_site(tmp_path_factory) -> Path:
    """One real KIM (Adirejo, Lampung Timur) beside two samples, one in another regency."""
    return tiny_site(tmp_path_factory.mktemp("beside"), ("18.07/kim-adirejo-maju.yml", *SAMPLE_FILES))


@site_fixture
def sample_site(tmp_path_factory) -> Path:
    return tiny_site(tmp_path_factory.mktemp("samples"), SAMPLE_FILES)


def glance(site: Path, prefix: str) -> str:
    """The words of the home page's figures and what follows them up to the newest profiles."""
    page = (site / prefix / "index.html").read_text(encoding="utf-8")
    return text_of(page[page.index('<ul class="kim-stats">'):page.index('<h2 id="kim-terbaru"')]).strip()


def test_the_home_page_counts_the_real_kim_beside_samples_and_says_so(mixed_site):
    """The tester: the home page said 3 KIMs in 2 regencies where every other page said 1."""
    assert glance(mixed_site, "") == (
        "1 KIM terdaftar 1 provinsi 1 kabupaten/kota 1 desa/kelurahan memiliki KIM aktif Angka Indonesia hanya "
        "menghitung 1 KIM yang nyata: KIM contoh ditampilkan dengan tanda «contoh», tetapi tidak dihitung.")
    assert glance(mixed_site, "en") == (
        "1 KIM listed 1 province 1 regency or city 1 village with an active KIM The figures of Indonesia count its 1 "
        "real KIM only: the sample KIMs are listed, marked «sample», but not counted.")
    statistics = json.loads((mixed_site / "data" / "statistik.json").read_text(encoding="utf-8"))["nasional"]
    assert (statistics["kim"], statistics["provinsi_ber_kim"], statistics["kabupaten_kota_ber_kim"],
            statistics["desa_ber_kim_aktif"]) == (1, 1, 1, 1)


def test_the_home_page_of_samples_only_says_its_figures_are_samples(sample_site):
    assert glance(sample_site, "") == (
        "2 KIM terdaftar 1 provinsi 2 kabupaten/kota 2 desa/kelurahan memiliki KIM aktif Angka Indonesia adalah "
        "angka contoh, bukan angka yang nyata.")
    assert glance(sample_site, "en") == (
        "2 KIMs listed 1 province 2 regencies and cities 2 villages with an active KIM The figures of Indonesia "
        "are sample figures, not real ones.")


def test_the_worklist_planner_and_district_table_count_one_set(kims, loaded):
    """The tester: beside real KIMs the worklist listed a sample as stale while the headline
    counted 0, and "SK belum tercatat" meant three sets: the planner's held a lapsed SK."""
    gondangrejo = next(k for k in kims if k.slug == "kim-gondangrejo-berdaya")
    lapsed = replace(gondangrejo, sk=(replace(gondangrejo.sk[0], berlaku_hingga=TODAY.replace(year=2024)),))
    model = site_model([lapsed if k is gondangrejo else k for k in kims], TODAY, wilayah=loaded.wilayah)
    lists, summary = model.worklists.of("18.07"), model.worklists.district_summary("18.07")
    assert not any(k.contoh for listed in lists.values() for k in listed)
    assert summary[-1].stale == len(model.table.stats["18.07"].stale) == len(lists["perlu-diperbarui"])
    without = {"kim-adirejo-maju", "kim-gondangrejo-berdaya", "kim-siraman-lestari"}
    assert {k.slug for k in lists["tanpa-sk"]} == without and summary[-1].without_sk == 3
    assert "<th scope=\"col\">Tanpa SK yang berlaku</th>" in region(model, "18.07").body
    section = next(s for s in model.sections if isinstance(s, BimtekSection))
    planner = text_of(section.page(model.table.stats["18.07"], model.table.stats["18"], "id").body)
    assert "Tanpa SK yang berlaku (3 KIM)" in planner and "SK belum tercatat" not in planner


def test_the_statistics_say_how_many_needs_are_open_when_none_is_met(loaded):
    """The tester: /statistik/ dropped the open-needs line while no need had been met."""
    sinar = next(k for k in loaded.kims if k.slug == "sinar-harapan-pekalongan")
    talks = [n for n in sinar.dicari if not n.fulfilled]  # one under discussion, none met
    model = site_model([replace(k, contoh=True, dicari=tuple(talks) if k is sinar else k.dicari)
                        for k in loaded.kims], TODAY)  # a catalogue of samples, counting its samples
    section = next(s for s in model.sections if isinstance(s, StatisticsSection))
    assert (section.stats.needs_fulfilled, section.stats.needs_discussed) == (0, 1)
    assert ("0 kebutuhan kemitraan KIM sudah terpenuhi oleh mitra (0 lainnya masih terbuka, 1 sedang dibahas)"
            in text_of(section.body("id", "statistik/")))


def test_the_directory_counts_by_region_what_it_lists(model):
    """The tester: the directory listed Lampung's 48 KIMs, samples too, under "Lampung (2 KIM)"."""
    for lang, prefix, word in (("id", "", "KIM"), ("en", "en/", "KIMs")):
        words = text_of(model.directory_body(lang, prefix + "kim/"))
        assert f"Lampung (7 {word})" in words  # 3 real, 4 samples: all listed
        assert f"Kota Bandar Lampung (2 {word})" in words and f"Kabupaten Lampung Timur (5 {word})" in words


def test_the_board_says_how_many_of_its_items_are_samples(loaded):
    """The tester: "35 peluang terbuka …" where 33 were samples', and a province's page without
    any sample carried the site-wide sample note."""
    sinar = next(k for k in loaded.kims if k.slug == "sinar-harapan-pekalongan")
    real = replace(sinar, slug="sinar-nyata", contoh=False, place=replace(sinar.place, code="32.01.01.2001",
                   province_code="32", regency_code="32.01", district_code="32.01.01"))
    model = site_model([*loaded.kims, real], TODAY)
    section = next(s for s in model.sections if isinstance(s, PartnershipSection))
    board = text_of(section.board_body("id", "kemitraan/"))
    assert "4 peluang terbuka: 2 permintaan mitra dan 2 tawaran kerja sama dari 2 KIM. 2 di antaranya data contoh." in board
    assert "2 of them are sample data." in text_of(section.board_body("en", "en/kemitraan/"))
    note = "adalah data contoh"
    assert note in section._province_page("18", "id").body and note not in section._province_page("32", "id").body


def test_the_statistics_name_the_source_of_their_village_count(model):
    """The tester: "43 dari 83.762 desa/kelurahan" never named where the 83,762 came from."""
    section = next(s for s in model.sections if isinstance(s, StatisticsSection))
    readme = (Path(__file__).parents[1] / "generator" / "data" / "wilayah" / "README.md").read_text(encoding="utf-8")
    version = re.search(r"`idn-area-data@([\d.]+)`", readme).group(1)
    assert json.loads(statistics_json(section.stats))["sumber_wilayah"]["versi"] == version
    assert ('Nama dan kode wilayah berasal dari daftar Kepmendagri 2025 melalui <a href="https://github.com/'
            f'fityannugroho/idn-area-data">idn-area-data {version}</a>.') in section.body("id", "statistik/")
