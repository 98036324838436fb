"""The institutional profile (profil kelembagaan), its gap-to-guide rules, and the coach's
worklist: unit tests on example KIMs, a golden worklist CSV, every bundled KIM's gap links,
and a real browser following a gap to its guide."""

from __future__ import annotations

import codecs
import copy
import csv
import datetime as dt
import io
import re
from dataclasses import fields, replace
from pathlib import Path

import pytest
import yaml

from generator.format import catalogue
from generator.model import datafiles
from generator.model.kim import build_kim
from generator.model.mitra import Mitra
from generator.model.regions import load_regions
from generator.model.vocab import load_vocab
from generator.site.i18n import Text
from generator.site.kelembagaan import (
    CRITERIA_FILE,
    CriteriaError,
    InstitutionalProfile,
    gaps,
    institutional_profile,
    load_criteria,
    parse_criteria,
    profile_section,
)
from generator.site.sections.statistik import StatisticsSection
from generator.site.worklist import CSV_FIELDS, Worklists

from .conftest import TODAY, site_fixture
from .golden import check_golden
from .sitebuild import FIXTURE_KIMS, ROOT, build_site, site_model

GOLDEN = Path(__file__).parent / "golden"
GUIDES = ROOT / "content" / "panduan"
ID, EN = Text("id"), Text("en")


def kim(**values):
    """A KIM model from file values; only what the test names, on top of the bare minimum."""
    base = {"slug": "kim-uji", "nama": "KIM Uji", "status": "aktif", "wilayah": "18.07.04.2001",
            "diperbarui": dt.date(2026, 10, 1)}
    base.update(values)
    return build_kim(base, load_regions().place(base["wilayah"]), "kims/18/18.07/kim-uji.yml")


def signals(k, lang=ID):
    return {s.id: s for s in institutional_profile(k, TODAY, load_criteria(), lang)}


@pytest.fixture(scope="module")
def fixture_kims():
    return {k.slug: k for k in catalogue.load([str(FIXTURE_KIMS)], TODAY).kims}


# The criteria file


def test_criteria_file_names_signals_guides_and_worklist():
    criteria = load_criteria()
    ids = [c.id for c in criteria.signals]
    assert ids == ["sk", "sekretariat", "sarana", "media", "kegiatan", "kemitraan", "pembinaan", "diperbarui"]
    for c in criteria.signals:
        assert (GUIDES / f"{c.guide}.md").exists(), c.guide
    for guide in criteria.guides:
        assert (GUIDES / f"{guide}.md").exists(), guide
    assert [w.id for w in criteria.worklist] == ["perlu-diperbarui", "tanpa-sk", "tanpa-sekretariat", "tanpa-kegiatan",
                                                "belum-dibina"]


def test_no_score_or_grade_is_computed_or_shown():
    """Weights only order gaps: a profile carries its signals and gaps, never a total or a grade."""
    assert [f.name for f in fields(InstitutionalProfile)] == ["signals", "gaps"]
    section = profile_section(kim(), TODAY, ID)
    assert len(section.signals) == len(load_criteria().signals)


def _raw():
    with open(datafiles.path(CRITERIA_FILE), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.mark.parametrize("change, message", [
    (lambda d: d["sinyal"][0].update(aturan="nilai"), "`aturan` must be one of"),
    (lambda d: d["sinyal"][0].update(panduan="tidak-ada"), "is not listed under `panduan`"),
    (lambda d: d["sinyal"][0].update(bobot="tinggi"), "`bobot` must be a number"),
    (lambda d: d["sinyal"][0]["celah"].pop("en"), "needs text in both `id` and `en`"),
    (lambda d: d["sinyal"][1].update(id="sk"), "appears twice"),
    (lambda d: d["sinyal"][2].update(fasilitas=[["komputer", "mesin-tik"]]), "not in the fasilitas vocabulary"),
    (lambda d: d["sinyal"][4].update(bulan=0), "`bulan` must be"),
    (lambda d: d["daftar_kerja"][0].update(sinyal="tidak-ada"), "is not a signal"),
    (lambda d: d["daftar_kerja"][0].update(kategori="desa-tanpa-kim"), "must be a new, unique name"),
    (lambda d: d["panduan"].update({"Bukan Nama": {"id": "x", "en": "y"}}), "is not a guide page name"),
])
def test_broken_criteria_are_refused_with_the_entry_named(change, message):
    data = copy.deepcopy(_raw())
    change(data)
    with pytest.raises(CriteriaError, match=re.escape(message)):
        parse_criteria(data, load_vocab())


# Signals on example KIMs


def test_a_complete_profile_shows_every_signal_and_no_gap(fixture_kims):
    s = signals(fixture_kims["sinar-harapan-pekalongan"])
    assert all(x.present for x in s.values())
    assert gaps(list(s.values())) == []
    assert s["sk"].detail == "Tingkat tertinggi: Desa"
    assert s["kegiatan"].detail == "1 kegiatan; 1 dari 7 dimensi ADINDA: Diseminasi"
    assert s["media"].detail == "Situs web, Facebook, Radio komunitas"
    assert s["pembinaan"].detail == "Terakhir: 26 Desember 2018"
    assert s["diperbarui"].detail == "Diperiksa 2 Oktober 2026"


def test_a_bare_profile_has_every_gap_most_important_first(fixture_kims):
    bare = fixture_kims["kim-sidodadi"]  # status and date only; last checked January 2025: stale
    found = gaps(institutional_profile(bare, TODAY, load_criteria(), ID))
    assert [g.id for g in found] == ["sk", "kegiatan", "sekretariat", "diperbarui", "sarana", "media",
                                     "kemitraan", "pembinaan"]
    first = found[0]
    assert (first.gap, first.guide_title, first.guide_url) == (
        "SK belum tercatat", "Panduan mendapatkan SK", "panduan/sk-pengukuhan/")


@pytest.mark.parametrize("signal, guide", [
    ("sk", "sk-pengukuhan"), ("sekretariat", "sekretariat-dan-sarana"), ("sarana", "sekretariat-dan-sarana"),
    ("media", "media"), ("kegiatan", "adinda"), ("kemitraan", "kemitraan"), ("pembinaan", "pemetaan-potensi"),
    ("diperbarui", "memperbarui-profil"),
])
def test_each_gap_points_to_the_guide_that_addresses_it(signal, guide):
    s = signals(kim(diperbarui=dt.date(2024, 1, 1)))[signal]
    assert not s.present and s.guide == guide and s.guide_url == f"panduan/{guide}/"


def test_an_sk_past_its_term_and_not_renewed_is_a_gap_with_its_guide():
    """A coach tested it: an SK that ended on 30 June 2026 was listed as recorded, no next step."""
    ended = {"tingkat": "desa", "tanggal": dt.date(2020, 7, 1), "berlaku_hingga": dt.date(2026, 6, 30)}
    lapsed = signals(kim(sk=[ended]))["sk"]
    assert not lapsed.present and lapsed.guide == "sk-pengukuhan"
    assert lapsed.gap == "SK pengukuhan sudah kedaluwarsa dan belum diperbarui"
    assert lapsed.detail == "SK Desa kedaluwarsa: masa berlakunya berakhir 30 Juni 2026"
    assert signals(kim(sk=[ended]), EN)["sk"].gap == "The recognition decree (SK) has expired and has not been renewed"
    renewed = kim(sk=[ended, {"tingkat": "desa", "tanggal": dt.date(2026, 7, 1)}])
    assert signals(renewed)["sk"].present and signals(kim(sk=[{**ended, "berlaku_hingga": TODAY}]))["sk"].present
    assert signals(kim())["sk"].gap == "SK belum tercatat"  # none at all: the file's own words


def test_highest_sk_level_wins_over_the_newest():
    k = kim(sk=[{"tingkat": "kabupaten", "tanggal": dt.date(2018, 1, 2)},
                {"tingkat": "desa", "tanggal": dt.date(2022, 3, 4)}])
    assert signals(k)["sk"].detail == "Tingkat tertinggi: Kabupaten"
    assert signals(k, EN)["sk"].detail == "Highest level: Regency"


@pytest.mark.parametrize("fasilitas, present, detail", [
    (["komputer", "internet"], True, "Komputer, Akses internet"),
    (["laptop", "internet"], True, "Laptop, Akses internet"),
    (["komputer"], False, "Komputer; belum tercatat: Akses internet"),
    (["internet", "kamera"], False, "Akses internet; belum tercatat: Komputer atau Laptop"),
    ([], False, "belum tercatat: Komputer atau Laptop, Akses internet"),
])
def test_equipment_needs_a_computer_or_laptop_and_internet(fasilitas, present, detail):
    s = signals(kim(fasilitas=fasilitas))["sarana"]
    assert (s.present, s.detail) == (present, detail)


def test_secretariat_is_its_own_signal():
    assert signals(kim(fasilitas=["sekretariat-tetap"]))["sekretariat"].present
    assert not signals(kim(fasilitas=["komputer", "internet"]))["sekretariat"].present


def test_activity_counts_only_the_last_12_months_by_adinda_dimension():
    def activity(day, adinda=None):
        return {"tanggal": day, "judul": "Kegiatan", **({"adinda": adinda} if adinda else {})}

    recent = kim(kegiatan=[activity(dt.date(2026, 9, 1), "aspirasi"), activity(dt.date(2026, 3, 1), "akses"),
                           activity(dt.date(2025, 11, 27), "aspirasi"),  # exactly 12 months: still counts
                           activity(dt.date(2025, 11, 26), "prestasi")])  # one day older: not counted
    s = signals(recent)["kegiatan"]
    assert s.present and s.detail == "3 kegiatan; 2 dari 7 dimensi ADINDA: Akses, Aspirasi"
    assert signals(recent, EN)["kegiatan"].detail == "3 activities; 2 of 7 ADINDA dimensions: Access, Aspiration"
    old = signals(kim(kegiatan=[activity(dt.date(2025, 6, 1), "diskusi")]))["kegiatan"]
    assert not old.present and old.detail == "Kegiatan terakhir tercatat: 1 Juni 2025"
    untagged = signals(kim(kegiatan=[activity(dt.date(2026, 11, 1))]))["kegiatan"]
    assert untagged.present and untagged.detail == "1 kegiatan, tanpa dimensi ADINDA"


def test_partnerships_coaching_media_and_freshness():
    k = kim(kemitraan=[{"mitra": "Universitas Sumber Ilmu (uji)", "jenis": "perguruan-tinggi"}],
            pembinaan=[{"tanggal": dt.date(2020, 5, 1), "kegiatan": "Bimtek"},
                       {"tanggal": dt.date(2025, 2, 3), "kegiatan": "Sosialisasi"}],
            media=[{"jenis": "facebook", "url": "https://facebook.com/x"},
                   {"jenis": "facebook", "url": "https://facebook.com/y"}],
            diperbarui=dt.date(2025, 11, 27))
    s = signals(k)
    assert s["kemitraan"].present and s["kemitraan"].detail == "Jumlah mitra: 1"
    assert s["pembinaan"].present and s["pembinaan"].detail == "Terakhir: 3 Februari 2025"
    assert s["media"].detail == "Facebook"
    assert s["diperbarui"].present  # 12 months to the day: not stale yet
    assert not signals(kim(diperbarui=dt.date(2025, 11, 26)))["diperbarui"].present


def test_english_texts_and_the_same_indonesian_guides():
    s = signals(kim(), EN)
    assert s["sk"].label == "Recognition decree (SK)" and s["sk"].gap == "No SK recorded"
    assert s["sk"].guide_title == "Guide: getting an SK (in Indonesian)"
    assert s["sk"].guide_url == "panduan/sk-pengukuhan/"


def test_ties_keep_the_order_of_the_file():
    data = _raw()
    for entry in data["sinyal"]:
        entry["bobot"] = 1
    criteria = parse_criteria(data, load_vocab())
    found = gaps(institutional_profile(kim(diperbarui=dt.date(2020, 1, 1)), TODAY, criteria, ID))
    assert [g.id for g in found] == [c.id for c in criteria.signals]


# The worklist


def test_worklist_lists_and_villages_without_an_active_kim(fixture_kims):
    w = Worklists(list(fixture_kims.values()), load_regions(), TODAY, load_criteria())
    lists = {c: [k.slug for k in kims] for c, kims in w.of("18.07").items()}
    # the samples (Sidodadi, stale and without an SK; Sinar Harapan, seeking partners) are
    # no work for a coach once real KIMs are listed: the lists count as the headline does
    assert lists["perlu-diperbarui"] == [] and lists["mencari-mitra"] == []
    assert "kim-gondangrejo-berdaya" not in lists["tanpa-sk"] and "kim-sidodadi" not in lists["tanpa-sk"]
    assert lists["tanpa-sk"] == ["kim-adirejo-maju", "kim-siraman-lestari"]
    # in a catalogue of samples, the samples are the work, as they are the figures
    samples = Worklists([replace(k, contoh=True) for k in fixture_kims.values()], load_regions(), TODAY,
                        load_criteria())
    assert [k.slug for k in samples.of("18.07")["perlu-diperbarui"]] == ["kim-sidodadi"]
    assert [k.slug for k in samples.of("18.07")["mencari-mitra"]] == ["sinar-harapan-pekalongan"]
    # Lampung Timur holds real KIMs: its figures count them only (model/counting.py)
    covered = {k.place.code for k in fixture_kims.values()
               if k.place.regency_code == "18.07" and k.status == "aktif" and not k.contoh}
    villages = [c for c in load_regions().villages if c.startswith("18.07.")]
    assert len(w.uncovered["18.07"]) == len(villages) - len(covered)
    assert not covered & set(w.uncovered["18.07"])
    # a village whose only KIM is a sample (Sinar Harapan's) is one without a KIM: the coach must not miss it
    sample = fixture_kims["sinar-harapan-pekalongan"]
    assert sample.contoh and sample.status == "aktif" and sample.place.code in w.uncovered["18.07"]


def test_a_village_whose_only_kim_is_inactive_is_listed_to_revive_it(fixture_kims):
    """The tester's case: a village whose only KIM is inactive counted as having a KIM and was
    missing from "Desa/kelurahan tanpa KIM". It is listed, marked, and its row says so."""
    kims = {slug: replace(k, contoh=False) for slug, k in fixture_kims.items()}  # all counted
    sidodadi = kims["kim-sidodadi"]
    assert sidodadi.status == "tidak-aktif"
    w = Worklists(list(kims.values()), load_regions(), TODAY, load_criteria())
    assert sidodadi.place.code in w.uncovered["18.07"] and w.revivable("18.07") == 1
    pekalongan = next(d for d in w.districts("18.07") if d.code == sidodadi.place.district_code)
    assert pekalongan.inactive == "Sidodadi" and "Sidodadi" not in pekalongan.villages
    rows = list(csv.DictReader(io.StringIO(w.csv("18.07", "https://kim.example.org/").decode("utf-8-sig"))))
    village = next(r for r in rows if r["kategori"] == "desa-tanpa-kim" and r["kode"] == sidodadi.place.code)
    assert village["status"] == "tidak-aktif"
    # the row names the KIM and links its profile, to revive it: not the guide to form one (a
    # second tester's case: the row's advice and its link said opposite things)
    assert (village["nama"], village["url"]) == (sidodadi.nama, "https://kim.example.org/kim/kim-sidodadi/")
    assert village["diperbarui"] == sidodadi.diperbarui.isoformat() and village["contoh"] in ("ya", "tidak")
    assert {r["status"] for r in rows if r["kategori"] == "desa-tanpa-kim"} == {"", "tidak-aktif"}
    assert {r["status"] for r in rows if r["nama"] == sidodadi.nama} == {"tidak-aktif"}
    assert {r["status"] for r in rows if r["nama"] == "KIM Adirejo Maju"} == {"aktif"}


def test_a_sample_kim_is_never_the_one_to_revive_beside_real_ones(fixture_kims):
    """Sidodadi's only KIM is an inactive sample, in a regency holding real KIMs: the village
    has no KIM, and the worklist sends the coach to form one, not to revive an invented one."""
    sidodadi = fixture_kims["kim-sidodadi"]
    assert sidodadi.contoh and sidodadi.status == "tidak-aktif"
    w = Worklists(list(fixture_kims.values()), load_regions(), TODAY, load_criteria())
    assert sidodadi.place.code in w.uncovered["18.07"] and w.revivable("18.07") == 0
    pekalongan = next(d for d in w.districts("18.07") if d.code == sidodadi.place.district_code)
    assert "Sidodadi" in pekalongan.villages and not pekalongan.inactive
    rows = list(csv.DictReader(io.StringIO(w.csv("18.07", "https://kim.example.org/").decode("utf-8-sig"))))
    village = next(r for r in rows if r["kategori"] == "desa-tanpa-kim" and r["kode"] == sidodadi.place.code)
    assert (village["nama"], village["status"]) == ("Sidodadi", "")
    assert village["url"] == "https://kim.example.org/panduan/membentuk-kim/"
    assert "kim-sidodadi" not in {r["url"].rstrip("/").rsplit("/", 1)[-1] for r in rows if r["kategori"] == "desa-tanpa-kim"}
    # its district's summary counts the real KIMs only, as the regency page's figures
    total = w.district_summary("18.07")[-1]
    assert (total.kims, total.covered) == (3, 3)


def test_expired_requests_are_not_on_the_worklist():
    expired = kim(peluang={"dicari": [{"judul": "Laptop", "hingga": dt.date(2026, 11, 26)}]})
    still = kim(slug="kim-uji-dua", peluang={"dicari": [{"judul": "Laptop", "hingga": dt.date(2026, 11, 27)}]})
    w = Worklists([expired, still], load_regions(), TODAY, load_criteria())
    assert [k.slug for k in w.of("18.07")["mencari-mitra"]] == ["kim-uji-dua"]


def test_worklist_csv_cells_cannot_become_formulas():
    hostile = kim(nama="=HYPERLINK(\"https://evil.example\")", diperbarui=dt.date(2020, 1, 1))
    w = Worklists([hostile], load_regions(), TODAY, load_criteria())
    rows = list(csv.reader(io.StringIO(w.csv("18.07", "https://kim.example.org/").decode("utf-8-sig"))))
    assert tuple(rows[0]) == CSV_FIELDS
    names = [r[2] for r in rows[1:] if r[0] != "desa-tanpa-kim"]
    assert names and all(n.startswith("'=") for n in names)


def test_worklist_csv_is_reused_only_while_the_regency_is_unchanged(fixture_kims):
    kims = list(fixture_kims.values())
    kept: dict = {}  # what a `mkdocs serve` session's memo holds (site.memo)

    def csv_of(kims: list, kept: dict | None) -> bytes:
        return Worklists(kims, load_regions(), TODAY, load_criteria(), kept).csv("18.07", "https://kim.example.org/")

    first = csv_of(kims, kept)
    assert csv_of(kims, kept) is first  # same KIM objects, nothing to redo
    assert csv_of(kims, None) is not first  # a build without the memo
    edited = [kim(slug=k.slug, nama=k.nama + " Baru", wilayah=k.place.code, diperbarui=k.diperbarui)
              if k.slug == "kim-sidodadi" else k for k in kims]
    changed = csv_of(edited, kept)
    assert b"KIM Sidodadi Baru" in changed and b"KIM Sidodadi Baru" not in first


# Built sites


@site_fixture
def fixture_site(tmp_path_factory) -> Path:
    return build_site(tmp_path_factory.mktemp("kelembagaan-fixture"))



def read(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def test_worklist_csv_matches_golden(fixture_site, update_golden):
    data = (fixture_site / "wilayah" / "18.07" / "worklist.csv").read_bytes()
    assert data.startswith(codecs.BOM_UTF8)  # for Excel
    text = data[len(codecs.BOM_UTF8):].decode("utf-8")
    check_golden(GOLDEN / "wilayah__18.07__worklist.csv", text, update_golden)


def test_every_regency_has_a_worklist_csv_linked_from_its_page(fixture_site):
    regions = load_regions()
    for code in regions.regencies:
        assert (fixture_site / "wilayah" / code / "worklist.csv").exists()
    page = read(fixture_site, "wilayah/18.07")
    assert 'href="../../wilayah/18.07/worklist.csv"' in page
    assert 'href="../../../wilayah/18.07/worklist.csv"' in read(fixture_site, "en/wilayah/18.07")
    assert '<a href="../../panduan/membentuk-kim/">Panduan membentuk KIM</a>' in page
    assert '<a href="../../kim/kim-sidodadi/">KIM Sidodadi</a>' in page


def test_province_counts_add_up_to_the_regency_csvs(fixture_site):
    page = read(fixture_site, "wilayah/18")
    table = page[page.index('id="daftar-kerja"'):]
    rows = re.findall(r'<tr><th scope="row"><a href="\.\./\.\./wilayah/([0-9.]+)/#daftar-kerja">[^<]*</a></th>'
                      r'((?:<td>[0-9.]+</td>)+)</tr>', table)
    assert len(rows) == len([c for c, (_, p) in load_regions().regencies.items() if p == "18"])
    criteria = load_criteria()
    order = [w.id for w in criteria.worklist] + ["sk-berakhir", "mencari-mitra", "desa-tanpa-kim"]
    for code, cells in rows:
        counts = [int(n.replace(".", "")) for n in re.findall(r"<td>([0-9.]+)</td>", cells)]
        text = (fixture_site / "wilayah" / code / "worklist.csv").read_text(encoding="utf-8-sig")
        categories = [row["kategori"] for row in csv.DictReader(io.StringIO(text))]
        assert counts == [categories.count(c) for c in order], code


def test_profile_shows_each_signal_once_recorded_or_as_a_gap_with_its_guide(fixture_site):
    page = read(fixture_site, "kim/kim-sidodadi")
    section = page[page.index('<h2 id="kelembagaan">'):page.index('<h2 id="sk">')]
    # a missing signal is not listed among the recorded ones as well: it is the gap, with
    # its guide (the arrow to the guide comes from CSS, .kim-gaps a::before); with nothing
    # recorded there is no empty list
    assert "SK pengukuhan" not in section and "kim-checklist" not in section
    assert ('<ol class="kim-gaps"><li>SK belum tercatat '
            '<a href="../../panduan/sk-pengukuhan/">Panduan mendapatkan SK</a></li>') in section
    # a gap keeps what the data says about it
    assert re.search(r"<li>Profil belum diperiksa lebih dari 12 bulan <small>\(Diperiksa [^)]+\)</small> <a ",
                     section)
    english = read(fixture_site, "en/kim/kim-sidodadi")
    assert ('<a href="../../../panduan/sk-pengukuhan/" hreflang="id">Guide: getting an SK (in Indonesian)</a>'
            in english)
    complete = read(fixture_site, "kim/sinar-harapan-pekalongan")
    # the recorded signals under words that say so; the mark comes from CSS
    assert '<p>Sudah tercatat:</p><ul class="kim-checklist"><li>SK pengukuhan <small>(Tingkat tertinggi: ' in complete
    assert "Semua tanda kelembagaan sudah tercatat di profil ini." in complete
    assert 'class="kim-gaps"' not in complete


def test_every_bundled_kim_with_a_gap_links_to_an_existing_guide(bundled_site):
    kims = catalogue.load([str(ROOT / "kims")], TODAY).kims
    assert kims
    with_gaps = 0
    for k in kims:
        for lang, prefix in ((ID, ""), (EN, "en/")):
            found = gaps(institutional_profile(k, TODAY, load_criteria(), lang))
            page = read(bundled_site, f"{prefix}kim/{k.slug}")
            section = page[page.index('<h2 id="kelembagaan">'):page.index('<h2 id="sk">')]
            gap_list = section[section.index('<ol class="kim-gaps">'):] if found else ""
            links = re.findall(r'<li>([^<]*?)(?: <small>[^<]*</small>)? <a href="([^"]+)"', gap_list)
            assert [(g.gap, f"{'../' * (2 + bool(prefix))}{g.guide_url}") for g in found] == links, k.slug
            for _, href in links:
                target = (bundled_site / prefix / "kim" / k.slug / href).resolve() / "index.html"
                assert target.exists(), f"{k.slug}: {href}"
                assert target.parent.parent.name == "panduan"
            with_gaps += bool(found)
    assert with_gaps > 0


# In a browser


def test_a_gap_link_leads_to_its_guide(browser, bundled_server):
    from .browser import Watch

    slug = "pasir-sakti-bersatu"
    bundled = {k.slug: k for k in catalogue.load([str(ROOT / "kims")], TODAY).kims}
    assert "sk" in [g.id for g in gaps(institutional_profile(bundled[slug], TODAY, load_criteria(), ID))]
    context = browser.new_context(viewport={"width": 390, "height": 844})
    watch = Watch(context, bundled_server.url)
    page = watch.attach(context.new_page())
    page.goto(bundled_server.url + f"kim/{slug}/")
    section = page.locator("ol.kim-gaps")
    assert "SK belum tercatat" in section.inner_text()
    section.get_by_role("link", name="Panduan mendapatkan SK").click()
    page.wait_for_url("**/panduan/sk-pengukuhan/")
    assert page.locator("h1").inner_text() == "SK pengukuhan"
    page.goto(bundled_server.url + f"en/kim/{slug}/")
    page.locator("ol.kim-gaps").get_by_role("link", name="Guide: getting an SK (in Indonesian)").click()
    page.wait_for_url("**/panduan/sk-pengukuhan/")
    assert page.locator("html").get_attribute("lang") == "id"
    assert watch.console_errors == [] and watch.third_party == []
    context.close()


@pytest.mark.parametrize("contoh, partners", [(False, 1), (True, 0)])
def test_a_need_a_listed_partner_of_its_kind_met_is_a_partnership(contoh, partners):
    """The tester's case: a real KIM whose need a real partner fulfilled, without a `kemitraan`
    entry, read "Punya mitra 0" and "Kemitraan belum tercatat" above "Terpenuhi oleh ...".
    A sample partner's fulfilment is no partnership of a real KIM's."""
    met = {"judul": "Pelatihan", "status": "terpenuhi", "dipenuhi_oleh": "univ", "tanggal_terpenuhi": TODAY}
    univ = Mitra(slug="univ", nama="Universitas", jenis="perguruan-tinggi", diperbarui=TODAY,
                 source="mitra/univ.yml", contoh=contoh)
    site = site_model([kim(peluang={"dicari": [met, {**met, "judul": "Siaran"}]})], TODAY, mitra=[univ],
                      sections=(StatisticsSection,))
    [linked] = site.kims
    assert linked.partners == partners
    assert signals(linked)["kemitraan"].detail == ("Jumlah mitra: 1" if partners else "")
    assert ("Kemitraan belum tercatat" in site._profile_page(linked, "id").body) == (not partners)
    assert next(s for s in site.sections if isinstance(s, StatisticsSection)).stats.partnerships == partners


def test_a_partner_named_by_a_partnership_and_a_need_met_counts_once():
    met = {"judul": "Pelatihan", "status": "terpenuhi", "dipenuhi_oleh": "univ", "tanggal_terpenuhi": TODAY}
    univ = Mitra(slug="univ", nama="Universitas", jenis="perguruan-tinggi", diperbarui=TODAY, source="mitra/univ.yml")
    both = kim(peluang={"dicari": [met]}, kemitraan=[
        {"mitra": "Universitas", "jenis": "perguruan-tinggi", "slug_mitra": "univ"},
        {"mitra": "Dinas Pertanian", "jenis": "dinas"}])
    [linked] = site_model([both], TODAY, mitra=[univ], sections=()).kims
    assert linked.partners == 2 and signals(linked)["kemitraan"].detail == "Jumlah mitra: 2"
