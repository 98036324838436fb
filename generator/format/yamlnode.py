"""A safe, position-keeping YAML reader for KIM files.

Reads libyaml's event stream and builds small nodes that remember their line and
column. Nothing is constructed by YAML itself: tags, anchors, aliases and merge
keys are refused where they appear, so no object is created from the data and an
alias bomb is never expanded; duplicate keys, depth and size are checked while
reading, so a hostile file costs no more than its length.

Plain scalars keep their text together with the type YAML 1.1 would give them,
and the type YAML 1.2 gives them (editors and most other readers), so the
schema can tell `telepon: 0274123456` (a number to YAML) from a quoted phone
number and ask for quotes. What libyaml reads but YAML 1.2 readers refuse (a
comment glued to a value, continuation lines not indented past their key) is
reported too, and libyaml's own error messages are put in our words.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

import yaml
from yaml import events as ev

from generator.format.nodes import Map, Node, Scalar, Seq, field_at, path_of
from generator.format.problems import Collector
from generator.format.source import (
    LINE_PROBLEMS,
    UNREADABLE,
    character_problem,
    find_bad_character,
    find_noncharacter,
    position,
)
from generator.format.syntax import SYNTAX

try:  # the event parser alone: no constructor or resolver is needed
    from yaml.cyaml import CParser as _Loader
except ImportError:  # pragma: no cover - libyaml missing: same behaviour, slower
    from yaml import SafeLoader as _Loader

MAX_DEPTH = 12
MAX_NODES = 20_000
MAX_ITEMS = 1_000


def _pos(mark) -> tuple[int, int]:
    return mark.line + 1, mark.column + 1


class _Refused(Exception):
    """The file cannot be read further; the reason is already reported. `trail`: the keys and
    indices of the value being read, innermost last, gathered on the way out."""

    def __init__(self) -> None:
        super().__init__()
        self.trail: list[str | int] = []


# Bound once: the reading loops below compare every event's class against these.
_SCALAR = ev.ScalarEvent
_ALIAS = ev.AliasEvent
_SEQUENCE_START = ev.SequenceStartEvent
_SEQUENCE_END = ev.SequenceEndEvent
_MAPPING_END = ev.MappingEndEvent
_STREAM_END = ev.StreamEndEvent


class _Reader:
    def __init__(self, text: str, out: Collector) -> None:
        self.text = text
        self.loader = _Loader(text)
        self.next = self.loader.get_event
        self.out = out
        self.nodes = 0

    @cached_property
    def lines(self) -> list[str]:
        # split once, not for every multi-line scalar: a file of hundreds of them took seconds
        return self.text.split("\n")

    def document(self) -> Node:
        self.next()  # StreamStart
        event = self.next()
        if type(event) is _STREAM_END:
            self.out.error((1, 1), "empty-file")
            raise _Refused
        root = self.node(self.next(), 1, -1)
        self.next()  # DocumentEnd
        event = self.next()
        if type(event) is not _STREAM_END:
            self.out.error(_pos(event.start_mark), "multiple-documents")
        return root

    def node(self, event, depth: int, indent: int | None) -> Node:
        """The node that starts with `event`. `indent` is the indentation (0-based column) of
        the block mapping or list that holds it, None inside brackets."""
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
            if style:
                self._styled_scalar(event, style, pos, indent)
            return Scalar(event.value, style, pos, event.end_mark)
        if depth > MAX_DEPTH:
            self.out.error(pos, "too-deep", limit=MAX_DEPTH)
            raise _Refused
        if kind is _SEQUENCE_START:
            return self.sequence(event, pos, depth + 1, indent)
        return self.mapping(event, pos, depth + 1, indent)

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
            self.out.error(pos, "yaml-tag", tag=written_tag(self.lines, pos))
            raise _Refused

    def sequence(self, start, pos: tuple[int, int], depth: int, indent: int | None) -> Seq:
        items = []
        node, next_event = self.node, self.next
        inner = None if start.flow_style else pos[1] - 1
        event = next_event()
        while type(event) is not _SEQUENCE_END:
            if len(items) == MAX_ITEMS:
                self.out.error(pos, "too-many-items", limit=MAX_ITEMS)
                raise _Refused
            if type(event) is _SCALAR and not event.style and event.anchor is None and event.tag is None:
                # Most items are plain text: node() inlined.
                self.nodes += 1
                mark = event.start_mark
                items.append(Scalar(event.value, "", (mark.line + 1, mark.column + 1), event.end_mark))
                if self.nodes > MAX_NODES:
                    self._too_many_nodes(items[-1].pos)
            else:
                try:
                    items.append(node(event, depth, inner))
                except _Refused as refused:
                    refused.trail.append(len(items))
                    raise
            event = next_event()
        if inner is None:
            self._flow_end(event, pos, indent)
        return Seq(items, pos)

    def mapping(self, start, pos: tuple[int, int], depth: int, indent: int | None) -> Map:
        result = Map(pos)
        inner = None if start.flow_style else pos[1] - 1
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
                key = node(event, depth, inner)
                text, style = (key.text, key.style) if type(key) is Scalar else (None, "")
                key_pos = key.pos
            event = next_event()
            if type(event) is _SCALAR and not event.style and event.anchor is None and event.tag is None:
                # Most values are plain text: node() inlined.
                self.nodes += 1
                mark = event.start_mark
                value = Scalar(event.value, "", (mark.line + 1, mark.column + 1), event.end_mark)
                if self.nodes > MAX_NODES:
                    self._too_many_nodes(value.pos)
            else:
                try:
                    value = node(event, depth, inner)
                except _Refused as refused:
                    refused.trail.append(text)
                    raise
            if text is not None and text not in values and (text != "<<" or style):
                values[text] = value
                keys[text] = key_pos
            else:
                self._bad_key(text, style, key_pos, keys)
            event = next_event()
        if inner is None:
            self._flow_end(event, pos, indent)
        return result

    # What libyaml reads but YAML 1.2 readers (editors) refuse: a comment glued to what comes
    # before it, and brackets or quoted text going on to lines not indented past their key.

    def _styled_scalar(self, event, style: str, pos: tuple[int, int], indent: int | None) -> None:
        if style == "|" or style == ">":
            header = _GLUED_HEADER_COMMENT.match(self.text, event.start_mark.index)
            if header:
                self._glued_comment_at(header.end() - 1)
            return
        if style == '"':
            self._check_escapes(event.value, pos, event.end_mark.line)
        end = event.end_mark
        if self.text.startswith("#", end.index):
            self._glued_comment_at(end.index)
        if indent is not None and end.line + 1 != pos[0]:
            where = self._unindented_line(pos[0], end, indent, False)
            if where:
                self.out.error(where, "quote-indent", line=pos[0])
                raise _Refused  # most often a quote left open: what follows reads differently

    def _flow_end(self, end_event, pos: tuple[int, int], indent: int | None) -> None:
        """After a bracketed list or mapping: glued comment, and in a block its lines' indentation."""
        end = end_event.end_mark
        if self.text.startswith("#", end.index):
            self._glued_comment_at(end.index)
        if indent is not None and end.line + 1 != pos[0]:
            where = self._unindented_line(pos[0], end_event.start_mark, indent, True)
            if where:
                self.out.error(where, "flow-indent", line=pos[0])

    def _glued_comment_at(self, index: int) -> None:
        self.out.error(position(self.text, index), "comment-space")

    def _unindented_line(self, first: int, last, indent: int, flow: bool) -> tuple[int, int] | None:
        """Where the first line after line `first` (1-based) up to `last` (a mark) starts at
        `indent` or less, as YAML 1.2 forbids for what goes on from line `first`. Empty lines
        do not count, nor, inside brackets, comment lines and a closing bracket right under
        its key (the `yaml` package of editors allows it)."""
        lines = self.lines
        for number in range(first, min(last.line + 1, len(lines))):  # 0-based: the lines after line `first`
            rest = lines[number].lstrip(" ")
            spaces = len(lines[number]) - len(rest)
            if spaces > indent or not rest.strip() or (flow and rest[0] == "#"):
                continue
            if flow and number == last.line and spaces == indent == last.column:
                continue
            return number + 1, spaces + 1
        return None

    def _check_escapes(self, text: str, pos: tuple[int, int], last: int) -> None:
        # Escapes such as "\u202E", "\0" or "\r" write characters the raw-text check never saw
        # (which lets a carriage return pass, as the line ends of a CRLF file): a "\r" in a
        # one-line name starts new rows for any tool that splits lines, in the CSV files too.
        # `last`: the 0-based line the text ends on.
        if find_bad_character(text) is None and "\r" not in text and find_noncharacter(text) is None:
            return
        written = set("\n".join(self.lines[pos[0] - 1:last + 1]))  # reported where they stand
        text = "".join(c for c in text if c not in written)
        char = find_bad_character(text) or ("\r" if "\r" in text else None)
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
    unreadable = list(UNREADABLE.finditer(text))
    if unreadable:
        # What libyaml refuses, or reads as a line break, is read as U+FFFD once `source.decode`
        # has reported it, so that the rest is checked where the author sees it.
        reported = {(p.line, p.col) for p in out.problems}
        for match in unreadable:
            if position(text, match.start()) not in reported:  # the caller did not decode it
                out.error(position(text, match.start()), "control-char", char=f"U+{ord(match.group()):04X}")
                return None
        text = UNREADABLE.sub("\ufffd", text)
    reader = _Reader(text, out)
    try:
        root = reader.document()
    except _Refused as refused:
        _name_field(out, -1, path_of(reversed(refused.trail)))  # the problem that stopped reading
        return None
    except yaml.MarkedYAMLError as exc:
        # after a tab in the indentation or a conflict marker, most likely that again
        if not any(p.code in LINE_PROBLEMS for p in out.problems):
            pos, code, args = _syntax_problem(exc, text.split("\n"))
            out.error(pos, code, **args)
        return None
    finally:
        reader.loader.dispose()
    for index, problem in enumerate(out.problems):  # characters, escapes, anchors...
        if not problem.field:
            _name_field(out, index, field_at(root, (problem.line, problem.col), ()))
    return root


def _name_field(out: Collector, index: int, field: str | None) -> None:
    if field and out.problems and not out.problems[index].field:
        out.problems[index] = replace(out.problems[index], field=field)


def written_tag(lines: list[str], pos: tuple[int, int]) -> str:
    """A tag as the file writes it (`!!python/object`, `!e!x`), not as YAML expands it."""
    line = lines[pos[0] - 1] if pos[0] <= len(lines) else ""
    match = _TAG.search(line, pos[1] - 1)
    return match.group() if match else "!"


_CLOSERS = ('"', "'", "]", "}")
_GLUED_HEADER_COMMENT = re.compile(r"[|>][1-9+-]*#")
_TAG = re.compile(r"!<[^>]*>?|![^\s,\[\]{}]*")

# libyaml's problems, by how their text starts, and the form of syntax.SYNTAX that says
# what is wrong (tabs and nesting depth have codes of their own: see `_syntax_problem`).
_SYNTAX_PROBLEMS = (
    ("mapping values are not allowed", "colon"),
    ("found unexpected ':'", "flow-colon"),
    ("could not find expected ':'", "no-colon"),
    ("did not find expected key", "key"),
    ("did not find expected '-' indicator", "dash"),
    ("block sequence entries are not allowed", "dash-here"),
    ("mapping keys are not allowed", "question"),
    ("did not find expected ',' or ']'", "bracket"),
    ("did not find expected ',' or '}'", "brace"),
    ("found unexpected end of stream", "unclosed-quote"),
    ("found unexpected document indicator", "quote-document"),
    ("found character that cannot start any token", "token"),
    ("found unknown escape character", "escape"),
    ("did not find expected hexdecimal number", "escape-code"),
    ("found invalid Unicode character escape code", "escape-code"),
    ("found undefined tag handle", "tag"),
    ("found an indentation indicator equal to 0", "block-indicator"),
    ("did not find expected node content", "node"),
    ("did not find expected <document start>", "document-end"),
    ("found incompatible YAML document", "directive"),
    ("found duplicate %", "directive"),
)
# The rest, by what was being read: a directive, block text's header line, a tag, an anchor.
_SYNTAX_CONTEXTS = (
    ("while scanning a directive", "directive"),
    ("while scanning a %", "directive"),
    ("while parsing a tag directive", "directive"),
    ("while parsing a %", "directive"),
    ("while scanning a block scalar", "block-header"),
    ("while scanning a tag", "tag"),
    ("while parsing a tag", "tag"),
    ("while scanning an anchor", "anchor"),
    ("while scanning an alias", "anchor"),
)
# For these, where the construct began says more than where reading failed.
_USE_CONTEXT_MARK = (
    "while scanning a quoted scalar", "while parsing a flow", "while scanning a simple key",
    "while scanning a block scalar", "while scanning a tag", "while parsing a tag", "while scanning an anchor",
    "while scanning an alias",
)


def _syntax_problem(exc: yaml.MarkedYAMLError, lines: list[str]) -> tuple[tuple[int, int], str, dict]:
    """Where, under which code and with which arguments to report what libyaml refused."""
    problem, context = (exc.problem or "").strip(), exc.context or ""
    at = _pos(exc.problem_mark) if exc.problem_mark else (1, 1)
    use_context = exc.context_mark and context.startswith(_USE_CONTEXT_MARK)
    pos = _pos(exc.context_mark) if use_context else at
    char = _char_at(lines, at)
    if problem.startswith("found a tab character") or (problem.startswith("found character that") and char == "\t"):
        return at, "tab-indent", {}
    if problem.startswith("exceeded maximum nesting depth"):
        return pos, "too-deep", {"limit": MAX_DEPTH}
    before = lines[at[0] - 1][: at[1] - 1].rstrip() if at[0] <= len(lines) else ""
    form = _syntax_form(problem, context, char, before.endswith(_CLOSERS))
    if form is None:
        return pos, "yaml-syntax", {"detail": (f"YAML tidak dapat dibaca ({problem})", f"YAML cannot be read ({problem})")}
    if form == "flow-item":
        pos = at
    if form == "anchor":
        char = _char_at(lines, pos)
    tag = written_tag(lines, pos) if form == "tag" else ""
    detail = tuple(text.replace("{char}", char or "").replace("{tag}", tag) for text in SYNTAX[form])
    return pos, "yaml-syntax", {"detail": detail}


def _syntax_form(problem: str, context: str, char: str | None, after_closer: bool) -> str | None:
    """The form of syntax.SYNTAX for a problem; `after_closer`: reading failed right after a
    closing quote or bracket."""
    form = next((f for start, f in _SYNTAX_PROBLEMS if problem.startswith(start)), None)
    form = form or next((f for start, f in _SYNTAX_CONTEXTS if context.startswith(start)), None)
    if form == "key" and after_closer:
        return "after-value"  # `nama: "KIM" Maju`: the line goes on after its value
    if form in ("bracket", "brace") and after_closer:
        return "flow-item"  # `["KIM" Maju]`, not a bracket left open
    if form == "node":
        return "end-of-file" if char is None else "token" if char in ",]}" else form
    return form


def _char_at(lines: list[str], pos: tuple[int, int]) -> str | None:
    """The character at a position, None at the end of a line or of the file."""
    line = lines[pos[0] - 1] if pos[0] <= len(lines) else ""
    return line[pos[1] - 1] if pos[1] <= len(line) else None
