"""The coach's toolkit on the site: verification, SK terms, "not recorded", the per-district
summary, the worklist's new lists and its XLSX, and the printable Bimtek planner."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from generator.format import catalogue
from generator.model.regions import load_regions
from generator.site.files.searchindex import FLAG_VERIFIED, flags
from generator.site.i18n import Text
from generator.site.kelembagaan import load_criteria
from generator.site.regionstats import RegionStats
from generator.site.sections import bimtek
from generator.site.sections.bimtek import BLANK_ROWS, ROWS_PER_KIM, BimtekSection, plan
from generator.site.sections.worklists import worklist_xlsx_bytes
from generator.site.views import profile_view
from generator.site.worklist import (
    CSV_FIELDS,
    SK_ENDING,
    Worklists,
    ending_sks,
    regency_worklist,
)

from .browser import Server
from .conftest import TODAY, site_fixture
from .sitebuild import ASSET, FIXTURE_KIMS, build_site, site_model

ID, EN = Text("id"), Text("en")
SITE_URL = "https://kim.example.org/"


@pytest.fixture(scope="module")
def kims():
    return {k.slug: k for k in catalogue.load([str(FIXTURE_KIMS)], TODAY).kims}


@site_fixture
def site(tmp_path_factory) -> Path:
    return build_site(tmp_path_factory.mktemp("coach"))


def read(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


# SK terms and verification on the profile


def test_an_sk_past_its_term_reads_as_expired(kims):
    kim = kims["kim-gondangrejo-berdaya"]
    in_force = profile_view(kim, ID, TODAY, SITE_URL, None)
    sk = next(part for part in in_force.lists if part.id == "sk").groups[0].items[0]
    assert "berlaku sampai 31 Desember 2026" in sk.details
    later = profile_view(kim, EN, dt.date(2027, 1, 1), SITE_URL, None)
    sk = next(part for part in later.lists if part.id == "sk").groups[0].items[0]
    assert "expired: its term ended on 31 December 2026" in sk.details


def test_verification_is_stated_on_the_profile(site):
    page = read(site, "kim/sinar-harapan-pekalongan")
    assert ('<span class="kim-verified">Diverifikasi oleh Diskominfo Kabupaten (uji) pada 5 Oktober 2026'
            '</span>') in page
    assert "Verified by Diskominfo Kabupaten (uji) on 5 October 2026" in read(site, "en/kim/sinar-harapan-pekalongan")
    assert "kim-verified" not in read(site, "kim/kim-sidodadi")


def test_a_profile_changed_after_its_verification_is_not_stamped_verified(kims):
    """A coach tested it: data edited after the check was still stamped "Diverifikasi"."""
    kim = kims["sinar-harapan-pekalongan"]
    changed = replace(kim, diperbarui=kim.verifikasi.tanggal + dt.timedelta(days=1))
    for t, stamp, said in ((ID, "Diverifikasi oleh", "Diubah setelah diverifikasi pada 5 Oktober 2026"),
                           (EN, "Verified by", "Changed after it was verified on 5 October 2026")):
        assert profile_view(changed, t, TODAY, SITE_URL, None).verifikasi == said
        assert profile_view(kim, t, TODAY, SITE_URL, None).verifikasi.startswith(stamp)
    same_day = replace(kim, diperbarui=kim.verifikasi.tanggal)
    assert profile_view(same_day, ID, TODAY, SITE_URL, None).verifikasi.startswith("Diverifikasi oleh")
    # nor counted as verified, nor found by the directory's "verified" filter
    assert kim.verified and same_day.verified and not changed.verified
    assert not flags(changed, TODAY) & FLAG_VERIFIED and flags(kim, TODAY) & FLAG_VERIFIED


def test_verification_is_counted_and_filterable(site):
    stats = json.loads((site / "data" / "statistik.json").read_text(encoding="utf-8"))
    # the one verified KIM is a sample, left out of the figures beside real KIMs (model/counting.py)
    assert stats["nasional"]["terverifikasi"] == 0
    assert "Terverifikasi" in read(site, "statistik")
    index = json.loads((site / "kim" / "indeks.json").read_text(encoding="utf-8"))
    bit = index["flag"]["verifikasi"]
    verified = [i for i, flags in enumerate(index["flags"]) if flags & bit]
    assert len(verified) == 1 and index["nama_awalan"] + index["nama"][verified[0]] == "KIM Sinar Harapan"
    record = json.loads((site / "data" / "kim" / "sinar-harapan-pekalongan.json").read_text(encoding="utf-8"))
    assert record["verifikasi"] == {"oleh": "Diskominfo Kabupaten (uji)", "tanggal": "2026-10-05"}


def test_missing_data_reads_not_recorded(site):
    for url in ("kim/kim-sidodadi", "wilayah/18.07", "en/kim/kim-sidodadi", "en/wilayah/18.07"):
        words = text_of(read(site, url))
        for said in ("Belum:", "Belum ada SK", "Belum memiliki", "belum ada:", "Not yet", "No SK yet", "not yet"):
            assert said not in words, (url, said)
    profile = text_of(read(site, "kim/kim-sidodadi"))
    assert "SK belum tercatat Panduan mendapatkan SK" in profile and "SK belum tercatat." in profile
    assert "No SK recorded Guide: getting an SK" in text_of(read(site, "en/kim/kim-sidodadi"))


# The worklist


def test_the_worklist_lists_sks_ending_soon_and_kims_never_coached(kims):
    w = Worklists(list(kims.values()), load_regions(), TODAY, load_criteria())
    lists = w.of("18.07")
    assert [k.slug for k in lists[SK_ENDING]] == ["kim-gondangrejo-berdaya"]  # ends 31 December 2026
    assert "sinar-harapan-pekalongan" not in [k.slug for k in lists["belum-dibina"]]  # coached in 2018
    assert "kim-adirejo-maju" in [k.slug for k in lists["belum-dibina"]]
    assert "kim-sidodadi" not in [k.slug for k in lists["belum-dibina"]]  # a sample beside real KIMs
    gondangrejo = kims["kim-gondangrejo-berdaya"]
    renewed = replace(gondangrejo, sk=gondangrejo.sk + (replace(gondangrejo.sk[0], tanggal=dt.date(2026, 11, 1),
                                                                       berlaku_hingga=None),))
    assert ending_sks(renewed, TODAY) == []
    assert ending_sks(gondangrejo, dt.date(2026, 10, 1)) == []  # 91 days before: not yet
    assert len(ending_sks(gondangrejo, dt.date(2026, 10, 2))) == 1
    rows = list(csv.DictReader(io.StringIO(w.csv("18.07", SITE_URL).decode("utf-8-sig"))))
    assert {"sk-berakhir", "belum-dibina"} <= {r["kategori"] for r in rows}


def test_an_expired_sk_reads_as_expired_in_the_worklist_and_its_files(kims):
    """A coach tested it: an SK that ended on 30 June 2026 was "berlaku sampai" on 4 December."""
    today = dt.date(2026, 12, 4)
    gondangrejo = kims["kim-gondangrejo-berdaya"]
    ended = replace(gondangrejo, sk=(replace(gondangrejo.sk[0], berlaku_hingga=dt.date(2026, 6, 30)),))
    w = Worklists([ended], load_regions(), today, load_criteria())
    stats = RegionStats("18.07", "Kabupaten Lampung Timur", [ended])
    for t, said, not_said in ((ID, "SK Desa kedaluwarsa: masa berlakunya berakhir 30 Juni 2026", "berlaku sampai"),
                              (EN, "Village (desa) SK expired: its term ended on 30 June 2026", "in force until")):
        entry = next(c for c in regency_worklist(w, stats, t).categories if c.id == SK_ENDING).entries[0]
        assert entry.detail == said and not_said not in entry.detail
    # no SK in force: on that list too, named for what it holds
    without = next(c for c in regency_worklist(w, stats, ID).categories if c.id == "tanpa-sk")
    assert without.title == "Tanpa SK yang berlaku" and [e.name for e in without.entries] == [ended.nama]
    rows = list(csv.DictReader(io.StringIO(w.csv("18.07", SITE_URL).decode("utf-8-sig"))))
    assert {(r["kategori"], r["berlaku_hingga"]) for r in rows if r["kategori"] == SK_ENDING} == {(SK_ENDING, "2026-06-30")}
    assert {r["berlaku_hingga"] for r in rows if r["kategori"] != SK_ENDING} == {""}
    sheet = load_workbook(io.BytesIO(worklist_xlsx_bytes(w, "18.07", SITE_URL))).active
    end = CSV_FIELDS.index("berlaku_hingga")
    cells = [row[end] for row in sheet.iter_rows(min_row=2) if row[0].value == SK_ENDING]
    assert [c.value.date() for c in cells] == [dt.date(2026, 6, 30)] and cells[0].is_date
    soon = Worklists([gondangrejo], load_regions(), TODAY, load_criteria())  # ends 31 December 2026
    entry = next(c for c in regency_worklist(soon, stats, ID).categories if c.id == SK_ENDING).entries[0]
    assert entry.detail == "SK Desa: berlaku sampai 31 Desember 2026"


def test_the_worklist_xlsx_holds_the_csv_rows_and_is_the_same_every_time(kims):
    w = Worklists(list(kims.values()), load_regions(), TODAY, load_criteria())
    data = worklist_xlsx_bytes(w, "18.07", SITE_URL)
    assert worklist_xlsx_bytes(Worklists(list(kims.values()), load_regions(), TODAY, load_criteria()),
                               "18.07", SITE_URL) == data
    sheet = load_workbook(io.BytesIO(data)).active
    rows = [tuple("" if v is None else v.date().isoformat() if isinstance(v, dt.datetime) else v for v in row)
            for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == CSV_FIELDS
    assert rows[1:] == list(w.rows("18.07", SITE_URL))
    # the date a profile was last checked is a date cell, which sorts and filters as one
    dates = [row[CSV_FIELDS.index("diperbarui")] for row in sheet.iter_rows(min_row=2)]
    assert dates and all(c.is_date and c.number_format == "yyyy-mm-dd" for c in dates if c.value is not None)


def test_every_kim_row_of_a_worklist_says_whether_the_kim_is_a_sample(kims):
    """A row copied into an office's spreadsheet keeps the label of invented data."""
    def marks(catalogue):
        w = Worklists(catalogue, load_regions(), TODAY, load_criteria())
        rows = list(csv.DictReader(io.StringIO(w.csv("18.07", SITE_URL).decode("utf-8-sig"))))
        assert {r["contoh"] for r in rows if not r["status"]} <= {""}  # a village with no KIM
        return {r["contoh"] for r in rows if r["status"]}  # a KIM's row: it has a status

    # a catalogue of samples lists them, each row marked; beside real KIMs none is listed
    assert marks([dataclasses.replace(k, contoh=True) for k in kims.values()]) == {"ya"}
    assert marks(list(kims.values())) == {"tidak"}


def test_a_serve_session_makes_a_regencys_files_again_only_when_its_kims_change(kims):
    kept: dict = {}
    made = []

    def files(catalogue):
        w = Worklists(catalogue, load_regions(), TODAY, load_criteria(), kept)
        return [w.kept_file("xlsx", code, SITE_URL, lambda code=code: made.append(code) or code.encode())
                for code in ("18.07", "18.71")] + [w.csv("18.07", SITE_URL)]

    first = files(list(kims.values()))
    assert made == ["18.07", "18.71"]
    assert files(list(kims.values())) == first and made == ["18.07", "18.71"]  # the same objects
    # equal ones, as every build makes a KIM whose need a partner fulfilled (`with_partner_links`)
    assert files([replace(k, met_by=k.met_by) for k in kims.values()]) == first and made == ["18.07", "18.71"]
    edited = [replace(k, nama=k.nama + " Baru") if k.slug == "kim-adirejo-maju" else k for k in kims.values()]
    again = files(edited)
    assert made == ["18.07", "18.71", "18.07"]  # the edited KIM's regency only
    assert b"KIM Adirejo Maju Baru" in again[2] and b"KIM Adirejo Maju Baru" not in first[2]


def test_a_name_like_a_formula_stays_text_in_the_xlsx(kims):
    odd = replace(kims["kim-sidodadi"], nama="=HYPERLINK(\"https://example.org\")")
    w = Worklists([odd], load_regions(), TODAY, load_criteria())
    sheet = load_workbook(io.BytesIO(worklist_xlsx_bytes(w, "18.07", SITE_URL))).active
    cell = next(c for row in sheet.iter_rows() for c in row if str(c.value).startswith("=HYPERLINK"))
    assert cell.data_type == "s"


def test_the_regency_page_links_the_xlsx_and_the_planner(site):
    page = read(site, "wilayah/18.07")
    # saved under a name that tells one regency's files from another's
    assert ('href="../../wilayah/18.07/worklist.xlsx" download="daftar-kerja-18.07-kabupaten-lampung-timur.xlsx"'
            in page)
    assert 'href="../../wilayah/18.07/worklist.csv" download="daftar-kerja-18.07-kabupaten-lampung-timur.csv"' in page
    assert '<a href="../../wilayah/18.07/bimtek/">Perencana Bimtek (dapat dicetak)</a>' in page
    assert (site / "wilayah" / "18.07" / "worklist.xlsx").stat().st_size > 0
    assert not (site / "wilayah" / "18.01" / "worklist.xlsx").exists()  # no KIMs: the CSV lists its villages
    assert "bimtek" not in read(site, "wilayah/18.01")


@pytest.mark.parametrize("url, lang", [("wilayah/18.07", "id"), ("en/wilayah/18.07", "en")])
def test_the_worklist_marks_the_villages_whose_only_kim_is_inactive(kims, url, lang):
    """The tester's case: KIM Sidodadi, inactive and alone in its village, is to be revived;
    its village is on the list of villages without an active KIM, marked. (Sidodadi is a
    sample beside real KIMs, counted by none of the figures: here all are real.)"""
    real = [replace(k, contoh=False) for k in kims.values()]
    page = next(p for p in site_model(real, TODAY).region_pages(lang) if p.url == url + "/").make().body
    part = page[page.index('id="kerja-desa-tanpa-kim"'):]
    if lang == "id":
        assert ">Desa/kelurahan tanpa KIM aktif (" in page
        assert "1 di antaranya punya KIM yang tidak aktif: hidupkan kembali KIM itu" in part
        assert "<em>KIM tidak aktif:</em> Sidodadi</li>" in part
    else:
        assert ">Villages without an active KIM (" in page
        assert "1 of them has an inactive KIM: revive it rather than form a new one." in part
        assert "<em>inactive KIM:</em> Sidodadi</li>" in part


# The per-district summary


def test_every_district_of_the_regency_is_summed_up(site, kims):
    page = read(site, "wilayah/18.07")
    table = page[page.index('<h2 id="kecamatan">'):]
    table = table[:table.index("</table>")]
    regions = load_regions()
    districts = [code for code, (_, parent) in regions.districts.items() if parent == "18.07"]
    body = table[table.index("<tbody>"):table.index("</tbody>")]
    assert body.count("<tr>") == len(districts)
    numbers = [[int(n.replace(".", "")) for n in re.findall(r"<td>([\d.]+)</td>", row)]
               for row in re.findall(r"<tr>.*?</tr>", body)]
    total = [int(n.replace(".", "")) for n in re.findall(r"<td>([\d.]+)</td>", table[table.index("<tfoot>"):])]
    assert total == [sum(col) for col in zip(*numbers)]
    # the regency's real KIMs: its two samples are left out of its figures (model/counting.py)
    regency = [k for k in kims.values() if k.place.regency_code == "18.07" and not k.contoh]
    villages = sum(1 for code in regions.villages if code.startswith("18.07."))
    assert total == [villages, len(regency), sum(k.is_stale(TODAY) for k in regency), sum(not k.sk for k in regency)]
    coverage = ID.percent(len({k.place.code for k in regency if k.status == "aktif"}), villages)
    assert f"<td>{coverage}</td>" in table[table.index("<tfoot>"):]
    assert f"({coverage}) memiliki KIM aktif" in page  # the page's own coverage above
    pekalongan = next(r for r in re.findall(r"<tr>.*?</tr>", body) if "Pekalongan" in r)
    assert '<a href="#kec-18.07.04">Pekalongan</a>' in pekalongan


@pytest.mark.parametrize("lang, label", [("id", "Kode wilayah"), ("en", "Region code")])
def test_a_region_page_gives_its_code_and_its_districts_codes_to_copy(kims, lang, label):
    """The tester's case: an office writing a partner file's `wilayah_kerja` found no page
    that showed a regency's or a district's code as text."""
    pages = {p.url: p for p in site_model(list(kims.values()), TODAY).region_pages(lang)}
    prefix = "" if lang == "id" else "en/"
    regency = pages[f"{prefix}wilayah/18.07/"].make().body
    assert f'<h1>Kabupaten Lampung Timur</h1>\n<p class="kim-muted">{label}: 18.07</p>' in regency
    assert '<a href="#kec-18.07.04">Pekalongan</a> <small>18.07.04</small></th>' in regency
    assert f'<h1>Lampung</h1>\n<p class="kim-muted">{label}: 18</p>' in pages[f"{prefix}wilayah/18/"].make().body


# The Bimtek planner


def test_the_planner_groups_kims_by_gap(kims):
    regency = [k for k in kims.values() if k.place.regency_code == "18.07"]
    stale = replace(kims["kim-adirejo-maju"], diperbarui=dt.date(2020, 1, 1))
    groups = {g.id: g for g in plan([stale if k is kims["kim-adirejo-maju"] else k for k in regency],
                                    load_criteria(), TODAY, ID)}
    assert list(groups) == ["sk", "kegiatan", "media", "pembinaan", "diperbarui"]
    names = {gap: [m.name for m in g.kims] for gap, g in groups.items()}
    assert names["sk"] == ["KIM Adirejo Maju", "KIM Siraman Lestari"]
    assert names["diperbarui"] == ["KIM Adirejo Maju"]
    assert "KIM Sinar Harapan" not in names["pembinaan"] and "KIM Adirejo Maju" in names["pembinaan"]
    assert "KIM Sinar Harapan" not in names["media"]
    # named as the worklist names the same KIMs (a tester: "SK belum tercatat" held a lapsed SK)
    assert groups["sk"].title == "Tanpa SK yang berlaku" and groups["sk"].guide.url == "panduan/sk-pengukuhan/"
    sheet = groups["diperbarui"].attendance
    assert [name for _, name, _ in sheet] == ["KIM Adirejo Maju"] * ROWS_PER_KIM + [""] * BLANK_ROWS
    assert [no for no, _, _ in sheet] == [str(n) for n in range(1, ROWS_PER_KIM + BLANK_ROWS + 1)]
    assert not any(contoh for _, _, contoh in sheet)
    # a sample KIM's lines are marked, as its line of the group's table (a tester's case)
    sample = replace(stale, contoh=True)
    sheet = plan([sample], load_criteria(), TODAY, ID)[-1].attendance
    assert [contoh for _, _, contoh in sheet] == [True] * ROWS_PER_KIM + [False] * BLANK_ROWS
    assert [m.no for m in groups["sk"].kims] == ["1", "2"]


def test_the_planner_leaves_inactive_kims_out(kims):
    """The tester's case: KIM Sidodadi, dissolved (`tidak-aktif`), was in every group of the
    planner, with attendance lines, as if a session could be held with it."""
    sidodadi = kims["kim-sidodadi"]
    assert not sidodadi.active and sidodadi.place.regency_code == "18.07"
    regency = [k for k in kims.values() if k.place.regency_code == "18.07"]
    active = replace(sidodadi, status="aktif")
    groups = plan(regency, load_criteria(), TODAY, ID)
    assert groups and not any(m.name == "KIM Sidodadi" for g in groups for m in g.kims)
    assert not any(name == "KIM Sidodadi" for g in groups for _, name, _ in g.attendance)
    revived = plan([active if k is sidodadi else k for k in regency], load_criteria(), TODAY, ID)
    assert any(m.name == "KIM Sidodadi" for g in revived for m in g.kims)  # the same KIM, active again


@pytest.mark.parametrize("lang, said", [
    ("id", "<p>1 KIM nonaktif tidak disertakan: Bimtek direncanakan hanya untuk KIM aktif.</p>"),
    ("en", "<p>1 inactive KIM is left out: Bimtek sessions are planned for active KIMs only.</p>")])
def test_the_planner_says_a_real_inactive_kim_is_left_out(kims, lang, said):
    real = replace(kims["kim-sidodadi"], contoh=False)  # inactive
    model = site_model([real if k.slug == real.slug else k for k in kims.values()], TODAY)
    section = next(s for s in model.sections if isinstance(s, BimtekSection))
    page = section.page(model.table.stats["18.07"], model.table.stats["18"], lang).body
    assert said in page and "KIM Sidodadi" not in page


def test_the_attendance_sheet_marks_a_sample_kim(kims):
    """A tester's case: the group's table marked a sample KIM «contoh», its attendance sheet did not."""
    # a catalogue of samples, whose planners plan for them; Adirejo, without an SK, in the "sk" group
    model = site_model([replace(k, contoh=True) for k in kims.values()], TODAY)
    section = next(s for s in model.sections if isinstance(s, BimtekSection))
    page = section.page(model.table.stats["18.07"], model.table.stats["18"], "id").body
    sheet = page[page.index('id="bimtek-sk"'):]
    sheet = sheet[sheet.index('<table class="kim-hadir">'):sheet.index("</table>", sheet.index('class="kim-hadir"'))]
    label = '<span class="kim-badge kim-badge--contoh">contoh</span>'
    assert sheet.count(f"<td>KIM Adirejo Maju {label}</td>") == ROWS_PER_KIM
    assert sheet.count(f"<td>KIM Siraman Lestari {label}</td>") == ROWS_PER_KIM
    assert "<td>KIM Adirejo Maju</td>" not in sheet


def test_the_planner_page_in_both_languages(site):
    page = read(site, "wilayah/18.07/bimtek")
    assert "<h1>Perencana Bimtek Kabupaten Lampung Timur</h1>" in page
    assert '<section class="kim-sheet" id="bimtek-sk"' in page
    assert ('<thead><tr><th scope="col">No.</th><th scope="col">Nama</th><th scope="col">KIM</th>'
            '<th scope="col">Jabatan</th><th scope="col">Tanda tangan</th></tr></thead>') in page
    # deeper than the shell: the theme's links climb one folder more
    assert f'href="../../../{ASSET("kim.css")}"' in page and f'href="../../../{ASSET("cetak.css")}"' in page
    assert '<a href="../../../kim/kim-adirejo-maju/">KIM Adirejo Maju</a>' in page
    # the inactive KIM Sidodadi is left out; a sample beside real KIMs, it is not counted either
    assert "kim-sidodadi" not in page and "Sidodadi" not in page and "nonaktif tidak disertakan" not in page
    english = read(site, "en/wilayah/18.07/bimtek")
    assert "Bimtek planner: Kabupaten Lampung Timur" in english and "Attendance sheet" in english
    assert "tidak dimasukkan" not in read(site, "wilayah/18.71/bimtek")  # all its KIMs active: no such line
    assert f'href="../../../../{ASSET("kim.css")}"' in english


def test_the_planner_prints_on_a4_without_the_sites_menus(site, browser):
    server = Server(site)
    try:
        page = browser.new_page()
        page.goto(server.url + "wilayah/18.07/bimtek/")
        assert page.locator(".md-header").is_visible()
        page.emulate_media(media="print")
        for chrome in (".md-header", ".md-tabs", ".md-sidebar--primary", ".md-footer", ".kim-breadcrumb"):
            hidden = page.locator(chrome)
            assert hidden.count() == 0 or not hidden.first.is_visible(), chrome
        assert page.locator("#bimtek-sk .kim-hadir").is_visible()
        assert page.locator("#bimtek-sk").evaluate("e => getComputedStyle(e).breakBefore") == "auto"
        assert page.locator("#bimtek-kegiatan").evaluate("e => getComputedStyle(e).breakBefore") == "page"
        pdf = page.pdf(format="A4")
        assert pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page(?!s)", pdf)) >= 2
        page.close()
    finally:
        server.close()


# Targets: a regency's progress, rolled up to its province and the statistics


def _figures(html: str) -> tuple[int, int, int]:
    """(progress value, progress max, KIMs in the text) of a page's target."""
    found = re.search(r'<progress class="kim-target" value="(\d+)" max="(\d+)" aria-label="[^"]+">[^<]*</progress>\s*'
                      r"([\d.]+) (?:KIM aktif dari|active KIMs? of)", html)
    assert found, "no target on the page"
    return int(found.group(1)), int(found.group(2)), int(found.group(3).replace(".", ""))


def test_target_progress_adds_up_from_regencies_to_province_and_statistics(site, kims):
    """Only active KIMs count towards a target: the tester's regency page showed its coverage
    without its dissolved KIM but counted that KIM towards the target (KIM Sidodadi here)."""
    # target 12 by 2027, 3 real KIMs, all active, counted; 2 samples (one of them Sidodadi,
    # inactive) left out of its figures (model/counting.py)
    lamtim = read(site, "wilayah/18.07")
    assert not kims["kim-sidodadi"].active and kims["kim-sidodadi"].place.regency_code == "18.07"
    assert _figures(lamtim) == (3, 12, 3)
    assert "3 KIM aktif dari target 12 KIM (25,0%); target tahun 2027" in text_of(lamtim)
    assert ("3 active KIMs of the target of 12 KIMs (25.0%), to be reached by 2027"
            in text_of(read(site, "en/wilayah/18.07")))
    bandar = read(site, "wilayah/18.71")  # target 20, no year, 2 KIMs, both active
    assert _figures(bandar) == (2, 20, 2) and "2 KIM aktif dari target 20 KIM (10,0%)" in text_of(bandar)
    assert "target" not in text_of(read(site, "wilayah/18.01")).lower().replace("kabupaten/kota bertarget", "")
    province = read(site, "wilayah/18")
    assert _figures(province) == (5, 32, 5)
    assert ("5 KIM aktif dari target 32 KIM (15,6%), dijumlah dari 2 kabupaten/kota yang menetapkan target"
            in text_of(province))
    stats = json.loads((site / "data" / "statistik.json").read_text(encoding="utf-8"))
    assert stats["target"] == {"nasional": {"kim": 5, "target_kim": 32, "kabupaten_kota": 2},
                               "provinsi": [{"kode": "18", "nama": "Lampung", "kim": 5, "target_kim": 32,
                                             "kabupaten_kota": 2}]}
    page = read(site, "statistik")
    assert _figures(page) == (5, 32, 5)
    assert ("<tfoot><tr><th scope=\"row\">Indonesia</th><td>2</td><td>32</td><td>5</td><td>15,6%</td></tr></tfoot>"
            in page)
    assert '<th scope="col">Target jumlah KIM</th><th scope="col">KIM aktif</th>' in page
    assert _figures(read(site, "wilayah")) == (5, 32, 5)


def test_progress_stops_at_the_target_but_the_text_says_how_many(kims):
    from generator.model.mitra import Wilayah
    from generator.site.targets import regency_target, rollup

    settings = {"18.07": Wilayah(kode="18.07", source="x", target_kim=3, target_tahun=2026),
                "18.71": Wilayah(kode="18.71", source="y")}
    target = regency_target("18.07", 5, settings, False)
    assert (target.progress, target.target, target.kims, target.year) == (3, 3, 5, 2026)
    assert regency_target("18.71", 2, settings, False) is None  # settings without a target
    invented = {"18.07": replace(settings["18.07"], contoh=True)}
    assert regency_target("18.07", 5, invented, False) is None  # no invented target for a real count
    assert regency_target("18.07", 5, invented, True).contoh

    class R:
        def __init__(self, code, n):
            self.code, self.active = code, n

    total = rollup([R("18.07", 5), R("18.71", 2), R("18.01", 0)], settings, False)
    assert (total.kims, total.target, total.regencies, total.rollup) == (5, 3, 1, True)
    assert rollup([R("18.01", 4)], settings, False) is None
    # an invented target is summed with sample figures only (a region's `active` counts as
    # model/counting.py says: no sample once the country holds a real KIM)
    assert rollup([R("18.07", 5)], invented, True).contoh
    assert rollup([R("18.07", 5)], invented, False) is None


def test_the_directory_filters_verified_kims(site, browser):
    server = Server(site)
    try:
        page = browser.new_page()
        page.goto(server.url + "kim/")
        page.wait_for_selector("#kim-app[data-state=ready]")
        box = page.get_by_label(re.compile(r"^Terverifikasi"))
        assert "(1)" in page.locator("#kim-facet-lain").inner_text().split("Terverifikasi")[1]
        box.check()
        page.wait_for_function("document.querySelector('#kim-count').textContent.startsWith('1 ')")
        page.wait_for_url(re.compile(r"[?&]lain=verifikasi"))  # written just after the frame that shows it
        assert "lain=verifikasi" in page.url
        assert page.locator("#kim-results").inner_text().startswith("KIM Sinar Harapan")
        page.close()
    finally:
        server.close()


@pytest.mark.parametrize("url, lang", [("wilayah/18.07", "id"), ("en/wilayah/18.07", "en"), ("wilayah/18.71", "id")])
def test_a_regency_page_tells_a_resident_how_to_form_a_kim_and_whom_to_ask(site, url, lang):
    """The resident tester's case: the coach's contact and the villages without a KIM were only
    in the coaches' worklist, at the bottom; a resident whose village has none got no help."""
    page = read(site, url)
    part = page[page.index('id="belum-ada-kim"'):page.index('id="kecamatan"')]
    guide = "../../panduan/membentuk-kim/" if lang == "id" else "../../../panduan/membentuk-kim/"
    assert f'<a href="{guide}"' in part and '<a href="#kerja-desa-tanpa-kim">' in part
    if url.endswith("18.07"):
        assert 'Diskominfo Kabupaten Contoh (contoh) · E-mail: <a href="mailto:pembina-kim@example.org">' in part
    else:  # its _wilayah.yml names no coach
        assert "belum tercantum di direktori" in text_of(part)


IDLE = {  # the planner and the regency page of a regency whose five KIMs (three counted) are all inactive
    "id": ("<p>Tidak ada yang dapat direncanakan: Kabupaten Lampung Timur tidak punya KIM aktif. 3 KIM yang tercatat "
           "di sini tidak aktif (nonaktif atau bubar), dan Bimtek hanya direncanakan untuk KIM aktif.</p>",
           '<p><a href="../../../wilayah/18.07/#daftar-kerja">Lihat daftar kerja pembina Kabupaten Lampung Timur '
           "untuk menghidupkan kembali KIM-nya</a></p>",
           '<a href="../../wilayah/18.07/bimtek/">Perencana Bimtek (tidak ada KIM aktif)</a>'),
    "en": ("<p>There is nothing to plan: Kabupaten Lampung Timur has no active KIM. The 3 KIMs recorded here are "
           "inactive (dormant or dissolved), and Bimtek sessions are planned for active KIMs only.</p>",
           '<p><a href="../../../../en/wilayah/18.07/#daftar-kerja">See the coach&#39;s worklist of Kabupaten Lampung '
           "Timur to revive its KIMs</a></p>",
           '<a href="../../../en/wilayah/18.07/bimtek/">Bimtek planner (no active KIM)</a>'),
}


@pytest.mark.parametrize("lang", IDLE)
def test_a_planner_without_an_active_kim_says_why_and_links_the_worklist(kims, lang):
    """The tester's case: a regency whose KIMs are all inactive got a planner of five empty groups."""
    idle = [replace(k, status="tidak-aktif") if k.place.regency_code == "18.07" else k for k in kims.values()]
    prefix = "en/" if lang == "en" else ""
    pages = {item.url: item for item in site_model(idle, TODAY).shell_pages(lang)
             if item.url in (f"{prefix}wilayah/18.07/", f"{prefix}wilayah/18.07/bimtek/")}
    planner, regency = (pages[f"{prefix}wilayah/18.07/{tail}"].make().body for tail in ("bimtek/", ""))
    said, link, planner_link = IDLE[lang]
    assert said in planner and link in planner
    assert "kim-sheet" not in planner and "bimtek-sk" not in planner and "kim-hadir" not in planner
    assert planner_link in regency
    assert 'id="daftar-kerja"' in regency  # what the planner links to
    # one active KIM again: its planner plans, and the regency page offers it as before
    revived = [replace(k, status="aktif") if k.slug == "kim-adirejo-maju" else k for k in idle]
    pages = {item.url: item for item in site_model(revived, TODAY).shell_pages(lang)
             if item.url == f"{prefix}wilayah/18.07/bimtek/"}
    body = pages[f"{prefix}wilayah/18.07/bimtek/"].make().body
    assert said not in body and '<section class="kim-sheet" id="bimtek-sk"' in body


def test_a_planner_with_active_kims_but_no_group_never_says_there_is_none(kims, monkeypatch):
    """The reviewer: "no active KIM" followed the groups, which are empty too when the
    maintainers keep none of the gap signals in kelembagaan.yml."""
    monkeypatch.setattr(bimtek, "plan", lambda *args: ())
    pages = {item.url: item for item in site_model(list(kims.values()), TODAY).shell_pages("id")
             if item.url == "wilayah/18.07/bimtek/"}
    body = pages["wilayah/18.07/bimtek/"].make().body
    assert IDLE["id"][0] not in body and "tidak punya KIM aktif" not in body

