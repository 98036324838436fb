"""Cells as offices type them, to the values of the KIM format.

Each function takes a cell (text, number, date or None) and returns the value as the
file writes it (text), None for an empty cell, or raises `Unreadable` with the reason
(written after the column's header: "Tanggal SK '31/02/2019' tidak terbaca").
"""

from __future__ import annotations

import datetime as dt
import difflib
import re

from generator.format.masking import masked_field
from generator.format.spec import EARLIEST_YEAR
from generator.model.cells import unguarded
from generator.model.regionmatch import fold
from generator.model.vocab import Vocab

EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel counts a 29 Feb 1900)
MONTHS = {"januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3, "mar": 3,
          "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8,
          "agu": 8, "agt": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
          "november": 11, "nov": 11, "nopember": 11, "desember": 12, "des": 12}
# Who signs an SK, as offices write it, to its level. In Papua a desa is a kampung and a
# kecamatan a distrik (UU No. 21 Tahun 2001, Pasal 1; model/placewords.py): the same levels.
SK_LEVELS = {"kepala desa": "desa", "kades": "desa", "lurah": "kelurahan", "camat": "kecamatan",
             "kampung": "desa", "kepala kampung": "desa", "distrik": "kecamatan", "kepala distrik": "kecamatan",
             "bupati": "kabupaten", "kab": "kabupaten", "walikota": "kota", "wali kota": "kota",
             "gubernur": "provinsi", "prov": "provinsi"}
# TRUE/FALSE (BENAR/SALAH in Indonesian Excel): a checkbox column saved as CSV; 1/0: a column
# ticked with numbers; ✓/✗ ticks. No "v" or "x": a cross reads as "no" as well as "yes".
YES = {"ya", "y", "iya", "yes", "ada", "setuju", "bersedia", "sudah", "true", "benar", "1", "ok", "oke"}
NO_CONSENT = "belum ada izin"  # what `kim ekspor` writes of a chair the file records without a name
NO = {"tidak", "tdk", "t", "no", "n", "belum", "tidak setuju", "tidak bersedia", "false", "salah", "0",
      NO_CONSENT, "tidak ada izin"}
# Whole answers of more than one word that give consent. Nothing else with more words reads as
# a yes: "ada keberatan", "sudah menolak", "ya, tanpa nomor HP" are notes for a person to read,
# and a consent must be plain (the reviewer found such cells published the chair).
YES_PHRASES = {"ya bersedia", "ya setuju", "iya bersedia", "iya setuju", "sudah bersedia", "sudah setuju"}
TICKS = {"✓": True, "✔": True, "☑": True, "✗": False, "✘": False}  # fold() drops them: looked up first
# Excel's day 0 and day 1, as a 0 or 1 typed in the export's date-formatted consent column
# reads back (1899-12-31: day 1 read without Excel's 29 February 1900)
TICKED = {dt.date(1899, 12, 30): False, dt.date(1899, 12, 31): True, dt.date(1900, 1, 1): True}
EMPTY = re.compile(r"[-–—]+")  # what offices type for "nothing": never a value, nor a name
# "Nonaktif", "Non-aktif", "TIDAK AKTIF": a word that negates what follows it, however joined
NEGATION = re.compile(r"^(?:(?:non|tidak|tdk|tak|bukan)(?:\s*-\s*|\s+)|non)")
YEARS = range(1900, 2101)  # founding years typed in a date-formatted cell arrive as 1905's days


class Unreadable(ValueError):
    """A cell that cannot be read as what its column needs (message in Indonesian, without
    the column's name, which the caller puts in front)."""


def text(cell) -> str | None:
    """A text cell without surrounding and repeated spaces, and without the apostrophe a CSV
    of `kim ekspor` puts before a value that would read as a formula (`cells.guarded`);
    numbers without a trailing .0; None for an empty cell or a dash."""
    if cell is None:
        return None
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    value = unguarded(" ".join(str(cell).split()))
    return None if not value or EMPTY.fullmatch(value) else value


def phone(cell) -> str | None:
    """+62 form: "0812-3456-7890", "62812...", "+62 812..." and 81234567890 stored as a number."""
    raw = text(cell)
    if raw is None:
        return None
    digits = re.sub(r"[\s.()/-]", "", raw)
    # quoted as a validation message quotes a contact field: the report is pasted into pull requests
    shown = masked_field(raw)
    if not re.fullmatch(r"\+?[0-9]+", digits):
        raise Unreadable(f"{shown!r} tidak terbaca")
    digits = digits.lstrip("+")
    if digits.startswith("62"):
        digits = digits[2:]
    elif digits.startswith("0"):
        digits = digits[1:]
    number = "+62" + digits
    if not re.fullmatch(r"\+62[1-9][0-9]{7,12}", number):
        raise Unreadable(f"{shown!r} tidak lengkap atau terlalu panjang")
    return number


def _serial(number: float) -> dt.date:
    if not 1 <= number < 2958466:
        raise Unreadable(f"{number!r} tidak terbaca")
    return EXCEL_EPOCH + dt.timedelta(days=int(number))


def date(cell) -> dt.date | None:
    """A date cell, an Excel serial number, or text: 17/08/2020, 17-8-2020, 2020-08-17, 2020/08/17,
    17 Agustus 2020."""
    if cell is None:
        return None
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return _serial(cell)
    raw = text(cell)
    if raw is None:
        return None
    try:
        return _date_text(raw)
    except ValueError:
        raise Unreadable(f"{raw!r} tidak terbaca") from None


def _date_text(raw: str) -> dt.date:
    if re.fullmatch(r"\d{5}(\.0+)?", raw):
        return _serial(float(raw))
    if m := re.fullmatch(r"(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?:[ T][\d:.]+)?", raw):
        return dt.date(int(m[1]), int(m[3]), int(m[4]))
    if m := re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", raw):
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    words = fold(raw).split()
    if len(words) == 3 and words[0].isdigit() and words[1] in MONTHS and words[2].isdigit():
        return dt.date(int(words[2]), MONTHS[words[1]], int(words[0]))
    raise ValueError(raw)


def founded(cell) -> str | None:
    """`berdiri`: a year (2016, "2016", 2016.0, or 2016 in a date-formatted cell) or a date."""
    raw = text(cell)
    if raw is not None and re.fullmatch(r"(19|20)\d\d", raw):
        return raw
    day = date(cell)
    if day and (day - EXCEL_EPOCH).days in YEARS:  # the cell's serial number is the year typed
        return str((day - EXCEL_EPOCH).days)
    return day.isoformat() if day else None


def whole(cell) -> str | None:
    """A count of 1 or more, as the format's `anggota` needs: 18, "18", 18.0 or "18 orang"."""
    raw = text(cell)
    if raw is None:
        return None
    m = re.fullmatch(r"(\d[\d.]*)\s*(orang|org|anggota)?", raw.lower())
    if not m or not int(m[1].replace(".", "")):
        raise Unreadable(f"{raw!r} bukan bilangan bulat 1 atau lebih")
    return str(int(m[1].replace(".", "")))


def _choice(vocab: Vocab, name: str, raw: str) -> str | None:
    wanted = fold(raw)
    for value in vocab.values(name):
        if wanted in (fold(value), fold(vocab.label(name, value, "id")), fold(vocab.label(name, value, "en"))):
            return value
    return None


def fields_of_work(cell, vocab: Vocab) -> list[str] | None:
    """`bidang`: labels or values split by commas, semicolons, slashes or "dan"."""
    raw = text(cell)
    if raw is None:
        return None
    out: list[str] = []
    unknown: list[str] = []
    for part in re.split(r"[,;/\n]", raw):
        if not part.strip():
            continue
        # "Seni dan budaya" is one label; "Pertanian dan UMKM" two
        found = [_choice(vocab, "bidang", part)]
        if found[0] is None:
            pieces = re.split(r"\s+(?:dan|&)\s+", part)
            found = [_choice(vocab, "bidang", piece) for piece in pieces]
            if None in found or len(pieces) < 2:
                unknown.append(part.strip())
                continue
        out += [value for value in found if value not in out]
    if unknown:
        raise Unreadable(_unknown_choices(vocab, "bidang", unknown))
    return out or None


def _unknown_choices(vocab: Vocab, name: str, unknown: list[str]) -> str:
    """Values not of the vocabulary `name`, each with the labels it may be a typo of; every
    label when one of them is like none."""
    labels = [vocab.label(name, value, "id") for value in vocab.values(name)]
    by_fold = {fold(label): label for label in labels}
    parts, lost = [], False
    for value in unknown:
        near = [by_fold[k] for k in difflib.get_close_matches(fold(value), by_fold, n=3, cutoff=0.75)
                if not _negates(fold(value), k)]
        parts.append(f"{value!r} tidak dikenal" + (f" (mungkin {' atau '.join(near)})" if near else ""))
        lost = lost or not near
    return ", ".join(parts) + (" (yang dikenal: " + ", ".join(labels) + ")" if lost else "")


def _negates(typed: str, label: str) -> bool:
    """Whether `typed` is `label` negated ("nonaktif" of "aktif"): never a typo of it."""
    return bool(NEGATION.match(typed)) and not NEGATION.match(label)


def status(cell, vocab: Vocab) -> str | None:
    """`status`: "Aktif", "Tidak aktif" (labels as the export writes them), the values, or
    "aktif" negated however offices write it ("Nonaktif", "Non-aktif")."""
    raw = text(cell)
    if raw is None:
        return None
    value = _choice(vocab, "status", raw) or _choice(vocab, "status", NEGATION.sub("tidak ", fold(raw), count=1))
    if value is None:
        raise Unreadable(_unknown_choices(vocab, "status", [raw]))
    return value


def sk_level(cell, vocab: Vocab) -> str | None:
    """A level ("Desa") or who signed ("Bupati", "SK Bupati Lampung Timur")."""
    raw = text(cell)
    if raw is None:
        return None
    words = fold(raw).split()
    wanted = " ".join(words[1:] if words[:1] == ["sk"] and len(words) > 1 else words)
    value = _choice(vocab, "sk_tingkat", wanted) or next(
        (level for signer, level in SK_LEVELS.items() if wanted == signer or wanted.startswith(signer + " ")), None)
    if value is None:
        raise Unreadable(f"{raw!r} tidak dikenal (tulis desa, kelurahan, kecamatan, kabupaten, kota atau provinsi)")
    return value


def consent(cell) -> tuple[bool | None, dt.date | None]:
    """(consent given, its date) from a date or ya/tidak (one word, or a phrase of YES_PHRASES;
    never a question); (None, None) for an empty cell."""
    if cell is None or text(cell) is None:
        return None, None
    if isinstance(cell, bool):  # an Excel TRUE/FALSE cell
        return cell, None
    if isinstance(cell, dt.time) and cell == dt.time(0):  # a 0 typed in a date cell, read as a time
        return False, None
    if isinstance(cell, dt.date):
        day = cell.date() if isinstance(cell, dt.datetime) and cell.time() == dt.time(0) else cell
        if day in TICKED:
            return TICKED[day], None
    if text(cell) in TICKS:
        return TICKS[text(cell)], None
    answer = " ".join(re.findall(r"\w+", fold(text(cell))))
    if "?" not in text(cell) and (answer in YES or answer in YES_PHRASES):
        return True, None
    if answer in NO:
        return False, None
    hint = "tulis tanggal izin atau ya/tidak"
    if isinstance(cell, str) and not re.search(r"\d", cell):
        raise Unreadable(f"{cell.strip()!r} tidak terbaca ({hint})")
    try:
        day = date(cell)
    except Unreadable as exc:
        raise Unreadable(f"{exc} ({hint})") from None
    if day.year < EARLIEST_YEAR:  # a number typed in a date cell, e.g. 2024: its serial is the number
        raise Unreadable(f"{text((day - EXCEL_EPOCH).days)!r} bukan tanggal ataupun ya/tidak ({hint})")
    return True, day
