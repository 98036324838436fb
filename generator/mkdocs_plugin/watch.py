"""Notice an edited KIM file, template or data file of the generator at once during
`mkdocs serve`.

MkDocs polls what it watches every half second, scanning every file: for a data folder
of 10,000 KIM files that is slow to notice an edit and a steady load on the rebuilds.
It also watches the theme only when asked to (`--watch-theme`, which polls the installed
Material theme's folder as well). Our folders (the KIM files, the theme with our
templates, the generator's data files) are watched through the system's change
notifications instead (inotify on Linux; elsewhere watchdog may fall back to polling),
with MkDocs' own handler, which asks the server for a rebuild.
"""

from __future__ import annotations

import os

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileAttribEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
)
from watchdog.observers import Observer

# Changes only: the build reads every file, and an "opened" event would start the next build.
CHANGES = [FileCreatedEvent, FileModifiedEvent, FileMovedEvent, FileDeletedEvent, FileClosedEvent,
           FileAttribEvent, DirCreatedEvent, DirMovedEvent, DirDeletedEvent]


class _ChangesOnly(Observer):
    def schedule(self, event_handler, path, *, recursive=False, event_filter=None, follow_symlink=False):
        return super().schedule(event_handler, path, recursive=recursive, event_filter=CHANGES,
                                follow_symlink=follow_symlink)


def watch_folders(server, folders) -> Observer:
    """Have MkDocs' live-reload `server` rebuild when anything under one of `folders`
    changes (a folder inside another one is watched once). Returns the running observer,
    to be stopped when serving ends."""
    observer = _ChangesOnly()
    polling, server.observer = server.observer, observer
    try:
        for folder in _outermost(folders):
            server.watch(folder)  # schedules MkDocs' handler on our observer
    finally:
        server.observer = polling
    observer.start()
    return observer


def _outermost(folders) -> list[str]:
    found: list[str] = []
    for folder in sorted({os.path.abspath(f) for f in folders}):  # a parent sorts before its children
        if not any(folder.startswith(outer + os.sep) for outer in found):
            found.append(folder)
    return found
