"""Which rows under an office's header row are no KIM, and are left out (the report names
them in one line): total rows ("JUMLAH", "Sub Total Kec. Natar", "Jumlah KIM: 14"), a
district's heading merged across the table ("KALIANDA"), the row numbering the columns
("(1) (2) (3)", standard under government tables), the header repeated amid the table (tables
pasted one under another, or printed with the header on every page) and, under the table, a
signature block ("Kalianda, 1 Desember 2024", "Kepala Dinas ...", "NIP ..."). A repeated header
whose columns differ from the table's above (a second table in another order) is read for the
rows under it (`_remapped`); one that cannot be read holds them."""

from __future__ import annotations

import re
from typing import Callable

from generator.model.regionmatch import fold

# A total row's first text: "Jumlah", "Total KIM", "Sub Total Kec. Natar", "Grand Total"
# (folded). A KIM named "KIM Jumlah Sejahtera" starts with another word; one named "Total Media
# Desa" is told apart by its other cells (_total).
TOTAL = re.compile(r"(jumlah|total|sub ?total|grand total)\b")
TOTAL_WORDS = re.compile(r"(jumlah ?)?(sub ?|grand ?)?total|jumlah")  # "JUMLAH", "SUBTOTAL", "Jumlah Total"
# A total's label naming its region: "Jumlah Kec. Natar", "Sub Total KIM Kabupaten Lampung Timur".
REGION_LABEL = re.compile(r"(kim )?(kec|kecamatan|kab|kabupaten|kota|desa|kel|kelurahan)\b")
# A region's total may fill these in ("Jumlah Kec. Pekalongan" beside Pekalongan, Lampung Timur).
REGION_COLUMNS = ("desa", "kecamatan", "kabupaten", "provinsi")
# A code (18.07.05.2004), a phone number (081234567890) or a village ("5 Ulu" of Palembang) looks
# like a count, but names a KIM's place or person: a row holding one is a KIM's.
NEVER_COUNTS = ("kode", "telepon", "desa")
NUMBER = re.compile(r"[\d.,\s]+")
COUNT = re.compile(r"[\d.,]+(\s+\w+)?")  # a total's cell: 35, 1.234, "2 desa", "14 KIM"
COLUMN_NUMBER = re.compile(r"\(?(\d+)(?:\.0)?\)?")
# Columns that say which KIM a row is: a row under the last one naming any is no KIM.
NAMING = ("nama", "desa", "kode")
# A heading repeated in these columns (a CSV keeps no merged range) is a heading too.
PLACE = ("nama", "desa", "kecamatan")


def text(cell) -> str:
    return "" if cell is None else " ".join(str(cell).split())


def _total(row, columns: dict[str, int]) -> bool:
    """Whether the row is a total: its first text starts with a total word and its other cells
    are empty, numbers or counts ("2 desa"), or that text merged across; or its label names a
    region ("Jumlah Kec. Pekalongan", or the text of another cell, its district's) and its other
    cells are also the region's cells. A village, a code, a date or a name beside it is a KIM's
    ("Total Media Desa" of Desa Trimulyo). The total words alone ("JUMLAH", "Sub Total") name
    no KIM, whatever the cells beside them."""
    cells = [text(cell) for cell in row]
    first = next((t for t in cells if t), "")
    label = fold(first)
    words = TOTAL.match(label)
    if not words or TOTAL_WORDS.fullmatch(label):
        return bool(words)
    others = [(col, t) for col, t in enumerate(cells) if t and t != first]
    named = label[words.end():].strip()
    regional = bool(REGION_LABEL.match(named)) or named in {fold(t) for _, t in others}
    regions = {columns[name] for name in REGION_COLUMNS if name in columns} if regional else set()
    never = {columns[name] for name in NEVER_COUNTS if name in columns}
    return all(col in regions or (col not in never and COUNT.fullmatch(t)) for col, t in others)


def _folded(row) -> tuple[str, ...]:
    """The row's texts folded, without its empty cells at the end (a CSV row may end at its last value)."""
    folded = [fold(t) for t in map(text, row)]
    while folded and not folded[-1]:
        folded.pop()
    return tuple(folded)


def _header(row, headers: set[tuple[str, ...]], known) -> bool:
    """Whether the row repeats the header: the same cells as a row of `headers` (the header
    row and those above it, folded), or two texts or more that are all header words `known`
    (folded), as a second table pasted under the first names its columns."""
    folded = _folded(row)
    words = [t for t in folded if t]
    return folded in headers or (len(words) > 1 and all(w in known for w in words))


def readable(columns: dict[str, int]) -> bool:
    """Whether a header row has the columns needed: a KIM's name, and its village or code."""
    return "nama" in columns and bool({"desa", "kode"} & set(columns))


# A repeated header row read: its columns (field → index) and the indexes of its cells holding a text.
HeaderAt = Callable[[int, bool], tuple[dict[str, int], frozenset[int]]]


def _remapped(index: int, exact: bool, parented: bool, original: dict[str, int], current: dict[str, int],
              header_at: HeaderAt) -> dict[str, int] | None:
    """The columns for the rows under the repeated header at `index`: the first header's for a
    copy of it (`exact`), else its own, `parented` by the header row above it (two-row headers),
    keeping the current columns where its cells are blank (a page's header spelt shorter);
    None when it cannot be read: the rows under it would be read in the wrong columns (Nama KIM
    and Ketua swapped, a KIM named after its chair)."""
    if exact:
        return original
    read, named = header_at(index, parented)
    columns = {**read, **{name: col for name, col in current.items() if name not in read and col not in named}}
    return columns if readable(columns) else None


def _column_numbers(row) -> bool:
    """Whether the row numbers the columns: 1, 2, 3 … or (1), (2), (3) …, in order."""
    numbers = [COLUMN_NUMBER.fullmatch(t) for t in map(text, row) if t]
    return len(numbers) > 1 and all(m and int(m[1]) == i for i, m in enumerate(numbers, start=1))


def _heading(row, merged: bool, columns: dict[str, int]) -> bool:
    """Whether the row is a section's heading: one text, from a range `merged` across the row's
    columns or repeated in the KIM's name, village and district."""
    texts = set(map(text, row)) - {""}
    if len(texts) != 1 or NUMBER.fullmatch(next(iter(texts))):
        return False
    cols = [columns.get(name) for name in PLACE]
    return merged or (None not in cols and all(col < len(row) and text(row[col]) for col in cols))


def split(cells: list, start: int, columns: dict[str, int], across: frozenset[int], known=frozenset(),
          header_at: HeaderAt | None = None) -> tuple[list[tuple[int, dict]], list[int], dict[int, int]]:
    """The rows of `cells` from index `start` (under the header row) read into our fields (row
    number, field → cell), blank rows left out, the numbers of the rows that are no KIM, and the
    rows under a repeated header that cannot be read (row number → the header's). `across`: the
    indexes of the rows holding a text merged across columns; `known`: the header words (folded)
    a repeated header is made of; `header_at`: reads a repeated header (_remapped)."""
    headers = {_folded(row) for row in cells[:start]} - {()}
    original = columns
    rows, skipped, held, after_header, unread = [], [], {}, True, None
    for index in range(start, len(cells)):
        row = cells[index]
        repeated = _header(row, headers, known)
        if repeated and header_at:  # parented by the header row right above it, if any
            read = _remapped(index, _folded(row) in headers, after_header, original, columns, header_at)
            columns, unread = (read, None) if read is not None else (columns, index + 1)
        no_kim = repeated or (after_header and _column_numbers(row)) or _total(row, columns) or _heading(
            row, index in across, columns)
        after_header = repeated  # the columns' numbers come right under a header, repeated or not
        if no_kim:
            skipped.append(index + 1)
            continue
        values = {name: row[col] if col < len(row) else None for name, col in columns.items()}
        if any(text(v) for v in values.values()):
            rows.append((index + 1, values))
            if unread:
                held[index + 1] = unread
    named = [i for i, (_, values) in enumerate(rows) if any(text(values.get(name)) for name in NAMING)]
    if named:  # under the table (a signature, a note); a row above it without a name is to check
        skipped += [number for number, _ in rows[named[-1] + 1:]]
        rows = rows[:named[-1] + 1]
    return rows, sorted(skipped), {number: held[number] for number, _ in rows if number in held}
