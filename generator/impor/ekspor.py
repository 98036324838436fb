"""`kim ekspor`: the KIMs back into an office's spreadsheet, one row per KIM.

The columns are those `kim impor` reads, so an office can keep working in its sheet and
import it again: an unchanged export imports as "sama" everywhere. The chair's name and
phone number appear only with the consent recorded in the file, and the consent column
then carries its date; for a chair the file records without a name, for want of consent, it
says so (`values.NO_CONSENT`, which the import reads as "tidak"), and for a KIM without a chair it is
empty: there is no one to consent. Invalid files are left out and named on stderr. Sample KIMs
(`contoh: true`) are left out and counted: a sheet is where real data is kept, and a
sample row edited there would come back as a real KIM's.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

from generator.format import report, spec
from generator.format.catalogue import check_bytes
from generator.impor import values
from generator.impor.sheet import HEADERS, SAMPLE_ROW, shown_phone
from generator.impor.textedit import read_node, texts
from generator.impor.texts import TEXTS
from generator.model.cells import spreadsheet_csv
from generator.model.placewords import level_word
from generator.model.regions import load_regions
from generator.model.vocab import load_vocab


def _level(tingkat: str, place, vocab) -> str:
    """An SK's level as the site names it in the KIM's province: a desa's is a kampung's in Papua
    (`placewords.level_word`), which `kim impor` reads back as desa."""
    return level_word(tingkat, place.province_code) or vocab.label("sk_tingkat", tingkat)


def _row(node, place, vocab) -> dict[str, str]:
    top = texts(node)
    row = {key: "" for key in HEADERS}
    row.update(nama=top["nama"], desa=place.name, kecamatan=place.district, kabupaten=place.regency,
               provinsi=place.province, kode=place.code, alamat=top.get("alamat", ""),
               berdiri=top.get("berdiri", ""), anggota=top.get("anggota", ""),
               status=vocab.label("status", top["status"]), diperbarui=top.get("diperbarui", ""))
    bidang = [item.text for item in getattr(node.values.get("bidang"), "items", [])]
    row["bidang"] = ", ".join(vocab.label("bidang", b) for b in bidang)
    decrees = [texts(item) for item in getattr(node.values.get("sk"), "items", [])]
    if decrees:
        latest = max(decrees, key=lambda sk: sk.get("tanggal", ""))
        row.update(sk_nomor=latest.get("nomor", ""), sk_tanggal=latest.get("tanggal", ""),
                   sk_tingkat=_level(latest.get("tingkat", ""), place, vocab))
    board = [texts(item) for item in getattr(node.values.get("pengurus"), "items", [])]
    chair = next((e for e in board if e.get("jabatan") == "ketua"), {})
    if chair.get("nama") and chair.get("izin_publikasi"):  # never a name without recorded consent
        row.update(ketua=chair["nama"], izin=chair["izin_publikasi"])
        contacts = [texts(item) for item in getattr(node.values.get("kontak"), "items", [])]
        own = next((c for c in contacts if c.get("jenis") == "pribadi" and c.get("nama") == chair["nama"]
                    and c.get("izin_publikasi")), {})
        row["telepon"] = own.get(shown_phone(own), "")
    elif chair:  # why the Ketua cell is empty, and that a name typed in needs a consent first
        row["izin"] = values.NO_CONSENT
    return row


def rows(root: Path, wilayah: str | None, today: dt.date, say) -> tuple[list[dict[str, str]], int]:
    """One row per valid real KIM under `root` (within the region code `wilayah`), by file
    path, and the number of sample KIMs left out."""
    regions, vocab, out, samples = load_regions(), load_vocab(), [], 0
    for path in sorted(root.glob("*/*/*.yml")):
        if path.name == spec.SETTINGS_FILE:  # a regency's settings, not a KIM
            continue
        data = path.read_bytes()
        if any(p.is_error for p in check_bytes(data, str(path), today, regions, vocab, model=False).problems):
            print(say("invalid-left-out", path=path), file=sys.stderr)
            continue
        node = read_node(data)
        code = texts(node)["wilayah"]
        if wilayah and not (code == wilayah or code.startswith(wilayah + ".")):
            continue
        if texts(node).get("contoh") == "true":
            samples += 1
            continue
        out.append(_row(node, regions.place(code), vocab))
    return out, samples


# `berdiri` stays text as the file holds it, a year (2019) or a date (2019-07-18): typed, the
# years would be numbers and the dates dates, and Excel sorts all numbers before all dates;
# as text both begin with the year and sort in order. The consent date too stays text: an office
# types "ya", 1 or 0 over it, and Excel makes of a 1 or 0 typed in a date cell the date 1900-01-01
# or the time 00:00 (which `values.consent` still reads, for sheets exported before).
DATES = ("sk_tanggal", "diperbarui")


def _typed(key: str, value: str):
    """A cell of the .xlsx: counts as numbers, dates as dates (a coach sorts and filters by
    them; `kim impor` reads both back), everything else text."""
    if key == "anggota" and value.isdigit():
        return int(value)
    if key in DATES and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return dt.date.fromisoformat(value)
    return value or None


def write(path: Path, table: list[dict[str, str]]) -> None:
    """The table as .xlsx (text cells, so a phone number or a code keeps its form; numbers and
    dates typed) or .csv (`spreadsheet_csv`: ";" for an office's Excel)."""
    header = [HEADERS[key] for key in HEADERS]
    body = [[row[key] for key in HEADERS] for row in table]
    if path.suffix.lower() == ".csv":
        phone = list(HEADERS).index("telepon")
        for cells in body:
            cells[phone] = typed_phone(cells[phone])
        path.write_bytes(spreadsheet_csv([header, *body]))
        return
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "KIM"
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row_values in body:
        sheet.append([_typed(key, value) for key, value in zip(HEADERS, row_values)])
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                # openpyxl makes a formula of any text starting with "=": a KIM named
                # =HYPERLINK(…) would be a live link in the office's sheet
                cell.data_type = "s"
            # text: a phone number or a code must not turn into a number
            cell.number_format = "yyyy-mm-dd" if cell.is_date else "0" if isinstance(cell.value, int) else "@"
    for column, title in enumerate(header, start=1):
        sheet.column_dimensions[openpyxl.utils.get_column_letter(column)].width = max(14, len(title) + 4)
    book.save(path)


def typed_phone(number: str) -> str:
    """A number as offices type it, 0812-3456-7890: Excel opens a CSV's +6281234567890 as the
    number 6.28123E+12 and saves it so, which `kim impor` then refuses; a leading zero with
    dashes stays text, and the import reads it back into the same +62 number."""
    try:
        national = values.phone(number)
    except values.Unreadable:
        return number
    if national is None:
        return ""
    digits = "0" + national[3:]
    return f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"


def run_ekspor(args, today: dt.date) -> int:
    say = report.speaker(TEXTS, args.lang)
    target = Path(args.ke)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        print(say("export-suffix"), file=sys.stderr)
        return 2
    root = Path(args.root)
    if not root.is_dir():
        print(say("no-folder", command="ekspor", root=root), file=sys.stderr)
        return 2
    if args.wilayah and load_regions().name_of(args.wilayah) is None:
        print(say("unknown-region", code=args.wilayah), file=sys.stderr)
        return 2
    if args.templat:
        write(target, [SAMPLE_ROW])
        print(say("template-written", path=target))
        return 0
    table, samples = rows(root, args.wilayah, today, say)
    write(target, table)
    print(say("exported", n=len(table), path=target) + (say("samples-left-out", n=samples) if samples else ""))
    return 0
