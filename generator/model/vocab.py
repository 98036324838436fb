"""Controlled vocabularies (data/kosakata.yml) with Indonesian and English labels."""

from __future__ import annotations

from pathlib import Path

from generator.model import datafiles
from generator.model.caches import kept


class Vocab:
    def __init__(self, lists: dict[str, dict[str, dict]]) -> None:
        self._lists = lists

    def names(self) -> tuple[str, ...]:
        return tuple(self._lists)

    def values(self, name: str) -> tuple[str, ...]:
        return tuple(self._lists[name])

    def has(self, name: str, value: str) -> bool:
        return value in self._lists[name]

    def label(self, name: str, value: str, lang: str = "id") -> str:
        entry = self._lists[name].get(value)
        return entry.get(lang) or entry["id"] if entry else value

    def labels(self, lang: str) -> dict[tuple[str, str], str]:
        """Every label in `lang`, keyed by (vocabulary, value): what `label` gives."""
        return {(name, value): self.label(name, value, lang)
                for name, entries in self._lists.items() for value in entries}

    def hosts(self, media_kind: str) -> tuple[str, ...]:
        return tuple(self._lists["media"].get(media_kind, {}).get("host", ()))


def load_vocab(path: Path | None = None) -> Vocab:
    """The vocabularies of `path`, by default kosakata.yml of the data folder."""
    return _read_vocab(path or datafiles.path("kosakata.yml"))


# Keyed on the path: an edit of the file is seen once `caches.clear_all` runs, which the
# build does when its fingerprint (the data folder's bytes among it) changes.
@kept()
def _read_vocab(path: Path) -> Vocab:
    return Vocab(datafiles.read_yaml(path))
