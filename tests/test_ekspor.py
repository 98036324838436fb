"""`kim ekspor`: the KIMs back into an office's sheet, imported again unchanged; never a formula; the template."""

import csv
import datetime as dt
import re
import shutil
from pathlib import Path

import openpyxl
import pytest

from generator.impor import values
from generator.impor.sheet import HEADERS, SAMPLE_ROW
from tests.imporkit import (
    BUNDLED,
    REAL,
    SEED,
    TEMPLATE,
    kim,
    seeded,
    snapshot,
    unsampled,
)


@pytest.fixture
def work(tmp_path):
    return seeded(tmp_path)


# Found by a tester: `kim validate` accepts a name a spreadsheet evaluates as a formula.
HOSTILE = '=HYPERLINK("https://evil.example/x";"KIM Sri Katon")'
HOSTILE_FILE = Path("18") / "18.01" / "cahaya-ilmu-way-hui.yml"


def hostile(folder: Path) -> None:
    """The KIM of HOSTILE_FILE named HOSTILE, its address also read as a formula."""
    path = folder / HOSTILE_FILE
    text = path.read_text(encoding="utf-8").replace("nama: KIM Cahaya Ilmu Way Hui\n", f"nama: '{HOSTILE}'\n")
    path.write_text(text.replace("alamat: Rumah Baca Cahaya Ilmu, Desa Way Hui, Jati Agung\n",
                                 "alamat: '@Rumah Baca Cahaya Ilmu, Desa Way Hui, Jati Agung'\n"), encoding="utf-8")


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_export_then_import_changes_nothing(tmp_path, capsys, monkeypatch, suffix):
    shutil.copytree(BUNDLED, tmp_path / "kims")
    unsampled(tmp_path / "kims")
    hostile(tmp_path / "kims")
    before = snapshot(tmp_path / "kims")
    n = sum(not name.endswith("_wilayah.yml") for name in before)  # regency settings are no KIMs
    code, out, _ = kim(["ekspor", "--ke", f"semua.{suffix}"], tmp_path, capsys, monkeypatch)
    assert code == 0 and out == f"{n} KIM ditulis ke semua.{suffix}\n"
    assert kim(["ekspor", "--ke", f"semua.{suffix}", "--lang", "en"], tmp_path, capsys, monkeypatch) == (
        0, f"KIMs written to semua.{suffix}: {n}\n", "")
    code, out, _ = kim(["impor", f"semua.{suffix}", "--tulis"], tmp_path, capsys, monkeypatch)
    assert code == 0, out
    assert out.splitlines()[-1] == f"{n} baris: 0 ditulis, 0 diperbarui, {n} sama, 0 perlu dicek; " \
                                   "0 nama ketua ditahan karena belum ada izin publikasi"
    assert snapshot(tmp_path / "kims") == before


def test_export_never_writes_a_formula(tmp_path, capsys, monkeypatch):
    shutil.copytree(BUNDLED / "18", tmp_path / "kims" / "18")
    unsampled(tmp_path / "kims")
    hostile(tmp_path / "kims")
    for suffix in ("xlsx", "csv"):  # the export leaves out a file kim validate refuses: this one passes
        assert kim(["ekspor", "--wilayah", "18.01", "--ke", f"x.{suffix}"], tmp_path, capsys, monkeypatch) == (
            0, f"3 KIM ditulis ke x.{suffix}\n", "")
    sheet = openpyxl.load_workbook(tmp_path / "x.xlsx").worksheets[0]
    cells = next(dict(zip(HEADERS, row)) for row in sheet.iter_rows(min_row=2) if row[0].value == HOSTILE)
    assert (cells["nama"].data_type, cells["alamat"].data_type) == ("s", "s")  # text, not "f"
    with open(tmp_path / "x.csv", encoding="utf-8-sig", newline="") as fh:
        row = next(dict(zip(HEADERS, r)) for r in csv.reader(fh, delimiter=";") if r[0].endswith(HOSTILE))
    # the guard of the site's data/kims.csv
    assert (row["nama"], row["alamat"]) == ("'" + HOSTILE, "'@Rumah Baca Cahaya Ilmu, Desa Way Hui, Jati Agung")


def test_a_csv_export_writes_phone_numbers_as_text_excel_keeps(work, capsys, monkeypatch):
    # Found by testers: "+6281234567890" in a CSV opens in Excel as 6.28123E+12 and is saved
    # so, and `kim impor` then refuses the sheet.
    seed = work / "kims" / "18" / "18.07" / SEED.name
    text = REAL.replace("    email: bima.sinarharapan@example.org\n",
                        '    email: bima.sinarharapan@example.org\n    telepon: "+6281234567890"\n')
    seed.write_text(text, encoding="utf-8")
    code, _, _ = kim(["ekspor", "--ke", "daftar.csv"], work, capsys, monkeypatch)
    assert code == 0
    # the separator of Excel in Indonesian regional settings (as laporan.csv), with a BOM
    assert (work / "daftar.csv").read_bytes().startswith(("\ufeff" + ";".join(HEADERS.values()) + "\r\n").encode())
    with open(work / "daftar.csv", encoding="utf-8-sig", newline="") as fh:
        row = dict(zip(HEADERS, list(csv.reader(fh, delimiter=";"))[1]))
    assert row["telepon"] == "0812-3456-7890"
    code, out, _ = kim(["impor", "daftar.csv", "--tulis"], work, capsys, monkeypatch)
    assert code == 0 and " 1 sama" in out.splitlines()[-1]
    assert seed.read_text(encoding="utf-8") == text


def test_export_carries_names_only_with_consent(tmp_path, capsys, monkeypatch):
    shutil.copytree(BUNDLED / "18", tmp_path / "kims" / "18")
    unsampled(tmp_path / "kims")
    code, _, _ = kim(["ekspor", "--wilayah", "18.07", "--ke", "lamtim.xlsx"], tmp_path, capsys, monkeypatch)
    assert code == 0
    sheet = openpyxl.load_workbook(tmp_path / "lamtim.xlsx", read_only=True).worksheets[0]
    rows = [dict(zip(HEADERS, row)) for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert rows and all(r["kode"].startswith("18.07.") for r in rows)
    sinar = next(r for r in rows if r["nama"] == "KIM Sinar Harapan")
    assert (sinar["ketua"], sinar["izin"], sinar["sk_tingkat"]) == ("Bima (uji)", "2026-10-01",
                                                                     "Provinsi")
    assert all(r["izin"] in (None, "belum ada izin") for r in rows if not r["ketua"])
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", r["izin"]) for r in rows if r["ketua"])


def test_export_types_numbers_and_dates_and_carries_status_and_date(work, capsys, monkeypatch):
    # Found by a tester: a coordinator filters the export by status and by date, and sorts by
    # members, which Excel does only with numbers and dates, not text.
    seed = work / "kims" / "18" / "18.07" / SEED.name
    seed.write_text(REAL.replace("status: aktif", "status: tidak-aktif"), encoding="utf-8")
    assert kim(["ekspor", "--ke", "daftar.xlsx"], work, capsys, monkeypatch)[0] == 0
    sheet = openpyxl.load_workbook(work / "daftar.xlsx").worksheets[0]
    assert [c.value for c in sheet[1]][-2:] == ["Status", "Diperbarui"]
    cells = dict(zip(HEADERS, sheet[2]))
    assert {k: cells[k].value for k in ("anggota", "berdiri", "status", "diperbarui", "kode")} == {
        "anggota": 18, "berdiri": "2016-04-10", "status": "Tidak aktif",
        "diperbarui": dt.datetime(2026, 10, 2), "kode": "18.07.04.2001"}
    assert cells["telepon"].number_format == "@" and cells["diperbarui"].number_format == "yyyy-mm-dd"
    # Found by a regency coach: years as numbers and dates as dates sorted all year-only KIMs
    # first; as text, the file's year or date sorts by year.
    assert cells["berdiri"].number_format == "@"
    code, out, _ = kim(["impor", "daftar.xlsx", "--tulis"], work, capsys, monkeypatch)
    assert code == 0 and out.splitlines()[1].split()[1] == "sama", out
    # the status is read as the export labels it: a coach marks a KIM inactive in the sheet
    cells["status"].value = "Aktif"
    sheet.parent.save(work / "daftar.xlsx")
    code, out, _ = kim(["impor", "daftar.xlsx", "--tulis"], work, capsys, monkeypatch)
    assert code == 0 and "diubah: status" in out
    assert "status: aktif\n" in seed.read_text(encoding="utf-8")


def test_the_template_s_sample_row_is_never_imported(work, capsys, monkeypatch):
    code, out, _ = kim(["impor", str(TEMPLATE), "--tulis"], work, capsys, monkeypatch)
    assert code == 1
    assert out.splitlines()[1] == "    2  perlu dicek  -       baris contoh dari templat: ganti dengan data KIM yang nyata, " \
                                  "atau hapus baris ini"
    assert snapshot(work / "kims") == {f"18/18.07/{SEED.name}": REAL.encode()}


def test_template_is_the_export_header_with_one_sample_row():
    sheet = openpyxl.load_workbook(TEMPLATE, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == list(HEADERS.values())
    assert [{k: values.text(v) for k, v in zip(HEADERS, row)} for row in rows[1:]] == [
        {k: v or None for k, v in SAMPLE_ROW.items()}]
    assert rows[1][list(HEADERS).index("anggota")] == 15  # a number, as the export writes counts
    assert "(contoh)" in SAMPLE_ROW["nama"] and SAMPLE_ROW["telepon"] == "" and SAMPLE_ROW["izin"] == "tidak"


PAPUA_KIM = """\
versi: 1
slug: {slug}
nama: KIM {name}
status: aktif
wilayah: "{code}"
sk:
  - tingkat: {tingkat}
    nomor: "UJI/141/2020"
    tanggal: 2020-05-02
diperbarui: 2026-10-02
"""


def test_a_papua_kim_s_sk_level_is_exported_as_the_site_names_it_and_read_back(work, capsys, monkeypatch):
    # The export wrote "Desa" for a kampung's SK and "Kecamatan" for a distrik's (UU No. 21 Tahun 2001).
    folder = work / "kims" / "93" / "93.01"
    folder.mkdir(parents=True)
    for slug, name, code, tingkat in (("wasur-maju", "Wasur Maju", "93.01.01.2008", "desa"),
                                      ("merauke-maju", "Merauke Maju", "93.01.01.2008", "kecamatan")):
        (folder / f"{slug}.yml").write_text(PAPUA_KIM.format(slug=slug, name=name, code=code, tingkat=tingkat),
                                            encoding="utf-8")
    before = snapshot(work / "kims")
    for suffix in ("xlsx", "csv"):
        assert kim(["ekspor", "--ke", f"daftar.{suffix}"], work, capsys, monkeypatch)[0] == 0
        sheet = openpyxl.load_workbook(work / "daftar.xlsx").worksheets[0] if suffix == "xlsx" else None
        if sheet:
            levels = {row[0].value: dict(zip(HEADERS, row))["sk_tingkat"].value for row in sheet.iter_rows(min_row=2)}
            assert levels == {"KIM Wasur Maju": "Kampung", "KIM Merauke Maju": "Distrik",
                              "KIM Sinar Harapan": "Provinsi"}
        code, out, _ = kim(["impor", f"daftar.{suffix}", "--tulis"], work, capsys, monkeypatch)
        assert code == 0 and out.splitlines()[-1].startswith("3 baris: 0 ditulis, 0 diperbarui, 3 sama"), out
        assert snapshot(work / "kims") == before
