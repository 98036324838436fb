"""`kim impor` reading an office's own sheet: whose column is whose under merged parents,
the coach's worklist however trimmed, total rows, checkbox consent, and a number without a
name. Found by a tester playing a regency's Diskominfo with its hand-made spreadsheet."""

import datetime as dt

import openpyxl
import pytest

from generator.impor import values
from generator.impor.sheet import SheetError, load, parse
from generator.model.regions import load_regions
from generator.model.worklistfile import CSV_FIELDS, VILLAGES, categories, titles
from generator.site.kelembagaan import load_criteria
from generator.site.worklist import Worklists
from tests.imporkit import kim, seeded, snapshot

FOLDER = "kims/18/18.01"  # Lampung Selatan


@pytest.fixture
def work(tmp_path):
    return seeded(tmp_path)


def two_row_header(path, top, sub, merges, rows):
    """A sheet as offices make it: a title, a header over two rows with merged parents."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["DAFTAR KIM KABUPATEN LAMPUNG SELATAN"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(sub))
    ws.append(top)
    ws.append(sub)
    for row in rows:
        ws.append(row)
    for merged in merges:
        ws.merge_cells(merged)
    book.save(path)


# -- a header under another person's parent is not the chair's -----------------------------------

LEFT = ["No", "Nama KIM", "Desa", "Kecamatan"]
LEFT_MERGES = ["A2:A3", "B2:B3", "C2:C3", "D2:D3"]
PEOPLE = {  # the sheets of the tester's mk2.py: another person's number beside the chair
    "narahubung": (LEFT + ["Ketua", "Izin publikasi", "Narahubung", None],
                   [None] * 6 + ["Nama", "No. HP"], LEFT_MERGES + ["E2:E3", "F2:F3", "G2:H2"],
                   [1, "KIM Candi Mas", "Candi Mas", "Natar", "Suparman", "ya", "Rudi (staf desa)", "0812-1111-2222"],
                   "Narahubung Nama, Narahubung No. HP"),
    "pendamping": (LEFT + ["Nama Ketua", "Izin publikasi", "Pendamping", None],
                   [None] * 6 + ["Nama", "WA"], LEFT_MERGES + ["E2:E3", "F2:F3", "G2:H2"],
                   [1, "KIM Candi Mas", "Candi Mas", "Natar", "Suparman", "2024-01-10", "Andi (Diskominfo)",
                    "0813-5555-6666"],
                   "Pendamping Nama, Pendamping WA"),
    "kepala desa": (LEFT + ["Ketua", "Izin publikasi", "Kepala Desa", None],
                    [None] * 6 + ["Nama", "No. HP"], LEFT_MERGES + ["E2:E3", "F2:F3", "G2:H2"],
                    [1, "KIM Candi Mas", "Candi Mas", "Natar", "Suparman", "ya", "Pak Kades", "0812-1111-2222"],
                    "Kepala Desa Nama, Kepala Desa No. HP"),
}


@pytest.mark.parametrize("person", PEOPLE)
def test_another_person_s_number_is_never_the_chair_s(work, capsys, monkeypatch, person):
    top, sub, merges, row, ignored = PEOPLE[person]
    two_row_header(work / "daftar.xlsx", top, sub, merges, [row])
    code, out, _ = kim(["impor", "daftar.xlsx", "--tulis"], work, capsys, monkeypatch)
    assert code == 0
    assert out.splitlines()[:3] == [
        f"Kolom diabaikan (tidak dikenal): {ignored}; petakan dengan --kolom bila perlu",
        "baris  hasil    berkas                       keterangan",
        f"    4  ditulis  {FOLDER}/candi-mas.yml  berkas baru"]
    written = (work / FOLDER / "candi-mas.yml").read_text(encoding="utf-8")
    assert "nama: Suparman" in written and "kontak" not in written and row[-2] not in written


def test_the_chair_s_number_beside_the_secretary_s(work, capsys, monkeypatch):
    two_row_header(work / "daftar.xlsx", LEFT + ["Sekretaris", None, "Ketua", None, "Izin publikasi"],
                   [None] * 4 + ["Nama", "No. HP", "Nama", "HP", None], LEFT_MERGES + ["E2:F2", "G2:H2", "I2:I3"],
                   [[1, "KIM Rulung Raya", "Rulung Raya", "Natar", "Sekar", "0812-7777-8888", "Tono", "0812-9999-0000",
                     "ya"]])
    code, out, _ = kim(["impor", "daftar.xlsx", "--tulis"], work, capsys, monkeypatch)
    assert code == 0
    assert out.splitlines()[0] == ("Kolom diabaikan (tidak dikenal): Sekretaris Nama, Sekretaris No. HP; petakan "
                                   "dengan --kolom bila perlu")
    written = (work / FOLDER / "rulung-raya.yml").read_text(encoding="utf-8")
    assert 'nama: Tono, peran: ketua, telepon: "+6281299990000"' in written
    assert "7777" not in written and "Sekar" not in written


@pytest.mark.parametrize("consent", ["tidak", "ya"])
def test_the_chair_s_home_address_is_not_the_kim_s(work, capsys, monkeypatch, consent):
    two_row_header(work / "daftar.xlsx", LEFT + ["Ketua", None, None, "Izin publikasi"],
                   [None] * 4 + ["Nama", "Alamat", "No. HP", None], LEFT_MERGES + ["E2:G2", "H2:H3"],
                   [[1, "KIM Branti Raya", "Branti Raya", "Natar", "Wagiman", "Dusun III RT 02 (rumah pribadi)",
                     "0812-3333-4444", consent]])
    code, out, _ = kim(["impor", "daftar.xlsx", "--tulis"], work, capsys, monkeypatch)
    assert code == 0
    assert out.splitlines()[0] == "Kolom diabaikan (tidak dikenal): Ketua Alamat; petakan dengan --kolom bila perlu"
    written = (work / FOLDER / "branti-raya.yml").read_text(encoding="utf-8")
    assert "alamat" not in written and "Dusun" not in written
    assert ("+6281233334444" in written) == (consent == "ya")


@pytest.mark.parametrize("header, columns", [
    ("Data Ketua No. HP", {"telepon": 2}),  # a neutral word before the chair's
    ("Narahubung No. HP", {}),  # one cell naming another person
    ("Wakil Ketua No. HP", {}),
    ("Alamat Ketua", {}),  # the chair's address is not the chair
    ("Ketua Alamat", {}),
    ("Tanggal Izin", {"izin": 2}),  # the header's own words qualify it
    ("Tanggal Izin Publikasi", {"izin": 2}),
    ("Ketua No. HP", {"telepon": 2}),
    ("No. HP Ketua", {"telepon": 2}),
    ("WA Ketua", {"telepon": 2}),
    ("Nama Lengkap Ketua", {"ketua": 2}),
    # the second tester's: another person named in the header's own cell, not the chair
    *[(other, {}) for other in ("Sekdes No. HP", "Kadus HP", "Babinsa WA", "Penyuluh Telepon", "Ketua RT No. HP",
                                "Ketua BPD HP", "Ketua Karang Taruna WA", "Kasi Pemerintahan No HP", "Secretary HP")],
    ("Nomor WA Ketua KIM", {}),  # a number is no chair's name
    # the reviewer's: still no chair's number after the second tester's fix
    *[(other, {}) for other in ("Humas No HP", "Relawan No HP", "Operator WA", "Admin HP")],
])
def test_a_header_s_dropped_words_say_whose_it_is(header, columns):
    sheet = parse([("Nama KIM", "Desa", header), ("KIM A", "Sidodadi", "x")])
    assert sheet.columns == {"nama": 0, "desa": 1, **columns}


@pytest.mark.parametrize("parent, subs, columns", [
    ("Wilayah Administrasi", ("Desa", "Kecamatan"), {"desa": 2, "kecamatan": 3}),
    ("Dokumen Legalitas", ("Nomor SK", "Tanggal SK"), {"sk_nomor": 2, "sk_tanggal": 3}),
    # a board list's chair is the KIM's; its bare number may be any member's
    ("Susunan Pengurus", ("Ketua", "No. HP"), {"ketua": 2}),
    ("Susunan Pengurus", ("Nama Ketua", "No. HP Ketua"), {"ketua": 2, "telepon": 3}),
    ("Susunan Pengurus", ("Ketua", "Sekretaris No. HP"), {"ketua": 2}),
    *[(other, ("Ketua", "No. HP"), {}) for other in ("Humas", "Relawan", "Babinsa", "Operator", "Admin")],
])
def test_a_parent_s_word_unknown_here_heads_all_but_the_chair_s_fields(parent, subs, columns):
    """The reviewer's: any word of a merged parent not listed here left its columns unread,
    "Wilayah Administrasi" above Desa failing the whole sheet."""
    sheet = parse([("Nama KIM", "Kode", parent, None), ("Nama KIM", "Kode", *subs),
                   ("KIM A", "18.01.01.2001", "x", "y")])
    assert sheet.columns == {"nama": 0, "kode": 1, **columns}


def test_a_board_list_s_chair_is_read_and_its_number_said_ignored(work, capsys, monkeypatch):
    two_row_header(work / "daftar.xlsx", ["No", "Nama KIM", "Wilayah Administrasi", None, "Susunan Pengurus", None,
                                          "Izin publikasi"],
                   [None, None, "Desa", "Kecamatan", "Ketua", "No. HP", None],
                   ["A2:A3", "B2:B3", "C2:D2", "E2:F2", "G2:G3"],
                   [[1, "KIM Candi Mas", "Candi Mas", "Natar", "Suparman", "0812-1111-2222", "ya"]])
    code, out, _ = kim(["impor", "daftar.xlsx", "--tulis"], work, capsys, monkeypatch)
    assert code == 0
    assert out.splitlines()[0] == ("Kolom diabaikan (tidak dikenal): Susunan Pengurus No. HP; petakan dengan --kolom "
                                   "bila perlu")
    written = (work / FOLDER / "candi-mas.yml").read_text(encoding="utf-8")
    assert "nama: Suparman" in written and "1111" not in written


# -- the coach's worklist, however trimmed -------------------------------------------------------

WORKLIST_REFUSED = ("kim impor: berkas ini daftar kerja pembina (worklist) dari situs, bukan daftar KIM: barisnya "
                    "termasuk desa yang belum punya KIM aktif. Untuk daftar KIM yang bisa diubah lalu diimpor lagi, "
                    "pakai `kim ekspor --wilayah KODE --ke daftar.xlsx`\n")
KIM_ROW = ("tanpa-sk", "18.07.04.2003", "KIM Satu", "Pekalongan", "Sidodadi", "", "", "", "", "aktif")
VILLAGE_ROW = ("desa-tanpa-kim", "18.07.04.2012", "Adijaya", "Pekalongan", "Adijaya", "", "", "", "", "")


def test_the_worklist_s_categories_are_the_site_s():
    regions = load_regions()
    written = Worklists([], regions, dt.date(2026, 12, 3), load_criteria()).categories + (VILLAGES,)
    assert categories() == frozenset(written)


@pytest.mark.parametrize("header, rows", [
    (("url", "contoh"), [KIM_ROW, VILLAGE_ROW]),  # the tester's: 251 villages became KIMs
    (("url", "contoh", "Keterangan"), [KIM_ROW, VILLAGE_ROW]),  # known by its rows alone
    (("url", "contoh"), [KIM_ROW]),  # a category of data/kelembagaan.yml
    ((), [("",) + VILLAGE_ROW[1:]]),  # the categories emptied
], ids=["url-contoh", "renamed", "tanpa-sk", "emptied"])
def test_a_trimmed_worklist_is_refused(work, capsys, monkeypatch, header, rows):
    """`header`: the columns deleted, then the name given to `kategori` (if any)."""
    renamed = [name for name in header if name not in CSV_FIELDS]
    kept = [i for i, name in enumerate(CSV_FIELDS) if name not in header]
    book = openpyxl.Workbook()
    for row in ((*renamed, *CSV_FIELDS[1:]) if renamed else CSV_FIELDS, *rows):
        book.active.append([row[i] for i in kept])
    book.save(work / "worklist.xlsx")
    before = snapshot(work / "kims")
    assert kim(["impor", "worklist.xlsx", "--tulis"], work, capsys, monkeypatch) == (2, "", WORKLIST_REFUSED)
    assert snapshot(work / "kims") == before


def test_an_office_s_own_kategori_column_is_no_worklist():
    sheet = parse([("Nama KIM", "Desa", "Kategori"), ("KIM A", "Sidodadi", "Madya")])
    assert sheet.columns == {"nama": 0, "desa": 1} and sheet.unknown == ["Kategori"]
    # the reviewer's: nor one not filled in yet (a template)
    sheet = parse([["Nama KIM", "Desa", "Ketua", "Kategori"], ["KIM Maju", "Sukamaju", "Budi", ""]])
    assert sheet.columns == {"nama": 0, "desa": 1, "ketua": 2} and len(sheet.rows) == 1
    # a category's words among an office's notes are no sign either
    sheet = parse([("Nama KIM", "Desa", "Keterangan"), ("KIM A", "Sidodadi", "Tanpa SK"),
                   ("KIM B", "Adijaya", "Aktif")], kinds=categories(), titled=titles())
    assert sheet.columns == {"nama": 0, "desa": 1} and len(sheet.rows) == 2


@pytest.mark.parametrize("header, rows", [
    (CSV_FIELDS[1:], [KIM_ROW[1:], VILLAGE_ROW[1:]]),  # `kategori` deleted: known by its own headers
    (("kode", "Nama KIM", "Kecamatan", "desa_kelurahan"), [row[1:5] for row in (KIM_ROW, VILLAGE_ROW)]),
    # its categories Find&Replaced, its headers renamed: known by the categories however written
    (("Keterangan", "Kode", "Nama KIM", "Kecamatan", "Desa"), [("Desa tanpa KIM",) + VILLAGE_ROW[1:5]]),
    (("Keterangan", "Kode", "Nama KIM", "Kecamatan", "Desa"),
     [("Tanpa SK yang berlaku",) + KIM_ROW[1:5], ("Desa/kelurahan tanpa KIM aktif",) + VILLAGE_ROW[1:5]]),
    (("Keterangan", "Kode", "Nama KIM", "Distrik", "Kampung"),  # as a regency's page in Papua titles it
     [("Kampung/kelurahan tanpa KIM aktif",) + VILLAGE_ROW[1:5]]),
    # its categories emptied and one more of its own headers kept
    (("Kategori", "kode", "Nama KIM", "Kecamatan", "Desa"), [("",) + VILLAGE_ROW[1:5]]),
], ids=["no-kategori", "two-own-headers", "find-replaced", "titles", "papua-titles", "emptied-kode"])
def test_a_worklist_without_its_categories_is_refused(header, rows):
    with pytest.raises(SheetError) as refused:
        parse([header, *rows], kinds=categories(), titled=titles())
    assert refused.value.key == "worklist"


# -- a total row is no KIM -----------------------------------------------------------------------

SKIPPED = ("Baris dilewati (bukan KIM: jumlah/total, judul bagian, judul kolom berulang, nomor kolom, "
           "tanda tangan): ",
           "Rows skipped (not KIMs: totals, section headings, repeated headers, column numbers, signatures): ")


@pytest.mark.parametrize("lang, said", [(None, SKIPPED[0] + "5"), ("en", SKIPPED[1] + "5")])
def test_a_merged_total_row_is_left_out_and_said(work, capsys, monkeypatch, lang, said):
    two_row_header(work / "daftar.xlsx", ["No", "Kecamatan", "Desa", "Nama KIM", "Ketua", None, "Jumlah anggota"],
                   [None, None, None, None, "Nama", "No. HP", None],
                   ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3", "A5:F5"],
                   [[1, "Natar", "Candi Mas", "KIM Candi Mas", None, None, 12], ["JUMLAH", *[None] * 5, 12]])
    code, out, _ = kim(["impor", "daftar.xlsx", *(["--lang", lang] if lang else [])], work, capsys, monkeypatch)
    assert code == 0
    assert out.splitlines()[0] == said
    assert len(out.splitlines()) == 5  # the line, the table's header and one row, the summary, the dry run


@pytest.mark.parametrize("total", ["Total,,,", "Jumlah Total,,,1.234", ",JUMLAH,,3"])
def test_a_total_row_of_a_csv_is_left_out(total):
    cells = [tuple(line.split(",")) for line in ("No,Nama KIM,Desa,Jumlah anggota", "1,KIM A,Sidodadi,3", total)]
    sheet = parse(cells)
    assert ([n for n, _ in sheet.rows], sheet.skipped) == ([2], [3])


def test_a_kim_named_with_a_total_word_is_read():
    sheet = parse([("Nama KIM", "Desa"), ("KIM Jumlah", "Sidodadi"), ("KIM Jumlah Sejahtera", "Sidodadi"),
                   ("KIM Total Media", "Sidodadi")])
    assert ([n for n, _ in sheet.rows], sheet.skipped) == ([2, 3, 4], [])


TOTAL_HEAD = ("Nama KIM", "Desa", "Kecamatan", "Tanggal SK", "Jumlah anggota")


@pytest.mark.parametrize("row, total", [
    # a KIM whose name starts with a total word: a village, a district or a date beside it
    (("Total Media Desa", "Trimulyo", "Sekampung", None, 9), False),
    (("Jumlah Jaya", None, "Sekampung", None, None), False),
    (("Jumlah Jaya", None, None, dt.datetime(2024, 8, 17), None), False),
    (("Total Media Desa", None, None, "17/08/2024", None), False),
    # a total: its other cells empty, numbers or counts, or its own text merged across
    (("Total Media Desa", None, None, None, None), True),
    (("Jumlah KIM: 14", None, None, None, 210), True),
    (("Jumlah Kecamatan Sekampung", "12 desa", "1 kecamatan", None, "1.234"), True),
    (("Sub Total Kec. Natar",) * 4 + (35,), True),
    # a region's total: its label names the region, its region cells filled in as on every row
    (("Sub Total Kec. Natar", None, "Natar", None, 35), True),
    (("Jumlah Kecamatan Sekampung", "Trimulyo", "Sekampung", None, 9), True),
    (("Jumlah Pekalongan", None, "Pekalongan", None, 18), True),
    (("Total Media Desa", "Trimulyo", "Sekampung", None, None), False),  # no region named
    (("Jumlah Kec. Natar", None, "Natar", "17/08/2024", 35), False),  # a date is a KIM's
    # a village is never a count (Palembang's "5 Ulu")
    (("Total Media Desa", "5 Ulu", None, None, None), False),
    # the total words alone name no KIM, whatever stands beside them
    (("JUMLAH", None, "Natar", None, 35), True),
    (("Grand Total", "Sidodadi", None, None, None), True),
    (("SUBTOTAL", None, "Natar", None, 35), True),
    (("Jumlah Total", None, "Natar", None, 35), True),
])
def test_a_total_row_is_one_whose_other_cells_are_counts(row, total):
    sheet = parse([TOTAL_HEAD, ("KIM Wai Sari", "Sidodadi", "Sekampung", None, 12), row])
    assert ([n for n, _ in sheet.rows], sheet.skipped) == (([2], [3]) if total else ([2, 3], []))


PLACED_HEAD = ("Nama KIM", "Kode wilayah", "Desa", "Kecamatan", "Kabupaten", "Ketua", "No. HP", "Jumlah anggota")


@pytest.mark.parametrize("row, total", [
    # a code, a phone number or a village is never a count
    (("Total Media Desa", "18.07.05.2004", None, None, None, None, None, 9), False),
    (("Total Media Desa", None, None, None, None, None, "081234567890", None), False),
    (("Total Media Desa", None, "12", None, None, None, None, None), False),
    (("Total Media Desa", None, None, None, None, "Yanto", None, None), False),
    (("Jumlah KIM: 14", None, None, None, None, None, None, 210), True),
    # a district's total with its district and regency filled down
    (("Jumlah Kec. Pekalongan", None, None, "Pekalongan", "Lampung Timur", None, None, 18), True),
    (("Sub Total Kabupaten Lampung Timur", None, None, None, "Lampung Timur", None, None, 40), True),
    (("Jumlah Pekalongan", None, None, "Pekalongan", "Lampung Timur", None, None, "18 KIM"), True),
    # its code or chair is a KIM's, whatever its label
    (("Jumlah Kec. Pekalongan", "18.07.04.2001", None, "Pekalongan", "Lampung Timur", None, None, 18), False),
    (("Jumlah Kec. Pekalongan", None, None, "Pekalongan", "Lampung Timur", "Yanto", None, 18), False),
])
def test_a_total_row_s_code_phone_or_village_is_no_count(row, total):
    sheet = parse([PLACED_HEAD, ("KIM Wai Sari", None, "Sidodadi", "Sekampung", "Lampung Timur", None, None, 12), row])
    assert ([n for n, _ in sheet.rows], sheet.skipped) == (([2], [3]) if total else ([2, 3], []))


@pytest.mark.parametrize("rows", [
    [("No", "Nama KIM", "Desa", "Kecamatan", "Kabupaten"), (None, "Total Media Desa", "Trimulyo", "Sekampung",
                                                             "Lampung Timur")],
    [("No", "Nama KIM", "Kode wilayah"), (None, "Total Media Desa", "18.07.05.2004")],  # a code is no count
])
def test_a_kim_named_total_is_imported(work, capsys, monkeypatch, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(work / "daftar.xlsx")
    code, out, _ = kim(["impor", "daftar.xlsx", "--tulis"], work, capsys, monkeypatch)
    assert code == 0
    assert out.splitlines()[1].split()[:3] == ["2", "ditulis", "kims/18/18.07/total-media-desa-trimulyo.yml"]


def test_a_district_s_total_filled_down_is_left_out(work, capsys, monkeypatch):
    """The district and regency filled in on every row, its total row's too."""
    (work / "daftar.csv").write_text("Nama KIM;Desa;Kecamatan;Kabupaten;Jumlah anggota\n"
                                     "KIM Adirejo Maju;Adirejo;Pekalongan;Lampung Timur;18\n"
                                     "Jumlah Kec. Pekalongan;;Pekalongan;Lampung Timur;18\n", encoding="utf-8")
    code, out, _ = kim(["impor", "daftar.csv"], work, capsys, monkeypatch)
    assert code == 0
    assert out.splitlines()[0] == SKIPPED[0] + "3"
    assert [line.split()[0] for line in out.splitlines()[2:3]] == ["2"] and len(out.splitlines()) == 5


# -- a header repeated amid the table is no KIM ----------------------------------------------------

@pytest.mark.parametrize("lang", [None, "en"])
def test_a_header_repeated_amid_the_table_is_left_out_and_said(work, capsys, monkeypatch, lang):
    """Two tables pasted one under the other, the second with its title and two-row header,
    its columns numbered, then a header of a third printed page spelt otherwise."""
    top, sub = ["No", "Nama KIM", "Desa", "Kecamatan", "Ketua", None], [None] * 4 + ["Nama", "No. HP"]
    book = openpyxl.Workbook()
    ws = book.active
    for row in (["DAFTAR KIM KABUPATEN LAMPUNG SELATAN"], top, sub, CANDI[:5],
                ["DAFTAR KIM KABUPATEN LAMPUNG SELATAN"], top, sub, [f"({i})" for i in range(1, 7)], BRANTI[:5],
                ["NO.", "Nama Kelompok Informasi Masyarakat", "Desa/Kelurahan", "Kec."],
                (3, "KIM Rulung Raya", "Rulung Raya", "Natar", "Tono")):
        ws.append(list(row))
    for merged in ("A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "A6:A7", "B6:B7", "C6:C7", "D6:D7", "E6:F6"):
        ws.merge_cells(merged)
    book.save(work / "daftar.xlsx")
    code, out, _ = kim(["impor", "daftar.xlsx", *(["--lang", lang] if lang else [])], work, capsys, monkeypatch)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == SKIPPED[lang == "en"] + "5, 6, 7, 8, 10"
    assert [line.split()[0] for line in lines[2:5]] == ["4", "9", "11"] and len(lines) == 7


@pytest.mark.parametrize("row, header", [
    (("Nama KIM", "Desa", "Kecamatan"), True),  # the same cells
    (("NAMA KIM", "desa", "kecamatan", None), True),
    (("Nama", "Kelurahan"), True),  # every text a header word
    (("KIM", "Sidodadi", "Kota"), False),  # a KIM named "KIM" in a village is a KIM's row
    (("Nama KIM", None, None), False),  # one header word is no header row: the office's to check
])
def test_a_repeated_header_is_the_header_s_cells_or_words(row, header):
    sheet = parse([("Nama KIM", "Desa", "Kecamatan"), ("KIM Wai Sari", "Sidodadi", "Sekampung"), row])
    assert ([n for n, _ in sheet.rows], sheet.skipped) == (([2], [3]) if header else ([2, 3], []))


def test_a_repeated_header_in_another_order_reads_the_rows_under_it_in_its_columns(work, capsys, monkeypatch):
    # Found by a tester: a second table pasted under the first with Nama KIM and Ketua swapped
    # was read in the first table's columns, and a KIM was named after its chair.
    first = ("No", "Nama KIM", "Desa", "Kecamatan", "Ketua", "Jumlah anggota")
    second = ("No", "Ketua", "Desa", "Kecamatan", "Nama KIM", "Jumlah anggota")
    swapped = (2, "Wagiman", "Branti Raya", "Natar", "KIM Branti Raya", 15)
    sheet = parse([first, CANDI, second, swapped, first, BRANTI[:1] + ("KIM Rulung Raya", "Rulung Raya") + CANDI[3:]])
    assert [(n, row["nama"], row["ketua"], row["desa"]) for n, row in sheet.rows] == [
        (2, "KIM Candi Mas", "Suparman", "Candi Mas"), (4, "KIM Branti Raya", "Wagiman", "Branti Raya"),
        (6, "KIM Rulung Raya", "Suparman", "Rulung Raya")]  # the first table's order again
    assert (sheet.skipped, sheet.held) == ([3, 5], {})
    # a two-row header in another order: "Nama" under "Ketua" is the chair's, never the KIM's
    book = openpyxl.Workbook()
    for row in (first, CANDI, ("No", "Ketua", None, "Nama KIM", "Desa", "Kecamatan"),
                (None, "Nama", "No. HP", None, None, None), (2, "Wagiman", "0812 0000 0009", "KIM Branti Raya",
                                                             "Branti Raya", "Natar")):
        book.active.append(row)
    for merged in ("B3:C3", "A3:A4", "D3:D4", "E3:E4", "F3:F4"):
        book.active.merge_cells(merged)
    book.save(work / "daftar.xlsx")
    rows = load(work / "daftar.xlsx").rows
    assert [(n, row["nama"], row["ketua"], row.get("telepon")) for n, row in rows] == [
        (2, "KIM Candi Mas", "Suparman", None), (5, "KIM Branti Raya", "Wagiman", "0812 0000 0009")]


def test_a_repeated_header_that_cannot_be_read_holds_the_rows_under_it(work, capsys, monkeypatch):
    before = snapshot(work / "kims")
    (work / "daftar.csv").write_text("Nama KIM,Desa,Kecamatan,Kabupaten\n"
                                     "KIM Candi Mas,Candi Mas,Natar,Lampung Selatan\n"
                                     "Ketua,Kecamatan\n"  # every word a header's, but no KIM's name or village
                                     "Wagiman,Natar,,\n"
                                     "Nama KIM,Desa\n"  # readable again
                                     "KIM Branti Raya,Branti Raya,Natar,Lampung Selatan\n", encoding="utf-8")
    code, out, _ = kim(["impor", "daftar.csv", "--tulis"], work, capsys, monkeypatch)
    assert code == 1
    assert out.splitlines()[1:5] == [
        "baris  hasil        berkas                         keterangan",
        "    2  ditulis      kims/18/18.01/candi-mas.yml    berkas baru",
        "    4  perlu dicek  -                              judul kolom berulang di baris 3 berbeda "
        "dengan judul tabel di atasnya dan tidak dapat dibaca (perlu kolom Nama KIM dan Desa/Kelurahan atau Kode "
        "wilayah): baris di bawahnya tidak ditulis, agar tidak dibaca dengan kolom yang salah; samakan judul "
        "kolomnya dengan tabel pertama, atau impor tabel itu dari lembar sendiri dengan --lembar",
        "    6  ditulis      kims/18/18.01/branti-raya.yml  berkas baru"]
    assert set(snapshot(work / "kims")) - set(before) == {"18/18.01/candi-mas.yml", "18/18.01/branti-raya.yml"}


# -- a consent ticked with 1 or 0 ----------------------------------------------------------------

def test_a_consent_ticked_1_or_0_is_ya_or_tidak(work, capsys, monkeypatch):
    assert [values.consent(c) for c in (1, 1.0, "1", 0, "0")] == [(True, None)] * 3 + [(False, None)] * 2
    book = openpyxl.Workbook()
    for row in (("Nama KIM", "Desa", "Kecamatan", "Kabupaten", "Ketua", "No. HP", "Izin publikasi"),
                ("KIM Wai Sari", "Sidodadi", "Sekampung", "Lampung Timur", "Yanto (uji)", "0812-9191-1111", 1),
                ("KIM Kali Sari", "Trimulyo", "Sekampung", "Lampung Timur", "Yanti (uji)", "0812-9292-1212", 0),
                # like a "ya" without a date, a 1 is no consent of a chair other than the file's
                ("KIM Sinar Harapan", "Pekalongan", "Pekalongan", "Lampung Timur", "Citra (uji)", "", 1)):
        book.active.append(row)
    book.save(work / "daftar.xlsx")
    code, out, _ = kim(["impor", "daftar.xlsx", "--tulis"], work, capsys, monkeypatch)
    assert code == 1
    assert [line.split()[1] for line in out.splitlines()[1:4]] == ["ditulis", "ditulis", "perlu"]
    assert "izin publikasi tanpa tanggal bisa jadi izin ketua sebelumnya" in out.splitlines()[3]
    assert ('{jenis: pribadi, nama: Yanto (uji), peran: ketua, telepon: "+6281291911111", izin_publikasi: 2026-12-03}'
            in (work / "kims/18/18.07/wai-sari-sidodadi.yml").read_text(encoding="utf-8"))
    held = (work / "kims/18/18.07/kali-sari-trimulyo.yml").read_text(encoding="utf-8")
    assert "{jabatan: ketua}" in held and "Yanti" not in held


# -- a number without a name ---------------------------------------------------------------------

def test_a_consented_number_without_the_chair_s_name_is_said_not_written(work, capsys, monkeypatch):
    two_row_header(work / "daftar.xlsx", ["No", "Nama KIM", "Desa", "Kecamatan", "Ketua", None, "Izin publikasi"],
                   [None, None, None, None, "Nama", "No. HP", None],
                   ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3"],
                   [[1, "KIM Krawang Sari", "Krawang Sari", "Natar", None, "0812-9090-1010", "ya"]])
    code, out, _ = kim(["impor", "daftar.xlsx", "--tulis"], work, capsys, monkeypatch)
    assert code == 0
    assert out.splitlines()[1] == (f"    4  ditulis  {FOLDER}/krawang-sari.yml  berkas baru; Ketua No. HP tidak "
                                   "ditulis: kolom Ketua Nama kosong, nomor ketua hanya ditulis bersama namanya")
    assert "kontak" not in (work / FOLDER / "krawang-sari.yml").read_text(encoding="utf-8")


def test_the_sk_s_columns_under_a_merged_sk_pengukuhan(work, capsys, monkeypatch):
    """The office tester: "SK PENGUKUHAN" above "NOMOR", "TANGGAL" and "TINGKAT", a common
    layout, was listed as ignored columns."""
    two_row_header(work / "daftar.xlsx", LEFT + ["SK PENGUKUHAN", None, None],
                   [None] * 4 + ["NOMOR", "TANGGAL", "TINGKAT"], LEFT_MERGES + ["E2:G2"],
                   [[1, "KIM Candi Mas", "Candi Mas", "Natar", "045/KIM/2021", dt.datetime(2021, 3, 12), "desa"]])
    code, out, _ = kim(["impor", "daftar.xlsx", "--tulis"], work, capsys, monkeypatch)
    assert code == 0 and "diabaikan" not in out, out
    written = (work / FOLDER / "candi-mas.yml").read_text(encoding="utf-8")
    assert "045/KIM/2021" in written and "2021-03-12" in written and "tingkat: desa" in written, written


# -- what the office sees of how its headers were read -------------------------------------------

def test_a_column_read_by_its_last_words_is_said(work, capsys, monkeypatch):
    book = openpyxl.Workbook()
    for row in (("Nama KIM", "Desa", "Kecamatan", "Ketua", "Data Ketua No. HP", "Sekdes No. HP", "Izin publikasi"),
                ("KIM Candi Mas", "Candi Mas", "Natar", "Suparman", "0812-1111-2222", "0812-5555-6666", "ya")):
        book.active.append(row)
    book.save(work / "daftar.xlsx")
    code, out, _ = kim(["impor", "daftar.xlsx", "--tulis"], work, capsys, monkeypatch)
    assert code == 0
    assert out.splitlines()[:2] == [
        "Kolom diabaikan (tidak dikenal): Sekdes No. HP; petakan dengan --kolom bila perlu",
        'Kolom dibaca dari kata terakhir judulnya: No. HP ← "Data Ketua No. HP"']
    written = (work / FOLDER / "candi-mas.yml").read_text(encoding="utf-8")
    assert "+6281211112222" in written and "5555" not in written


@pytest.mark.parametrize("title", [("DAFTAR KIM KAB. LAMPUNG SELATAN", None, None, "Lampiran I"),
                                   ("Kabupaten: Lampung Selatan", None, "Tahun: 2024", None)])
def test_two_titles_above_the_header_are_no_parents(title):
    sheet = parse([title, ("No", "Nama KIM", "Desa", "Kecamatan"), (1, "KIM A", "Sidodadi", "Pekalongan")])
    assert sheet.columns == {"nama": 1, "desa": 2, "kecamatan": 3} and [n for n, _ in sheet.rows] == [3]
    assert sheet.by_tail == []  # not said read as "Lampiran I Kecamatan"


def test_a_parent_row_is_not_dropped_to_read_the_header():
    """Its "No" and "Ketua" merged down over both rows: parents, not titles. Read without them,
    the Babinsa's number would be the chair's."""
    sheet = parse([("No", "Profil Kelompok", None, "Ketua", "Babinsa", None),
                   ("No", "Nama KIM", "Desa", "Ketua", "Nama", "No. HP"),
                   (1, "KIM A", "Sidodadi", "Suparman", "Pak B", "0812-1111-2222")])
    assert sheet.columns == {"nama": 1, "desa": 2, "ketua": 3} and "Babinsa No. HP" in sheet.unknown


# -- rows that are no KIM: totals, headings, column numbers, a signature ---------------------------

HEAD = ("No", "Nama KIM", "Desa", "Kecamatan", "Ketua", "Jumlah anggota")
CANDI = (1, "KIM Candi Mas", "Candi Mas", "Natar", "Suparman", 20)
BRANTI = (2, "KIM Branti Raya", "Branti Raya", "Natar", "Wagiman", 15)


@pytest.mark.parametrize("lang", [None, "en"])
def test_rows_that_are_no_kim_are_left_out_in_one_line(work, capsys, monkeypatch, lang):
    book = openpyxl.Workbook()
    ws = book.active
    for row in (HEAD, [f"({i})" for i in range(1, 7)], ["NATAR"], CANDI, ["Sub Total Kec. Natar", *[None] * 4, 20],
                ["KALIANDA"], BRANTI, ["JUMLAH", None, "2 desa", "1 kecamatan", None, 35], ["Jumlah KIM: 2"], (),
                [None, None, None, None, "Kalianda, 1 Desember 2024"], [None, None, None, None, "Kepala Dinas"],
                [None, None, None, None, "NIP. 19700101 199003 1 001"]):
        ws.append(list(row))
    for merged in ("A3:F3", "A5:E5", "A6:E6", "A9:F9"):
        ws.merge_cells(merged)
    book.save(work / "daftar.xlsx")
    code, out, _ = kim(["impor", "daftar.xlsx", *(["--lang", lang] if lang else [])], work, capsys, monkeypatch)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == SKIPPED[lang == "en"] + "2, 3, 5, 6, 8, 9, 11, 12, 13"
    assert [line.split()[0] for line in lines[2:4]] == ["4", "7"] and len(lines) == 6


@pytest.mark.parametrize("rows, kept, skipped", [
    ([(1, 2, 3, 4), CANDI[:4]], [3], [2]),  # the columns numbered 1 … n
    ([CANDI[:4], (None, "KALIANDA", "KALIANDA", "KALIANDA")], [2], [3]),  # a heading of a CSV: no merge
    ([CANDI[:4], (None, "Total KIM"), (None, "Grand Total"), (None, "Jumlah Kecamatan Natar"),
      (None, "JUMLAH", None, "Natar")], [2], [3, 4, 5, 6]),
    # a row without a name amid the table is still the office's to check, and the columns' numbers
    # are no numbering further down
    ([CANDI[:4], (None, None, None, "Natar"), (1, 2, 3, 4), BRANTI[:4]], [2, 3, 4, 5], []),
])
def test_a_row_that_is_no_kim_is_skipped(rows, kept, skipped):
    sheet = parse([HEAD[:4], *rows])
    assert ([n for n, _ in sheet.rows], sheet.skipped) == (kept, skipped)


def test_a_heading_is_one_merged_text(tmp_path):
    """A KIM named after its village, in a sheet without Kecamatan, is no heading unless merged."""
    book = openpyxl.Workbook()
    for row in (("Nama KIM", "Desa"), ("Sidodadi", "Sidodadi"), ("Sidomulyo", None)):
        book.active.append(row)
    book.active.merge_cells("A3:B3")
    book.save(tmp_path / "daftar.xlsx")
    sheet = load(tmp_path / "daftar.xlsx")
    assert ([n for n, _ in sheet.rows], sheet.skipped) == ([2], [3])
