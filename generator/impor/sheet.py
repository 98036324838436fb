"""Read an office's spreadsheet (.xlsx or .csv) into rows keyed by the columns we know.

Offices' sheets start with a title, merge header cells over two rows ("Ketua" above
"Nama" and "No. HP"), leave blank rows and number their rows in a "No." column. The
header row is the one of the first rows where most known headers are found; a blank
header cell takes the text above it (a cell merged down), and a header under a merged
parent is read together with it ("Ketua" + "Nama" = the chair's name), never under a
parent naming another person ("Narahubung" + "No. HP" is no chair's number). Cells merged
over several data rows (one Kecamatan for three KIMs) give each row their value. Rows
under the header that are no KIM (totals, headings, a signature) are told apart in sheetrows.py.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from generator.impor.sheetrows import readable, split, text
from generator.model.regionmatch import CUSTOMARY_VILLAGE_WORDS, VILLAGE_WORDS, fold
from generator.model.worklistfile import CSV_FIELDS, RESERVED_CATEGORIES, categories, titles

# Our column names (also the headers `kim ekspor` and the template write), and the
# headers offices use for them, folded (lowercase, punctuation as spaces).
COLUMNS = {
    "nama": ("Nama KIM", ("nama kim", "nama", "kim", "nama kelompok informasi masyarakat")),
    # what a village is called in each region ("Negeri", "Lembang"; "Desa/Negeri" by its last word)
    "desa": ("Desa/Kelurahan", ("desa kelurahan", "desa kel", "nama desa", "desa kelurahan pekon", *VILLAGE_WORDS,
                                    *CUSTOMARY_VILLAGE_WORDS)),
    "kecamatan": ("Kecamatan", ("kecamatan", "kec", "distrik", "kapanewon")),
    "kabupaten": ("Kabupaten/Kota", ("kabupaten kota", "kab kota", "kabupaten", "kota", "kab")),
    "provinsi": ("Provinsi", ("provinsi", "prov", "propinsi")),
    "kode": ("Kode wilayah", ("kode wilayah", "kode", "kode desa", "kode kemendagri", "kode desa kelurahan")),
    "ketua": ("Ketua", ("ketua", "nama ketua", "ketua nama", "ketua kim")),
    "telepon": ("No. HP", ("no hp", "nomor hp", "hp", "no hp ketua", "ketua no hp", "hp ketua", "telepon",
                           "no telepon", "nomor telepon", "telp", "no telp", "ketua telepon", "telepon ketua",
                           "wa", "no wa", "nomor wa", "whatsapp", "ketua wa", "wa ketua", "no hp wa",
                           "ketua no hp wa", "no telp ketua", "nomor telp ketua", "telp ketua", "no telepon ketua",
                           "nomor telepon ketua", "no wa ketua", "nomor hp ketua")),
    # "SK Pengukuhan" merged above "Nomor", "Tanggal" and "Tingkat" reads "sk pengukuhan nomor"
    "sk_nomor": ("Nomor SK", ("nomor sk", "no sk", "sk nomor", "nomor sk pengukuhan", "no sk pengukuhan",
                              "sk pengukuhan nomor", "sk pengukuhan no")),
    "sk_tanggal": ("Tanggal SK", ("tanggal sk", "tgl sk", "sk tanggal", "tanggal sk pengukuhan",
                                  "sk pengukuhan tanggal", "sk pengukuhan tgl")),
    "sk_tingkat": ("Tingkat SK", ("tingkat sk", "sk tingkat", "penerbit sk", "sk dari", "sk pengukuhan tingkat",
                                  "sk pengukuhan penerbit")),
    "berdiri": ("Tahun berdiri", ("tahun berdiri", "berdiri", "tanggal berdiri", "tahun terbentuk",
                                  "tahun pembentukan", "tgl berdiri")),
    "alamat": ("Alamat", ("alamat", "alamat sekretariat", "sekretariat")),
    "bidang": ("Bidang", ("bidang", "kegiatan", "bidang kegiatan", "bidang fokus")),
    "anggota": ("Jumlah anggota", ("jumlah anggota", "anggota", "jml anggota", "jumlah", "jumlah anggota orang",
                                   "jml anggota orang", "anggota orang")),
    "izin": ("Izin publikasi", ("izin publikasi", "ijin publikasi", "izin", "ijin", "persetujuan publikasi",
                                "izin publikasi ketua", "ketua izin publikasi")),
    "status": ("Status", ("status", "status kim", "keaktifan", "status keaktifan")),
    # the file's date, for a coach to filter the export by; `kim impor` sets it, never reads it
    "diperbarui": ("Diperbarui", ("diperbarui", "tanggal diperbarui", "tgl diperbarui", "terakhir diperbarui")),
}
HEADERS = {field: title for field, (title, _) in COLUMNS.items()}
# The template's one example row: clearly not a real KIM.
SAMPLE_ROW = {
    "nama": "KIM Contoh Sejahtera (contoh)", "desa": "Desa Pekalongan", "kecamatan": "Pekalongan",
    "kabupaten": "Kabupaten Lampung Timur", "provinsi": "Lampung", "kode": "18.07.04.2001",
    "ketua": "Nama Ketua (contoh)", "telepon": "", "sk_nomor": "CONTOH/141/01/KPTS/2024",
    "sk_tanggal": "17/08/2024", "sk_tingkat": "Desa", "berdiri": "2016", "alamat": "Jl. Contoh No. 1, Desa Pekalongan",
    "bidang": "Pertanian, Literasi digital", "anggota": "15", "izin": "tidak", "status": "Aktif", "diperbarui": "",
}
_KNOWN = {syn: f for f, (_, syns) in COLUMNS.items() for syn in syns}


def shown_phone(contact: dict[str, str]) -> str:
    """The key of a personal contact that the No. HP column shows: `telepon`, else `whatsapp`.
    The export writes it, and the import replaces it when the number is corrected."""
    return "telepon" if contact.get("telepon") or not contact.get("whatsapp") else "whatsapp"
# One-word tails too generic to name a column alone: "Kode KIM" is no KIM's name and
# "Pengurus Nama" neither; such a header is recognised whole or not at all.
GENERIC_TAILS = {"kim", "nama", "jumlah", "kode", "no"}
# A header read by its last words drops the words before them; a dropped word says whose or
# what the column is, so it may head only the fields listed here (None: any field). Another
# person's word heads none: "Narahubung", "Pendamping" or "Sekretaris" + "No. HP" read as the
# chair's number would publish someone else's, and "Ketua" + "Alamat" is the chair's home, not
# the KIM's address. A word not listed qualifies the column ("Wilayah Administrasi" above
# "Desa", "Tanggal Izin"), except before the chair's fields: there a word must be listed as
# heading them, or in the header's own cell be one of CHAIR_OWN ("Babinsa" above "No. HP",
# "Sekdes No. HP", "Kadus HP" and "Ketua RT No. HP" are other people's, however many titles a
# village has; "Nomor WA Ketua KIM" is no chair's name).
CHAIR_OWN = {"ketua": ("nama", "lengkap"), "telepon": ("no", "nomor", "hp", "wa", "telp", "telepon", "whatsapp"),
             "izin": ("tanggal", "tgl")}
_CHAIR = tuple(CHAIR_OWN)
_PLACE = ("desa", "kecamatan", "kabupaten", "provinsi", "kode", "alamat")
_OTHER_PEOPLE = ("narahubung", "cp", "contact", "person", "pendamping", "pembina", "sekretaris", "bendahara",
                 "kepala", "kades", "lurah", "camat", "anggota", "wakil", "koordinator", "operator", "admin",
                 "penanggung", "pj", "pic", "petugas", "staf", "pengelola")
DROPPED = {**dict.fromkeys(("data", "kontak", "identitas", "informasi", "profil", "kim", "keterangan",
                            "kelembagaan"), None),
           # a board list ("Susunan Pengurus"): its chair is the KIM's, but its bare "No. HP" may be
           # any member's; only under a cell naming the chair ("Ketua No. HP") is it the chair's
           "ketua": _CHAIR, **dict.fromkeys(("pengurus", "susunan"), ("ketua",)),
           **dict.fromkeys(("wilayah", "lokasi", "letak", "alamat", "domisili", "sekretariat"), _PLACE),
           **dict.fromkeys(("sk", "pengukuhan", "legalitas"), ("sk_nomor", "sk_tanggal", "sk_tingkat")),
           **dict.fromkeys(_OTHER_PEOPLE, ())}
ROW_NUMBERS = {"no", "nomor", "no urut", "nomor urut", "urut"}  # ignored without a word: they hold no data
# The worklist's own headers, as it spells them (snake_case, lowercase): two are a sign of it,
# a `kategori` column emptied counting as one (an office's not filled in yet is none alone).
# Not "nama", "kecamatan" or "status": an office may write those in lowercase too.
WORKLIST_HEADERS = frozenset(CSV_FIELDS) - {"nama", "kecamatan", "status"}
HEADER_SEARCH = 10  # rows at the top where the header row is looked for


class SheetError(Exception):
    """The file cannot be read as a spreadsheet: the text `key` of impor/texts.py says why,
    filled in with `values` (where one is a SheetError, in the same language)."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key, values)
        self.key, self.values = key, values

    def said(self, say) -> str:
        return say(self.key, **{k: v.said(say) if isinstance(v, SheetError) else v for k, v in self.values.items()})


class NoHeader(SheetError):
    """No header row with the columns needed."""


@dataclass
class Sheet:
    columns: dict[str, int]  # our field → column index
    rows: list[tuple[int, dict]] = field(default_factory=list)  # (row number, field → cell)
    unknown: list[str] = field(default_factory=list)  # headers not used
    names: dict[str, str] = field(default_factory=dict)  # our field → its header as the sheet names it
    skipped: list[int] = field(default_factory=list)  # the numbers of the rows left out: no KIMs (sheetrows.py)
    held: dict[int, int] = field(default_factory=dict)  # a row under an unreadable repeated header → the header's
    by_tail: list[str] = field(default_factory=list)  # our fields whose header was read by its last words


def _cells_xlsx(path: Path, lembar: str | None) -> tuple[list[list], frozenset[int], list[str]]:
    import openpyxl  # imported here: `kim validate` should not pay for it

    try:
        # not read-only: only a fully loaded sheet knows its merged ranges
        book = openpyxl.load_workbook(path, data_only=True)
    except Exception as exc:
        raise SheetError("not-xlsx", path=path, error=type(exc).__name__) from None
    try:
        if lembar is not None and lembar not in book.sheetnames:
            raise SheetError("no-sheet", lembar=lembar, names=", ".join(book.sheetnames))
        return *_unmerged(book[lembar] if lembar is not None else book.worksheets[0]), book.sheetnames
    finally:
        book.close()


def _unmerged(sheet) -> tuple[list[list], frozenset[int]]:
    """The sheet's values with every cell of a merged range holding the range's value (openpyxl
    keeps it in the top-left cell only): a Kecamatan merged down over three rows is each row's.
    And the indexes of the rows holding a text merged across columns (a section's heading)."""
    cells = [list(row) for row in sheet.iter_rows(values_only=True)]
    across = set()
    for merged in sheet.merged_cells.ranges:
        value = cells[merged.min_row - 1][merged.min_col - 1]
        for row in cells[merged.min_row - 1:merged.max_row]:
            row[merged.min_col - 1:merged.max_col] = [value] * (merged.max_col - merged.min_col + 1)
        if text(value) and merged.max_col > merged.min_col:
            across.update(range(merged.min_row - 1, merged.max_row))
    return cells, frozenset(across)


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252, which Excel writes on Windows."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _cells_csv(path: Path) -> list[tuple]:
    try:
        decoded = _decode(path.read_bytes())
    except OSError as exc:
        raise SheetError("unreadable", path=path, reason=exc.strerror) from None
    first = next((line for line in decoded.splitlines() if line.strip()), "")
    delimiter = ";" if first.count(";") > first.count(",") else ","
    return [tuple(row) for row in csv.reader(io.StringIO(decoded, newline=""), delimiter=delimiter)]


def read_cells(path: Path, lembar: str | None = None) -> tuple[list, frozenset[int], list[str]]:
    """The cells of the file's sheet (the first, or `lembar`), the indexes of its rows holding a
    text merged across columns, and the workbook's sheet names."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise SheetError("not-found", path=path)
    if suffix == ".xlsx":
        return _cells_xlsx(path, lembar)
    if suffix == ".csv":
        if lembar is not None:
            raise SheetError("sheet-in-csv")
        return _cells_csv(path), frozenset(), []
    raise SheetError("kind", path=path)


def load(path: Path, lembar: str | None = None, mapping: dict[str, str] | None = None) -> Sheet:
    """The file's sheet read into rows; without a header row on the first of several sheets,
    the error names the others (offices often keep a cover or notes sheet first)."""
    cells, across, names = read_cells(path, lembar)
    try:
        return parse(cells, mapping, categories(), titles(), across)
    except NoHeader as exc:
        if lembar is None and len(names) > 1:
            raise SheetError("first-sheet", reason=exc, first=names[0], names=", ".join(names)) from None
        raise


def _headers(cells: list, index: int, parented: bool = True) -> list[tuple[str, str]]:
    """The header of each column at row `index`, completed from merged cells above it unless
    not `parented` (_titles_above): its parent (merged across above it, else "") and its own text."""
    row = cells[index]
    above = cells[index - 1] if index and parented else ()
    if len({text(cell) for cell in above} - {""}) < 2:
        above = ()  # a table's title above the header (one text, merged across or not) is no parent
    parent = ""
    out = []
    for col in range(max(len(row), len(above))):  # a CSV row may end at its last value
        up = text(above[col]) if col < len(above) else ""
        own = text(row[col]) if col < len(row) else ""
        if up or not own:
            parent = up  # a parent merged across columns of a CSV shows in its first column only
        if not own:
            out.append(("", up))  # merged down from the row above
        elif parent and parent != own:
            out.append((parent, own))
        else:
            out.append(("", own))
    return out


def _titles_above(cells: list, index: int) -> bool:
    """Whether the texts above the header row `index` are titles ("DAFTAR KIM KAB. LAMPUNG
    SELATAN" and "Lampiran I", "Kabupaten: …" and "Tahun: 2024"), not parents: no header cell
    under them is merged down over both rows (blank, or holding the same text). Only then is the
    header read without them, when they leave it unreadable or read the same columns (and would
    only lengthen their names): a real parent's unknown word, over the chair's column, may be
    another person ("Babinsa" above "No. HP")."""
    above, row = cells[index - 1] if index else (), cells[index]
    return not any(text(up) and (col >= len(row) or text(row[col]) in ("", text(up)))
                   for col, up in enumerate(above))


def _joined(headers: list[tuple[str, str]]) -> list[str]:
    """The headers as the sheet names them: "Ketua No. HP"."""
    return [" ".join(filter(None, pair)) for pair in headers]


def _tails(key: str, parent: int):
    """A header's last words, longest first ("ketua no hp" of "data ketua no hp"), without
    the generic one-word tails; each with the words it drops, whether the `parent` first
    words (the merged parent's) or the header's own."""
    words = key.split()
    for start in range(1, len(words)):
        if len(words) - start > 1 or words[start] not in GENERIC_TAILS:
            yield " ".join(words[start:]), words[:min(start, parent)], words[min(start, parent):start]


def _own(word: str, name: str) -> tuple[str, ...] | None:
    """The fields a word of the header's own cell may head (DROPPED, CHAIR_OWN; None: any)."""
    if word in DROPPED:
        return DROPPED[word]
    return None if word in CHAIR_OWN.get(name, (word,)) else ()


def _parent(word: str, name: str, named: bool) -> tuple[str, ...] | None:
    """The fields a word of a merged parent may head (DROPPED; None: any), over a cell that
    `named` the chair or not."""
    if word not in DROPPED:
        return () if name in _CHAIR else None
    fields = DROPPED[word]
    return _CHAIR if named and fields is not None and "ketua" in fields else fields


def _may_drop(name: str, parents: list[str], own: list[str], tail: str) -> bool:
    """Whether a column read by its last words `tail` as `name` may drop these words."""
    named = "ketua" in own + tail.split()
    heads = [_parent(word, name, named) for word in parents] + [_own(word, name) for word in own]
    return all(fields is None or name in fields for fields in heads)


def _columns(headers: list[tuple[str, str]], known: dict[str, str], guarded: bool = True) -> dict[str, int]:
    """Whole headers first, for every column; then a header's last words, for the fields
    still unassigned ("Ketua" above "No. HP" read together is "Ketua No. HP"). Whole first,
    so that "Kode KIM" before "Nama KIM" cannot take the name by its tail. Not `guarded`:
    also by the words another person's header drops (to find the header row, not to read it)."""
    keys = [fold(h) for h in _joined(headers)]
    found: dict[str, int] = {}
    for col, key in enumerate(keys):
        if key in known:
            found.setdefault(known[key], col)
    for col, key in enumerate(keys):
        tails = _tails(key, len(fold(headers[col][0]).split()))
        name = next((known[tail] for tail, parents, own in tails
                     if tail in known and (not guarded or _may_drop(known[tail], parents, own, tail))), None)
        if name and col not in found.values():
            found.setdefault(name, col)
    return found


def _worklist(own: list[str], headers: list[str], rows: list, kinds: frozenset[str], titled: frozenset[str]) -> bool:
    """Whether the sheet is the coach's worklist (generator/model/worklistfile.py), however
    trimmed: two of its own headers (WORKLIST_HEADERS) in the row's `own` texts, its `kategori`
    column emptied counting as one, a column with one of its categories (`kinds`), or a column of
    nothing but categories or their titles written otherwise ("Desa tanpa KIM": "desa-tanpa-kim"
    Find&Replaced). Its rows are KIMs to support and villages *without* an active KIM: imported,
    each such village would become an invented KIM. An office's own "Kategori" column (Pemula,
    Madya), or one not filled in yet, is no sign of it, nor a note "Tanpa SK" among others in its
    "Keterangan"."""
    signs = WORKLIST_HEADERS.intersection(own)
    folded = {fold(kind) for kind in kinds | titled}
    for col, header in enumerate(headers):
        cells = {text(row[col]).lower() for row in rows if col < len(row)} - {""}
        if fold(header) == "kategori" and not cells:
            signs = signs | {"kategori"}
        elif cells & kinds or (cells and {fold(cell) for cell in cells} <= folded):
            return True
    return len(signs) > 1


def parse(cells: list, mapping: dict[str, str] | None = None,
          kinds: frozenset[str] = frozenset(RESERVED_CATEGORIES), titled: frozenset[str] = frozenset(),
          across: frozenset[int] = frozenset()) -> Sheet:
    """Find the header row and return the data rows below it (blank rows and rows that are no
    KIM left out); `kinds`: the categories of the coach's worklist, and `titled` their titles,
    refused; `across`: the indexes of the rows holding a text merged across columns."""
    known = {**_KNOWN, **{fold(k): v for k, v in (mapping or {}).items()}}
    best, most = -1, 0
    for index in range(min(HEADER_SEARCH, len(cells))):
        # "Narahubung" + "No. HP" is not read, but still makes its row the header's second
        found = len(_columns(_headers(cells, index), known, guarded=False))
        if found > most:
            best, most = index, found
    if best < 0:
        raise NoHeader("no-header")
    if _worklist([text(cell) for cell in cells[best]], _joined(_headers(cells, best)), cells[best + 1:], kinds, titled):
        raise SheetError("worklist")
    pairs = _headers(cells, best)
    columns = _columns(pairs, known)
    if _titles_above(cells, best):
        bare = _headers(cells, best, parented=False)
        read = _columns(bare, known)
        if not readable(columns) or read == columns:
            pairs, columns = bare, read
    if not readable(columns):
        raise NoHeader("no-header")
    headers = _joined(pairs)
    used = set(columns.values())
    words = {fold(t) for pair in pairs for t in pair} | set(known) | ROW_NUMBERS
    def header_at(index: int, parented: bool) -> tuple[dict[str, int], frozenset[int]]:
        read = _headers(cells, index, parented)
        return _columns(read, known), frozenset(col for col, pair in enumerate(read) if any(pair))

    rows, skipped, held = split(cells, best + 1, columns, across, frozenset(words - {""}), header_at)
    return Sheet(columns, rows, unknown=[h for c, h in enumerate(headers) if h and c not in used
                                         and fold(h) not in ROW_NUMBERS],
                 names={name: headers[col] for name, col in columns.items()}, skipped=skipped, held=held,
                 by_tail=[name for name, col in columns.items() if fold(headers[col]) not in known])
