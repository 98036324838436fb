"""Embeds for the offices' own sites: `sematkan/wilayah/<code>/` lists the KIMs of a province
or regency on a small page without the site's chrome, made for an <iframe> on another site
(its links open the directory in a new tab); `sematkan/` explains it and gives the snippet.

Every province and regency has one, as it has a region page; one without a KIM yet says so
and links the contribution form. An embed page stays under 30 KB (EMBED_BUDGET): a region
with more KIMs than fit lists the first ones by name and links the rest on its region page. Framing: the site sets no
frame-ancestors or X-Frame-Options anywhere (GitHub Pages sends neither, and a policy in a
<meta> element cannot carry frame-ancestors), so other sites may frame these pages.
"""

from __future__ import annotations

from functools import partial
from typing import Iterator, NamedTuple

from generator.site.core import Site
from generator.site.i18n import LANGS, Text
from generator.site.listings import region_sample_note
from generator.site.pages import Deferred, Page, ThemePage, counted, root_for, unsized
from generator.site.routes import (
    contribution_url,
    embed_url,
    embeds_url,
    home_url,
    other_language,
    profile_url,
    region_url,
    source,
)

EMBED_BUDGET = 30_000  # bytes of an embed page
_LIST_BUDGET = 26_000  # of which its list of KIMs: the rest is the head, style and notes
_ITEM_MARKUP = 110  # bytes of an item's markup beside its link, name and place
_BADGE_MARKUP = len(' <span class="badge"></span>')  # around an inactive KIM's label


class Embed(NamedTuple):
    """A region's embed in the guide's list of them."""

    code: str
    name: str
    url: str  # relative to the site root


class Entry(NamedTuple):
    href: str
    name: str
    place: str
    contoh: bool
    inactive: str  # "Tidak aktif" for an inactive KIM, else ""


def entries(kims, t: Text, root: str) -> tuple[list[Entry], int]:
    """The KIMs to list (in the catalogue's order by name) within the list's budget, and how
    many did not fit."""
    shown: list[Entry] = []
    size = 0
    for kim in kims:
        place = f"{kim.place.name}, {t.district(kim.place.district, kim.place.code)}"
        entry = Entry(root + profile_url(kim.slug, t.lang), kim.nama, place,
                      kim.contoh, "" if kim.active else t.label("status", kim.status))
        size += sum(len(x.encode()) for x in entry[:3]) + _ITEM_MARKUP
        size += len(entry.inactive.encode()) + _BADGE_MARKUP if entry.inactive else 0
        if size > _LIST_BUDGET:
            break
        shown.append(entry)
    return shown, len(kims) - len(shown)


class EmbedSection:
    def __init__(self, site: Site) -> None:
        self.site = site

    def groups(self, lang: str) -> list[tuple[Embed, list[Embed]]]:
        """Every province with KIMs, with its regencies with KIMs."""
        table = self.site.table

        def embed(s) -> Embed:
            return Embed(s.code, s.name, embed_url(s.code, lang))

        return [(embed(p), [embed(r) for r in table.regencies_of(p.code) if r.kims]) for p in table.provinces() if p.kims]

    def theme_pages(self) -> list[ThemePage]:
        return [ThemePage(source(embeds_url(lang)), lang, "embed", unsized(partial(self.guide, lang)))
                for lang in LANGS]

    def shell_pages(self, lang: str) -> Iterator[Deferred]:
        # Every province and regency, as every one has a region page: an office can embed its
        # region before its first KIM is listed (the page then says none is yet)
        table = self.site.table
        for s in (s for p in table.provinces() for s in (p, *table.regencies_of(p.code))):
            yield Deferred(embed_url(s.code, lang), partial(tuple, ("sematkan", lang, s.code, tuple(s.kims))),
                           partial(self.page, s, lang))

    def files(self) -> Iterator[tuple[str, bytes]]:
        return iter(())

    def page(self, s, lang: str) -> Page:
        site, t = self.site, self.site.text[lang]
        url = embed_url(s.code, lang)
        root = root_for(url)
        shown, more = entries(s.kims, t, root)
        heading = t("embed_heading", name=s.name)
        # the region's figures, as its page states them: real KIMs only, once the country has one
        og = site.open_graph(lang, *counted(heading, t("kim_count", n=t.number(len(s.counted))),
                                            s.samples, t("contoh_feed")))
        body = site.render("sematkan_wilayah.html", t=t, kims=len(s.counted), shown=shown, more=more, root=root, og=og,
                           region=root + region_url(s.code, lang), canonical=site.site_url + region_url(s.code, lang),
                           note=region_sample_note(s, t), form=root + contribution_url(lang),
                           home=root + home_url(lang))
        return Page(url, s.name, "", body, whole=True)

    def guide(self, lang: str, url: str) -> str:
        site, t = self.site, self.site.text[lang]
        groups = self.groups(lang)
        example = next((rs[0] for _, rs in groups if rs), groups[0][0]) if groups else None
        return site.render("sematkan.html", t=t, root=root_for(url), other_url=other_language(url, lang),
                           groups=groups, example=example, site_url=site.site_url,
                           note=site.sample_note(t))
