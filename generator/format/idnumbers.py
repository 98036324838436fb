"""ID numbers where they must never be: a NIK (Nomor Induk Kependudukan, the number on the KTP)
or a KK (Kartu Keluarga) number in free text or a comment. The repository and the site are
public, and a published ID number is enough to take a loan in someone's name. Found on the text
`contacts.plain_text` makes of it, whose offsets are the text's; the checker says what to do.

Refused, whatever label stands before it ("NPWP" too: the 16-digit NPWP of a person is their
NIK), 16 digits shaped as both are: a province's code first (its region: province, regency,
district), then a day and a month (a NIK's date of birth, a woman's day plus 40; a KK's date of
issue). Written together or in groups joined by up to 3 separators of any mix (spaces and tabs
in a row read as the one space the page shows: shown.py), as the page shows them together ("3471 0155-0890-0001", "3471/0155/0890/0001", "**3471** 0155 0890 0001",
a line break, the old NPWP's "34.710.155.0-890.0001"), wherever in a run of groups they start
at a group ("12-10-2026 3471 0155 0890 0001"), of a longer number too. Not a number of another
shape ("Token listrik 1234 5678 9012 3456 7890": day 78, then province 56), nor an amount's
thousands ("Rp 3.471.015.508.900.001"). A 16-digit number so shaped after "rekening",
"virtual account", "VA", "QRIS" or "nomor registrasi" (a bank's name and its holder between:
"rekening Bank Rakyat Indonesia atas nama KIM Maju") is refused too: no one can tell it from
a NIK, and such a word would hide one; the checker says so (`after_account_word`).

And after a NIK, KTP or KK word (`ID_LABEL`), a number of 12 digits or more, as mistyped as
it may be ("NIK: 3471 0155 0890 001"), but for dates, times and years ("perekaman e-KTP
12-10-2026 08.00-12.00", "KK 2019-2024"); fewer is a count ("Jumlah KK: 12345678").
"""

from __future__ import annotations

import re
from typing import Collection

# Every run of digit groups joined by up to 3 separators of any mix: spaces, tabs, line breaks,
# dots, commas, slashes, underscores, colons, dashes, backslashes and Markdown's marks, for the
# digits the page shows together ("3471 1255\-0890**0001**"; possessive: read once).
DIGIT_RUN = re.compile(r"\d++(?:[ \t\n.,/_:\\*`\u2013\u2014-]{1,3}+\d++)*+")
# A NIK's, a KTP's or a KK's word, with what may stand before the number: "NIK: ", "No. KTP ",
# "e-KTP no. ", "Nomor Induk Kependudukan ", "KK nomor: ", and as the red team wrote them,
# "NoKK: ", "KTP-el: ", "NIK-nya ", "N I K ", a word or two of whose ("NIK ketua: ", "NIK
# (ketua): ") and any spaces and marks ("NIK:   "). Not "120 KK", households counted.
ID_LABEL = re.compile(r"(?<!\w)(?:no)?(?:n ?i ?k|nkk|(?:e-?)?ktp(?:-?el)?|(?<!\d )kk|nomor induk kependudukan"
                      r"|kartu (?:tanda penduduk|keluarga))(?:-?nya)?(?: ?(?:no|nomor|nmr)\.?)?"
                      r"(?:[ :]{1,2}\(?[a-z]{2,12}\)?(?!\w)){0,2}(?!\w)[ \t:.#=()-]{0,6}", re.I)
ID_LENGTH = 16
LABELLED_DIGITS = 12  # after an ID's word: a NIK mistyped has 14 to 17; fewer is a count ("KK 12500000")
LABELLED_MOST = 17  # a NIK with a digit too many; what follows is another number
# (These three, and the lengths above, also reach the contribution form's port.)
# An amount's thousands, 1 to 3 digits then groups of exactly 3: "3.471.015.508.900.001".
THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})++")
# Dates, times and years: groups of 1 or 2 digits and years of 19xx or 20xx, a year at least
# ("12-10-2026, 08.00-12.00" has a NIK's shape; "34 71 12 55 08 90 00 01" is no date).
DATE_PART = re.compile(r"\d{1,2}|((?:19|20)\d\d)")
# A sentence's pause between two numbers, not a separator inside one.
PAUSE = re.compile(r"[.,:][ \t\n]")
_GROUP = re.compile(r"\d+")
_NOT_DIGIT = re.compile(r"\D")
# The words of a number that is no person's but may be shaped as an ID all the same, right
# before it in the same sentence: an account's, a virtual account's, a QRIS's or a
# registration's, with a bank's name of up to 4 words and the holder, "a.n." or "atas nama",
# in brackets or not ("No. rekening Bank Rakyat Indonesia a.n. KIM Maju: ", "rekening BRI (a.n.
# Bendahara KIM) ", "VA BNI ", "QRIS NMID ", "rekening **"). Not a person's title as the bank's
# name: "Rekening Bu Sari 3471…" may well be her NIK.
_NOT_TITLE = r"(?!(?:pak|bu|bapak|ibu|bpk|sdr|sdri)(?!\w))"
ACCOUNT_WORD = re.compile(r"(?<!\w)(?:rek(?:ening)?|norek|virtual[ \t-]{1,2}account|va|qris|(?:nomor|no\.?) registrasi)"
                          r"\.?(?:[ :]{1,3}" + _NOT_TITLE + r"[A-Za-z]{2,12}){0,4}"
                          r"(?:[ ,:]{1,3}\(?(?:a\.? ?n\.?|atas nama)(?: [A-Za-z]{1,20}\.?){1,3}\)?)?"
                          r"[ \t\n:.#=()*_`-]{0,6}$", re.I)


def id_numbers(plain: str, provinces: Collection[str]) -> list[tuple[int, int]]:
    """Where the ID numbers of `plain` are, (start, end); `provinces`: the province codes."""
    found, labelled = [], None
    for run in DIGIT_RUN.finditer(plain):
        if len(_NOT_DIGIT.sub("", run.group())) < LABELLED_DIGITS:
            continue  # most numbers (years, dates, amounts): no need to look for the labels
        labelled = {m.end() for m in ID_LABEL.finditer(plain)} if labelled is None else labelled
        found += [(run.start() + start, run.start() + end)
                  for start, end in _numbers(run.group(), provinces, run.start() in labelled)]
    return found


def _numbers(run: str, provinces: Collection[str], labelled: bool) -> list[tuple[int, int]]:
    """A run's ID numbers: after an ID's word, its first groups however mistyped; and every
    window of consecutive groups of 16 digits shaped as an ID (`_well_formed`), from a group's
    start, so that "12-10-2026 3471 0155 0890 0001" is a date, then an ID."""
    groups = [m.span() for m in _GROUP.finditer(run)]
    found, first = [], 0
    while first < len(groups):
        last = _labelled(run, groups) if labelled and not first else None
        last = _shaped(run, groups, first, provinces) if last is None else last
        if last is not None:
            found.append((groups[first][0], groups[last][1]))
        first = first + 1 if last is None else last + 1
    return found


def _labelled(run: str, groups: list[tuple[int, int]]) -> int | None:
    """The last group of a mistyped ID right after an ID's word: the first groups of at most
    17 digits, to a sentence's comma or colon ("KK 2019-2024: 1.250 KK"), 12 digits or more,
    but for dates, times and years ("12-10-2026 08.00-12.00")."""
    total, last = 0, None
    for i, (start, end) in enumerate(groups):
        if total + end - start > LABELLED_MOST or (i and PAUSE.match(run, groups[i - 1][1])):
            break
        total, last = total + end - start, i
    parts = _GROUP.findall(run[:groups[last][1]]) if last is not None else []
    return last if total >= LABELLED_DIGITS and not _dated(parts) else None


def _shaped(run: str, groups: list[tuple[int, int]], first: int, provinces: Collection[str]) -> int | None:
    """The last group of the 16 digits from group `first`, if shaped as an ID and not an amount."""
    total = 0
    for last in range(first, len(groups)):
        total += groups[last][1] - groups[last][0]
        if total >= ID_LENGTH:
            number = run[groups[first][0]:groups[last][1]]
            shaped = total == ID_LENGTH and not (THOUSANDS.fullmatch(number) or _dated(_GROUP.findall(number)))
            return last if shaped and _well_formed(_NOT_DIGIT.sub("", number), provinces) else None
    return None


def _dated(parts: list[str]) -> bool:
    """Whether groups of digits are dates, times and years (`DATE_PART`)."""
    dates = [DATE_PART.fullmatch(part) for part in parts]
    return all(dates) and any(date[1] for date in dates)


def _well_formed(digits: str, provinces: Collection[str]) -> bool:
    """Whether 16 digits are shaped as a NIK or a KK number."""
    if len(digits) != ID_LENGTH or digits[:2] not in provinces:
        return False
    day, month = int(digits[6:8]), int(digits[8:10])
    return (1 <= day <= 31 or 41 <= day <= 71) and 1 <= month <= 12


def after_account_word(plain: str, start: int) -> bool:
    """Whether the ID number at `start` of `plain` stands right after an account's or a
    registration's word (`ACCOUNT_WORD`): refused all the same, but for a reason its writer,
    often a treasurer posting the KIM's donation account, would not guess."""
    return bool(ACCOUNT_WORD.search(plain[:start]))
