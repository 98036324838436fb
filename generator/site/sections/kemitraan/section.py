"""`PartnershipSection`: hands the board's pages and files to the `Site`."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import cached_property, partial
from typing import Iterator

from generator.site.core import Site
from generator.site.i18n import LANGS
from generator.site.pages import Deferred, Page, ThemePage, catalogue_title, counted, root_for, unsized
from generator.site.routes import (
    BOARD_DATA,
    BOARD_FEED,
    BOARD_INDEX,
    BOARD_PROGRAMMES,
    BOARD_PROVINCES,
    board_province_url,
    board_regency_url,
    board_type_url,
    board_url,
    directory_url,
    mitra_list_url,
    other_language,
    partners_area_url,
    partners_url,
    source,
    versioned,
)
from generator.site.sections.kemitraan.feed import atom_feed
from generator.site.sections.kemitraan.files import board_files
from generator.site.sections.kemitraan.items import (
    OpenItem,
    PartnerGroup,
    aggregate_partners,
    open_items,
    province_items,
)
from generator.site.sections.kemitraan.partners import (
    PARTNER_KIMS_LIMIT,
    Areas,
    area_key,
    area_links,
    area_pages,
    area_view,
    partners_view,
)
from generator.site.sections.kemitraan.programmes import (
    LISTED,
    ByArea,
    OpenProgramme,
    listed_key,
    named_provinces,
    of_type,
    open_programmes,
    programme_card,
    programme_list,
    programme_rows,
)
from generator.site.sections.kemitraan.province import (
    ProvinceView,
    page_count,
    province_key,
    province_view,
    regency_pages,
    regency_view,
)
from generator.site.sections.kemitraan.views import (
    board_view,
    jenis_key,
    jenis_view,
    type_counts,
)
from generator.site.sharelink import share_view

BOARD_TITLE = "kem_title"  # the key of the board's title, in its menu entry and its share link


class PartnershipSection:
    """/kemitraan/ (board), /kemitraan/<province>/, /kemitraan/<jenis>/, /kemitraan/mitra/,
    kemitraan/feed.xml, and the board's kemitraan/indeks.json and kemitraan/data/."""

    def __init__(self, site: Site) -> None:
        self.site = site

    @cached_property
    def items(self) -> list[OpenItem]:
        return open_items(self.site.kims, self.site.today)

    @cached_property
    def by_province(self) -> dict[str, list[OpenItem]]:
        return province_items(self.items)

    @cached_property
    def bulk_items(self) -> list[OpenItem]:
        """`items` for the data files and the feed: of `model.for_bulk` KIMs."""
        return open_items(self.site.bulk_kims, self.site.today)

    @cached_property
    def data_files(self) -> dict[str, bytes]:
        files = board_files(self.bulk_items, self.site.vocab, self.site.today, self.site.province_names)
        if self.programmes:
            files[BOARD_PROGRAMMES] = programme_rows(self.programmes, self.site.regions)
        return files

    @cached_property
    def programmes(self) -> list[OpenProgramme]:
        """The partners' open programmes, shown beside the KIMs' items."""
        return open_programmes(self.site.mitra, self.site.today, self.site.matches.taken)

    @cached_property
    def province_codes(self) -> list[str]:
        """The provinces with a page: those with open KIM items, and those partners'
        programmes name in their work area (`named_provinces`)."""
        return sorted(set(self.by_province) | named_provinces(self.programmes))

    @cached_property
    def programmes_in(self) -> dict[str, list[OpenProgramme]]:
        """Per province with a page, the open programmes there."""
        return {code: self.programmes_by_area.in_region(code) for code in self.province_codes}

    @cached_property
    def programmes_by_area(self) -> ByArea:
        return ByArea(self.programmes)

    @cached_property
    def province_programmes(self) -> dict[str, tuple[str, int]]:
        """Per province with a page, its name and its number of open programmes."""
        return {code: (self.site.regions.name_of(code) or code, len(self.programmes_in[code]))
                for code in self.province_codes}

    @cached_property
    def regencies(self) -> dict[str, list[OpenItem]]:
        """The regencies with a page of their own (`province.regency_pages`), and their items."""
        return {reg: items for prov in self.by_province.values() for reg, items in regency_pages(prov).items()}

    @cached_property
    def partner_groups(self) -> list[PartnerGroup]:
        samples = {m.slug for m in self.site.mitra if m.contoh}
        return aggregate_partners(self.site.kims, self.site.partner_names, samples)

    @cached_property
    def partner_areas(self) -> dict[str, Areas]:
        """The partnerships per province, and per regency with a page of its own (`area_pages`)."""
        return area_pages(self.partner_groups)

    # The keys of the province and partner-type pages: what each shows (the KIMs' items and the
    # partners' programmes), and the site's notice about sample KIMs. The same in both
    # languages, so made once: `serve` makes every key on every rebuild.

    @cached_property
    def province_keys(self) -> dict[str, tuple]:
        return {code: (province_key(code, self.by_province.get(code, []), self.site.today),
                       self.province_programmes[code], listed_key(self.programmes_in[code]),
                       self.site.samples)
                for code in self.province_codes}

    @cached_property
    def regency_keys(self) -> dict[str, tuple]:
        in_region = self.programmes_by_area.in_region
        return {code: (province_key(code, items, self.site.today), listed_key(in_region(code)), self.site.samples)
                for code, items in self.regencies.items()}

    @cached_property
    def counts_by_type(self) -> Counter[str]:
        return type_counts(self.items)

    @cached_property
    def jenis_keys(self) -> dict[str, tuple]:
        return {jenis: (jenis_key(self.items, jenis, self.site.today, counts=self.counts_by_type),
                        listed_key(of_type(self.programmes, jenis)), self.site.samples)
                for jenis in self.site.vocab.values("jenis_mitra")}

    def theme_pages(self) -> list[ThemePage]:
        return [ThemePage(source(board_url(lang)), lang, BOARD_TITLE,
                          unsized(partial(self.board_body, lang)), lang == "id", key=self.board_key,
                          titled_by_heading=True, shows_data=True, description="kem_description")
                for lang in LANGS]

    def board_key(self) -> tuple:
        # the board's data files, and so their version in the page, come from the same items
        return tuple(self.items), tuple(self.programmes), self.site.samples

    def board_body(self, lang: str, url: str) -> str:
        t = self.site.text[lang]
        v = board_view(self.items, t, self.site.today, programmes=self.province_programmes,
                       programme_bidang=(b for o in self.programmes for b in o.program.bidang))
        index = versioned(BOARD_INDEX, self.data_files[BOARD_INDEX])
        programmes = [programme_card(o, t, self.site.regions) for o in self.programmes[:LISTED]]
        return self.site.render("kemitraan.html", t=t, v=v, root=root_for(url), partners=partners_url(lang),
                                profiles=directory_url(lang), mitra=mitra_list_url(lang),
                                other_url=other_language(url, lang), feed=BOARD_FEED, index=index, data=BOARD_DATA,
                                note=self.site.sample_note(t), programmes=programmes,
                                programmes_total=len(self.programmes), programme_file=BOARD_PROGRAMMES,
                                sharing=share_view(self.board_title(t), self.site.site_url + url, t))

    def board_title(self, t) -> str:
        """The board's title as its page gives it (`pages.catalogue_share`, as the plugin
        calls it for a page `shows_data`): while the catalogue holds samples, it says so."""
        return catalogue_title(t(BOARD_TITLE), self.site.samples, t)

    def note(self, t, contoh: bool) -> str:
        """The sample note of a page showing items of sample KIMs (`contoh`); "" for a page without."""
        return self.site.sample_note(t) if contoh else ""

    def shell_pages(self, lang: str) -> Iterator[Deferred]:
        # Rendered later (in parallel for a build); during `serve` a page is rendered again
        # only when its key, everything it shows, changes.
        for code in self.province_codes:
            yield Deferred(board_province_url(code, lang), partial(self._province_key, code),
                           partial(self._province_page, code, lang))
        for code, items in self.regencies.items():
            for page in range(1, page_count(items) + 1):
                yield Deferred(board_regency_url(code, lang, page), partial(self._regency_key, code, page),
                               partial(self._regency_page, code, page, lang))
        for jenis in self.site.vocab.values("jenis_mitra"):
            yield Deferred(board_type_url(jenis, lang), partial(self._jenis_key, jenis),
                           partial(self._jenis_page, jenis, lang))
        yield Deferred(partners_url(lang), self._partners_key, partial(self._partners_page, lang))
        for code in self.partner_areas:
            yield Deferred(partners_area_url(code, lang), partial(self._partners_area_key, code),
                           partial(self._partners_area_page, code, lang))

    # The keys are made when first asked for, not with the list of pages to make: then by one
    # page worker while the others go on, not by the main process before any worker starts.
    def _province_key(self, code: str) -> tuple | None:
        return self.province_keys.get(code)

    def _regency_key(self, code: str, page: int) -> tuple | None:
        key = self.regency_keys.get(code)
        return None if key is None else (key, page)

    def _jenis_key(self, jenis: str) -> tuple | None:
        return self.jenis_keys.get(jenis)

    def _province_page(self, code: str, lang: str) -> Page:
        t = self.site.text[lang]
        v = province_view(code, self.by_province.get(code, []), t, self.site.today, self.province_programmes[code][0])
        return self._area_page(v, self.programmes_in[code], t)

    def _regency_page(self, code: str, page: int, lang: str) -> Page:
        t = self.site.text[lang]
        return self._area_page(regency_view(code, self.regencies[code], t, self.site.today, page),
                               self.programmes_by_area.in_region(code), t)

    def _area_page(self, v: ProvinceView, programmes: list[OpenProgramme], t) -> Page:
        """A province's or regency's page: its open items, then the programmes of the partners
        working there."""
        site = self.site
        body = site.render("kemitraan_provinsi.html", t=t, v=v, root=root_for(v.url), board=board_url(t.lang),
                           other_url=other_language(v.url, t.lang), feed=BOARD_FEED, note=self.note(t, v.contoh),
                           programmes=programme_list(programmes, t, site.regions),
                           provinces=versioned(BOARD_PROVINCES, self.data_files[BOARD_PROVINCES]))
        title, description, card = counted(
            v.title, t("kem_prov_description", open=t.number(v.total), kims=t.number(v.kims), name=v.name)
            if v.total else t("kem_prov_none", name=v.name), v.contoh, t("contoh_feed"))
        return Page(v.url, title, description, body, _lastmod(v.lastmod, programmes), card)

    def _jenis_page(self, jenis: str, lang: str) -> Page:
        site, t = self.site, self.site.text[lang]
        v = jenis_view(self.items, jenis, t, site.today, counts=self.counts_by_type)
        programmes = of_type(self.programmes, jenis)
        body = site.render("kemitraan_jenis.html", t=t, v=v, root=root_for(v.url), board=board_url(lang),
                           partners=partners_url(lang),
                           other_url=other_language(v.url, lang), feed=BOARD_FEED, note=self.note(t, v.contoh),
                           programmes=programme_list(programmes, t, site.regions))
        title, description, card = counted(
            v.title, t("kem_for_description", who=v.who, n=t.number(v.requests), k=t.number(v.kims))
            if v.requests else t("kem_for_description_none", who=v.who), v.contoh, t("contoh_feed"))
        return Page(v.url, title, description, body, _lastmod(v.lastmod, programmes), card)

    def _partners_key(self) -> tuple:
        # the partner files a partnership may name, and their kind
        linked = tuple(sorted((m.slug, m.nama, m.contoh) for m in self.site.mitra))
        return "kemitraan-mitra", tuple(k for k in self.site.kims if k.kemitraan), self.site.samples, linked

    def _partners_page(self, lang: str) -> Page:
        site, t = self.site, self.site.text[lang]
        v = partners_view(site.kims, t, groups=self.partner_groups)
        url = partners_url(lang)
        body = site.render("kemitraan_mitra.html", t=t, v=v, root=root_for(url), board=board_url(lang), limit=PARTNER_KIMS_LIMIT,
                           other_url=other_language(url, lang), note=self.note(t, v.contoh))
        title, description, card = counted(t("kem_partners_title"), t("kem_partners_summary", n=t.number(v.total),
                                                                      k=t.number(v.kims)), v.contoh, t("contoh_feed"))
        lastmod = max((k.diperbarui for k in site.kims if k.kemitraan), default=None)
        return Page(url, title, description, body, lastmod, card)

    def _partners_area_key(self, code: str) -> tuple | None:
        links = self.partner_areas.get(code)
        return None if links is None else ("kemitraan-mitra-area", code, area_key(links), self.site.samples)

    def _partners_area_page(self, code: str, lang: str) -> Page:
        site, t = self.site, self.site.text[lang]
        v = area_view(code, self.partner_areas[code], t)
        body = site.render("kemitraan_mitra_wilayah.html", t=t, v=v, root=root_for(v.url), board=board_url(lang),
                           other_url=other_language(v.url, lang), note=self.note(t, v.contoh))
        title, description, card = counted(t("kem_partners_area_title", name=v.name), t(
            "kem_partners_area_summary", n=t.number(v.partners), k=t.number(v.kims), name=v.name), v.contoh, t("contoh_feed"))
        lastmod = max(kim.diperbarui for _, kim, _ in area_links(self.partner_areas[code]))
        return Page(v.url, title, description, body, lastmod, card)

    def files(self) -> Iterator[tuple[str, bytes]]:
        yield BOARD_FEED, atom_feed(self.bulk_items, self.site.today, self.site.site_url, self.site.text["id"])
        yield from sorted(self.data_files.items())


def _lastmod(items_lastmod: dt.date | None, programmes: list[OpenProgramme]) -> dt.date | None:
    """A page's date for the sitemap: its newest KIM's or listed partner's."""
    dates = [d for d in (items_lastmod, *(o.mitra.diperbarui for o in programmes[:LISTED])) if d]
    return max(dates, default=None)
