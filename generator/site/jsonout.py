"""JSON as the site writes it, in files and in page scripts: text as it is (no \\u escapes),
keys sorted, no spaces, so the same value always gives the same bytes (the files' versions
and the build's golden tests depend on it).

The variants are on purpose: `sort_keys=False` for the directory's entry file, whose keys
are in the order its reader documents; `indent` for data/statistik.json, a file people
read; `default` for values JSON has no type for (dates in open data)."""

from __future__ import annotations

import json
from typing import Any, Callable


def json_text(value: Any, *, sort_keys: bool = True, indent: int | None = None,
              default: Callable[[Any], Any] | None = None) -> str:
    separators = None if indent is not None else (",", ":")
    return json.dumps(value, ensure_ascii=False, sort_keys=sort_keys, indent=indent,
                      separators=separators, default=default)


def json_bytes(value: Any, *, newline: bool = False, **options: Any) -> bytes:
    """`json_text` as UTF-8, with a final newline when `newline`."""
    return (json_text(value, **options) + ("\n" if newline else "")).encode()
