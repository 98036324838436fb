"""Counts in English text: "{n|province|provinces}" says "province" when the value `n` is 1,
else "provinces". The one place plurals are chosen, for the site's interface text and the
commands' messages alike: English needs them, Bahasa Indonesia does not (its text has no
marker). util.js's `fill` reads the same."""

from __future__ import annotations

import re

_PLURAL = re.compile(r"\{(\w+)\|([^|{}]*)\|([^|{}]*)\}")


def count_of(value: int | str) -> int:
    """A count given as a number or as `Text.number` wrote it ("1.234", "1,234")."""
    return value if isinstance(value, int) else int(re.sub(r"\D", "", value) or 0)


def plural(text: str, values: dict) -> str:
    """`text` with each "{name|one|other}" replaced by the form for the count `name`."""
    if "|" not in text:
        return text
    return _PLURAL.sub(lambda m: m[2] if count_of(values[m[1]]) == 1 else m[3], text)
