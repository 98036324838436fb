"""Render the generated pages and files of the site, independent of MkDocs.

Page bodies come from our Jinja templates (autoescape on, view models only).
Profile and region pages are poured into a `Shell`: one page of the theme,
rendered once per language with placeholders, so the theme's header, footer and
assets are shared and no per-page theme rendering grows with the catalogue.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import posixpath
import re
from dataclasses import dataclass, replace
from functools import cached_property, partial
from itertools import chain
from pathlib import Path
from typing import Callable, Iterator, Sequence

from jinja2 import Template

from generator.format.schema import schema_text
from generator.format.spec import FORMATS
from generator.model.kim import Kim, for_bulk
from generator.model.matching import Matches, match_all, with_partner_links
from generator.model.mitra import Mitra, Wilayah
from generator.model.regions import Regions
from generator.model.vocab import Vocab
from generator.site import cards
from generator.site.contacts import coach_view
from generator.site.files import opendata
from generator.site.files.datapage import data_view
from generator.site.files.searchindex import index_files
from generator.site.i18n import LANGS, OG_LOCALES, Text
from generator.site.keep import Kept
from generator.site.kelembagaan import load_criteria
from generator.site.listings import (
    directory_provinces,
    figures_note,
    home_view,
    region_row,
    region_sample_note,
)
from generator.site.matching import PartnerNames, kim_matches
from generator.site.memo import Memo
from generator.site.menu import language_link
from generator.site.pagejson import script_json
from generator.site.pages import (
    Deferred,
    DeferredFile,
    Page,
    Section,
    Sizes,
    ThemePage,
    catalogue_title,
    counted,
    root_for,
    titled,
    unsized,
)
from generator.site.provincenames import province_names
from generator.site.regionpage import jumps, kim_groups, stale_groups
from generator.site.regionstats import RegionTable
from generator.site.routes import (
    KIMS_CSV,
    KIMS_GEOJSON,
    KIMS_JSON,
    SCHEMA,
    SEARCH_ENTRY,
    SHELL_URL,
    VILLAGE_STARTS,
    VILLAGES,
    contribution_url,
    data_url,
    directory_url,
    home_url,
    kim_json,
    kim_source,
    lang_prefix,
    mitra_url,
    other_lang,
    other_language,
    page_lang,
    profile_url,
    regency_card,
    region_url,
    regions_url,
    source,
    statistics_section,
    versioned,
)
from generator.site.sharelink import card_alt, place_preview, share_view
from generator.site.targets import regency_target, rollup
from generator.site.templating import template_env
from generator.site.textfold import VILLAGE_PREFIX
from generator.site.views import profile_view
from generator.site.worklist import VILLAGES_GUIDE, Worklists, region_worklist, summary_cells
from generator.site.writing import read_file

TITLE, DESCRIPTION, BODY, IMAGE = "KIMSHELLTITLE", "KIMSHELLDESCRIPTION", "KIMSHELLBODY", "KIMSHELLIMAGE"
ALT = "KIMSHELLCARDALT"  # the share card's text (og:image:alt), which depends on the card
ROBOTS = "KIMSHELLROBOTS"  # in the shells' head: where a sample page says search engines must skip it
NOINDEX = '<meta name="robots" content="noindex">'
THEME_BODY = "KIMTHEMEPAGEBODY"  # where a theme page's body goes once it is rendered
_SLUG = re.compile(FORMATS["slug"])


@dataclass(frozen=True)
class Controller:
    """The personal data controller (pengendali data pribadi, UU 27/2022), from the plugin's
    configuration: the privacy notice names it."""

    name: str
    email: str


# The theme's relative links (to the root, its assets and pages) and its scripts' base.
_RELATIVE = re.compile(r'((?:href|src)="|"base":")(\.\.(?=[/"]))')


_LINK = re.compile(r'((?:href|src)=")(?![a-z][a-z0-9+.-]*:|[/#?])([^"]*)"')


def _via_root(html_text: str, shell_url: str) -> str:
    """The shell's relative links into its own section written through the site's root
    ("../../kim/" rather than "../"): the shell is rendered for a profile and filled for other
    pages at the same depth (regions, sections), where "../" is their own parent folder."""
    up = "../" * shell_url.count("/")
    section = posixpath.dirname(shell_url.rstrip("/"))  # "kim", "en/kim"

    def rewrite(m: re.Match) -> str:
        target = posixpath.normpath(posixpath.join(shell_url, m.group(2)))
        if target != section and not target.startswith(section + "/"):
            return m.group(0)  # the same from every page of the shell's depth
        return f'{m.group(1)}{up}{target}{"/" if m.group(2).endswith("/") else ""}"'

    return _LINK.sub(rewrite, html_text)


class Shell:
    """A theme page with placeholders for title, description, body, share card and its own
    URL. A `whole` page (a poster, an embed) is its own document and takes none of it."""

    def __init__(self, html_text: str, shell_url: str, alt: Callable[[str], str]) -> None:
        # `alt`: the text of the card at an address (`Site.card_alt` in the shell's language)
        pattern = "(" + "|".join(map(re.escape, (TITLE, DESCRIPTION, BODY, IMAGE, ALT, ROBOTS, shell_url))) + ")"
        self.alt = alt
        self.parts = re.split(pattern, _via_root(html_text, shell_url))
        self.shell_url = shell_url
        self.depth = shell_url.count("/")
        self.deeper: dict[int, list[str]] = {}

    def fill(self, page: Page) -> str:
        if page.whole:
            return page.body
        values = {TITLE: html.escape(page.title), DESCRIPTION: html.escape(page.description),
                  BODY: page.body, IMAGE: page.image, ALT: html.escape(self.alt(page.image)),
                  ROBOTS: NOINDEX if page.noindex else "",
                  self.shell_url: page.url}
        return "".join(values.get(part, part) for part in self._parts(page.url.count("/")))

    def _parts(self, depth: int) -> list[str]:
        """The parts for a page `depth` folders deep: a page deeper than the shell (the Bimtek
        planner, wilayah/<code>/bimtek/) climbs as many more folders in every relative link."""
        if depth <= self.depth:
            return self.parts
        if depth not in self.deeper:
            up = "../" * (depth - self.depth)
            self.deeper[depth] = [_RELATIVE.sub(lambda m: m.group(1) + up + m.group(2), part)
                                  for part in self.parts]
        return self.deeper[depth]


class Site:
    def __init__(self, kims: list[Kim], regions: Regions, vocab: Vocab, today: dt.date,
                 site_url: str, edit_base: str | None, templates: Path, tiles: str,
                 edit_paths: dict[str, str] | None = None,
                 sections: Sequence[Callable[["Site"], Section]] = (),
                 controller: Controller | None = None, memo: Memo | None = None,
                 wilayah: dict[str, Wilayah] | None = None, mitra: Sequence[Mitra] = (),
                 guides_en: Sequence[str] = (), drawn: Path | None = None, docs: Path | None = None) -> None:
        # `guides_en`: the guides written in English too (content/en/panduan/<name>.md).
        # `docs`: the pages' sources (content/), whose document templates some pages fill in.
        # `memo`: what a `mkdocs serve` session keeps between its builds (site.memo).
        # `drawn`: the folder where share cards are kept between builds (keep.py).
        # Slugs become file paths and URLs: even unvalidated data must not leave the site folder.
        # Partners (mitra/<slug>.yml), by slug; like KIMs', their slugs become paths. KIMs name them as linked.
        self.mitra = sorted((m for m in mitra if _SLUG.match(m.slug)), key=lambda m: m.slug)
        self.kims = sorted(with_partner_links((k for k in kims if _SLUG.match(k.slug)), self.mitra), key=lambda k: k.slug)
        self.regions = regions
        self.vocab = vocab
        self.today = today
        self.site_url = site_url
        self.edit_base = edit_base
        self.tiles = tiles
        self.edit_paths = edit_paths or {}
        self.controller = controller  # of the personal data: the privacy notice names it
        # Each regency's settings (`_wilayah.yml`: coach, target), by regency code; most have none.
        self.wilayah = dict(wilayah or {})
        self.kept = Kept(drawn)
        self.docs = docs
        self.env = template_env(str(templates))
        self.table = RegionTable(self.kims, regions, today)
        # Sample KIMs (`contoh: true`): (how many, of how many), or None without any, so that
        # without samples no page depends on the size of the catalogue through its notice.
        samples = sum(k.contoh for k in self.kims)
        self.samples = (samples, len(self.kims)) if samples else None
        self.text = {lang: Text(lang, vocab, guides_en) for lang in LANGS}
        self.province_names = province_names(regions)   # read now: a broken table stops the build here
        # Who is on which coaching worklist: computed once, before any page is rendered, so
        # that the forked page workers inherit it.
        self.worklists = Worklists(self.kims, regions, today, load_criteria(),
                                    memo.worklists if memo else None)
        self.kept_bodies = memo.bodies if memo else None
        self.sections = [make(self) for make in sections]
        self.templates: dict[str, Template] = {}

    @cached_property
    def bulk_kims(self) -> list[Kim]:
        """`kims` as every file of many KIMs or for machines gets them: `model.for_bulk`."""
        return [for_bulk(kim) for kim in self.kims]

    def theme_body(self, page: ThemePage, url: str, sizes: Sizes) -> str:
        """The page's body; during `serve`, the one made last while the page's key is the same
        (a key leaves `sizes` out: a page rendered after the files, which shows them, is made
        every time)."""
        if page.after_files or self.kept_bodies is None or page.key is None:
            return page.body(url, sizes)
        key, kept = page.key(), self.kept_bodies.get((page.src, url))
        if kept is not None and kept[0] == key:
            return kept[1]
        body = page.body(url, sizes)
        self.kept_bodies[(page.src, url)] = (key, body)
        return body

    def render(self, template: str, **context) -> str:
        # Looked up once per build: Jinja's own lookup checks the template file's date every time.
        found = self.templates.get(template)
        if found is None:
            found = self.templates[template] = self.env.get_template(template)
        return found.render(**context)

    def sample_note(self, t: Text) -> str:
        """What the pages about the whole catalogue say while it holds sample KIMs; "" without."""
        if self.samples is None:
            return ""
        n, total = self.samples
        if n == total:
            return t("contoh_all_one" if n == 1 else "contoh_all", n=t.number(n))
        return t("contoh_some", n=t.number(n), total=t.number(total))

    def markdown_top(self, url: str) -> str:
        """The top of a page of content/ (the home page, a guide), as the theme's pages have it: its
        language link (`menu.language_link`); on the home page, then the notice of sample data."""
        macros, t = self.env.get_template("_macros.html").module, self.text[page_lang(url)]
        link = language_link(url, t)
        top = str(macros.lang_switch(link.url, root_for(url), t, link.title)) if link else ""
        return top + str(macros.sample_note(self.sample_note(t))) if url == home_url("id") else top

    def open_graph(self, lang: str, title: str, description: str, image: str) -> dict[str, str]:
        """The Open Graph data of a page that is its own document (a poster, an embed), as
        main.html writes it for the others; `image` relative to the site root."""
        return {"site_name": self.text[lang]("site_name"), "title": title, "description": description,
                "image": self.site_url + image, "image_alt": self.card_alt(lang, image),
                "image_size": (cards.WIDTH, cards.HEIGHT), "locale": OG_LOCALES[lang],
                "alternate": OG_LOCALES[other_lang(lang)]}

    def card_alt(self, lang: str, image: str) -> str:
        return card_alt(image, self.text[lang], self.regions.name_of)

    # What the MkDocs edge asks for.

    def theme_pages(self) -> list[ThemePage]:
        ours = ((directory_url, "directory", self.directory_body, "directory_description"),
                (regions_url, "regions", self.regions_body, "site_description"),
                (data_url, "open_data", self.data_body, "site_description"))  # the one showing sizes
        pages = [ThemePage(source(url(lang)), lang, title,
                           partial(body, lang) if url is data_url else unsized(partial(body, lang)),
                           lang == "id", shows_data=True, description=described, after_files=url is data_url)
                 for lang in LANGS for url, title, body, described in ours]
        pages.append(ThemePage(source(home_url("en")), "en", "site_name", unsized(partial(self.home_body, "en")),
                               shows_data=True))
        for section in self.sections:
            pages += section.theme_pages()
        return pages

    def shell_pages(self, lang: str) -> Iterator[Page | Deferred]:
        makers = (self.profile_pages, self.region_pages, *(s.shell_pages for s in self.sections))
        return chain.from_iterable(make(lang) for make in makers)  # each made when the last is done

    def unlisted(self) -> set[str]:
        """The pages of invented KIMs and partners, in every language: left out of the sitemap,
        as their pages ask search engines (Page.noindex); so are the former addresses of KIMs and partners."""
        pages = ((profile_url, self.kims), (mitra_url, self.mitra))
        samples = {url(x.slug, lang) for lang in LANGS for url, items in pages for x in items if x.contoh}
        return samples | {url(old, lang) for lang in LANGS for url, items in pages for x in items for old in x.slug_lama}

    def files(self) -> Iterator[tuple[str, bytes | DeferredFile]]:
        return chain.from_iterable(make() for make in (self.data_files, *(s.files for s in self.sections)))

    # Pages that MkDocs renders through the theme: bodies only.

    def directory_body(self, lang: str, url: str) -> str:
        t = self.text[lang]
        return self.render("directory.html", t=t, root=root_for(url), directory=directory_url(lang), regions=regions_url(lang),
                            index=versioned(SEARCH_ENTRY, self.search_index[SEARCH_ENTRY]), contribute=contribution_url(lang),
                            provinces=directory_provinces(self.table.provinces(), self.table.regencies_of, lang),
                            other_url=other_language(url, lang), total=len(self.kims), labels=self._labels(t),
                            note=self.sample_note(t), villages=VILLAGES, village_starts=VILLAGE_STARTS,
                            forming=t.guide(VILLAGES_GUIDE), forming_title=self.worklists.criteria.guide_title(VILLAGES_GUIDE, lang))

    def regions_body(self, lang: str, url: str) -> str:
        t = self.text[lang]
        nation, provinces = self.table.nation, self.table.provinces()
        return self.render("region.html", t=t, root=root_for(url), regions=regions_url(lang),
                            other_url=other_language(url, lang), parent=None, national=True,
                            s=replace(region_row(nation, lang, regions_url(lang)), name=t("regions")),
                            children=[region_row(p, lang) for p in provinces], districts=None,
                            stale=stale_groups(nation, provinces, partial(self.worklists.listed, t=t)),
                            target=rollup((r for p in provinces for r in self.table.regencies_of(p.code)),
                                          self.wilayah, nation.samples),
                            sharing=share_view(catalogue_title(t("share_regions"), self.samples, t), self.site_url + url, t),
                            note=region_sample_note(nation, t))

    def home_page(self, html: str, url: str) -> str:
        """The Indonesian home page around `html`, content/index.md's: its top, its
        first paragraph (what a KIM is), the search box, then the rest of it, the counts and
        the lists. The search box is on a phone's first screen, as on the English home page."""
        intro, end, rest = html.partition("</p>")
        search = self.render("_home_search.html", t=self.text["id"], root=root_for(url), directory=directory_url("id"))
        return self.markdown_top(url) + intro + end + search + rest + self.home_body("id", url, search=False)

    def home_body(self, lang: str, url: str, search: bool = True) -> str:
        t = self.text[lang]
        v = home_view(self.table.nation, self.today, lang, partial(self.worklists.listed, t=t))
        template = "home.html" if lang == "id" else "home_en.html"
        return self.render(template, t=t, root=root_for(url), v=v, directory=v.directory, search=search,
                           note=self.sample_note(t), figures=figures_note(self.table.nation, t))

    def data_body(self, lang: str, url: str, sizes: Sizes) -> str:
        t = self.text[lang]
        return self.render("data.html", t=t, root=root_for(url), other_url=other_language(url, lang),
                           note=self.sample_note(t), **data_view(t, self.today, sizes))

    # Pages poured into a shell.

    @cached_property
    def matches(self) -> Matches:
        """The KIMs' needs and offers matched with the partners, both ways (`model.matching`)."""
        return match_all(self.kims, self.mitra, self.today)

    @cached_property
    def partner_names(self) -> dict[str, str]:
        return {m.slug: m.nama for m in self.mitra}

    @cached_property
    def partner_kinds(self) -> PartnerNames:  # a profile links partners of its own kind (`contoh`) only
        return {m.slug: (m.nama, m.contoh) for m in self.mitra}

    def profile_pages(self, lang: str) -> Iterator[Deferred]:
        for kim in self.kims:
            yield Deferred(profile_url(kim.slug, lang), partial(self._profile_key, kim, lang),
                           partial(self._profile_page, kim, lang))

    def _profile_key(self, kim: Kim, lang: str) -> tuple:
        """Everything a profile shows: the KIM, its matches, the partners its needs met and partnerships name."""
        slugs = (*(n.dipenuhi_oleh for n in kim.dicari if n.fulfilled), *(k.slug_mitra for k in kim.kemitraan))
        return "kim", lang, kim, self.matches.by_kim.get(kim.slug, ()), tuple(map(self.partner_kinds.get, slugs))

    def _profile_page(self, kim: Kim, lang: str) -> Page:
        t = self.text[lang]
        cocok = kim_matches(self.matches.by_kim.get(kim.slug, ()), t, self.regions.name_of)
        v = profile_view(kim, t, self.today, self.site_url, self.edit_url(kim.source), cocok, self.partner_kinds)
        title, description = titled(kim.nama, v.description or place_preview(kim, t), kim.contoh, t)
        body = self.render(f"{lang}/profile.html", v=v, root=root_for(v.url), tiles=self.tiles,
                           checked_iso=kim.diperbarui.isoformat(), sharing=share_view(title, self.site_url + v.url, t))
        return Page(v.url, title, description, body, kim.diperbarui,
                    regency_card(kim.place.regency_code, kim.contoh), noindex=kim.contoh)

    def region_pages(self, lang: str) -> Iterator[Page]:
        t = self.text[lang]
        root = root_for(f"{lang_prefix(lang)}{SHELL_URL}")
        for province in self.table.provinces():
            regencies = self.table.regencies_of(province.code)
            yield self._deferred_region(province, None, regencies, t, root)
            for regency in regencies:
                yield self._deferred_region(regency, province, [], t, root)

    def _deferred_region(self, s, parent, children, t: Text, root: str) -> Deferred:
        def key() -> tuple:
            settings = tuple(self.wilayah.get(r.code) for r in [s, *children])
            return ("wilayah", t.lang, s.code, tuple(s.kims), tuple(tuple(c.kims) for c in children), settings)

        return Deferred(region_url(s.code, t.lang), key,
                        partial(self._region_page, s, parent, children, t.placed(s.code), root))

    def _region_page(self, s, parent, children, t: Text, root: str) -> Page:
        lang = t.lang
        url = region_url(s.code, lang)
        listed = partial(self.worklists.listed, t=t)
        districts = kim_groups(s, children, lambda code: t.district(self.regions.districts[code][0], code), listed)
        summary = summary_cells(self.worklists.district_summary(s.code), t) if parent else None
        worklist = region_worklist(self.worklists, self.table, s, parent, t)
        # the sections region.html writes, by the anchors of their headings
        sections = ("belum-ada-kim", "kecamatan") if parent else ("kabupaten", "perlu-diperbarui")
        anchors = ("daftar-kerja", *sections, *(("kim",) if districts is not None else ()))
        title, description, card = counted(s.name, f"{s.name}: {t('kim_count', n=t.number(len(s.counted)))}",
                                           s.samples, t("contoh_feed"))
        body = self.render("region.html", t=t, s=region_row(s, lang), code=s.code, parent=parent and region_row(parent, lang),
                            children=[region_row(c, lang) for c in children], national=False,
                            districts=districts, root=root, regions=regions_url(lang), summary=summary,
                            target=(regency_target(s.code, s.active, self.wilayah, self.table.nation.samples) if parent
                                    else rollup(children, self.wilayah, self.table.nation.samples)),
                            other_url=other_language(url, t.lang), stale=stale_groups(s, children, listed),
                            worklist=worklist, jumps=jumps(anchors, t),
                            sharing=share_view(t("share_region", name=title), self.site_url + url, t),
                            note=region_sample_note(s, t),
                            coach=coach_view(self.wilayah.get(s.code), t),
                            statistics=statistics_section(s.code, lang) if not parent and s.kims else "")
        return Page(url, title, description, body, image=card)

    # Files

    def kim_data(self, kim: Kim) -> tuple[tuple[tuple[str, bytes], ...], bytes]:
        """The KIM's own files (path, bytes) and its record for `collection_file`. Done per KIM
        so that the build can spread it over its workers. The files: its open data, and its
        source file as validated (a model not made from a file has none)."""
        record = opendata.public_record(for_bulk(kim), self.site_url, self.today, self.partner_kinds)
        data = opendata.record_json(record)
        files = ((kim_json(kim.slug), opendata.kim_json(data)),)
        if kim.digest:
            files += ((kim_source(kim.slug), opendata.published_source(_validated_bytes(kim), self.site_url)),)
        return files, data

    def data_key(self, kim: Kim) -> tuple:
        """What `kim_data` makes the KIM's files from: the KIM, and the kinds of the partners
        its met needs name (a need met across the sample line names its partner otherwise)."""
        return kim, tuple(self.partner_kinds.get(n.dipenuhi_oleh) for n in kim.dicari if n.dipenuhi_oleh)

    def collection_file(self, records: list[bytes]) -> tuple[str, list[bytes]]:
        """data/kims.json from the records of `kim_data`, in catalogue order, in parts
        (`opendata.kims_json`)."""
        return KIMS_JSON, opendata.kims_json(records, self.today)

    def data_files(self) -> Iterator[tuple[str, bytes]]:
        yield KIMS_CSV, opendata.kims_csv(self.bulk_kims, self.today, self.site_url)
        yield KIMS_GEOJSON, opendata.kims_geojson(self.bulk_kims, self.today, self.site_url)
        yield SCHEMA, schema_text().encode()
        yield from self.search_index.items()

    @cached_property
    def search_index(self) -> dict[str, bytes]:
        """The directory's index files, made once: its page names the entry with their digest."""
        return dict(index_files(self.bulk_kims, self.today, self.vocab, self.regions.name_of, self.province_names))

    # helpers

    def edit_url(self, source: str) -> str | None:
        """The "edit this profile" link of a data file (a KIM's, a partner's)."""
        if not self.edit_base:
            return None
        return self.edit_base + self.edit_paths.get(source, source)

    def _labels(self, t: Text) -> str:
        labels = {
            "vocab": {name: {v: t.label(name, v) for v in self.vocab.values(name)}
                      for name in ("bidang", "jenis_mitra", "sk_tingkat", "status")},
            "text": {k: t(k) for k in ("all", "results", "show_more", "seeks_partners", "offers_partners",
                                       "secretariat", "stale", "active", "sk_level_none", "view_profile", "verified",
                                       "contoh_label", "show_n", "facet_none", "bidang_all_note", "bidang_any_note",
                                       "results_typo", "results_most", "region_empty", "results_mentioned",
                                       "results_noplace", "results_noplace_coach", "district_name", "search_title")},
            "villagePrefix": VILLAGE_PREFIX, "districtNames": t.district_names(),
        }
        return script_json(labels)


def _validated_bytes(kim: Kim) -> bytes:
    """The KIM's file, which the site publishes byte for byte (but for the editor's schema line,
    `opendata.published_source`): it holds only what may be
    published (no name or personal contact without `izin_publikasi`, checked by
    `format.rules`), so it is the KIM's own record, shown like its profile page. Bytes that
    differ from those validated are never published: the file changed during the build."""
    data = read_file(kim.source)
    if hashlib.sha1(data).digest() != kim.digest:
        raise RuntimeError(f"{kim.source} changed while the site was being built: build again")
    return data

