"""The site's menu in each language: the top sections of mkdocs.yml's `nav`, each linked at
its first page, as the shells' drawer and the English pages show it (theme/partials/menu.html).

MkDocs has one nav, in Indonesian. An English page's menu names the sections in English
(`menu_<section>` in data/antarmuka.yml) and links each one's English page where the site has
it; where it has none (the guides), the Indonesian page, marked as such in its label and its
hreflang.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from generator.site.i18n import LANGS, Text
from generator.site.routes import lang_prefix


@dataclass(frozen=True)
class MenuItem:
    url: str  # relative to the site root
    title: str
    hreflang: str | None = None  # the linked page's language, where it is not the menu's


def menus(sections: Sequence[tuple[str, str]], pages: Collection[str]) -> dict[str, tuple[MenuItem, ...]]:
    """Each language's menu from the nav's sections (title, Indonesian URL of the first page)
    and the URLs of every page the site has."""
    found = {"id": tuple(MenuItem(url, title) for title, url in sections)}
    for lang in LANGS[1:]:
        text = Text(lang)
        items = []
        for _, url in sections:
            label = text("menu_" + (url.split("/", 1)[0] or "home"))
            own = lang_prefix(lang) + url
            if own in pages:
                items.append(MenuItem(own, label))
            else:
                items.append(MenuItem(url, text("menu_in_id", section=label), "id"))
        found[lang] = tuple(items)
    return found
