"""Read an office's spreadsheet (.xlsx or .csv) into rows keyed by the columns we know.

Offices' sheets start with a title, merge header cells over two rows ("Ketua" above
"Nama" and "No. HP"), leave blank rows and number their rows in a "No." column. The
header row is the one of the first rows where most known headers are found; a blank
header cell takes the text above it (a cell merged down), and a header under a merged
parent is read together with it ("Ketua" + "Nama" = the chair's name).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from generator.model.regionmatch import fold

# Our column names (also the headers `kim ekspor` and the template write), and the
# headers offices use for them, folded (lowercase, punctuation as spaces).
COLUMNS = {
    "nama": ("Nama KIM", ("nama kim", "nama", "kim", "nama kelompok informasi masyarakat")),
    "desa": ("Desa/Kelurahan", ("desa kelurahan", "desa kel", "desa", "kelurahan", "pekon", "tiyuh",
                                "kampung", "nagari", "gampong", "kalurahan", "nama desa", "desa kelurahan pekon")),
    "kecamatan": ("Kecamatan", ("kecamatan", "kec", "distrik", "kapanewon")),
    "kabupaten": ("Kabupaten/Kota", ("kabupaten kota", "kab kota", "kabupaten", "kota", "kab")),
    "provinsi": ("Provinsi", ("provinsi", "prov", "propinsi")),
    "kode": ("Kode wilayah", ("kode wilayah", "kode desa", "kode kemendagri", "kode desa kelurahan")),
    "ketua": ("Ketua", ("ketua", "nama ketua", "ketua nama", "ketua kim")),
    "telepon": ("No. HP", ("no hp", "nomor hp", "hp", "no hp ketua", "ketua no hp", "hp ketua", "telepon",
                           "no telepon", "nomor telepon", "telp", "no telp", "ketua telepon", "telepon ketua",
                           "wa", "no wa", "nomor wa", "whatsapp", "ketua wa", "wa ketua", "no hp wa",
                           "ketua no hp wa")),
    "sk_nomor": ("Nomor SK", ("nomor sk", "no sk", "sk nomor", "nomor sk pengukuhan")),
    "sk_tanggal": ("Tanggal SK", ("tanggal sk", "tgl sk", "sk tanggal")),
    "sk_tingkat": ("Tingkat SK", ("tingkat sk", "sk tingkat", "penerbit sk", "sk dari")),
    "berdiri": ("Tahun berdiri", ("tahun berdiri", "berdiri", "tanggal berdiri", "tahun terbentuk",
                                  "tahun pembentukan", "tgl berdiri")),
    "alamat": ("Alamat", ("alamat", "alamat sekretariat", "sekretariat")),
    "bidang": ("Bidang", ("bidang", "kegiatan", "bidang kegiatan", "bidang fokus")),
    "anggota": ("Jumlah anggota", ("jumlah anggota", "anggota", "jml anggota", "jumlah")),
    "izin": ("Izin publikasi", ("izin publikasi", "ijin publikasi", "izin", "ijin", "persetujuan publikasi",
                                "izin publikasi ketua", "ketua izin publikasi")),
}
HEADERS = {field: title for field, (title, _) in COLUMNS.items()}
# The template's one example row: clearly not a real KIM.
SAMPLE_ROW = {
    "nama": "KIM Contoh Sejahtera (contoh)", "desa": "Desa Pekalongan", "kecamatan": "Pekalongan",
    "kabupaten": "Kabupaten Lampung Timur", "provinsi": "Lampung", "kode": "18.07.04.2001",
    "ketua": "Nama Ketua (contoh)", "telepon": "", "sk_nomor": "CONTOH/141/01/KPTS/2024",
    "sk_tanggal": "17/08/2024", "sk_tingkat": "Desa", "berdiri": "2016", "alamat": "Balai Desa Pekalongan",
    "bidang": "Pertanian, Literasi digital", "anggota": "15", "izin": "tidak",
}
_KNOWN = {syn: f for f, (_, syns) in COLUMNS.items() for syn in syns}
HEADER_SEARCH = 10  # rows at the top where the header row is looked for


class SheetError(Exception):
    """The file cannot be read as a spreadsheet: the message says why, in Indonesian."""


@dataclass
class Sheet:
    columns: dict[str, int]  # our field → column index
    rows: list[tuple[int, dict]] = field(default_factory=list)  # (row number, field → cell)
    unknown: list[str] = field(default_factory=list)  # headers not used


def _cells_xlsx(path: Path, lembar: str | None) -> list[tuple]:
    import openpyxl  # imported here: `kim validate` should not pay for it

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise SheetError(f"berkas {path} tidak dapat dibaca sebagai .xlsx ({type(exc).__name__})") from None
    try:
        if lembar is not None and lembar not in book.sheetnames:
            raise SheetError(f"lembar {lembar!r} tidak ada; lembar yang ada: {', '.join(book.sheetnames)}")
        sheet = book[lembar] if lembar is not None else book.worksheets[0]
        sheet.reset_dimensions()  # some programs write a wrong size: read every row there is
        return [tuple(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252, which Excel writes on Windows."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _cells_csv(path: Path) -> list[tuple]:
    try:
        text = _decode(path.read_bytes())
    except OSError as exc:
        raise SheetError(f"berkas {path} tidak dapat dibaca ({exc.strerror})") from None
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = ";" if first.count(";") > first.count(",") else ","
    return [tuple(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]


def read_cells(path: Path, lembar: str | None = None) -> list[tuple]:
    suffix = path.suffix.lower()
    if not path.is_file():
        raise SheetError(f"berkas {path} tidak ditemukan")
    if suffix == ".xlsx":
        return _cells_xlsx(path, lembar)
    if suffix == ".csv":
        if lembar is not None:
            raise SheetError("--lembar hanya berlaku untuk berkas .xlsx")
        return _cells_csv(path)
    raise SheetError(f"berkas {path}: hanya .xlsx atau .csv yang dapat dibaca")


def _text(cell) -> str:
    return "" if cell is None else " ".join(str(cell).split())


def _headers(cells: list[tuple], index: int) -> list[str]:
    """The header of each column at row `index`, completed from merged cells above it."""
    row = cells[index]
    above = cells[index - 1] if index else ()
    parent = ""
    out = []
    for col in range(max(len(row), len(above))):  # a read-only row ends at its last value
        up = _text(above[col]) if col < len(above) else ""
        own = _text(row[col]) if col < len(row) else ""
        if up or not own:
            parent = up  # a parent merged across columns shows in its first column only
        if not own:
            out.append(up)  # merged down from the row above
        elif parent and parent != own:
            out.append(f"{parent} {own}")
        else:
            out.append(own)
    return out


def _recognise(header: str, mapping: dict[str, str]) -> str | None:
    key = fold(header)
    if key in mapping:
        return mapping[key]
    if key in _KNOWN:
        return _KNOWN[key]
    # "Ketua Nama" read together failed: the header's own last word(s) alone
    words = key.split()
    for start in range(1, len(words)):
        tail = " ".join(words[start:])
        if tail in mapping or tail in _KNOWN:
            return mapping.get(tail) or _KNOWN[tail]
    return None


def _columns(headers: list[str], mapping: dict[str, str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for col, header in enumerate(headers):
        name = _recognise(header, mapping) if header else None
        if name and name not in found:
            found[name] = col
    return found


def parse(cells: list[tuple], mapping: dict[str, str] | None = None) -> Sheet:
    """Find the header row and return the data rows below it (blank rows left out)."""
    mapping = {fold(k): v for k, v in (mapping or {}).items()}
    best, best_cols = -1, {}
    for index in range(min(HEADER_SEARCH, len(cells))):
        cols = _columns(_headers(cells, index), mapping)
        if len(cols) > len(best_cols):
            best, best_cols = index, cols
    if "nama" not in best_cols or not ({"desa", "kode"} & set(best_cols)):
        raise SheetError("baris judul kolom tidak ditemukan: perlu setidaknya kolom \"Nama KIM\" dan "
                         "\"Desa/Kelurahan\" di 10 baris pertama (atau petakan judul lain dengan --kolom)")
    headers = _headers(cells, best)
    used = set(best_cols.values())
    sheet = Sheet(best_cols, unknown=[h for c, h in enumerate(headers) if h and c not in used])
    for number, row in enumerate(cells[best + 1:], start=best + 2):
        values = {name: row[col] if col < len(row) else None for name, col in best_cols.items()}
        if any(_text(v) for v in values.values()):
            sheet.rows.append((number, values))
    return sheet
