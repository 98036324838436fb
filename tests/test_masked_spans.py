"""Contacts the page shows shorter than they are written ("0812 [9753](https://x.example) 8642"),
as messages quote them: masked over the whole span written, from the contact's first shown
character to its last, so that no digit after the cut shows in a public log."""

import datetime as dt
import json
import re

import pytest

from generator.format import catalogue, masking
from generator.format.report import render
from generator.impor.run import Outcome, render_table

# Each shape's contact is the phone 0812 9753 8642 ("0812…42"), or the NIK 3471 1255 0890 0001
# ("3471…01"), or budi@gmail.com ("b…@gmail.com"), written so that the page shows it shorter.
SHAPES = {
    "link": "0812 [9753](https://x.example) 8642",
    "two links": "0812 [97](https://x.example)[53](https://y.example) 8642",
    "image": "0812 ![9753](https://x.example/a.png) 8642",
    "escapes": "0812\\-9753\\-8642",
    "hard break, backslash": "0812\\\n9753 8642",
    "hard break, spaces": "0812  \n9753 8642",
    "bold NIK": "NIK **3471** 1255 0890 0001",
    "escaped NIK": "3471\\-1255\\-0890\\-0001",
    "linked address": "[budi](https://x.example)@gmail.com",
}
# What a quote may hold of them: their masked forms, and nothing of what the masks keep back.
_BEYOND_MASK = re.compile(r"9753|8642|1255|0890|0001|\u2026\d{3}|0812(?!\u2026)|3471(?!\u2026)|budi")


def _leaks(out: str) -> list[str]:
    return _BEYOND_MASK.findall(out)


@pytest.mark.parametrize("shape", SHAPES)
def test_a_contact_shown_shorter_than_written_is_masked_whole(shape):
    said = masking.redacted(f"Hubungi {SHAPES[shape]} ya")
    assert said.startswith("Hubungi ") and said.endswith(" ya") and not _leaks(said), said


def _files(text: str) -> list[tuple[str, str]]:
    """A KIM's description and comment, and a partner's site and description, holding `text`."""
    kim = ("versi: 1\nslug: maju-bersama-pekalongan\nnama: KIM Maju Bersama\nstatus: aktif\n"
           f"wilayah: 18.07.04.2001\ndiperbarui: 2026-11-01\ndeskripsi: {json.dumps(text)}\n"
           f"# {text.replace(chr(10), ' ')}\n")
    partner = ("versi: 1\nslug: lppm-contoh\nnama: LPPM Universitas Contoh\njenis: perguruan-tinggi\n"
               f"wilayah_kerja: [\"18.07\"]\nsitus: {json.dumps('https://lppm.example.ac.id/?hp=' + text)}\n"
               f"deskripsi: {json.dumps('Telepon ' + text)}\n"
               "kontak:\n  - {jenis: lembaga, email: lppm@example.org}\ndiperbarui: 2026-11-05\n")
    return [(kim, "kims/18/18.07/maju-bersama-pekalongan.yml"), (partner, "mitra/lppm-contoh.yml")]


@pytest.mark.parametrize("shape", SHAPES)
def test_no_output_format_quotes_more_of_a_contact_than_its_mask(shape):
    problems = [p for content, path in _files(SHAPES[shape])
                for p in catalogue.check_bytes(content.encode(), path, dt.date(2026, 11, 27)).problems]
    assert problems
    for fmt in ("text", "github", "json"):
        for lang in ("id", "en"):
            out = render(problems, fmt, lang)
            assert not _leaks(out), out


@pytest.mark.parametrize("shape", SHAPES)
def test_the_import_report_quotes_no_more_of_a_contact_than_its_mask(shape):
    """`kim impor`'s report, pasted into a pull request or a chat, masks a reason's contacts so."""
    report = render_table([Outcome(2, "skipped", reason=f"baris memuat {SHAPES[shape]}")], str)
    assert "baris memuat" in report and not _leaks(report), report


def test_a_number_in_words_is_quoted_as_masked_as_one_in_digits():
    """Four words and the last two, as "0812…42" keeps four digits and two."""
    said = masking.redacted("Hubungi nol delapan satu dua, sembilan tujuh lima tiga delapan enam empat dua ya")
    assert said == "Hubungi nol delapan satu dua\u2026empat dua ya"


@pytest.mark.parametrize("said, quoted", [
    ("WA plus enam dua delapan satu dua tiga empat lima enam tujuh delapan sembilan.",
     "WA plus enam dua delapan satu dua\u2026delapan sembilan."),
    ("Hub 0812 tiga empat lima enam tujuh delapan.", "Hub 0812\u2026tujuh delapan."),
    ("Hub kosong delapan 12 34 56 78.", "Hub kosong delapan 12\u202678."),
    ("Hub nol 8 123 456 789 ya", "Hub nol 8 12\u202689 ya"),
    ("Telp nol delapan satu dua, tiga puluh empat, lima puluh enam, tujuh delapan sembilan",
     "Telp nol delapan satu dua\u2026delapan sembilan"),
    ("Telp kosong delapan sebelas, dua belas, dua puluh, tiga puluh empat",
     "Telp kosong delapan sebelas\u2026tiga puluh empat"),
])
def test_a_number_said_otherwise_in_words_keeps_the_words_of_as_many_digits(said, quoted):
    """The words of its first four digits (five with 62) and of its last two; a group of digits
    cut to them ("nol 8 12…89")."""
    assert masking.redacted(said) == quoted


def test_an_address_with_at_in_words_is_quoted_masked():
    assert masking.redacted("Tulis ke budi.santoso at gmail dot com") == "Tulis ke b\u2026 at gmail dot com"
