"""Which rows under an office's header row are no KIM, and are left out (the report names
them in one line): total rows ("JUMLAH", "Sub Total Kec. Natar", "Jumlah KIM: 14"), a
district's heading merged across the table ("KALIANDA"), the row numbering the columns
("(1) (2) (3)", standard under government tables) and, under the table, a signature block
("Kalianda, 1 Desember 2024", "Kepala Dinas ...", "NIP ...")."""

from __future__ import annotations

import re

from generator.model.regionmatch import fold

# A total row's first text: "Jumlah", "Total KIM", "Sub Total Kec. Natar", "Grand Total"
# (folded). A KIM named "KIM Jumlah Sejahtera" starts with another word.
TOTAL = re.compile(r"(jumlah|total|sub ?total|grand total)\b")
NUMBER = re.compile(r"[\d.,\s]+")
COLUMN_NUMBER = re.compile(r"\(?(\d+)(?:\.0)?\)?")
# Columns that say which KIM a row is: a row under the last one naming any is no KIM.
NAMING = ("nama", "desa", "kode")
# A heading repeated in these columns (a CSV keeps no merged range) is a heading too.
PLACE = ("nama", "desa", "kecamatan")


def text(cell) -> str:
    return "" if cell is None else " ".join(str(cell).split())


def _total(row) -> bool:
    first = next((t for t in map(text, row) if t), "")
    return bool(TOTAL.match(fold(first)))


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


def split(cells: list, start: int, columns: dict[str, int],
          across: frozenset[int]) -> tuple[list[tuple[int, dict]], list[int]]:
    """The rows of `cells` from index `start` read into our fields (row number, field → cell),
    blank rows left out, and the numbers of the rows that are no KIM. `across`: the indexes of
    the rows holding a text merged across columns."""
    rows, skipped = [], []
    for index in range(start, len(cells)):
        row = cells[index]
        if (index == start and _column_numbers(row)) or _total(row) or _heading(row, index in across, columns):
            skipped.append(index + 1)
            continue
        values = {name: row[col] if col < len(row) else None for name, col in columns.items()}
        if any(text(v) for v in values.values()):
            rows.append((index + 1, values))
    named = [i for i, (_, values) in enumerate(rows) if any(text(values.get(name)) for name in NAMING)]
    if named:  # under the table (a signature, a note); a row above it without a name is to check
        skipped += [number for number, _ in rows[named[-1] + 1:]]
        rows = rows[:named[-1] + 1]
    return rows, sorted(skipped)
