"""`kim pembinaan`: record one coaching session (a Bimtek) in many KIM files at once.

Edits the text, never re-writes the file: the new `pembinaan` entry follows the last one in
the same style (`- {tanggal: ..., ...}` or a block of keys, or inside `[...]`), or starts a
`pembinaan:` list where the format reference puts it. Every other byte stays as it was,
comments and line ends included; `diperbarui` too, since it is the date the profile was last
checked as true, which a coaching session does not do (a stale profile must stay on the
coach's worklist). A file that does not validate before or after the edit, or already holds
the entry, is not written. Folders stand for every KIM file under them but those of inactive
KIMs (`status: tidak-aktif`) and sample KIMs (`contoh: true`): a dissolved KIM attends no
session, and a sample one is invented, so each is left out, with a word; such a file named
itself (a shell pattern like `*.yml` names each file) is written, with a warning (the coach
may record a session held before the KIM was dissolved, or a sample's example).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass

import yaml

from generator.format import kinds, report, spec, yamlnode
from generator.format.catalogue import check_bytes, discover
from generator.format.problems import Problem

KEY = "pembinaan"
BOM = "\ufeff"
# Characters that make a plain scalar mean something else at its start, or anywhere in `{...}`.
_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")
_FLOW = set(",[]{}")


@dataclass(frozen=True)
class Entry:
    tanggal: dt.date
    kegiatan: str
    penyelenggara: str | None = None


class Refused(Exception):
    """The file is left as it was: `args[0]` says why, in (Indonesian, English)."""


def scalar(text: str, flow: bool) -> str:
    """`text` as a YAML scalar that every reader takes as this very text: plain when it can
    be, else in double quotes (JSON's escapes are YAML's)."""
    node = yamlnode.Scalar(text, "", (1, 1))
    plain = (
        text and text == text.strip() and "\n" not in text and text[0] not in _INDICATORS
        and ": " not in text and " #" not in text and not text.endswith(":")
        and not (flow and _FLOW & set(text)) and node.kind == "str" and node.core_kind == "str"
    )
    return text if plain else json.dumps(text, ensure_ascii=False)


def _fields(entry: Entry, flow: bool) -> list[tuple[str, str]]:
    pairs = [("tanggal", entry.tanggal.isoformat()), ("kegiatan", scalar(entry.kegiatan, flow))]
    if entry.penyelenggara:
        pairs.append(("penyelenggara", scalar(entry.penyelenggara, flow)))
    return pairs


def _flow_item(entry: Entry, padded: bool) -> str:
    pad = " " if padded else ""
    return "{" + pad + ", ".join(f"{k}: {v}" for k, v in _fields(entry, True)) + pad + "}"


@dataclass
class _Node:
    start: yaml.Mark
    end: yaml.Mark  # where its last character ends (not where the next token starts)
    flow: bool
    kind: str  # "scalar", "list", "map"
    style: str = ""
    items: list["_Node"] | None = None  # a list's items, a map's values
    closer: yaml.Mark | None = None  # where `]` or `}` of a flow collection stands


def _tree(events: list, i: int = 0) -> tuple[_Node, int]:
    """The node starting at events[i] and the index after it."""
    event = events[i]
    if isinstance(event, yaml.ScalarEvent):
        return _Node(event.start_mark, event.end_mark, False, "scalar", event.style or ""), i + 1
    if isinstance(event, yaml.AliasEvent):
        raise Refused(("alias YAML tidak diizinkan", "YAML aliases are not allowed"))
    kind = "list" if isinstance(event, yaml.SequenceStartEvent) else "map"
    node = _Node(event.start_mark, event.end_mark, bool(event.flow_style), kind, items=[])
    i += 1
    while not isinstance(events[i], (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
        child, i = _tree(events, i)
        node.items.append(child)
    if node.flow:
        node.closer, node.end = events[i].start_mark, events[i].end_mark
    elif node.items:
        node.end = node.items[-1].end
    return node, i + 1


def _top_level(text: str) -> list[tuple[str, _Node, _Node]]:
    """(key, key node, value node) of the root mapping, in file order."""
    try:
        events = list(yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))
    except yaml.YAMLError:
        raise Refused(("berkas tidak dapat dibaca sebagai YAML", "the file cannot be read as YAML")) from None
    root, _ = _tree(events, 2)  # after StreamStart and DocumentStart
    if root.kind != "map" or root.flow:
        raise Refused(("isi berkas bukan kumpulan `kunci: nilai` per baris", "the file is not one `key: value` per line"))
    # libyaml counts marks in characters, as Python indexes text
    keys = [text[k.start.index:k.end.index].strip("'\"") for k in root.items[::2]]
    return list(zip(keys, root.items[::2], root.items[1::2]))


def _offset(lines: list[str], line: int, column: int) -> int:
    return sum(len(x) for x in lines[:line]) + column


def _after_line(lines: list[str], mark: yaml.Mark) -> int:
    """The offset of the line after the one where content ending at `mark` ends."""
    line = mark.line if mark.column == 0 else mark.line + 1  # a block scalar ends at a line start
    return sum(len(x) for x in lines[:line])


def add(text: str, entry: Entry) -> str:
    """`text` with `entry` added to its `pembinaan`."""
    bom = text.startswith(BOM)
    body = text[len(BOM):] if bom else text
    newline = "\r\n" if "\r\n" in body else "\n"
    lines = re.findall(r"[^\n]*\n|[^\n]+$", body)  # only "\n" ends a line, for YAML as here
    top = _top_level(body)
    edits: list[tuple[int, int, str]] = []  # (start, end, new text) as offsets into body
    found = {key: (k, v) for key, k, v in top}
    if KEY in found:
        edits.append(_append(lines, found[KEY][1], entry, newline))
    else:
        edits.append(_new_list(lines, top, entry, newline))
    for start, end, new in sorted(edits, reverse=True):
        body = body[:start] + new + body[end:]
    return (BOM if bom else "") + body


def _append(lines: list[str], items: _Node, entry: Entry, newline: str) -> tuple[int, int, str]:
    if items.kind != "list":
        raise Refused(("`pembinaan` bukan daftar", "`pembinaan` is not a list"))
    if items.flow:  # pembinaan: [{...}, {...}]
        at = _offset(lines, items.closer.line, items.closer.column)
        return at, at, (", " if items.items else "") + _flow_item(entry, False)
    last = items.items[-1]
    dash = " " * items.start.column
    if last.kind == "map" and last.flow:
        line = lines[last.start.line]
        padded = line[last.start.column + 1:last.start.column + 2] == " "
        new = f"{dash}- {_flow_item(entry, padded)}"
    elif last.kind == "map":
        gap = " " * (last.start.column - items.start.column - 1)
        indent = " " * last.start.column
        pairs = _fields(entry, False)
        new = f"{dash}-{gap}{pairs[0][0]}: {pairs[0][1]}" + "".join(
            f"{newline}{indent}{k}: {v}" for k, v in pairs[1:])
    else:
        raise Refused(("butir `pembinaan` bukan kumpulan `kunci: nilai`", "`pembinaan` items are not `key: value` sets"))
    return _insert_after(lines, last.end, new, newline)


def _insert_after(lines: list[str], mark: yaml.Mark, new: str, newline: str) -> tuple[int, int, str]:
    at = _after_line(lines, mark)
    if at and not lines[-1].endswith("\n") and at >= sum(len(x) for x in lines):
        return at, at, newline + new  # the file's last line had no line end
    return at, at, new + newline


def _new_list(lines: list[str], top: list, entry: Entry, newline: str) -> tuple[int, int, str]:
    """A `pembinaan:` list before the first key the format lists after it, and before the
    comment lines right above that key; at the end when there is none."""
    order = list(spec.KIM.fields)
    later = order[order.index(KEY) + 1:]
    dash = next((" " * v.start.column for _, _, v in top if v.kind == "list" and not v.flow), "  ")
    new = f"{KEY}:{newline}{dash}- {_flow_item(entry, False)}"
    following = next((k for key, k, _ in top if key in later), None)
    if following is None:
        return _insert_after(lines, top[-1][2].end, new, newline)
    line = following.start.line
    while line > 0 and lines[line - 1].startswith("#"):
        line -= 1
    at = sum(len(x) for x in lines[:line])
    return at, at, new + newline


# The command


def _report(problems: list[Problem], lang: str) -> str:
    errors = sorted((p for p in problems if p.is_error), key=Problem.sort_key)
    return report.render(errors, "text", lang).rstrip("\n")


@dataclass(frozen=True)
class Outcome:
    """What became of one file. `written` is None when there is nothing to do: for a file that
    is no KIM's (a regency's `_wilayah.yml` in `kims/18/18.07/*.yml`), an inactive or sample
    KIM's found in a folder, or one that already records the entry."""

    written: bool | None
    message: str  # to stdout, or to stderr when the file could not be written
    warning: str = ""  # to stderr, for a file written


def record(path: str, entry: Entry, today: dt.date, lang: str = "id", named: bool = True) -> Outcome:
    """Add the entry to the file at `path`; `named`: the file was named itself, not found in a
    folder."""
    en = lang == "en"
    if kinds.kind_of(path).name != "kim":
        return Outcome(None, f"{path}: " + ("not a KIM file; skipped" if en else "bukan berkas KIM; dilewati"))
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        return Outcome(False, f"{path}: " + ("cannot be read" if en else "tidak dapat dibaca") + f" ({exc.strerror})")
    result = check_bytes(data, path, today)
    if result.kim is None:
        head = "has errors; fix them first, nothing was written:" if en else \
            "berkas ini bermasalah; perbaiki dulu, tidak ada yang ditulis:"
        return Outcome(False, f"{path}: {head}\n" + _report(result.problems, lang))
    unlike = _unlike(result.kim, en)
    if unlike and not named:
        return Outcome(None, f"{path}: {unlike}; " + (
            "skipped: name its file to record the coaching in it" if en
            else "dilewati: sebutkan berkasnya bila pembinaan ini memang untuknya"))
    if any(p.tanggal == entry.tanggal and p.kegiatan == entry.kegiatan for p in result.kim.pembinaan):
        return Outcome(None, f"{path}: " + (
            f"already records this coaching ({entry.tanggal.isoformat()}, {entry.kegiatan}); not changed" if en
            else f"pembinaan ini sudah tercatat ({entry.tanggal.isoformat()}, {entry.kegiatan}); berkas tidak diubah"))
    try:
        new = add(data.decode("utf-8"), entry).encode("utf-8")
    except Refused as exc:
        return Outcome(False, f"{path}: {exc.args[0][1 if en else 0]}; " + ("not changed" if en else "berkas tidak diubah"))
    problems = check_bytes(new, path, today, model=False).problems
    if any(p.is_error for p in problems):
        head = "the new entry would not be valid, nothing was written:" if en else \
            "entri baru tidak akan lolos pemeriksaan, tidak ada yang ditulis:"
        return Outcome(False, f"{path}: {head}\n" + _report(problems, lang))
    with open(path, "wb") as fh:
        fh.write(new)
    warning = f"{path}: " + (
        f"warning: recorded in this {unlike} because its file was named (a pattern like *.yml names every file); "
        "if the coaching was not for it, remove the entry; a folder named leaves such KIMs out" if en
        else f"perhatian: dicatat, padahal ini {unlike}, karena berkasnya disebut sendiri (pola seperti *.yml "
        "menyebut setiap berkas); bila pembinaan ini bukan untuknya, hapus entri itu; folder yang disebut melewati "
        "KIM seperti ini")
    return Outcome(True, f"{path}: " + ("coaching recorded" if en else "pembinaan dicatat"), warning if unlike else "")


def _unlike(kim, en: bool) -> str:
    """Why a KIM is unlikely to have attended a session, "" when it is not."""
    if kim.contoh:
        return "sample KIM (contoh: true), invented data" if en else "KIM contoh (contoh: true), data rekaan"
    if not kim.active:
        return "inactive KIM (status: tidak-aktif)" if en else "KIM tidak aktif (status: tidak-aktif)"
    return ""


def files_of(paths: list[str]) -> list[tuple[str, bool]]:
    """The files named and the KIM files under the folders named (not their `_wilayah.yml`),
    sorted as `kim validate` reports them, each with whether it was named itself."""
    folders = [p for p in paths if os.path.isdir(p) and not os.path.islink(p)]
    found, _ = discover(folders)  # stray files are `kim validate`'s to report
    named = {p for p in paths if p not in folders}
    kims = {f for f in found if kinds.kind_of(f).name == "kim"}
    return [(path, path in named) for path in sorted(kims | named)]


def run(args, today: dt.date) -> int:
    def text(value: str | None) -> str | None:
        return unicodedata.normalize("NFC", value.strip()) if value and value.strip() else None

    entry = Entry(args.tanggal, text(args.judul) or "", text(args.penyelenggara))
    failed = 0
    for path, named in files_of(args.files):
        outcome = record(path, entry, today, args.lang, named)
        print(outcome.message, file=sys.stderr if outcome.written is False else sys.stdout)
        if outcome.warning:
            print(outcome.warning, file=sys.stderr)
        failed += outcome.written is False
    return 1 if failed else 0
