"""The site's menu in each language: the top sections of mkdocs.yml's `nav`, each linked at
its first page, as the shells' drawer and the English pages show it (theme/partials/menu.html).

MkDocs has one nav, in Indonesian. An English page's menu names the sections in English
(`menu_<section>` in data/antarmuka.yml) and links each one's English page where the site has
it; where it has none (the guides), the Indonesian page, marked as such in its label and its
hreflang. The pages MkDocs renders from content/ link their version in the other language here
too (`language_link`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from generator.site.i18n import LANGS, Text
from generator.site.routes import GUIDES, guide_name, home_url, lang_prefix, other_lang, other_language


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


def language_link(url: str, t: Text) -> MenuItem | None:
    """The language link (.kim-lang) of a page MkDocs renders from content/ at `url`, in the
    language of `t`: the home page's and a guide's, to the page in the other language where the
    site has it (a guide written in English too: `t.guides_en`). A guide in one language only
    would strand its readers of the other (the menu, the logo and the footer all lead to pages
    of the guide's language): its link leads to the guides' index in the other language if that
    is written, else to the other language's home page, and says the guide is not in it. None
    for another page."""
    other = other_lang(t.lang)
    if url == home_url(t.lang):
        return MenuItem(home_url(other), t("other_lang"), other)
    guide = guide_name(url)
    if guide is None:
        return None
    if guide in t.guides_en:
        return MenuItem(other_language(url, t.lang), t("other_lang"), other)
    start = lang_prefix(other) + GUIDES if "index" in t.guides_en else home_url(other)
    return MenuItem(start, t("other_lang_only"), other)
