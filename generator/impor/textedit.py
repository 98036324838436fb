"""Change a KIM file's text only where a value changes; every other byte stays.

The file is never loaded and dumped again (that would drop comments and reorder keys):
each change finds the lines of one key or list item with the positioned reader
(`generator.format.yamlnode`) and rewrites those lines alone, then reads the text again.
"""

from __future__ import annotations

import json
import re

from generator.format import source, spec, yamlnode
from generator.format.problems import Collector

# Values the format wants quoted whatever they look like.
ALWAYS_QUOTED = frozenset(("wilayah", "nomor", "telepon", "whatsapp"))
# Keys whose digits are a date or a number, written unquoted.
DATES_AND_NUMBERS = frozenset(("berdiri", "anggota", "tanggal", "berlaku_hingga", "izin_publikasi", "diperbarui"))
_PLAIN = re.compile(r"[A-Za-z][^:#\n\"'`|>]*[^\s:#]|[A-Za-z]")
_FLOW_UNSAFE = re.compile(r"[,\[\]{}]")
_QUOTED_END = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^']|'')*'")


class EditError(Exception):
    """The file's shape does not allow a safe edit (the message says what to do)."""


def render(key: str, value: str, flow: bool = False) -> str:
    """A scalar as the file writes it: plain when YAML 1.1 and 1.2 both read text, else quoted."""
    if key not in ALWAYS_QUOTED and _PLAIN.fullmatch(value) and not (flow and _FLOW_UNSAFE.search(value)):
        node = yamlnode.Scalar(value, "", (1, 1))
        if node.kind == "str" and node.core_kind == "str":
            return value
    if key in DATES_AND_NUMBERS and re.fullmatch(r"\d{4}-\d{2}-\d{2}|\d+", value):
        return value
    return json.dumps(value, ensure_ascii=False)


def render_flow(entry: dict[str, str]) -> str:
    return "{" + ", ".join(f"{k}: {render(k, v, flow=True)}" for k, v in entry.items()) + "}"


def read_node(data: bytes):
    """The root node of a file's bytes, or None when it cannot be read."""
    out = Collector("")
    text = source.decode(data, out)
    return yamlnode.read(text, out) if text is not None else None


def texts(node) -> dict[str, str]:
    """A mapping of scalars as {key: text}; nested values are left out."""
    if not isinstance(node, yamlnode.Map):
        return {}
    return {k: v.text for k, v in node.values.items() if isinstance(v, yamlnode.Scalar)}


class Doc:
    """A KIM file's text with the positioned nodes of its current version."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        self._read()

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def _read(self) -> None:
        out = Collector("")
        self.root = yamlnode.read(self.text, out)
        if not isinstance(self.root, yamlnode.Map):
            raise EditError("berkas tidak terbaca sebagai profil KIM; perbaiki dulu dengan kim validate")

    def value(self, key: str):
        return self.root.values.get(key)

    def scalar(self, key: str) -> str | None:
        node = self.value(key)
        return node.text if isinstance(node, yamlnode.Scalar) else None

    # -- spans (0-based line indexes, end exclusive) --------------------------------------

    def _key_span(self, key: str) -> tuple[int, int]:
        keys = list(self.root.keys)
        start = self.root.keys[key][0] - 1
        following = keys.index(key) + 1
        end = self.root.keys[keys[following]][0] - 1 if following < len(keys) else len(self.lines)
        return start, self._trim(start, end, 0)

    def _trim(self, start: int, end: int, indent: int) -> int:
        """`end` moved up over blank lines and comments no deeper than `indent`."""
        while end > start + 1:
            line = self.lines[end - 1]
            stripped = line.lstrip()
            if stripped and not (stripped.startswith("#") and len(line) - len(stripped) <= indent):
                break
            end -= 1
        return end

    def _block_items(self, key: str) -> tuple[list, list[tuple[int, int]], int]:
        """The items of a block list, each item's lines, and the indent of its dashes."""
        seq = self.value(key)
        if not isinstance(seq, yamlnode.Seq):
            raise EditError(f"{key} bukan daftar; perbaiki dulu dengan kim validate")
        line = self.lines[seq.pos[0] - 1]
        if line[seq.pos[1] - 1:].startswith("["):
            raise EditError(f"{key} ditulis dalam satu baris [ ... ]; tulis tiap isinya di baris sendiri "
                            "(diawali - ) lalu impor lagi")
        _, end = self._key_span(key)
        starts = [item.pos[0] - 1 for item in seq.items]
        indent = len(line) - len(line.lstrip())
        spans = [(s, self._trim(s, starts[i + 1] if i + 1 < len(starts) else end, indent))
                 for i, s in enumerate(starts)]
        return seq.items, spans, indent

    # -- edits ------------------------------------------------------------------------------

    def _splice(self, start: int, end: int, new: list[str]) -> None:
        self.lines[start:end] = new
        self._read()

    def set_top(self, key: str, rendered: str) -> None:
        """`key: rendered` at the top level: the value replaced in place, or a new line."""
        if key not in self.root.keys:
            self._splice(self._insert_at(key), self._insert_at(key), [f"{key}: {rendered}"])
            return
        start, end = self._key_span(key)
        node = self.value(key)
        line = self.lines[start]
        if end == start + 1 and node is not None and node.pos[0] == start + 1:
            col = node.pos[1] - 1
            self._splice(start, end, [line[:col] + rendered + self._comment_after(node, line[col:])])
        else:
            self._splice(start, end, [f"{key}: {rendered}"])

    @staticmethod
    def _comment_after(node, rest: str) -> str:
        """The `  # comment` that follows a one-line value, kept when the value changes."""
        if isinstance(node, yamlnode.Scalar):
            if node.style in ("'", '"'):
                quoted = _QUOTED_END.match(rest)
                tail = rest[quoted.end():] if quoted else ""
            else:
                tail = rest[len(node.text):] if rest.startswith(node.text) else ""
        else:  # a one-line flow list: its comment follows the closing bracket
            tail = rest[rest.rfind("]") + 1:] if "]" in rest else ""
        return tail if re.fullmatch(r"\s+#.*", tail) else ""

    def _insert_at(self, key: str) -> int:
        """Where a new top-level key goes: after the keys the format lists before it."""
        order = list(spec.KIM.fields)
        before = [k for k in self.root.keys if k in order and order.index(k) < order.index(key)]
        if before:
            return self._key_span(before[-1])[1]
        return self.root.keys[next(iter(self.root.keys))][0] - 1

    def replace_item(self, key: str, index: int, new: list[str]) -> None:
        _, spans, _ = self._block_items(key)
        self._splice(*spans[index], new)

    def add_item(self, key: str, entry: str, first: bool = False) -> None:
        """A `- entry` line in the list `key` (first or last), creating the list if needed."""
        if key not in self.root.keys:
            at = self._insert_at(key)
            self._splice(at, at, [f"{key}:", f"  - {entry}"])
            return
        items, spans, indent = self._block_items(key)
        if not items:
            start, end = self._key_span(key)
            self._splice(start, end, [f"{key}:", f"  - {entry}"])
            return
        at = spans[0][0] if first else spans[-1][1]
        self._splice(at, at, [" " * indent + f"- {entry}"])

    def item_lines(self, key: str, index: int, entry: dict[str, str]) -> list[str]:
        """An item rewritten with `entry`, in the style it had (one line or one key per line)."""
        _, spans, indent = self._block_items(key)
        start, end = spans[index]
        pad = " " * indent
        if end - start == 1:
            return [f"{pad}- {render_flow(entry)}"]
        rows = [f"{k}: {render(k, v)}" for k, v in entry.items()]
        return [f"{pad}- {rows[0]}"] + [f"{pad}  {row}" for row in rows[1:]]
