"""Print problems for people (text), for GitHub (annotations) and for programs (JSON)."""

from __future__ import annotations

import json
import re
from typing import Callable, Mapping

from generator.format.problems import Problem
from generator.model.plurals import plural

SUMMARY = {
    "id": "{errors} galat dan {warnings} peringatan dalam {files} berkas data",
    "en": "{errors} {errors|error|errors} and {warnings} {warnings|warning|warnings} in {files} data {files|file|files}",
}


# Characters from the data (a quoted "\n" in a key or value, a file name) that would break a
# text line or rearrange it on screen: control characters, line and paragraph separators and
# text-direction controls. They are shown as escapes.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def text_line(p: Problem, lang: str) -> str:
    where = f" {p.field}:" if p.field else ""
    line = f"{p.path}:{p.line}:{p.col}: {p.severity}[{p.code}]{where} {p.message(lang)}"
    return _UNPRINTABLE.sub(_escape_character, line)


def _escape_character(match: re.Match) -> str:
    char = match.group()
    return _ESCAPES.get(char) or f"\\u{ord(char):04X}"


def github_line(p: Problem, lang: str) -> str:
    # Workflow commands end at a newline and split properties at ',' and ':';
    # escaping them keeps data from starting a second annotation.
    props = ",".join(
        f"{k}={_escape_property(str(v))}"
        for k, v in (("file", p.path), ("line", p.line), ("col", p.col), ("title", f"{p.code} {p.field}".strip()))
    )
    return f"::{p.severity} {props}::{_escape_data(p.message(lang))}"


def json_document(problems: list[Problem], lang: str) -> str:
    return json.dumps(
        [
            {"path": p.path, "line": p.line, "column": p.col, "severity": p.severity,
             "code": p.code, "field": p.field, "message": p.message(lang)}
            for p in problems
        ],
        ensure_ascii=False,
        indent=2,
    )


def render(problems: list[Problem], fmt: str, lang: str) -> str:
    if fmt == "json":
        return json_document(problems, lang) + "\n"
    line = github_line if fmt == "github" else text_line
    return "".join(line(p, lang) + "\n" for p in problems)


def speaker(texts: Mapping[str, tuple[str, str]], lang: str) -> Callable[..., str]:
    """`say(key, **values)`: a command's text `key`, a pair (Indonesian, English) in `texts`,
    in `lang` and filled in, a count's English noun by its number (`plurals`): each command
    keeps its texts in one table."""
    index = 1 if lang == "en" else 0
    return lambda key, **values: plural(texts[key][index], values).format(**values)


def summary(problems: list[Problem], files: int, lang: str) -> str:
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    values = {"errors": errors, "warnings": warnings, "files": files}
    return plural(SUMMARY[lang], values).format(**values)


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")
