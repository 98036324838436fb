"""Caches kept for the life of the process, and the one switch that empties them all.

A build computes what these hold once (a loaded vocabulary, a compiled template, a KIM's
row of the CSV). `mkdocs serve` runs build after build in one process: when the build's
fingerprint says that a template, a data file or a setting changed
(`generator.site.memo`), `clear_all` empties every cache made with `kept`, so nothing
computed from the old sources survives. Caches of pure functions of their arguments
(a Markdown text, a link, a date) are plain `functools` caches: they cannot go stale.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

_CLEARS: list[Callable[[], None]] = []


def kept(maxsize: int | None = None):
    """`functools.lru_cache(maxsize)`, emptied by `clear_all`."""
    def decorate(function):
        cached = lru_cache(maxsize=maxsize)(function)
        _CLEARS.append(cached.cache_clear)
        return cached
    return decorate


def clear_all() -> None:
    for clear in _CLEARS:
        clear()
