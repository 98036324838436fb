"""`kim impor` and `kim ekspor` used: errors of use in both languages, another sheet, a column map."""


import openpyxl
import pytest

from tests.imporkit import kim, messy_workbook, seeded, snapshot


@pytest.fixture
def work(tmp_path):
    return seeded(tmp_path)


@pytest.mark.parametrize("args, message", [
    (["impor", "tidakada.xlsx"], "kim impor: berkas tidakada.xlsx tidak ditemukan"),
    (["impor", "catatan.txt"], "kim impor: berkas catatan.txt: hanya .xlsx atau .csv yang dapat dibaca"),
    (["impor", "rusak.xlsx"], "kim impor: berkas rusak.xlsx tidak dapat dibaca sebagai .xlsx (BadZipFile)"),
    (["impor", "tanpajudul.csv"], "kim impor: baris judul kolom tidak ditemukan"),
    (["impor", "daftar.xlsx", "--lembar", "Lain"], "kim impor: lembar 'Lain' tidak ada; lembar yang ada: Data KIM"),
    (["impor", "daftar.xlsx", "--kolom", "peta.yml"], "kim impor: --kolom peta.yml: kolom tidak dikenal salah"),
    (["impor", "daftar.xlsx", "--laporan", "tidakada/laporan.csv"],
     "kim impor: --laporan tidakada/laporan.csv: foldernya tidak ada"),
    (["ekspor", "--ke", "hasil.ods"], "kim ekspor: --ke harus berakhiran .xlsx atau .csv"),
])
def test_usage_errors_exit_two_and_write_nothing(work, capsys, monkeypatch, args, message):
    messy_workbook(work / "daftar.xlsx")
    (work / "catatan.txt").write_text("x", encoding="utf-8")
    (work / "rusak.xlsx").write_bytes(b"not a zip")
    (work / "tanpajudul.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (work / "peta.yml").write_text("Nama Kelompok: salah\n", encoding="utf-8")
    before = snapshot(work / "kims")
    code, out, err = kim([*args, "--tulis"] if args[0] == "impor" else args, work, capsys, monkeypatch)
    assert code == 2 and out == ""
    assert err.startswith(message), err
    assert snapshot(work / "kims") == before


def test_another_sheet_by_name(work, capsys, monkeypatch):
    book = openpyxl.Workbook()
    book.active.append(["Catatan"])
    second = book.create_sheet("Kedua")
    second.append(["nama  kim", "DESA", "kabupaten"])
    second.append(["KIM Lembar Dua", "Adijaya", "Lampung Timur"])
    book.save(work / "dua.xlsx")
    code, out, _ = kim(["impor", "dua.xlsx", "--lembar", "Kedua"], work, capsys, monkeypatch)
    assert code == 0 and "    2  ditulis  kims/18/18.07/lembar-dua-adijaya.yml  berkas baru\n" in out


def test_column_map_names_other_headers(work, capsys, monkeypatch):
    (work / "peta.yml").write_text("Nama Kelompok: nama\nLokasi: desa\nKab: kabupaten\n", encoding="utf-8")
    (work / "lain.csv").write_text("Nama Kelompok,Lokasi,Kab\nKIM Peta,Adijaya,Lampung Timur\n", encoding="utf-8")
    code, out, _ = kim(["impor", "lain.csv", "--kolom", "peta.yml"], work, capsys, monkeypatch)
    assert code == 0 and "    2  ditulis  kims/18/18.07/peta-adijaya.yml  berkas baru\n" in out


@pytest.mark.parametrize("args, message", [
    (["impor", "tidakada.xlsx"], "kim impor: the file tidakada.xlsx was not found"),
    (["impor", "catatan.txt"], "kim impor: the file catatan.txt: only .xlsx or .csv can be read"),
    (["impor", "rusak.xlsx"], "kim impor: the file rusak.xlsx cannot be read as .xlsx (BadZipFile)"),
    (["impor", "tanpajudul.csv"], 'kim impor: no header row found: the columns "Nama KIM" and "Desa/Kelurahan" at '
                                  "least are needed in the first 10 rows (or map other headers with --kolom)"),
    (["impor", "daftar.xlsx", "--lembar", "Lain"], "kim impor: there is no sheet 'Lain'; the sheets are: Data KIM"),
    (["impor", "daftar.xlsx", "--kolom", "peta.yml"],
     "kim impor: --kolom peta.yml: unknown columns salah; ours are: nama, desa, kecamatan, kabupaten, provinsi, "
     "kode, ketua, telepon, sk_nomor, sk_tanggal, sk_tingkat, berdiri, alamat, bidang, anggota, izin, status, "
     "diperbarui"),
    (["impor", "daftar.xlsx", "--laporan", "tidakada/laporan.csv"],
     "kim impor: --laporan tidakada/laporan.csv: its folder does not exist"),
    (["impor", "daftar.xlsx", "--root", "tidakada"], "kim impor: the data folder tidakada was not found"),
    (["ekspor", "--ke", "hasil.ods"], "kim ekspor: --ke must end in .xlsx or .csv"),
    (["ekspor", "--ke", "hasil.csv", "--wilayah", "99"], "kim ekspor: the region code '99' is not in the official list"),
    (["ekspor", "--ke", "hasil.csv", "--root", "tidakada"], "kim ekspor: the data folder tidakada was not found"),
])
def test_usage_errors_in_english(work, capsys, monkeypatch, args, message):
    messy_workbook(work / "daftar.xlsx")
    (work / "catatan.txt").write_text("x", encoding="utf-8")
    (work / "rusak.xlsx").write_bytes(b"not a zip")
    (work / "tanpajudul.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (work / "peta.yml").write_text("Nama Kelompok: salah\n", encoding="utf-8")
    assert kim([*args, "--lang", "en"], work, capsys, monkeypatch) == (2, "", message + "\n")


def test_a_first_sheet_without_headers_names_the_others_in_both_languages(work, capsys, monkeypatch):
    book = openpyxl.Workbook()
    book.active.title = "Sampul"
    book.create_sheet("Data KIM")
    book.save(work / "daftar.xlsx")
    assert kim(["impor", "daftar.xlsx"], work, capsys, monkeypatch)[2] == (
        'kim impor: baris judul kolom tidak ditemukan: perlu setidaknya kolom "Nama KIM" dan "Desa/Kelurahan" di 10 '
        "baris pertama (atau petakan judul lain dengan --kolom). Lembar pertama (Sampul) mungkin bukan daftarnya: "
        "pilih lembar lain dengan --lembar NAMA; lembar yang ada: Sampul, Data KIM\n")
    assert kim(["impor", "daftar.xlsx", "--lang", "en"], work, capsys, monkeypatch)[2] == (
        'kim impor: no header row found: the columns "Nama KIM" and "Desa/Kelurahan" at least are needed in the '
        "first 10 rows (or map other headers with --kolom). The first sheet (Sampul) may not be the list: choose "
        "another with --lembar NAME; the sheets are: Sampul, Data KIM\n")
