"""ID numbers where they must never be: a NIK (Nomor Induk Kependudukan, the number on the KTP)
or a KK (Kartu Keluarga) number in free text or a comment. The repository and the site are
public, and a published ID number is enough to take a loan in someone's name. Found on the text
`contacts._plain` makes of it, whose offsets are the text's; the checker says what to do.

Refused, whatever label stands before it ("NPWP" too: the 16-digit NPWP of a person is their
NIK), a number of 16 digits, written together or in groups joined by one separator, a space,
a dot or a dash ("3471 0155 0890 0001", "3471-0155-0890-0001"), shaped as both are: a province's
code first (its region: province, regency, district), then a day and a month (a NIK's date of
birth, a woman's day plus 40; a KK's date of issue). Not a part of a longer number ("Token 1234
5678 9012 3456 7890") nor a number of another shape ("Token listrik 1234 5678 9012 3456": day 78).

And after a NIK, KTP or KK word (`ID_LABEL`), a number of 8 digits or more, as mistyped as
it may be ("NIK: 3471 0155 0890 001"), but for a date, a year's span or a time, which have no
group of 5 digits and fewer than 12 in all ("perekaman e-KTP 12-10-2026", "KK 2019-2024").
"""

from __future__ import annotations

import re
from typing import Collection

# Every run of digits and the single spaces, dots and dashes between them (possessive: read once).
DIGIT_RUN = re.compile(r"\d++(?:[ .\-]\d++)*+")
# A NIK's, a KTP's or a KK's word, with what may stand before the number: "NIK: ", "No. KTP ",
# "e-KTP no. ", "Nomor Induk Kependudukan ", "KK nomor: ". Not "120 KK", households counted.
ID_LABEL = re.compile(r"(?<!\w)(?:nik|nkk|(?:e-?)?ktp|(?<!\d )kk|nomor induk kependudukan"
                      r"|kartu (?:tanda penduduk|keluarga))(?: ?(?:no|nomor|nmr)\.?)?(?!\w)[ :.#=()-]{0,3}", re.I)
ID_LENGTH = 16
LABELLED_DIGITS = 8  # after an ID's word: fewer is no one's ID, mistyped or not
_GROUP = re.compile(r"\d+")
_NOT_DIGIT = re.compile(r"\D")


def id_numbers(plain: str, provinces: Collection[str]) -> list[tuple[int, int]]:
    """Where the ID numbers of `plain` are, (start, end); `provinces`: the province codes."""
    found, labelled = [], None
    for run in DIGIT_RUN.finditer(plain):
        for start, end in _numbers(run.group()):
            at, number = run.start() + start, run.group()[start:end]
            digits = _NOT_DIGIT.sub("", number)
            if len(digits) < LABELLED_DIGITS:
                continue  # most numbers (years, dates, amounts): no need to look for the labels
            labelled = {m.end() for m in ID_LABEL.finditer(plain)} if labelled is None else labelled
            if _well_formed(digits, provinces) or (at in labelled and _labelled_id(number)):
                found.append((at, run.start() + end))
    return found


def _numbers(run: str) -> list[tuple[int, int]]:
    """A run's numbers: its groups while one separator joins them, so that "12-10-2026 3471 0123
    4567 0001" is a date, then a number."""
    groups = [m.span() for m in _GROUP.finditer(run)]
    numbers, first = [], 0
    for i in range(1, len(groups) + 1):
        if i == len(groups) or (i > first + 1 and run[groups[i][0] - 1] != run[groups[first][1]]):
            numbers.append((groups[first][0], groups[i - 1][1]))
            first = i
    return numbers


def _well_formed(digits: str, provinces: Collection[str]) -> bool:
    """Whether 16 digits are shaped as a NIK or a KK number."""
    if len(digits) != ID_LENGTH or digits[:2] not in provinces:
        return False
    day, month = int(digits[6:8]), int(digits[8:10])
    return (1 <= day <= 31 or 41 <= day <= 71) and 1 <= month <= 12


def _labelled_id(number: str) -> bool:
    """Whether a number after an ID's word is one: 8 digits or more, not a date, a span of
    years or a time ("12-10-2026", "2019-2024", "08.00-12.00": no group of 5, fewer than 12)."""
    groups = [len(group) for group in _GROUP.findall(number)]
    return sum(groups) >= LABELLED_DIGITS and (sum(groups) >= 12 or max(groups) >= 5)
