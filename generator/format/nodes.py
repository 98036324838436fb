"""The tree `yamlnode` reads a KIM file into: values that remember where they stand, and
the types YAML 1.1 (libyaml) and YAML 1.2 (editors) give a plain scalar's text."""

from __future__ import annotations

import re

import yaml
from yaml.resolver import Resolver

_RESOLVER = Resolver()
_RESOLVABLE_START = frozenset(c for c in Resolver.yaml_implicit_resolvers if c is not None)
_LONGEST_WORD = 5  # YAML 1.1's longest null or bool word: "FALSE"
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
    __slots__ = ("text", "style", "pos", "end")

    def __init__(self, text: str, style: str, pos: tuple[int, int], end=None) -> None:
        self.text = text
        self.style = style  # "" plain, "'" or '"' quoted, "|" or ">" block
        self.pos = pos
        self.end = end  # libyaml's mark just past it, to place problems inside it (`field_at`)

    @property
    def plain(self) -> bool:
        return not self.style

    @property
    def kind(self) -> str:
        """What YAML 1.1 would make of it: str, int, float, bool, null or timestamp."""
        return "str" if self.style else implicit_kind(self.text)

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


def implicit_kind(text: str) -> str:
    if not text:
        return "null"
    if text[0] not in _RESOLVABLE_START:
        return "str"  # most text: no implicit type starts with this character
    if len(text) > _LONGEST_WORD and text[0].isalpha():
        return "str"  # of the types a letter starts, only null and bool, single short words
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


def path_of(trail) -> str:
    """The checker's name of a value's place: `pengurus[0].nama`."""
    return "".join(f"[{step}]" if type(step) is int else f".{step}" for step in trail).lstrip(".")


def field_at(node: Node, pos: tuple[int, int], trail: tuple) -> str | None:
    """The path of the value that holds `pos`: a scalar's text, or where a list or mapping
    starts (its anchor); None between values, in comments, before the first key."""
    if type(node) is Scalar:
        end = node.end
        return path_of(trail) if end is not None and node.pos <= pos < (end.line + 1, end.column + 1) else None
    if node is None or node.pos > pos:
        return None
    if node.pos == pos:
        return path_of(trail)
    for step, child in (node.values.items() if type(node) is Map else enumerate(node.items)):
        found = field_at(child, pos, (*trail, step))
        if found:
            return found
    return None
