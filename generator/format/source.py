"""From the bytes of a KIM file to clean text, refusing what YAML would misread.

Checks that need the raw bytes or whole lines happen here, before any parsing:
size, encoding, invisible and control characters, line endings, tabs in the
indentation and git conflict markers. A BOM and CRLF line ends are accepted and
removed, so such a file reads exactly like its clean twin.
"""

from __future__ import annotations

import os
import re
import unicodedata

from generator.format.problems import Collector

MAX_BYTES = 256 * 1024

# Characters refused anywhere in a KIM file, as they hide or disguise text:
# - controls (Cc) but tab, line feed and carriage return (a CRLF reads as LF, a lone CR is
#   refused on its own);
# - format characters (Cf), invisible by definition: soft hyphen, zero-width space and
#   joiners, direction marks, word joiner, BOM, U+180E, U+206A-U+206F, U+FFF9-U+FFFB, tags...;
# - line and paragraph separators (Zl, Zp), which YAML reads as line breaks;
# - every other default-ignorable code point (Unicode's Variation_Selector and
#   Other_Default_Ignorable_Code_Point, assigned or reserved), which fonts draw as nothing:
#   the Hangul fillers U+115F, U+1160, U+3164 and U+FFA0, the combining grapheme joiner,
#   variation selectors... but U+FE0E and U+FE0F, which choose how an emoji is drawn (☎️);
# - U+2800 BRAILLE PATTERN BLANK, a symbol drawn as blank space.
# Spaces (Zs) stay allowed: they show as space. Python's `re` knows no Unicode categories:
# the class below is that rule written out for Python's Unicode database (14.0), and
# tests/test_source.py checks it code point by code point.
_BAD_CHAR = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xad\u034f\u0600-\u0605\u061c\u06dd\u070f"
    "\u0890\u0891\u08e2\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2028-\u202e"
    "\u2060-\u206f\u2800\u3164\ufe00-\ufe0d\ufeff\uffa0\ufff0-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LINE_SEPARATORS = frozenset("\u2028\u2029")
# What libyaml refuses to read (YAML 1.1's non-printable characters) or reads as a line
# break (NEL, U+2028, U+2029), once reported: `yamlnode.read` reads each as U+FFFD, so that
# the rest is read, at the lines and columns the author sees. (A lone CR stops the checks.)
UNREADABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")
# The problems of whole lines after which YAML may not read the file: its syntax error, if
# any, is most likely the same problem again (`yamlnode.read`).
LINE_PROBLEMS = frozenset(("conflict-marker", "tab-indent"))
# The bad characters below 128, to be deleted from plain ASCII text in one fast pass.
_BAD_ASCII = bytes(c for c in range(128) if _BAD_CHAR.match(chr(c)))
_CONFLICT = re.compile(r"^(?:<{7}|={7}|>{7}|\|{7})(?: |$)", re.M)
_CONFLICT_RUNS = ("<" * 7, "=" * 7, ">" * 7, "|" * 7)
_TAB_INDENT = re.compile(r"^[ ]*\t", re.M)
# A line that opens block text: `key: |`, `- >-`, `- key: |2  # comment`. Its key (or last
# dash) sets the indentation the text's lines must exceed.
_BLOCK_HEADER = re.compile(
    r"""^(?P<lead>[ ]*(?:-[ ]+)*)(?P<key>(?:[^\s#'"-][^#]*?|"[^"]*"|'[^']*'):[ ]+)?"""
    r"[|>](?:[+-]?(?P<digit>[1-9])|[1-9]?[+-]?)?[ ]*(?:#.*)?$"
)
# Unicode noncharacters: U+FDD0..U+FDEF and the last two code points of every plane. Never
# text; libyaml refuses U+FFFE and U+FFFF without saying where, and lets the others through.
_PLANE_ENDS = "".join(chr(plane + 0xFFFE) + "-" + chr(plane + 0xFFFF) for plane in range(0, 0x110000, 0x10000))
_NONCHARACTER = re.compile(f"[\ufdd0-\ufdef{_PLANE_ENDS}]")


def path_names(path: str) -> tuple[str, str, str]:
    """The names of a file's folder's folder, its folder and the file ("" above the root),
    without building paths: this runs for every file. A path that does not name those folders
    as typed (`x.yml` from its folder, `../18.07/x.yml`) is resolved against the working folder,
    where the file is: its folders decide its kind and its place, whatever the messages show."""
    parts = [part for part in path.split("/") if part and part != "."]
    if len(parts) < 3 or ".." in parts[-3:-1]:
        parts = [part for part in os.path.abspath(path).split("/") if part]
    return ("", "", *parts)[-3:] if len(parts) < 3 else tuple(parts[-3:])


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - text.rfind("\n", 0, offset)


def character_problem(char: str) -> str:
    """The message code for a character that must not appear in a KIM file."""
    if char in _BIDI:
        return "bidi-control"
    if char in _LINE_SEPARATORS:
        return "line-separator"
    if char == "\x00":
        return "nul-byte"
    return "control-char" if unicodedata.category(char) == "Cc" else "invisible-char"


def find_bad_character(text: str) -> str | None:
    match = _BAD_CHAR.search(text)
    return match.group() if match else None


def find_noncharacter(text: str) -> str | None:
    match = _NONCHARACTER.search(text) if not text.isascii() else None
    return match.group() if match else None


def decode(data: bytes, out: Collector, size: int | None = None) -> str | None:
    """The file's text, or None after reporting why it cannot be read as YAML.

    A refused character is reported and the text returned as it is, so that one run reports
    every problem (`yamlnode.read` reads what libyaml would refuse as U+FFFD). `size` is the
    file's full size when `data` was read only up to the limit.
    """
    size = len(data) if size is None else size
    if size > MAX_BYTES:
        out.error((1, 1), "file-too-large", size=size // 1024, limit=MAX_BYTES // 1024)
        return None  # what the limit spares: reading it
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(data):
        out.error((1, 1), "utf16")
        return None  # read as UTF-8, every other byte is a NUL: nothing the author wrote
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        prefix = data[: exc.start].decode("utf-8", "replace")
        out.error(position(prefix, len(prefix)), "invalid-utf8", byte=f"0x{data[exc.start]:02X}")
        text = data.decode("utf-8", "replace")  # the bytes are lost: U+FFFD, the rest as written
    if "\r" in text:
        text = text.replace("\r\n", "\n")
        lone = text.find("\r")
        if lone >= 0:
            out.error(position(text, lone), "lone-cr")
            # libyaml and some editors end a line there, others do not: which lines the author
            # saw, and where anything else stands, cannot be known
            return None
    if not _clean_characters(text, out):
        return None
    _clean_noncharacters(text, out)
    _clean_lines(text, out)
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def _looks_utf16(data: bytes) -> bool:
    head = data[:64]
    return len(head) >= 4 and head.count(0) * 3 >= len(head)


# At most this many problems of one kind of character a file: each is placed by counting the
# lines before it, and a file of 250,000 control characters took 22 s to report, all alike.
SAME_KIND_SHOWN = 20


def _clean_characters(text: str, out: Collector) -> bool:
    """Report each refused character; False after a NUL, which makes it a binary file."""
    # Most files are ASCII: the byte deletion costs a small part of the regex scan.
    if text.isascii() and len(text.encode("ascii").translate(None, _BAD_ASCII)) == len(text):
        return True
    shown: dict[str, int] = {}
    for match in _BAD_CHAR.finditer(text):
        code = character_problem(match.group())
        if code == "nul-byte":
            out.error(position(text, match.start()), code, char="U+0000")
            return False
        shown[code] = shown.get(code, 0) + 1
        if shown[code] <= SAME_KIND_SHOWN:
            out.error(position(text, match.start()), code, char=f"U+{ord(match.group()):04X}")
    return True


def _clean_noncharacters(text: str, out: Collector) -> None:
    matches = _NONCHARACTER.finditer(text) if not text.isascii() else ()
    for _, match in zip(range(SAME_KIND_SHOWN), matches):
        out.error(position(text, match.start()), "noncharacter", char=f"U+{ord(match.group()):04X}")


def _clean_lines(text: str, out: Collector) -> None:
    """Report conflict markers and tabs in the indentation. The text is read on: where YAML
    still reads it (a tab inside brackets), every other problem is reported too, and where it
    does not, `yamlnode.read` takes its syntax error for this one, already reported."""
    # The line-anchored patterns scan every line; a substring test rules most files out first.
    conflict = _CONFLICT.search(text) if any(run in text for run in _CONFLICT_RUNS) else None
    if conflict:
        out.error(position(text, conflict.start()), "conflict-marker")
    tabs = [m.end() - 1 for m in _TAB_INDENT.finditer(text)] if "\t" in text else []
    if tabs:
        content = _block_text_lines(text.split("\n"))
        tabs = [offset for offset in tabs if text.count("\n", 0, offset) not in content]
    for offset in tabs[:SAME_KIND_SHOWN]:
        out.error(position(text, offset), "tab-indent")


def _block_text_lines(lines: list[str]) -> set[int]:
    """The lines (0-based) of block text (`|` or `>`) that start with a tab inside the text.

    Such a tab is content, not indentation, as YAML and libyaml read it: it stands past the
    text's indentation, which the first non-empty line sets with its spaces. libyaml refuses
    a tab right after those first spaces, so that line is left out, as is any tab before the
    indentation.
    """
    content: set[int] = set()
    index = 0
    while index < len(lines):
        header = _BLOCK_HEADER.match(lines[index])
        index += 1
        if header is None:
            continue
        lead = header["lead"]
        parent = len(lead) if header["key"] else len(lead.rstrip()) - 1 if "-" in lead else len(lead) - 1
        indent = parent + int(header["digit"]) if header["digit"] else None
        while index < len(lines):
            line = lines[index]
            spaces = len(line) - len(line.lstrip(" "))
            if spaces == len(line):  # empty lines belong to the text
                index += 1
                continue
            if indent is None:  # the first non-empty line sets the indentation
                indent = max(spaces, parent + 1)
                if line[spaces] == "\t":
                    index += 1
                    continue
            if spaces < indent and line.strip(" \t"):
                break  # less indented: the text has ended
            if spaces >= indent:
                content.add(index)
            index += 1
    return content
