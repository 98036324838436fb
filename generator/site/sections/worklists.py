"""The coach's worklists as files: each regency's `wilayah/<code>/worklist.csv`."""

from __future__ import annotations

from typing import Iterator

from generator.site.core import Site
from generator.site.pages import Page, ThemePage
from generator.site.routes import worklist_csv


class WorklistSection:
    """Writes each regency's worklist as `wilayah/<code>/worklist.csv` (see `site.Section`)."""

    def __init__(self, site: Site) -> None:
        self.site = site

    def theme_pages(self) -> list[ThemePage]:
        return []

    def shell_pages(self, lang: str) -> Iterator[Page]:
        return iter(())

    def files(self) -> Iterator[tuple[str, bytes]]:
        w = self.site.worklists
        for code in self.site.regions.regencies:
            yield worklist_csv(code), w.csv(code, self.site.site_url)
