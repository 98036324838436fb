"""The garbage collector's policy for builds, in one place; the hooks and the forking code
call these functions and nothing else of `gc`.

Why: at 10,000 KIMs the catalogue and what is made from it are millions of objects
(the models, their view parts, the rendered pages), nearly all alive until the build ends.
CPython's collector runs as objects are allocated, and each full collection walks every
one of them to free next to nothing: up to 2 s of a build, 0.3 to 0.8 s of every
`mkdocs serve` rebuild. Forked workers (page writing, checking files in parallel) inherit
that memory copy-on-write; a collection in a worker writes to every object it walks and
so copies the parent's memory page by page.

So: no collection from the start of a build (`build_started`) to its end (`build_ended`,
also after an error); what exists before workers fork is frozen (`share_with_workers`,
`forking`): moved to the permanent generation, which no collection walks, in the parent
or in a worker; workers collect their own garbage (`worker_started`). At exit the last
collection is skipped (`exiting`): the OS takes the memory back anyway.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


def build_started() -> None:
    gc.disable()


def share_with_workers() -> None:
    """Freeze everything made so far (the catalogue): forked workers leave it uncopied."""
    gc.freeze()


def build_ended() -> None:
    """Collect again: what the build left unreachable is freed by the next collection."""
    gc.unfreeze()
    gc.enable()


def worker_started() -> None:
    gc.enable()  # the frozen, inherited objects stay untouched


@contextmanager
def forking() -> Iterator[None]:
    """Around workers started and awaited in one step (checking KIM files in parallel)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def exiting() -> None:
    """Skip the final collection of the catalogue (about 2 s at 10,000 KIMs)."""
    gc.freeze()
