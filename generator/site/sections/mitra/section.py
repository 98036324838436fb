"""`PartnerSection`: the partners' list (/mitra/), each partner's page (/mitra/<slug>/) and
the open data of partners (data/mitra.json)."""

from __future__ import annotations

from functools import cached_property, partial
from typing import Iterator

from generator.model.matching import kim_areas, partnered_with
from generator.model.mitra import Mitra
from generator.site.core import Site
from generator.site.i18n import LANGS
from generator.site.matching import mitra_fulfilled, mitra_matches
from generator.site.pages import Deferred, Page, ThemePage, root_for, titled, unsized
from generator.site.routes import (
    MITRA_JSON,
    mitra_list_url,
    mitra_url,
    other_language,
    site_card,
    source,
)
from generator.site.sections.kontribusi import github_target
from generator.site.sections.mitra.files import mitra_json
from generator.site.sections.mitra.views import coach_contacts, list_view, partner_kims, profile_view
from generator.site.sharelink import share_view


class PartnerSection:
    def __init__(self, site: Site) -> None:
        self.site = site
        samples = sum(m.contoh for m in site.mitra)
        # (how many, of how many) sample partners, or None without any
        self.samples = (samples, len(site.mitra)) if samples else None
        self.repo, self.branch = github_target(site.edit_base)  # where an institution asks to be listed

    def theme_pages(self) -> list[ThemePage]:
        return [ThemePage(source(mitra_list_url(lang)), lang, "mitra_title", unsized(partial(self.list_body, lang)),
                          lang == "id", key=self.list_key, shows_data=True, description="mitra_description")
                for lang in LANGS]

    @cached_property
    def with_kims(self) -> frozenset[str]:
        """Every region code (province, regency, district, village) with a KIM."""
        return frozenset(code for kim in self.site.kims for code in kim_areas(kim))

    @cached_property
    def partnered(self) -> dict:
        """The KIMs naming each partner among their partnerships (`partnered_with`)."""
        return partnered_with(self.site.kims)

    def list_key(self) -> tuple:
        coaches = tuple((code, w.pembina, w.contoh) for code, w in sorted(self.site.wilayah.items()) if w.pembina)
        return tuple(self.site.mitra), self.samples, coaches

    def list_body(self, lang: str, url: str) -> str:
        site, t = self.site, self.site.text[lang]
        v = list_view(site.mitra, t, site.regions, site.today)
        return site.render("mitra.html", t=t, v=v, root=root_for(url),
                           other_url=other_language(url, lang), note=self.sample_note(t),
                           repo=self.repo, branch=self.branch,
                           coaches=coach_contacts(site.wilayah, site.regions, t))

    def sample_note(self, t) -> str:
        if self.samples is None:
            return ""
        n, total = self.samples
        return t("mitra_contoh_all" if n == total else "mitra_contoh_some", n=t.number(n), total=t.number(total))

    def shell_pages(self, lang: str) -> Iterator[Deferred]:
        for m in self.site.mitra:
            yield Deferred(mitra_url(m.slug, lang), partial(self._profile_key, m, lang),
                           partial(self._profile_page, m, lang))

    def _profile_key(self, m: Mitra, lang: str) -> tuple:
        """Everything a partner's page shows: the partner, the KIMs matching it, its record, the
        KIMs naming it among their partnerships."""
        matches = self.site.matches
        return ("mitra", lang, m, matches.by_mitra.get(m.slug, ()), matches.counts.get(m.slug, 0),
                matches.fulfilled.get(m.slug, ()), tuple(matches.taken.get((m.slug, i), 0) for i in range(len(m.program))),
                tuple(code in self.with_kims for code in m.wilayah_kerja), self.partnered.get(m.slug, ()))

    def _profile_page(self, m: Mitra, lang: str) -> Page:
        site, t = self.site, self.site.text[lang]
        v = profile_view(m, t, site.regions, site.today, site.edit_url(m.source), site.matches.taken, self.with_kims)
        matches = site.matches
        cocok = mitra_matches(matches.by_mitra.get(m.slug, ()), t, site.regions.name_of)
        record = mitra_fulfilled(matches.fulfilled.get(m.slug, ()), t)
        title, description = titled(m.nama, v.description, m.contoh, t)
        body = site.render("mitra_profil.html", t=t, v=v, root=root_for(v.url), cocok=cocok,
                           cocok_total=matches.counts.get(m.slug, 0), terpenuhi=record,
                           bermitra=partner_kims(self.partnered.get(m.slug, ()), t),
                           sharing=share_view(title, site.site_url + v.url, t))
        return Page(v.url, title, description, body, m.diperbarui,
                    site_card(m.contoh), noindex=m.contoh)

    def files(self) -> Iterator[tuple[str, bytes]]:
        yield MITRA_JSON, mitra_json(self.site.mitra, self.site.regions, self.site.site_url, self.site.today)
