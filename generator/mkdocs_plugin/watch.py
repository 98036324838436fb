"""Notice an edited KIM file at once during `mkdocs serve`.

MkDocs polls what it watches every half second, scanning every file: for a data folder
of 10,000 KIM files that is slow to notice an edit and a steady load on the rebuilds.
The data folder is watched through the system's change notifications instead (inotify on
Linux; elsewhere watchdog may fall back to polling), with MkDocs' own handler, which asks
the server for a rebuild.
"""

from __future__ import annotations

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


def watch_folder(server, folder: str) -> Observer:
    """Have MkDocs' live-reload `server` rebuild when anything under `folder` changes.
    Returns the running observer, to be stopped when serving ends."""
    observer = _ChangesOnly()
    polling, server.observer = server.observer, observer
    try:
        server.watch(folder)  # schedules MkDocs' handler on our observer
    finally:
        server.observer = polling
    observer.start()
    return observer
