"""`kim ekspor` → edited in Excel → `kim impor`: cleared cells of the chair, and the consent
column as offices type in it. Found by a second tester playing a regency's Diskominfo."""

import csv
import datetime as dt

import openpyxl
import pytest

from generator.impor import values
from generator.impor.sheet import HEADERS
from tests.imporkit import BUNDLED, REAL, SEED, kim, real, seeded, snapshot

PHONED = REAL.replace("    email: bima.sinarharapan@example.org\n",
                      '    email: bima.sinarharapan@example.org\n    telepon: "+6281234567890"\n')


@pytest.fixture
def work(tmp_path):
    seeded(tmp_path)
    (tmp_path / "kims/18/18.07" / SEED.name).write_text(PHONED, encoding="utf-8")
    return tmp_path


def exported(work, capsys, monkeypatch, **cells) -> list[str]:
    """The export with the KIM's `cells` (our column → value) changed, imported: the report's row."""
    assert kim(["ekspor", "--ke", "daftar.xlsx"], work, capsys, monkeypatch)[0] == 0
    book = openpyxl.load_workbook(work / "daftar.xlsx")
    row = dict(zip(HEADERS, book.active[2]))
    for key, value in cells.items():
        row[key].value = value
    book.save(work / "daftar.xlsx")
    code, out, _ = kim(["impor", "daftar.xlsx", "--tulis"], work, capsys, monkeypatch)
    return [code, out.splitlines()[1]]


# -- a cleared name or number is "remove this", never "sama" ---------------------------------------

def test_a_cleared_chair_is_held_with_the_withdrawal_runbook(work, capsys, monkeypatch):
    code, line = exported(work, capsys, monkeypatch, ketua=None, telepon=None, izin=None)
    assert code == 1 and line.split()[1:3] == ["perlu", "dicek"], line
    assert line.endswith("kolom Ketua kosong, tetapi berkas tetap memuat nama ketua 'Bima (uji)' beserta nomornya: "
                         "impor tidak menghapus data pribadi; untuk menghapusnya ikuti runbook pencabutan izin "
                         "(docs/runbook-pencabutan-izin.md); bila tetap dipakai, isi lagi kolom Ketua")
    assert (work / "kims/18/18.07" / SEED.name).read_text(encoding="utf-8") == PHONED


def test_a_cleared_number_is_held(work, capsys, monkeypatch):
    """The number the file keeps is named masked: the report is pasted into pull requests."""
    code, line = exported(work, capsys, monkeypatch, telepon=None)
    assert code == 1 and line.endswith("kolom No. HP kosong, tetapi berkas tetap memuat nomor Bima (uji) "
                                       "(+62812…90): impor tidak menghapus data pribadi; untuk menghapusnya "
                                       "ikuti runbook pencabutan izin (docs/runbook-pencabutan-izin.md); bila tetap "
                                       "dipakai, isi lagi kolom No. HP"), line
    assert (work / "kims/18/18.07" / SEED.name).read_text(encoding="utf-8") == PHONED


CONSENT_CLEARED = ("kolom Izin publikasi kosong, tetapi berkas tetap memuat nama ketua 'Bima (uji)' beserta "
                   "kontaknya dengan izin 2026-10-01: impor tidak menghapus data pribadi; bila izinnya dicabut atau "
                   "tidak diketahui lagi, ikuti runbook pencabutan izin (docs/runbook-pencabutan-izin.md); bila izin "
                   "itu masih berlaku, isi lagi kolom Izin publikasi dengan tanggalnya, 2026-10-01")


@pytest.mark.parametrize("cells", [{"izin": None}, {"izin": "-", "anggota": 25}])
def test_a_cleared_consent_is_held_with_the_withdrawal_runbook(work, capsys, monkeypatch, cells):
    """The same chair, their consent cell emptied (a dash is empty): the sheet no longer records
    the consent the file publishes their name and number under; nothing of the row is written."""
    code, line = exported(work, capsys, monkeypatch, **cells)
    assert code == 1 and line.split()[1:3] == ["perlu", "dicek"], line
    assert line.endswith(CONSENT_CLEARED), line
    assert (work / "kims/18/18.07" / SEED.name).read_text(encoding="utf-8") == PHONED


def test_a_cleared_consent_in_a_sheet_without_the_chair_s_name_is_held(work, capsys, monkeypatch):
    (work / "izin.csv").write_text("Nama KIM;Kode wilayah;Izin publikasi\nKIM Sinar Harapan;18.07.04.2001;\n",
                                   encoding="utf-8")
    code, out, _ = kim(["impor", "izin.csv", "--tulis"], work, capsys, monkeypatch)
    assert code == 1 and out.splitlines()[1].endswith(CONSENT_CLEARED), out
    assert (work / "kims/18/18.07" / SEED.name).read_text(encoding="utf-8") == PHONED


def test_a_cleared_consent_of_a_chair_without_a_contact_names_no_contact(work, capsys, monkeypatch):
    path = work / "kims/18/18.07" / SEED.name
    text = path.read_text(encoding="utf-8")
    start, end = text.index("  - jenis: pribadi\n    nama: Bima (uji)"), text.index("diperbarui:")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    (work / "izin.csv").write_text("Nama KIM;Kode wilayah;Izin publikasi\nKIM Sinar Harapan;18.07.04.2001;\n",
                                   encoding="utf-8")
    code, out, _ = kim(["impor", "izin.csv", "--tulis"], work, capsys, monkeypatch)
    assert code == 1 and out.splitlines()[1].endswith(CONSENT_CLEARED.replace(" beserta kontaknya", "")), out


@pytest.mark.parametrize("cell", ["2026-10-01", "ya"])
def test_a_filled_consent_in_a_sheet_without_the_chair_s_name_is_the_same(work, capsys, monkeypatch, cell):
    """The reviewer: a filled cell was read as an emptied one, and a correct sheet was held."""
    (work / "izin.csv").write_text(f"Nama KIM;Kode wilayah;Izin publikasi\nKIM Sinar Harapan;18.07.04.2001;{cell}\n",
                                   encoding="utf-8")
    code, out, _ = kim(["impor", "izin.csv", "--tulis"], work, capsys, monkeypatch)
    assert code == 0 and out.splitlines()[1].split()[1] == "sama", out
    assert (work / "kims/18/18.07" / SEED.name).read_text(encoding="utf-8") == PHONED


def test_a_sheet_without_the_chair_s_columns_says_nothing_of_them(work, capsys, monkeypatch):
    header = "Nama KIM;Kode wilayah"
    for name, sheet, said in (
            ("tanpa", "", "sudah sesuai"),
            # the sheet has no consent column: it is not "empty"
            ("ketua", ";Bima (uji)", "sudah sesuai; lembar ini tanpa kolom Izin publikasi: isian ketua baris ini "
                                     "tidak dipakai, dan berkas tetap memuat nama ketua 'Bima (uji)' dengan izin "
                                     "2026-10-01; bila izinnya dicabut, hapus namanya lewat runbook pencabutan izin "
                                     "(docs/runbook-pencabutan-izin.md)")):
        (work / f"{name}.csv").write_text(f"{header}{';Ketua' if sheet else ''}\nKIM Sinar Harapan;18.07.04.2001"
                                          f"{sheet}\n", encoding="utf-8")
        code, out, _ = kim(["impor", f"{name}.csv"], work, capsys, monkeypatch)
        assert code == 0 and out.splitlines()[1].endswith(f"sama   kims/18/18.07/{SEED.name}  {said}"), out


# -- the consent column as offices type in it -----------------------------------------------------

def test_the_export_s_consent_column_takes_text_and_round_trips(work, capsys, monkeypatch):
    assert kim(["ekspor", "--ke", "daftar.xlsx"], work, capsys, monkeypatch)[0] == 0
    cell = dict(zip(HEADERS, openpyxl.load_workbook(work / "daftar.xlsx").active[2]))["izin"]
    assert (cell.value, cell.number_format) == ("2026-10-01", "@")  # a typed 1 stays 1, not 1900-01-01
    code, out, _ = kim(["impor", "daftar.xlsx"], work, capsys, monkeypatch)
    assert code == 0 and out.splitlines()[1].split()[1] == "sama", out


@pytest.mark.parametrize("typed, given", [(dt.datetime(1900, 1, 1), True), (dt.datetime(1899, 12, 31), True),
                                          (dt.datetime(1899, 12, 30), False), (dt.time(0), False)])
def test_1_or_0_typed_in_a_date_cell_is_ya_or_tidak(typed, given):
    # what Excel and openpyxl make of a 1 or 0 typed over a date of an earlier export
    assert values.consent(typed) == (given, None)


def test_a_year_typed_in_a_date_cell_is_no_date(work, capsys, monkeypatch):
    code, line = exported(work, capsys, monkeypatch, izin=dt.datetime(1905, 7, 16))  # 2024 typed over a date
    assert code == 1 and line.endswith("Izin publikasi '2024' bukan tanggal ataupun ya/tidak (tulis tanggal izin "
                                       "atau ya/tidak)"), line
    with pytest.raises(values.Unreadable, match="'2024' bukan tanggal"):
        values.consent(2024)


@pytest.mark.parametrize("typed, given", [("BENAR", True), ("SALAH", False), ("✓", True), ("✗", False),
                                          ("OK", True), ("tdk", False), ("Ya, bersedia", True),
                                          ("Tidak bersedia", False)])
def test_clear_consent_words_are_read(typed, given):
    assert values.consent(typed) == (given, None)


@pytest.mark.parametrize("typed", ["v", "x", "ya/tidak", "ya, tidak bersedia", "ada keberatan", "sudah menolak",
                                   "sudah ditanya, menolak", "ya, tanpa nomor HP", "iya nanti dikonfirmasi",
                                   "setuju?"])
def test_ticks_and_both_words_stay_unreadable(typed):
    with pytest.raises(values.Unreadable, match="tidak terbaca"):
        values.consent(typed)


def test_a_ya_with_words_is_a_ya_without_a_date(work, capsys, monkeypatch):
    code, line = exported(work, capsys, monkeypatch, izin="Ya, bersedia")
    # the consent the file records for the same chair is kept, as for a plain "ya"
    assert code == 0 and line.split()[1] == "sama", line


# -- the export's consent column: recorded, missing, or no one to consent ---------------------------

HELD = "braja-harjosari-mandiri.yml"  # a chair recorded as `{jabatan: ketua}`, without a name
CHAIRLESS = "pasir-sakti-bersatu.yml"  # no chair at all


def three_chairs(work) -> None:
    folder = work / "kims/18/18.07"
    for name in (HELD, CHAIRLESS):
        (folder / name).write_text(real((BUNDLED / "18/18.07" / name).read_text(encoding="utf-8")), encoding="utf-8")
    # the chair's number consented to a month after their name: the sheet shows the name's date
    (folder / SEED.name).write_text(PHONED.replace('"+6281234567890"\n    izin_publikasi: 2026-10-01',
                                                   '"+6281234567890"\n    izin_publikasi: 2026-11-01'),
                                    encoding="utf-8")


def consent_column(path) -> dict[str, str]:
    if path.suffix == ".csv":
        rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    else:
        rows = [["" if v is None else v for v in row] for row in openpyxl.load_workbook(path).active.values]
    at = [rows[0].index(HEADERS[key]) for key in ("nama", "ketua", "izin")]
    return {row[at[0]]: (row[at[1]], row[at[2]]) for row in rows[1:]}


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_the_consent_column_reads_right_and_round_trips(work, capsys, monkeypatch, suffix):
    three_chairs(work)
    before = snapshot(work / "kims")
    assert kim(["ekspor", "--ke", f"daftar.{suffix}"], work, capsys, monkeypatch)[0] == 0
    assert consent_column(work / f"daftar.{suffix}") == {
        "KIM Sinar Harapan": ("Bima (uji)", "2026-10-01"),  # recorded: its date
        "KIM Ternak Mandiri Braja Harjosari": ("", "belum ada izin"),  # why no name is there
        "KIM Pasir Sakti Bersatu": ("", "")}  # no one to consent
    code, out, _ = kim(["impor", f"daftar.{suffix}", "--tulis"], work, capsys, monkeypatch)
    assert code == 0 and out.splitlines()[-1] == ("3 baris: 0 ditulis, 0 diperbarui, 3 sama, 0 perlu dicek; "
                                                  "0 nama ketua ditahan karena belum ada izin publikasi"), out
    assert snapshot(work / "kims") == before


def test_a_name_typed_beside_belum_ada_izin_is_held_back(work, capsys, monkeypatch):
    three_chairs(work)
    assert kim(["ekspor", "--ke", "daftar.xlsx"], work, capsys, monkeypatch)[0] == 0
    book = openpyxl.load_workbook(work / "daftar.xlsx")
    row = next(dict(zip(HEADERS, r)) for r in book.active.iter_rows(min_row=2) if r[0].value.endswith("Harjosari"))
    row["ketua"].value = "Sutarno (uji)"
    book.save(work / "daftar.xlsx")
    code, out, _ = kim(["impor", "daftar.xlsx", "--tulis"], work, capsys, monkeypatch)
    assert code == 0 and out.splitlines()[-1].endswith("1 nama ketua ditahan karena belum ada izin publikasi"), out
    assert "nama ketua tidak ditulis: belum ada izin publikasi" in out
    assert "Sutarno" not in (work / "kims/18/18.07" / HELD).read_text(encoding="utf-8")
    assert values.consent("Belum ada izin") == (False, None)
