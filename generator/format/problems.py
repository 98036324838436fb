"""Problems found in KIM files, and how they read for a person.

A problem holds a message code and its arguments, not finished text, so the same
result can be printed in Bahasa Indonesia or English, as text, GitHub annotations
or JSON.
"""

from __future__ import annotations

from dataclasses import field as _field
from typing import Mapping, Union

from generator.format.masking import redacted
from generator.format.messages import MESSAGES
from generator.model.records import record

# An argument is shown as is, or, as a pair, in the reader's language (id, en).
Arg = Union[str, int, tuple[str, str]]

ERROR = "error"
WARNING = "warning"


@record
class Problem:
    path: str
    line: int
    col: int
    severity: str
    code: str
    field: str = ""
    args: Mapping[str, Arg] = _field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def message(self, lang: str = "id") -> str:
        """The message, any phone number or e-mail address in it masked: every output of the
        validation (the build's log, a workflow's annotations and summary) is public."""
        id_text, en_text = MESSAGES[self.code]
        template = en_text if lang == "en" else id_text
        return template.format(**{k: redacted(localize(v, lang)) for k, v in self.args.items()})

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.col, self.code, self.field)


def localize(value: Arg, lang: str) -> str:
    if isinstance(value, tuple):
        return value[1] if lang == "en" else value[0]
    return str(value)


class Collector:
    """Gathers the problems of one file; positions are 1-based line and column."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    # A field's path is quoted too: a key can be a contact ("kontak[1].0812 3456 7891", the
    # contact red team), masked as a message's values are.
    def error(self, pos: tuple[int, int], code: str, field: str = "", /, **args: Arg) -> None:
        self.problems.append(Problem(self.path, pos[0], pos[1], ERROR, code, redacted(field), args))

    def warning(self, pos: tuple[int, int], code: str, field: str = "", /, **args: Arg) -> None:
        self.problems.append(Problem(self.path, pos[0], pos[1], WARNING, code, redacted(field), args))

    @property
    def has_errors(self) -> bool:
        return any(p.is_error for p in self.problems)
