"""The former addresses of KIMs and partners (`slug_lama`): a renamed KIM's old slug, or the
slug of a KIM merged into it; a renamed partner file's old slug. Posters carry a QR code of the
profile's address, links were shared in messages and partners link their page from their own
websites, so each old address keeps a page: a KIM's profile in both languages, its poster and
documents, a partner's page in both languages, each a tiny page that sends the reader to the
same page of the current address (a static host has no redirects). Not in the sitemap
(`Site.unlisted`); validation makes sure no former address is a current one of its kind or
another file's former one.
"""

from __future__ import annotations

import posixpath
import re
from functools import partial
from typing import Callable, Iterator

from generator.format.spec import FORMATS
from generator.model.kim import Kim
from generator.model.mitra import Mitra
from generator.site.core import Site
from generator.site.i18n import LANGS
from generator.site.pages import Deferred, Page, ThemePage, root_for
from generator.site.routes import documents_url, mitra_url, poster_url, profile_url

_SLUG = re.compile(FORMATS["slug"])
# The pages of a KIM an old address leads to, by language: (slug) -> address.
PAGES: dict[str, tuple[Callable[[str], str], ...]] = {
    "id": (partial(profile_url, lang="id"), partial(poster_url, lang="id"), documents_url),
    "en": (partial(profile_url, lang="en"),),
}
# A partner's: its page.
PARTNER_PAGES: dict[str, tuple[Callable[[str], str], ...]] = {lang: (partial(mitra_url, lang=lang),) for lang in LANGS}


def former_urls(item: Kim | Mitra, lang: str,
                pages: dict[str, tuple[Callable[[str], str], ...]] = PAGES) -> Iterator[tuple[str, str]]:
    """(old address, current address) of each page of `item` (a KIM, or a partner with
    `PARTNER_PAGES`) in `lang` that an old slug names. Slugs become file paths: even
    unvalidated data must not leave the site folder."""
    for old in filter(_SLUG.fullmatch, item.slug_lama):
        for url in pages[lang]:
            yield url(old), url(item.slug)


class FormerAddressSection:
    def __init__(self, site: Site) -> None:
        self.site = site

    def theme_pages(self) -> list[ThemePage]:
        return []

    def shell_pages(self, lang: str) -> Iterator[Deferred]:
        # what each page says: "KIM ini sekarang beralamat di", "Mitra ini …"
        for items, pages, moved in ((self.site.kims, PAGES, "moved_to"), (self.site.mitra, PARTNER_PAGES, "mitra_moved_to")):
            for item in items:
                for old, new in former_urls(item, lang, pages):
                    yield Deferred(old, partial(tuple, ("alamat-lama", lang, old, new, item.nama)),
                                   partial(self.page, item.nama, lang, old, new, moved))

    def page(self, nama: str, lang: str, old: str, new: str, moved: str = "moved_to") -> Page:
        site = self.site
        body = site.render("alamat_lama.html", t=site.text[lang], nama=nama, root=root_for(old), moved=moved,
                           href=posixpath.relpath(new, old) + "/", canonical=site.site_url + new)
        return Page(old, nama, "", body, whole=True)

    def files(self) -> Iterator[tuple[str, bytes]]:
        return iter(())
