"""`kim impor`'s guards: what a sheet must not write (a wrong village, template or sample
data, a dash as a name, a row twice), and the cells and columns it must not lose."""

import datetime as dt
import shutil

import openpyxl
import pytest

from generator.impor import values
from generator.impor.sheet import HEADERS, parse
from generator.model.regionmatch import match_village, name_key, one_edit_apart
from generator.model.regions import load_regions
from generator.model.vocab import load_vocab
from generator.site.worklist import CSV_FIELDS
from generator.site.worklist import _csv as worklist_csv
from tests.imporkit import (
    BUNDLED,
    REAL,
    SEED,
    TEMPLATE,
    kim,
    seeded,
    snapshot,
)

FOLDER = "kims/18/18.07"
DRY_RUN = "Uji coba: belum ada berkas yang ditulis. Jalankan lagi dengan --tulis untuk menulisnya.\n"


@pytest.fixture
def work(tmp_path):
    return seeded(tmp_path)


def report(work, capsys, monkeypatch, text: str, *args) -> tuple[int, list[str]]:
    """`kim impor` of a CSV `text`: the exit code and the report's lines without the table's
    header and the summary."""
    (work / "daftar.csv").write_text(text, encoding="utf-8")
    code, out, err = kim(["impor", "daftar.csv", *args], work, capsys, monkeypatch)
    assert err == ""
    return code, [line.rstrip() for line in out.splitlines() if not line.startswith(("baris ", "Uji coba"))][:-1]


# -- 1. a typed code and the names beside it -----------------------------------------------------

def test_a_typed_code_must_name_the_row_s_village(work, capsys, monkeypatch):
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Desa,Kecamatan,Kabupaten/Kota,Kode wilayah\n"
                         "KIM Satu,Adirejo,Pekalongan,Lampung Timur,18.07.04.2003\n"
                         "KIM Dua,Adirejo,Pekalongan,Lampung Timur,33.07.01.2003\n"
                         "KIM Tiga,Ds. Sidodadii,Kec. Pekalongan,Kab. Lampung Timur,18.07.04.2003\n")
    assert code == 1
    assert lines == [
        "    2  perlu dicek  -                                kode wilayah 18.07.04.2003 adalah Desa Sidodadi, "
        "Kec. Pekalongan, Kabupaten Lampung Timur, Provinsi Lampung, bukan 'Adirejo': periksa salah satunya",
        "    3  perlu dicek  -                                kode wilayah 33.07.01.2003 adalah Desa Sumberejo, "
        "Kec. Wadaslintang, Kabupaten Wonosobo, Provinsi Jawa Tengah, bukan 'Adirejo', 'Pekalongan', "
        "'Lampung Timur': periksa salah satunya",
        f"    4  ditulis      {FOLDER}/tiga-sidodadi.yml  berkas baru",
    ]


# -- 2. numbered villages and names read within one typo --------------------------------------

def test_numbered_villages_keep_their_numbers():
    regions = load_regions()

    def code(name):
        found = match_village(regions, name, "", "Lampung Timur")
        return found.place.code if found.place else found.reason

    assert code("Putra Aji 2") == code("Putra Aji II") == "18.07.01.2016"
    assert code("Putra Aji I") == code("Putra Aji 1") == "18.07.01.2017"
    assert code("Rantau Jaya Udik 2") == "18.07.01.2015"
    assert code("Rantau Jaya Udik") == "18.07.01.2010"
    assert code("Rajabasa Lama III") == "desa/kelurahan 'Rajabasa Lama III' tidak ditemukan"
    assert name_key("Putra Aji II") == name_key("putra aji 02") == "putraayi2"
    assert one_edit_apart("putraayi1", "putraayi2") is False and one_edit_apart("putraayi2", "putraayi") is False


def test_a_name_read_within_one_typo_is_named_in_the_report(work, capsys, monkeypatch):
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Desa,Kecamatan,Kabupaten/Kota\n"
                         "KIM Ejaan,Sidodadii,Sekampung,Lampung Timur\nKIM Tepat,Trimulyo,Sekampung,Lampung Timur\n")
    assert code == 0
    assert lines == [f"    2  ditulis  {FOLDER}/ejaan-sidodadi.yml  berkas baru; desa 'Sidodadii' dibaca sebagai "
                     "Sidodadi (18.07.05.2010)",
                     f"    3  ditulis  {FOLDER}/tepat-trimulyo.yml  berkas baru"]


# -- 3. the coach's worklist is no list of KIMs ---------------------------------------------------

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


def test_kode_alone_is_the_region_code(work, capsys, monkeypatch):
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Kode\nKIM Berkode,18.07.05.2010\n")
    assert (code, lines) == (0, [f"    2  ditulis  {FOLDER}/berkode-sidodadi.yml  berkas baru"])


# -- 4. and 5. which column is which, and the columns left out -------------------------------------

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


# -- 6. a dash is nothing ------------------------------------------------------------------------

def test_a_dash_is_an_empty_cell_never_a_value_or_a_name(work, capsys, monkeypatch):
    assert [values.text(c) for c in ("-", " – ", "—", "--", "-5")] == [None, None, None, None, "-5"]
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Desa,Kecamatan,Kabupaten,Alamat,Ketua,No. HP,"
                         "Jumlah anggota,Izin publikasi\nKIM Strip,Sidodadi,Sekampung,Lampung Timur,-,-,–,—,ya\n",
                         "--tulis")
    assert (code, lines) == (0, [f"    2  ditulis  {FOLDER}/strip-sidodadi.yml  berkas baru"])
    assert (work / FOLDER / "strip-sidodadi.yml").read_text(encoding="utf-8") == """\
# yaml-language-server: $schema=../../../schema/kim.schema.json
versi: 1
slug: strip-sidodadi
nama: KIM Strip
status: aktif
wilayah: "18.07.05.2010"
diperbarui: 2026-12-03
"""


# -- 7. every problem of a row, under its column's name ---------------------------------------------

def test_every_unreadable_cell_of_a_row_is_reported_with_its_header(work, capsys, monkeypatch):
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Desa,Kabupaten,Tgl SK,Tingkat SK,Tahun Berdiri,"
                         "Jml Anggota,Bidang,No HP,Izin\n"
                         "KIM Salah,Antahberantah,Lampung Timur,31/02/2019,Pak RT,thn 2015,banyak,Memasak,0812,"
                         "mungkin\n")
    assert code == 1
    assert lines == ["    2  perlu dicek  -       desa/kelurahan 'Antahberantah' tidak ditemukan; periksa ejaan, atau "
                     "isi kolom Kode wilayah; Tahun Berdiri 'thn 2015' tidak terbaca; Jml Anggota 'banyak' bukan "
                     "bilangan bulat 1 atau lebih; Bidang 'Memasak' tidak dikenal (yang dikenal: Pertanian, Perikanan, Peternakan, "
                     "UMKM, Pariwisata, Kesehatan, Pendidikan, Literasi digital, Lingkungan hidup, Kebencanaan, "
                     "Seni dan budaya, Keagamaan, Kepemudaan, Pemberdayaan perempuan, Diseminasi informasi, "
                     "Pelayanan publik); Tgl SK '31/02/2019' tidak terbaca; Tingkat SK 'Pak RT' tidak dikenal "
                     "(tulis desa, kelurahan, kecamatan, kabupaten, kota atau provinsi); Izin 'mungkin' tidak "
                     "terbaca (tulis tanggal izin atau ya/tidak); No HP '0812' tidak lengkap atau terlalu panjang"]


# -- 8. the template's example values ---------------------------------------------------------------

def test_template_values_left_in_a_row_are_refused(work, capsys, monkeypatch):
    book = openpyxl.load_workbook(TEMPLATE)
    sheet = book.worksheets[0]
    sheet["A2"], sheet["B2"] = "KIM Nyata", "Desa Sidodadi"  # only the name and the village overwritten
    sheet.append(["KIM Dua Belas", "Sidodadi", "Sekampung", "Lampung Timur", None, None, None, None, None, None,
                  None, "2016", "Jl. Contoh No. 1", None, "15"])
    sheet.append(["KIM Enam Belas", "Sidodadi", "Sekampung", "Lampung Timur", None, None, None, None, None, None,
                  None, "2016", None, None, "18"])
    book.save(work / "templat.xlsx")
    code, out, _ = kim(["impor", "templat.xlsx"], work, capsys, monkeypatch)
    assert code == 1
    assert out.splitlines()[1:4] == [
        "    2  perlu dicek  -                                      isian contoh dari templat di kolom Ketua, Nomor SK, "
        "Tahun berdiri, Alamat, Bidang, Jumlah anggota: ganti dengan data KIM yang nyata, atau kosongkan selnya",
        "    3  perlu dicek  -                                      isian contoh dari templat di kolom Tahun berdiri, "
        "Alamat, Jumlah anggota: ganti dengan data KIM yang nyata, atau kosongkan selnya",
        f"    4  ditulis      {FOLDER}/enam-belas-sidodadi.yml  berkas baru",  # founded 2016, as the sample: true of many
    ]


# -- 9. sample KIMs stay apart from real ones ----------------------------------------------------------

def test_sample_kims_are_neither_exported_nor_updated(tmp_path, capsys, monkeypatch):
    shutil.copytree(BUNDLED / "18", tmp_path / "kims" / "18")
    code, out, _ = kim(["ekspor", "--wilayah", "18.07", "--ke", "lamtim.csv"], tmp_path, capsys, monkeypatch)
    assert (code, out) == (0, "0 KIM ditulis ke lamtim.csv; 6 KIM contoh (data rekaan) tidak ditulis\n")
    assert kim(["ekspor", "--wilayah", "18.07", "--ke", "lamtim.csv", "--lang", "en"], tmp_path, capsys,
               monkeypatch) == (0, "KIMs written to lamtim.csv: 0; sample KIMs (invented data) left out: 6\n", "")
    broken = tmp_path / "kims" / "18" / "18.07" / "rusak.yml"
    broken.write_text("versi: 1\n", encoding="utf-8")
    for lang, said in (("id", "kim ekspor: {} dilewati: tidak lolos kim validate\n"),
                       ("en", "kim ekspor: {} left out: it does not pass kim validate\n")):
        assert kim(["ekspor", "--wilayah", "18.07", "--ke", "lamtim.csv", "--lang", lang], tmp_path, capsys,
                   monkeypatch)[2] == said.format("kims/18/18.07/rusak.yml")
    broken.unlink()
    for lang, said in (("id", "templat ditulis ke t.xlsx\n"), ("en", "template written to t.xlsx\n")):
        assert kim(["ekspor", "--templat", "--ke", "t.xlsx", "--lang", lang], tmp_path, capsys, monkeypatch) == (
            0, said, "")
    code, lines = report(tmp_path, capsys, monkeypatch, "Nama KIM,Kode wilayah,Ketua,No. HP,Izin publikasi\n"
                         "KIM Sinar Harapan,18.07.04.2001,Wulan (uji),081200000003,ya\n", "--tulis")
    assert code == 1
    assert lines == [f"    2  perlu dicek  {FOLDER}/sinar-harapan-pekalongan.yml  berkas yang cocok adalah data "
                     "contoh (contoh: true), KIM rekaan: impor tidak mengubahnya; beri KIM yang nyata nama lain"]
    assert (tmp_path / FOLDER / SEED.name).read_bytes() == SEED.read_bytes()


# -- 10. merged cells and the sheet to read -------------------------------------------------------------

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


# -- 11. one KIM, two rows -------------------------------------------------------------------------------

def test_a_kim_twice_in_a_sheet_is_reported_not_merged(work, capsys, monkeypatch):
    text = ("Nama KIM,Kode wilayah,Jumlah anggota\nKIM Kembar,18.07.04.2012,12\nkembar,18.07.04.2012,14\n"
            "KIM Sinar Harapan,18.07.04.2001,19\n")
    code, lines = report(work, capsys, monkeypatch, text, "--tulis")
    assert (code, lines) == (1, [
        f"    2  ditulis      {FOLDER}/kembar-adijaya.yml            berkas baru",
        "    3  perlu dicek  -                                           KIM yang sama dengan baris 2; gabungkan "
        "kedua baris",
        f"    4  diperbarui   {FOLDER}/{SEED.name}  diubah: anggota"])
    written = snapshot(work / "kims")
    code, out, _ = kim(["impor", "daftar.csv", "--tulis", "--today", "2026-12-09"], work, capsys, monkeypatch)
    assert [line.split()[1] for line in out.splitlines()[1:4]] == ["sama", "perlu", "sama"]
    assert snapshot(work / "kims") == written


# -- 12. Excel's booleans, years typed in date cells, signers ---------------------------------------------

def test_excel_booleans_years_in_date_cells_and_signers(work, capsys, monkeypatch):
    vocab = load_vocab()
    assert values.consent(True) == values.consent("TRUE") == (True, None)
    assert values.consent(False) == values.consent("false") == (False, None)
    for tick in ("v", "x"):  # a tick or a cross: yes or no?
        with pytest.raises(values.Unreadable, match="tidak terbaca"):
            values.consent(tick)
    assert values.founded(dt.datetime(1905, 7, 8)) == "2016"  # 2016 typed in a date-formatted cell
    assert values.founded(dt.datetime(2016, 4, 10)) == "2016-04-10"
    assert values.sk_level("SK Bupati Lampung Timur", vocab) == values.sk_level("sk kabupaten", vocab) == "kabupaten"
    book = openpyxl.Workbook()
    book.active.append(list(HEADERS.values()))
    book.active.append(["KIM Centang", "Sidodadi", "Sekampung", "Lampung Timur", None, None, "Wulan (uji)", None,
                        None, None, None, dt.datetime(1905, 7, 8), None, None, None, True])
    book.save(work / "centang.xlsx")
    code, out, _ = kim(["impor", "centang.xlsx", "--tulis"], work, capsys, monkeypatch)
    assert code == 0, out
    text = (work / FOLDER / "centang-sidodadi.yml").read_text(encoding="utf-8")
    assert "berdiri: 2016\n" in text and "  - {jabatan: ketua, nama: Wulan (uji), izin_publikasi: 2026-12-03}\n" in text


# -- 13. a new chair never borrows the old chair's consent ------------------------------------------------

def test_a_new_chair_under_the_old_chair_s_consent_date_is_held(work, capsys, monkeypatch):
    # Found by a tester: the export's Ketua overwritten with the new chair, a phone added and
    # "Izin publikasi" left as exported (the old chair's date) published the new chair under it.
    before = snapshot(work / "kims")
    header = "Nama KIM,Kode wilayah,Ketua,No. HP,Izin\n"
    (work / "daftar.csv").write_text(header + "KIM Sinar Harapan,18.07.04.2001,Wulan (uji),081200000003,2026-10-01\n",
                                     encoding="utf-8")
    code, out, err = kim(["impor", "daftar.csv", "--tulis"], work, capsys, monkeypatch)
    assert (code, err) == (1, "")
    assert out.splitlines()[1:] == [
        f"    2  perlu dicek  {FOLDER}/{SEED.name}  ketua 'Wulan (uji)' berbeda dengan ketua di berkas "
        "('Bima (uji)'), tetapi izin publikasi 2026-10-01 adalah tanggal izin ketua sebelumnya: isi kolom Izin "
        "dengan tanggal izin dari Wulan (uji) sendiri (nama dan nomornya tidak ditulis sebelum itu); bila orangnya "
        "sama, tulis namanya persis seperti di berkas",
        "1 baris: 0 ditulis, 0 diperbarui, 0 sama, 1 perlu dicek; 1 nama ketua ditahan karena belum ada izin "
        "publikasi"]
    assert snapshot(work / "kims") == before
    # the same chair's name spelt otherwise keeps his date; the new chair's own date is hers
    for row in ("BIMA (UJI),,2026-10-01", "Wulan (uji),081200000003,2026-11-30"):
        (work / "daftar.csv").write_text(f"{header}KIM Sinar Harapan,18.07.04.2001,{row}\n", encoding="utf-8")
        _, out, _ = kim(["impor", "daftar.csv"], work, capsys, monkeypatch)
        assert out.splitlines()[1].split()[1] == "diperbarui", out


def test_a_new_chair_under_a_ya_without_a_date_is_held(work, capsys, monkeypatch):
    # Found by the reviewer: an office's own sheet keeps the "ya" the previous chair gave, only
    # the name overwritten, and the new chair was published under it with the import's date.
    before = snapshot(work / "kims")
    header = "Nama KIM,Kode wilayah,Ketua,No. HP,Izin\n"
    code, lines = report(work, capsys, monkeypatch, header + "KIM Sinar Harapan,18.07.04.2001,Wulan (uji),"
                         "081200000003,ya\n", "--tulis")
    assert code == 1
    assert lines == [
        f"    2  perlu dicek  {FOLDER}/{SEED.name}  ketua 'Wulan (uji)' berbeda dengan ketua di berkas "
        "('Bima (uji)'), tetapi izin publikasi tanpa tanggal bisa jadi izin ketua sebelumnya: isi kolom Izin "
        "dengan tanggal izin dari Wulan (uji) sendiri (nama dan nomornya tidak ditulis sebelum itu); bila orangnya "
        "sama, tulis namanya persis seperti di berkas"]
    assert snapshot(work / "kims") == before
    # the file's own chair keeps the date the file records; a KIM without a file records the import's day
    code, lines = report(work, capsys, monkeypatch, header + "KIM Sinar Harapan,18.07.04.2001,Bima (uji),,ya\n"
                         "KIM Baru,18.07.05.2010,Wulan (uji),081200000003,ya\n", "--tulis")
    assert code == 0 and [line.split()[1] for line in lines] == ["sama", "ditulis"], lines
    assert "{jabatan: ketua, nama: Wulan (uji), izin_publikasi: 2026-12-03}" in (
        work / FOLDER / "baru-sidodadi.yml").read_text(encoding="utf-8")


def test_the_same_chair_with_titles_and_degrees_keeps_the_consent(work, capsys, monkeypatch):
    # Found by the reviewer: "H. Bima (uji), S.Pd." for the file's "Bima (uji)", under the
    # consent date the file records for him, was held as another person's borrowed consent.
    header = "Nama KIM,Kode wilayah,Ketua,No. HP,Izin\n"
    for consent in ("2026-10-01", "ya"):
        (work / FOLDER / SEED.name).write_text(REAL, encoding="utf-8")
        code, lines = report(work, capsys, monkeypatch, header + "KIM Sinar Harapan,18.07.04.2001,"
                             f"\"H. Bima (uji), S.Pd.\",081200000004,{consent}\n", "--tulis")
        assert code == 0 and lines[0].split()[1] == "diperbarui", lines
        text = (work / FOLDER / SEED.name).read_text(encoding="utf-8")
        assert "{jabatan: ketua, nama: \"H. Bima (uji), S.Pd.\", izin_publikasi: 2026-10-01}" in text
        assert "    nama: H. Bima (uji), S.Pd.\n    peran: ketua\n    email: bima.sinarharapan@example.org\n" \
               "    izin_publikasi: 2026-10-01\n    telepon: \"+6281200000004\"\n" in text


@pytest.mark.parametrize("chair, other", [("D.Ayu (uji)", "D.Sari (uji)"), ("M.Yusuf", "M.Ridwan"),
                                         ("M.Yusuf", "S.Wahyu")])
def test_initials_typed_without_a_space_are_no_title(work, capsys, monkeypatch, chair, other):
    # Found by the reviewer: the validator's titles took "D.Ayu" and "M.Yusuf" for degrees, so
    # "D.Sari (uji)" was "D.Ayu (uji)" and "S.Wahyu" was "M.Yusuf" (both no one), published under
    # their consent.
    seed = work / FOLDER / SEED.name
    seed.write_text(REAL.replace("Bima (uji)", chair), encoding="utf-8")
    before = snapshot(work / "kims")
    header = "Nama KIM,Kode wilayah,Ketua,No. HP,Izin\n"
    for consent in ("ya", "2026-10-01"):
        code, lines = report(work, capsys, monkeypatch, header + f"KIM Sinar Harapan,18.07.04.2001,{other},"
                             f"081200000003,{consent}\n", "--tulis")
        assert code == 1 and lines[0].split()[1:3] == ["perlu", "dicek"], lines
        assert snapshot(work / "kims") == before
    # a title and a degree written as such are still stripped
    seed.write_text(REAL.replace("Bima (uji)", "Wulan (uji)"), encoding="utf-8")
    code, lines = report(work, capsys, monkeypatch, header + "KIM Sinar Harapan,18.07.04.2001,"
                         "\"H. Wulan (uji), S.Pd.\",081200000003,ya\n", "--tulis")
    assert code == 0 and lines[0].split()[1] == "diperbarui", lines
    assert "nama: \"H. Wulan (uji), S.Pd.\", izin_publikasi: 2026-10-01}" in seed.read_text(encoding="utf-8")


def test_a_new_chair_with_their_own_recorded_consent_is_written_under_it(work, capsys, monkeypatch):
    # Found by the reviewer: the secretary become chair, whose consent the file records, was held
    # under "ya" as if the previous chair's consent were lent to her.
    seed = work / FOLDER / SEED.name
    before = REAL.replace("{jabatan: sekretaris, nama: Ayu (uji), izin_publikasi: 2026-10-01}",
                          "{jabatan: sekretaris, nama: Ayu (uji), izin_publikasi: 2026-09-15}")
    sheet = "Nama KIM,Kode wilayah,Ketua,No. HP,Izin\nKIM Sinar Harapan,18.07.04.2001,Ayu (uji),081200000005,ya\n"
    # The previous chair's personal contact would stay published as the chair's: an import
    # removes no personal data, so the row is held, saying why, until the office removes that
    # contact or writes its person's current post (here: adviser).
    seed.write_text(before, encoding="utf-8")
    code, lines = report(work, capsys, monkeypatch, sheet, "--tulis")
    assert code == 1 and "perlu dicek" in lines[0] and "orang lain sebagai ketua" in lines[0], lines
    assert seed.read_text(encoding="utf-8") == before
    previous = "  - jenis: pribadi\n    nama: Bima (uji)\n    peran: ketua\n"
    assert previous in before
    seed.write_text(before.replace(previous, "  - jenis: pribadi\n    nama: Bima (uji)\n    peran: penasihat\n"),
                    encoding="utf-8")
    code, lines = report(work, capsys, monkeypatch, sheet, "--tulis")
    assert code == 0 and lines[0].split()[1] == "diperbarui", lines
    text = seed.read_text(encoding="utf-8")
    assert "  - {jabatan: ketua, nama: Ayu (uji), izin_publikasi: 2026-09-15}\n" in text
    assert "    nama: Ayu (uji)\n    peran: sekretaris\n    email: ayu.sinarharapan@example.org\n" \
           "    izin_publikasi: 2026-10-01\n    telepon: \"+6281200000005\"\n" in text


def test_values_a_real_kim_shares_with_the_template_are_no_template_row(work, capsys, monkeypatch):
    # Found by a tester: an unchanged export of a KIM founded in 2016 with 15 members (the
    # template's numbers) was refused as template data on its way back.
    seed = work / FOLDER / SEED.name
    seed.write_text(seed.read_text(encoding="utf-8").replace("anggota: 18\n", "anggota: 15\n").replace(
        "berdiri: 2016-04-10\n", "berdiri: 2016\n"), encoding="utf-8")
    kim(["ekspor", "--ke", "daftar.xlsx"], work, capsys, monkeypatch)
    code, out, _ = kim(["impor", "daftar.xlsx", "--tulis"], work, capsys, monkeypatch)
    assert code == 0 and out.splitlines()[1].split()[1] == "sama", out
    # Found by the reviewer: a real KIM meeting at "Balai Desa Pekalongan" (the template's old
    # sample address) was refused, and a new KIM holding the template's numbers, SK date and
    # fields of work under a real name and SK number was written. One sample value is a
    # coincidence; two are a template row for a new KIM, never for a file that exists.
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Kode wilayah,Nomor SK,Tanggal SK,Tingkat SK,"
                         "Tahun berdiri,Alamat,Bidang,Jumlah anggota\n"
                         "KIM Baru,18.07.05.2010,141/7/2024,17/08/2024,Desa,2016,Jl. Melati 3,"
                         "\"Pertanian, Literasi digital\",15\n"
                         "KIM Lain,18.07.05.2010,,,,2016,Balai Desa Pekalongan,,\n"
                         "KIM Sinar Harapan,18.07.04.2001,,,,2016,,\"Pertanian, Literasi digital\",15\n")
    assert code == 1
    assert [" ".join(line.split()) for line in lines] == [
        "2 perlu dicek - isian contoh dari templat di kolom Tahun berdiri, Bidang, Jumlah anggota: ganti "
        "dengan data KIM yang nyata, atau kosongkan selnya",
        f"3 ditulis {FOLDER}/lain-sidodadi.yml berkas baru",
        f"4 diperbarui {FOLDER}/{SEED.name} diubah: bidang"]


def test_independence_day_as_an_sk_date_is_no_template_value(work, capsys, monkeypatch):
    # Found by the reviewer: a real new KIM whose SK was signed on 17 August 2024 (the template's
    # sample date, a common signing day) and founded in 2016 was refused as a template row.
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Kode wilayah,Nomor SK,Tanggal SK,Tingkat SK,"
                         "Tahun berdiri\nKIM Baru,18.07.05.2010,141/7/2024,17/08/2024,Desa,2016\n")
    assert code == 0 and " ".join(lines[0].split()[1:]) == f"ditulis {FOLDER}/baru-sidodadi.yml berkas baru", lines


# -- 14. a village or kecamatan in another place than the row says -----------------------------------------

def test_a_name_found_under_another_kecamatan_or_kabupaten_says_where(work, capsys, monkeypatch):
    # Found by a tester: "Karangtawang", Kec. Kesugihan said "periksa ejaan" though the village
    # is in Kec. Nusawungu; "Kuripan", Kesugihan, Kabupaten Banyumas said the kecamatan did not
    # exist, though it does, in Cilacap.
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Desa,Kec.,Kabupaten/Kota\n"
                         "KIM Satu,Karangtawang,Kesugihan,Cilacap\n"
                         "KIM Dua,Kuripan,Kesugihan,Kabupaten Banyumas\n"
                         "KIM Tiga,Antah,Kesugihan,Kabupaten Banyumas\n")
    assert code == 1
    assert [" ".join(line.split()) for line in lines] == [
        "2 perlu dicek - desa/kelurahan 'Karangtawang' tidak ditemukan di Kesugihan, Cilacap; ada di Karangtawang, "
        "Kec. Nusawungu, Kabupaten Cilacap (33.01.05.2001): perbaiki kolom Kec., atau isi kolom Kode wilayah",
        "3 perlu dicek - kecamatan 'Kesugihan' tidak ditemukan di Kabupaten Banyumas; ada Kec. Kesugihan, Kabupaten "
        "Cilacap (33.01.02); desa/kelurahan 'Kuripan' ada di Kuripan, Kec. Kesugihan, Kabupaten Cilacap "
        "(33.01.02.2006): perbaiki kolom Kabupaten/Kota, atau isi kolom Kode wilayah",
        "4 perlu dicek - kecamatan 'Kesugihan' tidak ditemukan di Kabupaten Banyumas; ada Kec. Kesugihan, Kabupaten "
        "Cilacap (33.01.02); periksa ejaan, atau isi kolom Kode wilayah"]


# -- 15. reasons in the sheet's words ----------------------------------------------------------------------

def test_reasons_name_the_sheet_s_columns_and_the_values_accepted(work, capsys, monkeypatch):
    # Found by a tester: "pengurus[0].izin_publikasi" means nothing to an office working in a
    # sheet, and "Bidang 'Olahraga' tidak dikenal" did not say what is.
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Kode wilayah,Ketua,Izin,Bidang\n"
                         "KIM Satu,18.07.05.2010,Wulan (uji),2030-01-01,\n"
                         "KIM Dua,18.07.05.2010,,,\"Pertanain, Olahraga\"\n")
    assert code == 1
    assert [" ".join(line.split()) for line in lines] == [
        "2 perlu dicek - hasilnya tidak lolos kim validate: kolom Izin: tanggal `2030-01-01` masih di masa depan; "
        "isi tanggal yang sudah terjadi",
        "3 perlu dicek - Bidang 'Pertanain' tidak dikenal (mungkin Pertanian atau Perikanan), 'Olahraga' tidak "
        "dikenal (yang dikenal: Pertanian, Perikanan, Peternakan, UMKM, Pariwisata, Kesehatan, Pendidikan, "
        "Literasi digital, Lingkungan hidup, Kebencanaan, Seni dan budaya, Keagamaan, Kepemudaan, Pemberdayaan "
        "perempuan, Diseminasi informasi, Pelayanan publik)"]


# -- 16. a corrected value replaces the one the export showed ----------------------------------------------

def test_a_corrected_phone_number_replaces_the_one_the_export_showed(work, capsys, monkeypatch):
    # Found by a regency coach: the chair's number corrected in the export was added as
    # `telepon` beside the old `whatsapp`, so the profile published both, the old one first.
    seed = work / FOLDER / SEED.name
    own = "    email: bima.sinarharapan@example.org\n    izin_publikasi: 2026-10-01\n"
    header = "Nama KIM,Kode wilayah,Ketua,No. HP,Izin\n"
    for numbers, corrected in (('    whatsapp: "+628110000027482"\n', '    whatsapp: "+6281100000274"\n'),
                               ('    telepon: "+628110000027482"\n    whatsapp: "+6281200000009"\n',
                                '    telepon: "+6281100000274"\n    whatsapp: "+6281200000009"\n')):
        seed.write_text(REAL.replace(own, own + numbers), encoding="utf-8")
        code, lines = report(work, capsys, monkeypatch, header + "KIM Sinar Harapan,18.07.04.2001,Bima (uji),"
                             "0811-0000-0274,2026-10-01\n", "--tulis")
        assert code == 0 and " ".join(lines[0].split()[1:]) == f"diperbarui {FOLDER}/{SEED.name} diubah: kontak"
        assert own + corrected + "diperbarui: 2026-12-03\n" in seed.read_text(encoding="utf-8")


def test_a_corrected_sk_date_corrects_the_sk_of_that_number(work, capsys, monkeypatch):
    # Found by a regency coach: a corrected Tanggal SK added a second SK with the same number
    # and kept the wrong date.
    header = "Nama KIM,Kode wilayah,Nomor SK,Tanggal SK,Tingkat SK\n"
    code, lines = report(work, capsys, monkeypatch, header + "KIM Sinar Harapan,18.07.04.2001,UJI/219/HK/2025,"
                         "17/08/2024,Provinsi\n", "--tulis")
    assert code == 0 and " ".join(lines[0].split()[1:]) == f"diperbarui {FOLDER}/{SEED.name} diubah: sk"
    text = (work / FOLDER / SEED.name).read_text(encoding="utf-8")
    assert text.count("UJI/219/HK/2025") == 1 and "2025-03-10" not in text
    assert '  - tingkat: provinsi\n    nomor: "UJI/219/HK/2025"\n    tanggal: 2024-08-17\n    penerbit: Gubernur (uji)\n' \
        in text
    # the number corrected on the SK of that date, as before; an SK of another number is added
    code, lines = report(work, capsys, monkeypatch, header + "KIM Sinar Harapan,18.07.04.2001,UJI/220/HK/2025,"
                         "17/08/2024,Provinsi\n", "--tulis")
    assert code == 0 and (work / FOLDER / SEED.name).read_text(encoding="utf-8") == text.replace(
        "UJI/219/HK/2025", "UJI/220/HK/2025")
    report(work, capsys, monkeypatch, header + "KIM Sinar Harapan,18.07.04.2001,UJI/1/2026,01/02/2026,Provinsi\n",
           "--tulis")
    assert (work / FOLDER / SEED.name).read_text(encoding="utf-8").count("tingkat: provinsi") == 2


def test_a_renewal_reusing_a_short_number_is_added_and_two_candidates_are_held(work, capsys, monkeypatch):
    # Found by the reviewer: a renewed SK numbered "01" again overwrote the expired SK "01", and
    # an SK matching one entry by date and another by number changed the first of them.
    seed = work / FOLDER / SEED.name
    old = '  - tingkat: desa\n    nomor: "UJI/141/23/KPTS/2016"\n    tanggal: 2016-05-02\n    penerbit: Kepala Desa (uji)\n'
    expired = '  - {tingkat: desa, nomor: "01", tanggal: 2023-01-05, berlaku_hingga: 2026-01-05}\n'
    seed.write_text(REAL.replace(old, expired), encoding="utf-8")
    header = "Nama KIM,Kode wilayah,Nomor SK,Tanggal SK,Tingkat SK\n"
    before = snapshot(work / "kims")
    code, lines = report(work, capsys, monkeypatch, header + "KIM Sinar Harapan,18.07.04.2001,01,04/01/2026,Desa\n",
                         "--tulis")
    assert code == 1 and snapshot(work / "kims") == before
    assert " ".join(lines[0].split()[1:]) == (
        f"perlu dicek {FOLDER}/{SEED.name} SK desa nomor 01 tanggal 2026-01-04 bisa perpanjangan atau koreksi tanggal "
        "SK desa nomor 01 tanggal 2023-01-05 (berlaku hingga 2026-01-05): ubah SK itu langsung di berkas")
    code, lines = report(work, capsys, monkeypatch, header + "KIM Sinar Harapan,18.07.04.2001,01,06/01/2026,Desa\n",
                         "--tulis")
    assert code == 0 and " ".join(lines[0].split()[1:]) == f"diperbarui {FOLDER}/{SEED.name} diubah: sk"
    text = seed.read_text(encoding="utf-8")
    assert expired in text and '  - {tingkat: desa, nomor: "01", tanggal: 2026-01-06}\n' in text
    seed.write_text(REAL.replace(old, old + '  - {tingkat: desa, nomor: "02", tanggal: 2020-02-02}\n'), encoding="utf-8")
    before = snapshot(work / "kims")
    code, lines = report(work, capsys, monkeypatch, header + "KIM Sinar Harapan,18.07.04.2001,02,02/05/2016,Desa\n",
                         "--tulis")
    assert code == 1 and snapshot(work / "kims") == before
    assert " ".join(lines[0].split()[1:]) == (
        f"perlu dicek {FOLDER}/{SEED.name} SK desa nomor 02 tanggal 2016-05-02 cocok dengan 2 SK di berkas (desa "
        "nomor UJI/141/23/KPTS/2016 tanggal 2016-05-02; desa nomor 02 tanggal 2020-02-02): perbaiki SK yang dimaksud "
        "langsung di berkas")


def test_an_sk_s_term_is_written_back_as_a_date(work, capsys, monkeypatch):
    # Found by the reviewer: a corrected SK wrote its berlaku_hingga back quoted, as text.
    seed = work / FOLDER / SEED.name
    old = '  - tingkat: desa\n    nomor: "UJI/141/23/KPTS/2016"\n    tanggal: 2016-05-02\n    penerbit: Kepala Desa (uji)\n'
    seed.write_text(REAL.replace(old, '  - {tingkat: desa, nomor: "01", tanggal: 2023-01-05, berlaku_hingga: 2026-01-05}\n'),
                    encoding="utf-8")
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Kode wilayah,Nomor SK,Tanggal SK,Tingkat SK\n"
                         "KIM Sinar Harapan,18.07.04.2001,02,05/01/2023,Desa\n", "--tulis")
    assert code == 0 and " ".join(lines[0].split()[1:]) == f"diperbarui {FOLDER}/{SEED.name} diubah: sk"
    assert '  - {tingkat: desa, nomor: "02", tanggal: 2023-01-05, berlaku_hingga: 2026-01-05}\n' in seed.read_text(
        encoding="utf-8")


def test_aktif_negated_is_tidak_aktif_never_a_typo_of_aktif():
    # Found by a regency coach: "Nonaktif" was refused with the hint "(mungkin Aktif)", the
    # opposite of what the office meant, and "Non-aktif" was not recognised.
    vocab = load_vocab()
    for typed in ("Nonaktif", "NONAKTIF", "Non-aktif", "non - aktif", "Non Aktif", "TIDAK AKTIF", "tidak-aktif"):
        assert values.status(typed, vocab) == "tidak-aktif", typed
    assert values.status("Aktif", vocab) == "aktif"
    with pytest.raises(values.Unreadable, match=r"^'Nonaktf' tidak dikenal \(yang dikenal: Aktif, Tidak aktif\)$"):
        values.status("Nonaktf", vocab)


def test_an_incomplete_sk_names_only_the_empty_columns_and_the_kim_s_file(work, capsys, monkeypatch):
    # Found by a regency coach: a Tanggal SK without Tingkat SK said "SK perlu Tingkat SK dan
    # Tanggal SK" though the date was filled, and the row named no file though the KIM was found.
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Kode wilayah,Nomor SK,Tanggal SK,Tingkat SK\n"
                         "KIM Sinar Harapan,18.07.04.2001,,17/08/2024,\n"
                         "KIM Baru,18.07.05.2010,141/2024,,\n")
    assert code == 1
    assert [" ".join(line.split()) for line in lines] == [
        f"2 perlu dicek {FOLDER}/{SEED.name} SK perlu Tingkat SK",
        "3 perlu dicek - SK perlu Tingkat SK dan Tanggal SK (nomor 141/2024)"]


def test_a_new_kim_beside_an_inactive_one_asks_to_revive_it(work, capsys, monkeypatch):
    # Found by a regency coach: a new row in a village whose only KIM is inactive said only
    # "desa ini sudah punya KIM", where the worklist advises reviving that KIM.
    seed = work / FOLDER / SEED.name
    seed.write_text(REAL.replace("status: aktif\n", "status: tidak-aktif\n"), encoding="utf-8")
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Kode wilayah\nKIM Baru,18.07.04.2001\n")
    assert code == 1
    assert [" ".join(line.split()) for line in lines] == [
        f"2 perlu dicek - KIM ini tidak ada di data, tetapi desa ini sudah punya KIM: KIM Sinar Harapan "
        f"({FOLDER}/{SEED.name}, tidak aktif: hidupkan kembali KIM itu?); {ELSE}"]


# The rest of the reason for a row naming no KIM of the data in a village that has one.
ELSE = ("bila itu KIM yang sama dengan nama lama atau lain, tulis namanya seperti di berkasnya; bila KIM ini sudah "
        "bubar, hapus barisnya; bila memang KIM kedua di desa ini, buat berkasnya dengan kim new lalu impor lagi")


def test_a_renamed_kim_in_the_offices_sheet_is_not_founded_again(work, capsys, monkeypatch):
    # Found by the tester: the sheet still had "KIM Sinar Harapan" after its file was renamed
    # to another name, and the import wrote sinar-harapan-pekalongan.yml again ("ditulis"),
    # with only a note that the village had a KIM.
    seed = work / FOLDER / SEED.name
    renamed = seed.with_name("cahaya-pekalongan.yml")
    renamed.write_text(REAL.replace("slug: sinar-harapan-pekalongan", "slug: cahaya-pekalongan")
                       .replace("\nnama: KIM Sinar Harapan\n", "\nnama: KIM Cahaya Pekalongan\n"), encoding="utf-8")
    seed.unlink()
    before = snapshot(work / "kims")
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Kode wilayah,Jumlah anggota\n"
                         "KIM Sinar Harapan,18.07.04.2001,19\nKIM Baru Lain,18.07.04.2012,5\n", "--tulis")
    assert code == 1
    assert [" ".join(line.split()) for line in lines] == [
        f"2 perlu dicek - KIM ini tidak ada di data, tetapi desa ini sudah punya KIM: KIM Cahaya Pekalongan "
        f"({FOLDER}/cahaya-pekalongan.yml); {ELSE}",
        f"3 ditulis {FOLDER}/baru-lain-adijaya.yml berkas baru"]  # a village without a KIM: written
    assert set(snapshot(work / "kims")) == set(before) | {"18/18.07/baru-lain-adijaya.yml"}


def test_a_kim_merged_into_another_in_the_offices_sheet_is_not_founded_again(work, capsys, monkeypatch):
    # Found by the reviewer: KIM Baru Lain (Adijaya) merged into KIM Sinar Harapan, which
    # lists its slug in `slug_lama`; the sheet's old row founded it again at that address,
    # whose pages lead to Sinar Harapan. Found by the tester: the advice "write that KIM's
    # name" in this row founded Sinar Harapan again in Adijaya; the report names the KIM.
    seed = work / FOLDER / SEED.name
    seed.write_text(REAL.replace("slug: sinar-harapan-pekalongan\n",
                                 "slug: sinar-harapan-pekalongan\nslug_lama: [baru-lain-adijaya]\n"), encoding="utf-8")
    before = snapshot(work / "kims")
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Kode wilayah,Jumlah anggota\n"
                         "KIM Baru Lain,18.07.04.2012,5\n", "--tulis")
    assert code == 1
    assert [" ".join(line.split()) for line in lines] == [
        f"2 perlu dicek - alamat KIM ini adalah alamat lama KIM Sinar Harapan ({FOLDER}/{SEED.name}, slug_lama): "
        "KIM ini sudah bergabung ke, atau berganti nama menjadi, KIM Sinar Harapan; hapus barisnya, atau perbarui "
        "baris KIM Sinar Harapan sendiri; bila memang KIM lain, buat berkasnya dengan kim new --slug lalu impor lagi"]
    assert snapshot(work / "kims") == before


def test_a_row_matching_two_files_of_one_kim_is_not_written(work, capsys, monkeypatch):
    # Found by the tester: with the same KIM in two files (a rename done by adding a file), the
    # import updated whichever sorted first. Found by the tester: deleting a file without
    # keeping its slug in `slug_lama` broke its printed QR codes.
    copy = work / FOLDER / "sinar-harapan-pekalongan-dua.yml"
    copy.write_text(REAL.replace("slug: sinar-harapan-pekalongan", "slug: sinar-harapan-pekalongan-dua"),
                    encoding="utf-8")
    before = snapshot(work / "kims")
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Kode wilayah,Jumlah anggota\n"
                         "Sinar Harapan,18.07.04.2001,19\n", "--tulis")
    assert code == 1
    assert [" ".join(line.split()) for line in lines] == [
        f"2 perlu dicek - baris ini cocok dengan 2 berkas KIM (nama dan desa sama): {FOLDER}/{copy.name} dan "
        f"{FOLDER}/{SEED.name}; hapus berkas yang tidak dipakai lagi dan tambahkan slug-nya ke slug_lama berkas "
        "yang dipertahankan, agar alamatnya tetap berlaku, lalu impor lagi"]
    assert snapshot(work / "kims") == before


def test_a_member_count_below_one_says_what_is_needed():
    # Found by a regency coach: Jumlah anggota "-5" was "bukan bilangan", as if a number it is
    # not; the format needs a whole number of 1 or more.
    assert values.whole("18 orang") == "18"
    for typed in ("-5", "0", "banyak"):
        with pytest.raises(values.Unreadable, match=rf"^'{typed}' bukan bilangan bulat 1 atau lebih$"):
            values.whole(typed)
