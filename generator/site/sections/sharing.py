"""Share cards (og:image): the site's card, and one card per regency for its profiles.

A card per KIM was measured and does not fit the build's budget (README, "Share cards";
figures in benchmarks/history.md). A regency's card
names the regency and its province, and a sample profile's card says "Data contoh"; a
profile's og:title names the KIM. A partner's page shares the site's card, a sample
partner's the site's sample card. Cards are drawn once and kept between builds (keep.py).
"""

from __future__ import annotations

from typing import Iterator

import PIL

from generator.site import cards
from generator.site.cards import Card, card_png
from generator.site.core import Site
from generator.site.keep import source_digest
from generator.site.pages import Page, ThemePage
from generator.site.routes import SITE_CARD, regency_card, site_card

# What a card is drawn with, beside the card itself: the drawing code and Pillow.
_DRAWN_WITH = (source_digest(cards.__file__), PIL.__version__)


class SharingSection:
    def __init__(self, site: Site) -> None:
        self.site = site

    def theme_pages(self) -> list[ThemePage]:
        return []

    def shell_pages(self, lang: str) -> Iterator[Page]:
        return iter(())

    def files(self) -> Iterator[tuple[str, bytes]]:
        t = self.site.text["id"]
        yield SITE_CARD, self.draw(Card(t("site_name"), (t("card_site"),), t("card_footer")))
        # for the pages whose counts include samples (pages.counted), and sample partners' pages
        if self.site.samples or any(m.contoh for m in self.site.mitra):
            yield site_card(True), self.draw(Card(t("site_name"), (t("card_site"),), t("card_footer"), t("card_sample")))
        regencies = sorted({(k.place.regency_code, k.contoh): k.place for k in self.site.kims}.items())
        for (code, contoh), place in regencies:
            card = Card(place.regency, (f"{t('province')} {place.province}",), t("card_footer"), t("card_sample") if contoh else "")
            yield regency_card(code, contoh), self.draw(card)

    def draw(self, card: Card) -> bytes:
        return self.site.kept.get("kartu", (card, _DRAWN_WITH), lambda: card_png(card))

