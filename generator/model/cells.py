"""A spreadsheet cell that stays the text we wrote. Excel and LibreOffice evaluate a CSV
cell starting with = + - @ as a formula: a KIM's name `=HYPERLINK("https://…";"KIM …")`,
which `kim validate` accepts as any name, would become a live link in an office's sheet.
Every CSV we write guards its cells with `guarded` (the open data, the coach's worklist,
`kim ekspor`, the report of `kim impor`); `kim impor` reads a guarded cell back with
`unguarded`, so that an export imported again names the same KIM.
"""

from __future__ import annotations

import csv
import io

FORMULA = ("=", "+", "-", "@")  # what a cell may start with to be read as a formula


def guarded(value) -> str:
    """The value as a CSV cell: an apostrophe before what would read as a formula (the mark
    spreadsheets take for "text follows"); numbers such as -5 or +6281234567890 as they are."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in FORMULA and not _is_number(text) else text


def unguarded(text: str) -> str:
    """The value `guarded` made this cell of, else the cell as it is."""
    return text[1:] if text[:1] == "'" and guarded(text[1:]) == text else text


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def spreadsheet_csv(rows, delimiter: str = ";", lineterminator: str = "\r\n") -> bytes:
    """A CSV for a spreadsheet: UTF-8 with a BOM, without which Excel reads it in the Windows
    code page ("Regapu’u" shows as "Regapuâ€™u"); every cell `guarded`. By default as an office's
    Excel writes one: separated by ";", the list separator of Indonesian regional settings, with
    which Excel puts each row of a comma-separated file whole into column A (`kim impor` reads
    either), lines ended by CR LF."""
    out = io.StringIO()
    # `guarded` called only for what it may change: a worklist has a hundred thousand cells
    csv.writer(out, delimiter=delimiter, lineterminator=lineterminator).writerows(
        [cell if type(cell) is str and cell[:1] not in FORMULA else guarded(cell) for cell in row] for row in rows)
    return out.getvalue().encode("utf-8-sig")
