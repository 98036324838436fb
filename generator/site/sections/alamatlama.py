"""The former addresses of KIMs (`slug_lama`): a renamed KIM's old slug, or the slug of a KIM
merged into it. Posters carry a QR code of the profile's address and links were shared in
messages, so each old address keeps a page: the profile in both languages, the poster and
the documents, each a tiny page that sends the reader to the same page of the KIM's current
address (a static host has no redirects). Not in the sitemap; validation makes sure no
former address is a KIM's current one or another KIM's former one.
"""

from __future__ import annotations

import posixpath
import re
from functools import partial
from typing import Callable, Iterator

from generator.format.spec import FORMATS
from generator.model.kim import Kim
from generator.site.core import Site
from generator.site.pages import Deferred, Page, ThemePage, root_for
from generator.site.routes import documents_url, poster_url, profile_url

_SLUG = re.compile(FORMATS["slug"])
# The pages of a KIM an old address leads to, by language: (slug) -> address.
PAGES: dict[str, tuple[Callable[[str], str], ...]] = {
    "id": (partial(profile_url, lang="id"), partial(poster_url, lang="id"), documents_url),
    "en": (partial(profile_url, lang="en"),),
}


def former_urls(kim: Kim, lang: str) -> Iterator[tuple[str, str]]:
    """(old address, current address) of each page of `kim` in `lang` that an old slug names.
    Slugs become file paths: even unvalidated data must not leave the site folder."""
    for old in filter(_SLUG.fullmatch, kim.slug_lama):
        for url in PAGES[lang]:
            yield url(old), url(kim.slug)


class FormerAddressSection:
    def __init__(self, site: Site) -> None:
        self.site = site

    def theme_pages(self) -> list[ThemePage]:
        return []

    def shell_pages(self, lang: str) -> Iterator[Deferred]:
        for kim in self.site.kims:
            for old, new in former_urls(kim, lang):
                yield Deferred(old, partial(tuple, ("alamat-lama", lang, old, new, kim.nama)),
                               partial(self.page, kim.nama, lang, old, new))

    def page(self, nama: str, lang: str, old: str, new: str) -> Page:
        site = self.site
        body = site.render("alamat_lama.html", t=site.text[lang], nama=nama, root=root_for(old),
                           href=posixpath.relpath(new, old) + "/", canonical=site.site_url + new)
        return Page(old, nama, "", body, whole=True)

    def files(self) -> Iterator[tuple[str, bytes]]:
        return iter(())
