"""`kim impor` and the sheet's columns: which header is which, the columns left out, merged
cells, the sheet to read, and the coach's worklist refused as no list of KIMs."""

import openpyxl
import pytest

from generator.impor.sheet import parse
from generator.site.worklist import CSV_FIELDS
from generator.site.worklist import _csv as worklist_csv
from tests.imporkit import kim, report, seeded, snapshot

FOLDER = "kims/18/18.07"
DRY_RUN = "Uji coba: belum ada berkas yang ditulis. Jalankan lagi dengan --tulis untuk menulisnya.\n"


@pytest.fixture
def work(tmp_path):
    return seeded(tmp_path)


WORKLIST_REFUSED = ("kim impor: berkas ini daftar kerja pembina (worklist) dari situs, bukan daftar KIM: barisnya "
                    "termasuk desa yang belum punya KIM aktif. Untuk daftar KIM yang bisa diubah lalu diimpor lagi, "
                    "pakai `kim ekspor --wilayah KODE --ke daftar.xlsx`\n")


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
@pytest.mark.parametrize("header", [CSV_FIELDS, CSV_FIELDS[:8]], ids=["current", "before-berlaku-hingga"])
def test_the_coach_s_worklist_is_refused(work, capsys, monkeypatch, suffix, header):
    village = ("desa-tanpa-kim", "18.07.04.2003", "Sidodadi", "Pekalongan", "Sidodadi", "",
               "https://kim.example.org/panduan/membentuk-kim/", "", "", "")[:len(header)]
    written = worklist_csv([village])  # as the site writes it, or wrote it before `berlaku_hingga` and `status`
    (work / "worklist.csv").write_bytes(written if header == CSV_FIELDS else written.replace(b",berlaku_hingga,status", b""))
    book = openpyxl.Workbook()
    for row in (header, village):
        book.active.append(row)
    book.save(work / "worklist.xlsx")
    before = snapshot(work / "kims")
    assert kim(["impor", f"worklist.{suffix}", "--tulis"], work, capsys, monkeypatch) == (2, "", WORKLIST_REFUSED)
    assert snapshot(work / "kims") == before


def test_whole_headers_are_matched_before_tails(work, capsys, monkeypatch):
    text = "No,Kode KIM,Nama KIM,Desa,Kecamatan,Kabupaten\n1,KIM-001,KIM Satu,Sidodadi,Sekampung,Lampung Timur\n"
    sheet = parse([tuple(line.split(",")) for line in text.splitlines()])
    assert sheet.columns == {"nama": 2, "desa": 3, "kecamatan": 4, "kabupaten": 5}
    (work / "daftar.csv").write_text(text, encoding="utf-8")
    _, out, _ = kim(["impor", "daftar.csv"], work, capsys, monkeypatch)
    assert out == ("Kolom diabaikan (tidak dikenal): Kode KIM; petakan dengan --kolom bila perlu\n"
                   "baris  hasil    berkas                           keterangan\n"
                   f"    2  ditulis  {FOLDER}/satu-sidodadi.yml  berkas baru\n"
                   "1 baris: 1 ditulis, 0 diperbarui, 0 sama, 0 perlu dicek; "
                   "0 nama ketua ditahan karena belum ada izin publikasi\n" + DRY_RUN)


def test_a_generic_one_word_tail_names_no_column():
    cells = [("Nama KIM", "Desa", "Pengurus Nama", "Total Jumlah", "Data Kode", "Data Ketua No. HP"),
             ("KIM A", "Sidodadi", "x", "1", "2", "3")]
    assert parse(cells).columns == {"nama": 0, "desa": 1, "telepon": 5}


def test_unrecognised_columns_are_named_and_common_variants_read(work, capsys, monkeypatch):
    (work / "daftar.csv").write_text(
        "Nama KIM,Desa,Kecamatan,Kabupaten,Nama Ketua,No. Telp. Ketua,Jumlah Anggota (orang),No. SK Pengukuhan,"
        "Tanggal SK,Tingkat SK,Izin publikasi,Keterangan,Lintang\n"
        "KIM Lengkap,Sidodadi,Sekampung,Lampung Timur,Wulan (uji),0812-0000-0003,21 orang,141/2/2020,"
        "02/03/2020,SK Bupati (uji),ya,baru,-5.1\n", encoding="utf-8")
    code, out, _ = kim(["impor", "daftar.csv", "--tulis"], work, capsys, monkeypatch)
    assert code == 0
    assert out.splitlines()[0] == ("Kolom diabaikan (tidak dikenal): Keterangan, Lintang; petakan dengan --kolom "
                                   "bila perlu")
    assert (work / FOLDER / "lengkap-sidodadi.yml").read_text(encoding="utf-8").split("\n")[6:-2] == [
        "anggota: 21",
        "pengurus:",
        "  - {jabatan: ketua, nama: Wulan (uji), izin_publikasi: 2026-12-03}",
        "sk:",
        '  - {tingkat: kabupaten, nomor: "141/2/2020", tanggal: 2020-03-02}',
        "kontak:",
        '  - {jenis: pribadi, nama: Wulan (uji), peran: ketua, telepon: "+6281200000003", izin_publikasi: 2026-12-03}',
    ]


def test_merged_data_cells_belong_to_every_row(work, capsys, monkeypatch):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Daftar"
    for row in (["Nama KIM", "Desa", "Kecamatan", "Kabupaten"], ["KIM Satu", "Sidodadi", "Sekampung", "Lampung Timur"],
                ["KIM Dua", "Sidomulyo", None, None], ["KIM Tiga", "Sumber Gede", None, None]):
        sheet.append(row)
    sheet.merge_cells("C2:C4")
    sheet.merge_cells("D2:D4")
    book.create_sheet("Catatan")
    book.save(work / "gabung.xlsx")
    code, out, _ = kim(["impor", "gabung.xlsx"], work, capsys, monkeypatch)
    assert code == 0
    assert [line.split()[:3] for line in out.splitlines()[1:4]] == [
        ["2", "ditulis", f"{FOLDER}/satu-sidodadi.yml"], ["3", "ditulis", f"{FOLDER}/dua-sidomulyo.yml"],
        ["4", "ditulis", f"{FOLDER}/tiga-sumber-gede.yml"]]


def test_a_first_sheet_without_a_header_names_the_others(work, capsys, monkeypatch):
    book = openpyxl.Workbook()
    book.active.title = "Sampul"
    book.active.append(["DAFTAR KIM 2026"])
    book.create_sheet("Data KIM").append(["Nama KIM", "Desa"])
    book.save(work / "sampul.xlsx")
    assert kim(["impor", "sampul.xlsx"], work, capsys, monkeypatch) == (
        2, "", "kim impor: baris judul kolom tidak ditemukan: perlu setidaknya kolom \"Nama KIM\" dan "
               "\"Desa/Kelurahan\" di 10 baris pertama (atau petakan judul lain dengan --kolom). Lembar pertama "
               "(Sampul) mungkin bukan daftarnya: pilih lembar lain dengan --lembar NAMA; lembar yang ada: Sampul, "
               "Data KIM\n")


def test_reasons_name_the_sheet_s_columns_and_the_values_accepted(work, capsys, monkeypatch):
    # Found by a tester: "pengurus[0].izin_publikasi" means nothing to an office working in a
    # sheet, and "Bidang 'Olahraga' tidak dikenal" did not say what is.
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Kode wilayah,Ketua,Izin,Bidang\n"
                         "KIM Satu,18.07.05.2010,Wulan (uji),2030-01-01,\n"
                         "KIM Dua,18.07.05.2010,,,\"Pertanain, Olahraga\"\n")
    assert code == 1
    assert [" ".join(line.split()) for line in lines] == [
        "2 perlu dicek - hasilnya tidak lolos kim validate: kolom Izin: tanggal `2030-01-01` masih di masa depan "
        "(hari ini 2026-12-03); isi tanggal yang sudah terjadi",
        "3 perlu dicek - Bidang 'Pertanain' tidak dikenal (mungkin Pertanian atau Perikanan), 'Olahraga' tidak "
        "dikenal (yang dikenal: Pertanian, Perikanan, Peternakan, UMKM, Pariwisata, Kesehatan, Pendidikan, "
        "Literasi digital, Lingkungan hidup, Kebencanaan, Seni dan budaya, Keagamaan, Kepemudaan, Pemberdayaan "
        "perempuan, Diseminasi informasi, Pelayanan publik)"]


@pytest.mark.parametrize("village", ["Negeri", "Lembang", "Nagori", "Desa/Negeri", "Desa/Lembang", "Gampong", "Nagari",
                                     "Desa/Gampong", "Kampung/Kelurahan", "Kalurahan", "Pekon"])
@pytest.mark.parametrize("district", ["Kecamatan", "Distrik"])
def test_a_village_column_is_headed_by_the_region_s_word(village, district):
    # Found by a tester outside Java: "Negeri", "Lembang", "Nagori", "Desa/Negeri" and
    # "Desa/Lembang" headers refused the whole sheet (no "Desa/Kelurahan" column).
    sheet = parse([("Nama KIM", village, district, "Kabupaten/Kota"), ("KIM A", "Wakal", "Leihitu", "Maluku Tengah")])
    assert sheet.columns == {"nama": 0, "desa": 1, "kecamatan": 2, "kabupaten": 3}


def test_a_sheet_from_maluku_is_read(work, capsys, monkeypatch):
    (work / "daftar.csv").write_text("Nama KIM;Negeri;Kecamatan;Kabupaten/Kota\n"
                                     "KIM Wakal;Negeri Wakal;Leihitu;Kabupaten Maluku Tengah\n", encoding="utf-8")
    code, out, err = kim(["impor", "daftar.csv"], work, capsys, monkeypatch)
    assert (code, err) == (0, "")
    assert out == ("baris  hasil    berkas                   keterangan\n"
                   "    2  ditulis  kims/81/81.01/wakal.yml  berkas baru\n"
                   "1 baris: 1 ditulis, 0 diperbarui, 0 sama, 0 perlu dicek; "
                   "0 nama ketua ditahan karena belum ada izin publikasi\n" + DRY_RUN)
