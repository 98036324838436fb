"""View models of a KIM's profile, computed from the catalogue (its contacts as
`contacts.py` lists them, its structured data as `pagejson.py` writes it).

Pure functions from the model to plain data for templates. Templates never see
raw YAML, and nothing here knows about MkDocs or the file system.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Callable, NamedTuple

from markupsafe import Markup

from generator.model.caches import kept
from generator.model.kim import SK, Kegiatan, Kim, Kontak, Peluang, consented_contacts
from generator.model.urls import is_safe_href
from generator.site.contacts import Contact, contact_view
from generator.site.i18n import Text
from generator.site.kelembagaan import (
    Criteria,
    InstitutionalProfile,
    Signal,
    load_criteria,
    presence,
    profile_section,
)
from generator.site.matching import FulfilledView, MatchView, PartnerNames, kim_fulfilled, of_kind
from generator.site.pagejson import json_ld, json_ld_data
from generator.site.pages import root_for
from generator.site.richtext import lead, render_markdown
from generator.site.routes import (
    GuideLink,
    documents_url,
    edit_form_url,
    kim_json,
    lang_prefix,
    mitra_url,
    other_lang,
    poster_url,
    privacy_url,
    profile_url,
    region_url,
)

ADINDA_ORDER = ("akses", "diskusi", "implementasi", "networking", "diseminasi", "aspirasi", "prestasi")


# The small parts of a view are named tuples: a profile makes about fifty of them in each
# language, and a tuple is made in less than half the time of a frozen dataclass (0.33 against
# 0.78 µs here).


class Link(NamedTuple):
    url: str  # relative to the site root, or to the page in a profile's; "" for a place shown without a link
    text: str


class Item(NamedTuple):
    """A line of a list: a title with optional details and a safe link (whose text is then
    the details: "Instagram: instagram.com/kim.x"), or a page of the site the title links
    (`page`, relative to the site root: a partner's)."""

    title: str
    details: tuple[str, ...] = ()
    href: str | None = None
    body: Markup | None = None
    page: str | None = None

    @property
    def detail(self) -> Markup:
        """The details on one line, each escaped but a KIM's words marked with their language."""
        return Markup(" · ").join(self.details)


class Group(NamedTuple):
    title: str
    items: tuple[Item, ...]


class ListSection(NamedTuple):
    """A titled part of a profile: lists of items, each group under an optional subtitle;
    `empty` is shown when there are no groups, `note` after them."""

    id: str
    title: str
    groups: tuple[Group, ...]
    cls: str = ""
    note: str = ""
    empty: str = ""
    lang: str = ""  # of the items' titles and texts (the KIM's words) where not the page's; details stay the page's


class Summary(NamedTuple):
    """The top of a profile (issue 19): what the KIM does, its open needs and offers, its
    highest SK, and links down to the parts a phone reader looks for."""

    does: str
    seeks: str  # "Mencari mitra: 2", or "" without open needs
    offers: str
    sk: str  # "Kabupaten (2019)", or "" without an SK
    contact: bool  # a "contact" button to the contacts
    jumps: tuple[Link, ...]  # in-page links ("#kegiatan") to the parts the profile has
    poster: str  # the printable poster's address, relative to the page
    documents: str  # the printable drafts' address (sections/dokumen.py), relative to the page


@dataclass
class ProfileView:
    """A KIM's profile in one language. Its links are relative to the page (`page_links`):
    the shortest way there, written once for both languages' pages of 10,000 KIMs."""

    slug: str
    lang: str
    url: str  # the page's own, relative to the site root
    lang_prefix: str
    other_lang: str
    other_lang_url: str
    nama: str
    breadcrumb: list[Link]
    status: str
    active: bool
    stale: bool
    contoh: bool  # sample data: the page says so at its top
    last_checked: str
    verifikasi: str  # "Verified by ... on ...", or "" when not verified
    facts: list[tuple[str, str]]
    bidang: list[str]
    deskripsi: Markup | None
    pengurus: list[tuple[str, str]]  # (role, name) of those whose names are shown
    pengurus_tanpa_nama: list[str]  # the other roles, once each: "Anggota (3)" for three
    pengurus_tanpa_nama_orang: int  # how many people those are (one, or "names" in English)
    fasilitas: list[str]
    ditawarkan: list[Item]  # the open ones; also in `lists`, with the count of expired ones
    dicari: list[Item]
    expired: int
    kontak: list[Contact]
    koordinat: tuple[float, float] | None
    edit_url: str | None
    form_url: str  # the contribution form, opened on this KIM's file
    removal_url: str  # how a person has their data taken off (the privacy notice's part)
    json_url: str
    json_ld: Markup | None
    description: str
    kelembagaan: InstitutionalProfile  # signals and gaps, each gap with its guide (issue 4)
    gaps: tuple[tuple[Signal, GuideLink], ...]  # `kelembagaan.gaps`, each with its guide's link from the page
    lists: list[ListSection]  # SK, activities, partners, partnership, coaching, achievements, media
    summary: Summary
    cocok: tuple[MatchView, ...] = ()  # "Mitra yang cocok": partners matching its open needs and offers
    terpenuhi: tuple[FulfilledView, ...] = ()  # its fulfilled needs, a record


def short_description(kim: Kim) -> str:
    """What the KIM does, in a sentence or two: the pages' meta description and link preview,
    the profile's summary, the poster."""
    return lead(kim.deskripsi)


def verification(kim: Kim, t: Text) -> str:
    """Who verified the data and when, or "" when no one did. Data changed after that date
    (`diperbarui`) is not what the coach saw: it gets no stamp, only the date of the check."""
    v = kim.verifikasi
    if v is None:
        return ""
    if not kim.verified:
        return t("verified_changed", date=t.date(v.tanggal))
    return t("verified_by", oleh=v.oleh, date=t.date(v.tanggal))


def _summary(kim: Kim, t: Text, lists: list[ListSection], contacts: bool, dicari: int, ditawarkan: int,
             link: Callable[[str], str]) -> Summary:
    top = kim.top_sk
    sk = f"{t.sk_level(top.tingkat, kim.place.code)} ({top.tanggal.year})" if top else ""
    ids = {part.id for part in lists}
    jumps = [Link("#kegiatan", t("sum_activities"))] if "kegiatan" in ids else []
    partnership = next((id_ for id_ in ("peluang", "mitra") if id_ in ids), None)
    if partnership:
        jumps.append(Link("#" + partnership, t("partnership")))
    if contacts:
        jumps.append(Link("#kontak", t("contacts")))
    return Summary(short_description(kim) or ", ".join(t.label("bidang", b) for b in kim.bidang),
                   t("sum_seeks", n=t.number(dicari)) if dicari else "",
                   t("sum_offers", n=t.number(ditawarkan)) if ditawarkan else "",
                   sk, contacts, tuple(jumps), link(poster_url(kim.slug, "id")), link(documents_url(kim.slug)))


def page_links(page: str) -> Callable[[str], str]:
    """Links from the page at `page` (a folder URL, e.g. "en/kim/<slug>/") to URLs relative to
    the site root, as short as they go: "poster/" below it, "../../wilayah/18/" beside it in
    its language's folder, else through the root ("../../../kim/<slug>/")."""
    root = root_for(page)
    first = page[:page.find("/") + 1]  # "kim/", "en/"
    beside = root[3:]

    def link(url: str) -> str:
        if url.startswith(page):
            return url[len(page):]
        if url.startswith(first):
            return beside + url[len(first):]
        return root + url

    return link


class ProfileBasis(NamedTuple):
    """What a KIM's profile shows the same in both languages, computed once for the two:
    its open needs and offers, its Markdown rendered, its signals, its contacts, its media."""

    # open ones by their own dates and status, each with its text rendered: an inactive KIM's
    # are shown as held (`Kim.item_held`), not as open
    ditawarkan: tuple[tuple[Peluang, Markup | None], ...]
    dicari: tuple[tuple[Peluang, Markup | None], ...]
    expired: int
    deskripsi: Markup | None
    kegiatan: tuple[tuple[str, tuple[tuple[Kegiatan, Markup | None], ...]], ...]  # by ADINDA, in order
    media: tuple[tuple[str, str | None, str, str | None], ...]  # (kind, its own name, short address, safe link)
    kontak: tuple[Kontak, ...]  # those with consent
    criteria: Criteria
    present: tuple[bool, ...]  # each signal of `criteria`
    json_ld: str  # the structured data but for its "url" (`json_ld`), "" for a sample KIM


# The workers render a KIM's two profiles one after the other (mkdocs_plugin.output): the
# second takes the first's basis. Keyed on the Kim, whose hash is computed once; `kept`, as
# it holds the criteria file's signals, emptied when `mkdocs serve` sees that file change.
@kept(maxsize=4)
def profile_basis(kim: Kim, today: dt.date) -> ProfileBasis:
    def rendered(text: str | None) -> Markup | None:
        return render_markdown(text) if text else None

    groups: dict[str, list[tuple[Kegiatan, Markup | None]]] = defaultdict(list)
    for k in kim.kegiatan:
        groups[k.adinda or ""].append((k, rendered(k.uraian)))
    order = [a for a in ADINDA_ORDER if a in groups] + ([""] if "" in groups else [])
    criteria = load_criteria()
    return ProfileBasis(
        tuple((p, rendered(p.uraian)) for p in kim.ditawarkan if p.is_open(today)),
        tuple((p, rendered(p.uraian)) for p in kim.dicari if p.is_open(today)),
        sum(p.ended(today) for p in (*kim.ditawarkan, *kim.dicari)),
        rendered(kim.deskripsi),
        tuple((a, tuple(groups[a])) for a in order),
        tuple((m.jenis, m.nama, _short_url(m.url or ""), m.url if m.url and is_safe_href(m.url) else None)
              for m in kim.media),
        consented_contacts(kim),
        criteria,
        presence(kim, today, criteria),
        "" if kim.contoh else json_ld_data(kim),
    )


def _peluang_item(p: Peluang, body: Markup | None, t: Text, held: bool) -> Item:
    """`held`: an inactive KIM's, shown on hold rather than with the date it is open until."""
    details = [t("under_discussion")] if p.discussed else []
    details += [t.label("jenis_mitra", j) for j in p.jenis_mitra]
    if p.untuk_mitra:
        details.append(f"{t('meant_for')}: {', '.join(t.label('jenis_mitra', j) for j in p.untuk_mitra)}")
    details += [t.label("bidang", b) for b in p.bidang]
    if p.jangkauan:
        details.append(t("reach_people", n=t.number(p.jangkauan)))
    if p.diunggah:
        details.append(f"{t('posted')} {t.date(p.diunggah)}")
    if held:
        details.append(t("held_item"))
    elif p.hingga:
        details.append(f"{t('until')} {t.date(p.hingga)}")
    return Item(p.judul, tuple(details), body=body)


def _kegiatan_groups(basis: ProfileBasis, t: Text) -> list[Group]:
    return [Group(t.label("adinda", a) if a else t("adinda_other"),
                  tuple(Item(k.judul, (t.date(k.tanggal),), body=body) for k, body in items))
            for a, items in basis.kegiatan]


def _short_url(url: str) -> str:
    """A web address as people write it: no scheme, no "www.", no final slash."""
    short = url.split("://", 1)[-1]
    return short.removeprefix("www.").rstrip("/") or url


def breadcrumb(kim: Kim, t: Text, link: Callable[[str], str] = str) -> list[Link]:
    p, lang = kim.place, t.lang
    regency = link(region_url(p.regency_code, lang))
    return [
        Link(link(region_url(p.province_code, lang)), p.province),
        Link(regency, p.regency),
        Link(regency + f"#kec-{p.district_code}", t.district(p.district, p.code)),
        Link("", p.name),  # the village has no page of its own: its district above links
    ]


def _unnamed_roles(unnamed: Counter, t: Text) -> list[str]:
    # One line for every role without a published name: five lines of "name not published"
    # said nothing more, on a phone and in the page's weight.
    return [t.label("jabatan", role) + (f" ({n})" if n > 1 else "") for role, n in unnamed.items()]


def profile_view(kim: Kim, t: Text, today: dt.date, site_url: str, edit_url: str | None,
                 cocok: tuple[MatchView, ...] = (), partners: PartnerNames | None = None) -> ProfileView:
    """`cocok`: the KIM's matches (`site.matching.kim_matches`); `partners`: the partner
    files' names and kinds, for the record of its fulfilled needs and the links of its partners."""
    lang = t.lang
    basis = profile_basis(kim, today)
    url = profile_url(kim.slug, lang)
    link = page_links(url)
    unnamed = Counter(p.jabatan for p in kim.pengurus if not p.nama)
    ditawarkan = [_peluang_item(p, body, t, kim.item_held(p, today)) for p, body in basis.ditawarkan]
    dicari = [_peluang_item(p, body, t, kim.item_held(p, today)) for p, body in basis.dicari]
    partners = partners or {}
    lists = _profile_lists(kim, basis, t, today, partners, dicari, ditawarkan)
    kontak = [contact_view(c, t) for c in basis.kontak]
    kelembagaan = profile_section(kim, today, t, basis.criteria, basis.present)
    return ProfileView(
        slug=kim.slug,
        lang=lang,
        url=url,
        lang_prefix=lang_prefix(lang),
        other_lang=other_lang(lang),
        other_lang_url=link(profile_url(kim.slug, other_lang(lang))),
        nama=kim.nama,
        breadcrumb=breadcrumb(kim, t, link),
        status=t.label("status", kim.status),
        active=kim.status == "aktif",
        stale=kim.is_stale(today),
        contoh=kim.contoh,
        last_checked=t.date(kim.diperbarui),
        verifikasi=verification(kim, t),
        facts=_facts(kim, t),
        bidang=[t.label("bidang", b) for b in kim.bidang],
        deskripsi=basis.deskripsi,
        pengurus=[(t.label("jabatan", p.jabatan), p.nama) for p in kim.pengurus if p.nama],
        pengurus_tanpa_nama=_unnamed_roles(unnamed, t),
        pengurus_tanpa_nama_orang=unnamed.total(),
        fasilitas=[t.label("fasilitas", f) for f in kim.fasilitas],
        ditawarkan=ditawarkan,
        dicari=dicari,
        expired=basis.expired,
        kontak=kontak,
        koordinat=kim.koordinat,
        edit_url=edit_url,
        form_url=link(edit_form_url(kim.slug, lang)),
        removal_url=link(privacy_url(lang)) + "#menarik-persetujuan",
        json_url=link(kim_json(kim.slug)),
        # an invented KIM is no organisation: no structured data says it is one
        json_ld=json_ld(kim, site_url, lang, basis.json_ld) if basis.json_ld else None,
        description=short_description(kim),
        kelembagaan=kelembagaan,
        gaps=tuple((g, GuideLink(link(g.guide_url), g.guide_link.lang_note)) for g in kelembagaan.gaps),
        lists=lists,
        cocok=cocok,
        terpenuhi=kim_fulfilled(kim, t, partners),
        summary=_summary(kim, t, lists, bool(kontak), sum(kim.item_open(p, today) for p, _ in basis.dicari),
                         sum(kim.item_open(p, today) for p, _ in basis.ditawarkan), link),
    )


def _facts(kim: Kim, t: Text) -> list[tuple[str, str]]:
    """The profile's table of facts: its status, then what the file says of the KIM."""
    facts = [(t("status"), t.label("status", kim.status))]
    if kim.berdiri:
        facts.append((t("founded"), t.date(kim.berdiri)))
    if kim.asal:
        facts.append((t("origin"), t.label("asal", kim.asal)))
    if kim.basis:
        facts.append((t("basis"), ", ".join(t.label("basis", b) for b in kim.basis)))
    if kim.anggota:
        facts.append((t("members"), t("members_count", n=t.number(kim.anggota))))
    if kim.alamat:
        facts.append((t("address"), t.own(kim.alamat)))
    return facts


def _profile_lists(kim: Kim, basis: ProfileBasis, t: Text, today: dt.date, partners: PartnerNames,
                   dicari: list[Item], ditawarkan: list[Item]) -> list[ListSection]:
    """The profile's sections of lists, in the page's order; those with nothing to list left
    out but the SK timeline, which says it has none."""
    lang = t.lang
    pembinaan = [Item(p.kegiatan, tuple(x for x in (t.date(p.tanggal), p.penyelenggara and t.own(p.penyelenggara))
                                        if x))
                 for p in kim.pembinaan]
    prestasi = [Item(p.judul, (str(p.tahun),)) for p in kim.prestasi]
    media = [Item(t.label("media", j), (t.own(n) if n else short,), href) for j, n, short, href in basis.media]
    peluang = tuple(Group(title, tuple(items)) for title, items in
                    ((t("seeks"), dicari), (t("offers"), ditawarkan)) if items)
    lists = [ListSection("sk", t("sk"), _single(_sk_items(kim, t, today)), "kim-timeline", empty=t("sk_none"))]
    own = "" if lang == "id" else "id"  # the language of the KIM's words where not the page's
    lists += [ListSection(id_, title, groups, lang=words) for id_, title, groups, words in (
        ("kegiatan", t("activities"), tuple(_kegiatan_groups(basis, t)), own),
        # partners' names, and their terms marked (`t.own`)
        ("mitra", t("partners"), _single(_partner_items(kim, t, partners)), ""),
    ) if groups]
    held = any(kim.item_held(p, today) for p, _ in (*basis.dicari, *basis.ditawarkan))
    if peluang or basis.expired:
        notes = (t("held_inactive") if held else "", t("expired_count", n=basis.expired) if basis.expired else "")
        lists.append(ListSection("peluang", t("partnership"), peluang, note=" ".join(n for n in notes if n), lang=own))
    lists += [ListSection(id_, title, groups, lang=words) for id_, title, groups, words in (
        ("pembinaan", t("coaching"), _single(pembinaan), own),
        ("prestasi", t("achievements"), _single(prestasi), own),
        ("media", t("media"), _single(media), ""),
    ) if groups]
    return lists


def _sk_items(kim: Kim, t: Text, today: dt.date) -> list[Item]:
    return [Item(t.sk_level(s.tingkat, kim.place.code),
                 tuple(x for x in (t.date(s.tanggal), s.nomor and f"{t('sk_number')} {s.nomor}",
                                   s.penerbit and Markup("{}: {}").format(t("sk_issuer"), t.own(s.penerbit)),
                                   _sk_term(s, t, today)) if x))
            for s in kim.sk]


def _partner_items(kim: Kim, t: Text, partners: PartnerNames) -> list[Item]:
    """The KIM's partners, each linking its partner page where there is one across no sample line."""
    return [Item(t.own(k.mitra),
                 tuple(x for x in (t.label("jenis_mitra", k.jenis), k.sejak and f"{t('since')} {t.date(k.sejak)}",
                                   k.bentuk and t.own(k.bentuk)) if x),
                 page=mitra_url(k.slug_mitra, t.lang) if of_kind(k.slug_mitra, kim.contoh, partners) else None)
            for k in kim.kemitraan]


def _sk_term(sk: SK, t: Text, today: dt.date) -> str:
    """The SK's term, when it has one: until when, or that it has expired."""
    if sk.berlaku_hingga is None:
        return ""
    return t("sk_expired" if sk.expired(today) else "sk_valid_until", date=t.date(sk.berlaku_hingga))


def _single(items: list[Item]) -> tuple[Group, ...]:
    """One untitled group of `items`, or none when there are no items."""
    return (Group("", tuple(items)),) if items else ()
