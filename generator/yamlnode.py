"""A safe, position-keeping YAML reader for KIM files.

Reads libyaml's event stream and builds small nodes that remember their line and
column. Nothing is constructed by YAML itself: tags, anchors, aliases and merge
keys are refused where they appear, so no object is created from the data and an
alias bomb is never expanded; duplicate keys, depth and size are checked while
reading, so a hostile file costs no more than its length.

Plain scalars keep their text together with the type YAML 1.1 would give them,
and the type YAML 1.2 gives them (editors and most other readers), so the
schema can tell `telepon: 0274123456` (a number to YAML) from a quoted phone
number and ask for quotes.
"""

from __future__ import annotations

import re

import yaml
from yaml import events as ev
from yaml.resolver import Resolver

from .problems import Collector
from .source import character_problem, find_bad_character, find_noncharacter

try:  # the event parser alone: no constructor or resolver is needed
    from yaml.cyaml import CParser as _Loader
except ImportError:  # pragma: no cover - libyaml missing: same behaviour, slower
    from yaml import SafeLoader as _Loader

MAX_DEPTH = 12
MAX_NODES = 20_000
MAX_ITEMS = 1_000

_RESOLVER = Resolver()
_RESOLVABLE_START = frozenset(c for c in Resolver.yaml_implicit_resolvers if c is not None)
_TAG_NAMES = {
    "tag:yaml.org,2002:str": "str",
    "tag:yaml.org,2002:int": "int",
    "tag:yaml.org,2002:float": "float",
    "tag:yaml.org,2002:bool": "bool",
    "tag:yaml.org,2002:null": "null",
    "tag:yaml.org,2002:timestamp": "timestamp",
    "tag:yaml.org,2002:value": "str",
    "tag:yaml.org,2002:merge": "str",
}

# The YAML 1.2 core schema's plain scalars that are not text (YAML 1.2.2, 10.3.2), as the
# `yaml` npm package behind VS Code's YAML extension reads them. Not YAML 1.1: `081234567890`,
# `1e3`, `0o17` and `018` are numbers here; `yes`, `off` and `1_000` are text.
_CORE_START = frozenset("0123456789+-.~nNtTfF")
_CORE_NULL = frozenset(("", "~", "null", "Null", "NULL"))
_CORE_BOOL = frozenset(("true", "True", "TRUE", "false", "False", "FALSE"))
_CORE_INT = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_CORE_FLOAT = re.compile(
    r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
)


class Scalar:
    __slots__ = ("text", "style", "pos")

    def __init__(self, text: str, style: str, pos: tuple[int, int]) -> None:
        self.text = text
        self.style = style  # "" plain, "'" or '"' quoted, "|" or ">" block
        self.pos = pos

    @property
    def plain(self) -> bool:
        return not self.style

    @property
    def kind(self) -> str:
        """What YAML 1.1 would make of it: str, int, float, bool, null or timestamp."""
        return "str" if self.style else _implicit_kind(self.text)

    @property
    def core_kind(self) -> str:
        """What YAML 1.2 (the core schema of editors) makes of it: str, int, float, bool or null."""
        return "str" if self.style else core_kind(self.text)


class Seq:
    __slots__ = ("items", "pos")

    def __init__(self, items: list, pos: tuple[int, int]) -> None:
        self.items = items
        self.pos = pos


class Map:
    """Keys in file order; `keys` holds each key's own position."""

    __slots__ = ("values", "keys", "pos")

    def __init__(self, pos: tuple[int, int]) -> None:
        self.values: dict[str, Node] = {}
        self.keys: dict[str, tuple[int, int]] = {}
        self.pos = pos


Node = Scalar | Seq | Map | None


def _implicit_kind(text: str) -> str:
    if not text:
        return "null"
    if text[0] not in _RESOLVABLE_START:
        return "str"  # most text: no implicit type starts with this character
    tag = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))
    return _TAG_NAMES.get(tag, "str")


def core_kind(text: str) -> str:
    """The YAML 1.2 core schema's type of a plain scalar's text."""
    if text and text[0] not in _CORE_START:
        return "str"
    if text in _CORE_NULL:
        return "null"
    if text in _CORE_BOOL:
        return "bool"
    if _CORE_INT.fullmatch(text):
        return "int"
    return "float" if _CORE_FLOAT.fullmatch(text) else "str"


def _pos(mark) -> tuple[int, int]:
    return mark.line + 1, mark.column + 1


class _Refused(Exception):
    """The file cannot be read further; the reason is already reported."""


# Bound once: the reading loops below compare every event's class against these.
_SCALAR = ev.ScalarEvent
_ALIAS = ev.AliasEvent
_SEQUENCE_START = ev.SequenceStartEvent
_SEQUENCE_END = ev.SequenceEndEvent
_MAPPING_END = ev.MappingEndEvent
_STREAM_END = ev.StreamEndEvent


class _Reader:
    def __init__(self, text: str, out: Collector) -> None:
        self.loader = _Loader(text)
        self.next = self.loader.get_event
        self.out = out
        self.nodes = 0

    def document(self) -> Node:
        self.next()  # StreamStart
        event = self.next()
        if type(event) is _STREAM_END:
            self.out.error((1, 1), "empty-file")
            raise _Refused
        root = self.node(self.next(), 1)
        self.next()  # DocumentEnd
        event = self.next()
        if type(event) is not _STREAM_END:
            self.out.error(_pos(event.start_mark), "multiple-documents")
        return root

    def node(self, event, depth: int) -> Node:
        # Called for every node of the file: hence the inlined position and the
        # common case (no alias, anchor or tag) tested first.
        self.nodes += 1
        mark = event.start_mark
        pos = (mark.line + 1, mark.column + 1)
        if self.nodes > MAX_NODES:
            self._too_many_nodes(pos)
        kind = type(event)
        if kind is _ALIAS or event.anchor is not None or event.tag is not None:
            self._refuse_features(event, pos)
        if kind is _SCALAR:
            style = event.style
            if style == '"':
                self._check_escapes(event.value, pos)
            return Scalar(event.value, style or "", pos)
        if depth > MAX_DEPTH:
            self.out.error(pos, "too-deep", limit=MAX_DEPTH)
            raise _Refused
        if kind is _SEQUENCE_START:
            return self.sequence(pos, depth + 1)
        return self.mapping(pos, depth + 1)

    def _too_many_nodes(self, pos: tuple[int, int]) -> None:
        self.out.error(pos, "too-many-nodes", limit=MAX_NODES)
        raise _Refused

    def _refuse_features(self, event, pos: tuple[int, int]) -> None:
        """Report an alias, anchor or tag; only an anchor lets reading go on."""
        if type(event) is _ALIAS:
            self.out.error(pos, "yaml-alias", name=event.anchor)
            raise _Refused
        if event.anchor is not None:
            self.out.error(pos, "yaml-anchor", name=event.anchor)
        if event.tag is not None:
            self.out.error(pos, "yaml-tag", tag=_short_tag(event.tag))
            raise _Refused

    def sequence(self, pos: tuple[int, int], depth: int) -> Seq:
        items = []
        node, next_event = self.node, self.next
        event = next_event()
        while type(event) is not _SEQUENCE_END:
            if len(items) == MAX_ITEMS:
                self.out.error(pos, "too-many-items", limit=MAX_ITEMS)
                raise _Refused
            items.append(node(event, depth))
            event = next_event()
        return Seq(items, pos)

    def mapping(self, pos: tuple[int, int], depth: int) -> Map:
        result = Map(pos)
        values, keys = result.values, result.keys
        node, next_event = self.node, self.next
        event = next_event()
        while type(event) is not _MAPPING_END:
            if type(event) is _SCALAR and event.style == "" and event.anchor is None and event.tag is None:
                # Most keys are plain text, of which only the text and place are kept: no node is built.
                self.nodes += 1
                mark = event.start_mark
                text, style, key_pos = event.value, "", (mark.line + 1, mark.column + 1)
                if self.nodes > MAX_NODES:
                    self._too_many_nodes(key_pos)
            else:
                key = node(event, depth)
                text, style = (key.text, key.style) if type(key) is Scalar else (None, "")
                key_pos = key.pos
            value = node(next_event(), depth)
            if text is not None and text not in values and (text != "<<" or style):
                values[text] = value
                keys[text] = key_pos
            else:
                self._bad_key(text, style, key_pos, keys)
            event = next_event()
        return result

    def _check_escapes(self, text: str, pos: tuple[int, int]) -> None:
        # Escapes such as "\u202E" or "\0" write characters the raw-text check never saw.
        char = find_bad_character(text)
        if char is not None:
            self.out.error(pos, character_problem(char), char=f"U+{ord(char):04X}")
        char = find_noncharacter(text)
        if char is not None:
            self.out.error(pos, "noncharacter", char=f"U+{ord(char):04X}")

    def _bad_key(self, text: str | None, style: str, pos: tuple[int, int], keys: dict) -> None:
        """Report a key that is not text (None), a merge key or a duplicate; its value is left out."""
        if text is None:
            self.out.error(pos, "complex-key")
        elif text == "<<" and not style:
            self.out.error(pos, "yaml-merge-key")
        else:
            self.out.error(pos, "duplicate-key", text, key=text, line=keys[text][0])


def read(text: str, out: Collector) -> Node:
    """The document's root node, or None when it could not be read."""
    reader = _Reader(text, out)
    try:
        return reader.document()
    except _Refused:
        return None
    except yaml.MarkedYAMLError as exc:
        out.error(_syntax_position(exc), "yaml-syntax", detail=_syntax_hint(exc))
        return None
    except yaml.YAMLError as exc:  # reader errors carry no mark
        out.error((1, 1), "yaml-syntax", detail=(str(exc), str(exc)))
        return None
    finally:
        reader.loader.dispose()


_SYNTAX_HINTS = {
    "mapping values are not allowed": (
        "ada tanda ':' yang tidak diharapkan; periksa indentasi baris ini, dan apit dengan tanda kutip teks yang memuat ': '",
        "an unexpected ':'; check this line's indentation, and put text containing ': ' in quotes",
    ),
    "could not find expected ':'": (
        "baris ini tidak berbentuk `kunci: nilai`",
        "this line is not of the form `key: value`",
    ),
    "did not find expected key": (
        "indentasi baris ini tidak sejajar dengan kunci di atasnya",
        "this line's indentation does not line up with the keys above it",
    ),
    "did not find expected '-' indicator": (
        "butir daftar harus diawali '- ' dengan indentasi yang sama",
        "list items must start with '- ' at the same indentation",
    ),
    "did not find expected ',' or ']'": (
        "kurung [ yang dibuka di sini belum ditutup dengan ]",
        "the [ opened here is not closed with ]",
    ),
    "did not find expected ',' or '}'": (
        "kurung { yang dibuka di sini belum ditutup dengan }",
        "the { opened here is not closed with }",
    ),
    "found unexpected end of stream": (
        "tanda kutip yang dibuka di sini belum ditutup",
        "the quote opened here is never closed",
    ),
    "found character that cannot start any token": (
        "karakter ini tidak boleh mengawali nilai (misalnya ` @ atau %); apit nilainya dengan tanda kutip",
        "this character cannot start a value (e.g. ` @ or %); put the value in quotes",
    ),
    "found unknown escape character": (
        "garis miring terbalik di dalam tanda kutip ganda; gunakan tanda kutip tunggal",
        "a backslash inside double quotes; use single quotes instead",
    ),
    "found undefined tag handle": (
        "tanda ! tidak boleh mengawali nilai; apit nilainya dengan tanda kutip",
        "a value cannot start with !; put it in quotes",
    ),
    "did not find expected node content": (
        "nilai tidak ditemukan di sini; periksa baris '---' atau '...' yang salah tempat",
        "no value found here; look for a misplaced '---' or '...' line",
    ),
}


def _short_tag(tag: str) -> str:
    return "!!" + tag[len("tag:yaml.org,2002:"):] if tag.startswith("tag:yaml.org,2002:") else tag


# For these, where the construct began says more than where reading failed.
_USE_CONTEXT_MARK = ("while scanning a quoted scalar", "while parsing a flow", "while scanning a simple key")


def _syntax_position(exc: yaml.MarkedYAMLError) -> tuple[int, int]:
    context = exc.context or ""
    mark = exc.context_mark if context.startswith(_USE_CONTEXT_MARK) else exc.problem_mark
    mark = mark or exc.problem_mark or exc.context_mark
    return _pos(mark) if mark else (1, 1)


def _syntax_hint(exc: yaml.MarkedYAMLError) -> tuple[str, str]:
    problem = (exc.problem or "").strip()
    for known, hint in _SYNTAX_HINTS.items():
        if problem.startswith(known):
            return hint
    return f"YAML tidak dapat dibaca ({problem})", f"YAML cannot be read ({problem})"
