"""A KIM's printable drafts, `kim/<slug>/dokumen/`: the SK of the village head (kepala desa
or lurah), the request for it, a partnership proposal, an MoU/PKS and the potential-mapping
sheet, each on an A4 sheet of its own, filled in from the KIM's data.

The wording is the guides' templates' (content/panduan/templat/<name>.md), not a copy: each
template's document (after its first `---`) is rendered once per build, split at its blank
lines (`........................`), and a page joins the pieces with the KIM's values, where
it has them, in the order of `DRAFTS`; where it has none, the blank line stays. A template
whose number of blanks no longer matches stops the build, so that an edited template never
puts a value on the wrong line. The templates speak of a desa and a kecamatan; a kelurahan's
drafts, and a kampung's and distrik's in Papua, are read once in the words of their place
(`model/placewords.py`, `worded`). Personal names come from the model, which
holds a board member's name only with recorded consent. Like the poster: one page, in Bahasa Indonesia
(the drafts are Indonesian documents), our texts with their English beside them.
"""

from __future__ import annotations

import itertools
import re
from functools import partial
from pathlib import Path
from typing import Iterator

from markdown_it import MarkdownIt
from markupsafe import Markup

from generator.model.kim import Kim
from generator.model.placewords import DESA, EVERY, PlaceWords, place_words
from generator.model.regionmatch import (
    DISTRICT_PREFIXES,
    PROVINCE_PREFIXES,
    REGENCY_PREFIXES,
    VILLAGE_PREFIXES,
    village_titles,
)
from generator.model.regions import Place
from generator.site.core import Site
from generator.site.i18n import Text
from generator.site.pages import Deferred, Page, SourceError, ThemePage, root_for, titled
from generator.site.routes import documents_url, privacy_url, profile_url, regency_card
from generator.site.templating import escape_text

BLANK = "." * 24
TEMPLATES = "panduan/templat"

# The drafts of each sheet, in the page's order: (which `---` section of the template, the
# value of each of its blanks in order). A value in capitals is the field in capitals (the
# SK's heading lines); None keeps the blank.
_ = None
DRAFTS: dict[str, tuple[tuple[int, tuple[str | None, ...]], ...]] = {
    "sk-kepala-desa": (
        (1, ("DESA", "KECAMATAN", "KABKOTA", "DESA", _, "NAMA", "DESA", "DESA", "nama", "berdiri", "nama", _,
             "NAMA", "DESA", "nama", _, _, _, "DESA", _, "kecamatan", "kabupaten")),
        # The annex, the board: the names the request letter and the MoU of the same page print
        # (the model's, only with recorded consent), so that the drafts do not contradict each
        # other; a role without a consented name stays a blank line in all of them.
        (2, ("nama", "desa", "ketua", "sekretaris", "bendahara", _, _)),
    ),
    "surat-permohonan": (  # A, the request for the SK
        (1, ("NAMA", "sekretariat", "desa", "kecamatan", _, "nama", _, "kabupaten", _, "desa", "nama", "berdiri", _,
             "nama", _, _, _, "ketua", "sekretaris", "kecamatan", "kabupaten")),
    ),
    "proposal": (
        (1, (_, "nama", "desa", "kecamatan", "kabkota", _, "tentang", "kegiatan", _, _, _, _, "dicari", _, _,
             _, _, "ketua", _)),
    ),
    "mou-pks": (
        (1, ("NAMA", _, _, _, _, _, _, "ketua", "nama", "alamat", _, _, _, _, _, _, _, _, _, _, _, _, _, _,
             "ketua", _, "desa", _)),
    ),
    "pemetaan-potensi": ((1, ("DESA", "kecamatan", _, _)),),
}
RECENT = 5  # the proposal's "three to five latest activities"

# Project text, not KIM data: its raw HTML (`<br>` for signature space) is kept; line breaks
# within a paragraph are a letter's lines.
_MD = MarkdownIt("commonmark", {"html": True, "breaks": True, "xhtmlOut": False}).enable("table")
# A line that begins a block Python-Markdown reads as other than a paragraph's text: indented
# code, a table row, heading, HTML, quote, admonition, list item, rule, fence or attribute list
_NOT_TEXT = re.compile(r"(?: {4}|\t|[|#<>]|!!!|[-*+] |\d+[.)] |(?:[-*_] ?){3,}$|```|~~~|\{:)")
_HEADING = re.compile(r"<(/?)h([1-5])>")
_BETWEEN_TAGS = re.compile(r">\s*\n\s*<")
_OPTIONAL_TAGS = re.compile(r"</(?:td|th|tr|li)>|</?(?:thead|tbody)>")
_KIM_PREFIX = re.compile(r"^(KIM|Kelompok Informasi Masyarakat)\s+", re.IGNORECASE)
# The templates' "Kabupaten/Kota ....": the regency's own name says which ("KOTA METRO")
_EITHER_REGENCY = re.compile(r"(?:Kabupaten/Kota|KABUPATEN/KOTA) $")

# The templates are written for a desa in a kecamatan. A place's drafts name its own head and
# levels (`place_words`: a kelurahan's lurah; in Papua a kampung and its kepala kampung, a
# distrik and its kepala distrik), in the case the template writes them. A law's title stays
# as enacted: the village law governs a kampung too, a "desa ... atau yang disebut dengan nama
# lain" (UU No. 6 Tahun 2014, Pasal 1). It governs no kelurahan: the guides cite no verified
# basis for one, so a blank line with a note takes its place, for the drafter to fill (what
# the regulation says, or nothing). A phrase here that a template no longer has stops the
# build, like a changed number of blanks.
_KELURAHAN_PHRASES = (
    ("Undang-Undang Nomor 6 Tahun 2014 tentang Desa, beserta perubahannya;",
     f"{BLANK} [dasar hukum tentang kelurahan, diisi penyusun bila ada];"),
    ("peraturan daerah atau peraturan desa", "peraturan daerah"),  # a kelurahan makes no peraturan desa
    ("Lokasi / dusun", "Lokasi / RW"),  # a kelurahan's parts are RWs, a desa's dusun
)
_WORDS = re.compile(r"\b(?:kepala desa|desa|kecamatan|camat)\b", re.IGNORECASE)
_LAW_TITLE = re.compile(r"(Undang-Undang Nomor 6 Tahun 2014 tentang Desa)")
# and the SK's anchor (`#sk-kepala-desa`) names the head: `#sk-lurah`, `#sk-kepala-kampung`
_SK_SHEET = "sk-kepala-desa"


# Why a template stops the build (SourceError), for whoever edited it
_BLANKS = ("bagian {section} memuat {found} baris isian ({blank}), padahal sections/dokumen.py mengisi "
           "{filled}: samakan jumlahnya, atau perbarui DRAFTS di sana / part {section} has {found} blank "
           "lines ({blank}), sections/dokumen.py fills {filled}: make them the same, or update DRAFTS there")
_PHRASES = ("tidak ada lagi templat yang memuat {phrases}: perbarui _KELURAHAN_PHRASES di sections/dokumen.py / "
            "no template says {phrases} any more: update _KELURAHAN_PHRASES in sections/dokumen.py")


def letter_lines(markdown: str) -> str:
    """A template's Markdown for the guides' pages (Python-Markdown, which joins a paragraph's
    lines) with each line of a paragraph ending in a hard break, as `_MD` renders the drafts:
    a template's lines are a letter's. Blocks other than paragraphs stay as written."""
    lines = markdown.split("\n")
    text = [bool(line.strip()) and not _NOT_TEXT.match(line) for line in lines]
    paragraph = fenced = False
    for i, line in enumerate(lines):
        if line.startswith(("```", "~~~")):
            fenced = not fenced
        if fenced or not line.strip():
            paragraph = False
            continue
        if i == 0 or not lines[i - 1].strip():
            paragraph = text[i]
        if paragraph and text[i] and i + 1 < len(lines) and text[i + 1]:
            lines[i] = line.rstrip() + "  "
    return "\n".join(lines)


def kind(place: Place) -> PlaceWords:
    """Which of the templates' wordings a KIM's drafts take: the words of its place."""
    return place_words(place.code)


def worded(html: str, words: PlaceWords) -> str:
    """A template's text in the words of a place, each in the case the template writes it
    ("KEPALA DESA" as "KEPALA KAMPUNG"); a law's title stays as enacted."""
    said = {"kepala desa": words.head, "desa": words.village, "kecamatan": words.district,
            "camat": words.district_head}

    def word(m: re.Match) -> str:
        new = said[m[0].lower()]
        return new.upper() if m[0].isupper() else new.lower() if m[0].islower() else new
    return "".join(part if i % 2 else _WORDS.sub(word, part) for i, part in enumerate(_LAW_TITLE.split(html)))


Sheet = tuple[str, str, tuple[tuple[str, ...], ...]]  # anchor, title, each draft's pieces


def _scrolling_tables(html: str, title: str, numbers: Iterator[int]) -> str:
    """Each table in a box of its own that a phone scrolls sideways, which a keyboard can
    reach and a screen reader names (WCAG 2.1.1), by its sheet and its number in it (regions
    of a page are named apart); printed, the table is whole."""
    def box(_) -> str:
        label = f"Tabel {next(numbers)}: {escape_text(title)}"
        return f'<div class="kim-table-wrap" tabindex="0" role="region" aria-label="{label}"><table>'
    return re.sub("<table>", box, html).replace("</table>", "</table></div>")


def load_sheets(docs: Path, wording: PlaceWords = DESA) -> tuple[Sheet, ...]:
    """Each sheet's anchor (its template's name), title (its template's heading) and its
    drafts' pieces between blanks, in the `wording` of a place (`kind`), in the order of
    `DRAFTS`."""
    kelurahan = wording.village == "Kelurahan"
    sheets = []
    unused = dict(_KELURAHAN_PHRASES)
    for name, drafts in DRAFTS.items():
        path = docs / TEMPLATES / f"{name}.md"
        parts = re.split(r"\n---\n", path.read_text(encoding="utf-8"))
        pieces = []
        title, numbers = parts[0].split("\n", 1)[0].lstrip("# ").strip(), itertools.count(1)
        for section, slots in drafts:
            html = _HEADING.sub(lambda m: f"<{m[1]}h{int(m[2]) + 1}>", _MD.render(parts[section]))
            html = _scrolling_tables(html, title, numbers)
            # 10,000 pages: every byte is 10 MB to write. End tags HTML lets a page leave out
            # (a cell, row or item ends where the next begins) and breaks between tags go.
            html = _OPTIONAL_TAGS.sub("", _BETWEEN_TAGS.sub("><", html))
            split = html.split(BLANK)
            if len(split) != len(slots) + 1:
                raise SourceError(f"{path}: " + _BLANKS.format(section=section, found=len(split) - 1,
                                                               filled=len(slots), blank=BLANK))
            split = [_EITHER_REGENCY.sub("", piece) if slot in ("kabkota", "KABKOTA") else piece
                     for piece, slot in zip(split, slots + (None,))]
            pieces.append(tuple(worded(_phrased(piece, unused) if kelurahan else piece, wording) for piece in split))
        if name == _SK_SHEET:
            name = "sk-" + wording.head.lower().replace(" ", "-")
        sheets.append((name, worded(title, wording), tuple(pieces)))
    if kelurahan and unused:
        raise SourceError(f"{docs / TEMPLATES}: " + _PHRASES.format(phrases=", ".join(map(repr, unused))))
    return tuple(sheets)


def _phrased(piece: str, unused: dict[str, str]) -> str:
    """`piece` with the phrases of a kelurahan's drafts; a phrase found leaves `unused`."""
    for old, new in _KELURAHAN_PHRASES:
        if old in piece:
            piece = piece.replace(old, new)
            unused.pop(old, None)
    return piece


def _list(items: list[str]) -> Markup | None:
    return Markup("<ul>" + "".join(f"<li>{escape_text(i)}</li>" for i in items) + "</ul>") if items else None


def values(kim: Kim, t: Text, today) -> dict[str, Markup | str | None]:
    """What fills the blanks: the KIM's own data, None where it has none. Names of people
    are the model's, which keeps them only with recorded consent."""
    p = kim.place
    names = {b.jabatan: b.nama for b in reversed(kim.pengurus) if b.nama}
    nama = _KIM_PREFIX.sub("", kim.nama) or kim.nama
    top = kim.top_sk
    sk = " ".join(filter(None, (t.sk_level(top.tingkat, p.code), top.nomor and f"No. {top.nomor}",
                                f"({t.date(top.tanggal)})"))) if top else None
    media = ", ".join(m.nama or t.label("media", m.jenis) for m in kim.media)
    reach = [t("dok_reach", n=t.number(o.jangkauan), judul=o.judul) for o in kim.ditawarkan if o.jangkauan]
    about = [(t("dok_founded"), str(kim.founded_year or "") or None), (t("dok_sk"), sk),
             (t("dok_members"), t.number(kim.anggota) if kim.anggota else None), (t("media"), media or None),
             (t("dok_reach_label"), "; ".join(reach) or None)]
    return {
        "nama": nama, "desa": p.name, "kecamatan": p.district, "kabupaten": p.regency,
        "kabkota": p.regency,
        "alamat": kim.alamat, "sekretariat": _without_place(kim.alamat, p),
        "berdiri": t.date(kim.berdiri) if kim.berdiri and not isinstance(kim.berdiri, int) else None,
        "ketua": names.get("ketua"), "sekretaris": names.get("sekretaris"), "bendahara": names.get("bendahara"),
        "tentang": _list([f"{label}: {value or BLANK}" for label, value in about]),
        "kegiatan": _list([f"{t.date(k.tanggal)}: {k.judul}" for k in kim.kegiatan[:RECENT]]),
        "dicari": _list([n.judul for n in kim.dicari if kim.item_open(n, today)]),
    }


# The words an address may put before a place's name ("Kelurahan Yosodadi", "Kec. Kasui"):
# those the region matching knows, at every level
_PLACE_WORDS = re.compile(r"(?:(?:%s)\.?\s+)?(.*)" % "|".join(
    VILLAGE_PREFIXES + DISTRICT_PREFIXES + REGENCY_PREFIXES + PROVINCE_PREFIXES), re.IGNORECASE)


def _without_place(address: str | None, place: Place) -> str | None:
    """The address without the places it ends with (its village, district, regency or
    province): the request letter's line names the village and the district after it."""
    names = {n.casefold() for n in (place.name, place.district, place.province,
                                     re.sub(r"^(?:Kabupaten|Kota) ", "", place.regency))}
    parts = (address or "").split(",")
    while parts and _PLACE_WORDS.fullmatch(parts[-1].strip())[1].casefold() in names:
        parts.pop()
    return ",".join(parts) or None


def escaped(data: dict) -> dict[str, str]:
    """Each slot's HTML, as written and in capitals (`DRAFTS`), escaped once for all its
    uses; a blank line for a value the KIM does not have."""
    out = {}
    for key, value in data.items():
        if value is None:
            out[key] = out[key.upper()] = BLANK
        elif isinstance(value, Markup):
            out[key] = out[key.upper()] = value
        else:
            out[key], out[key.upper()] = escape_text(value), escape_text(value.upper())
    return out


def fill(pieces: tuple[str, ...], slots: tuple[str | None, ...], html: dict[str, str]) -> str:
    """A draft's HTML: its pieces joined by its slots' HTML (`escaped`), or by blanks."""
    out = [pieces[0]]
    for slot, piece in zip(slots, pieces[1:]):
        out += (html[slot] if slot else BLANK, piece)
    return "".join(out)


def _untitled(pieces: tuple[str, ...], slots: tuple[str | None, ...], words: PlaceWords) -> tuple[str, ...]:
    """A draft's pieces for a village whose official name carries its title (`village_titles`: "Desa
    Adat Yoboi"): the village word before its name dropped ("KEPALA DESA ADAT YOBOI")."""
    before = re.compile(rf"\b{words.village} $", re.IGNORECASE)
    return tuple(before.sub("", piece) if slot in ("desa", "DESA") else piece
                 for piece, slot in zip(pieces, (*slots, None)))


# Where a KIM's own values go in the page rendered once for all (`DocumentsSection.frame`):
# words no template, interface text or escaping changes; the KIM's values are put between the
# pieces, never searched, so a KIM's name that holds one of them stays as written.
NAME, SLUG, CARD, ALT = "KIMDOKNAMA", "KIMDOKSLUG", "KIMDOKREGENCY", "KIMDOKCARDALT"
SHEET = "KIMDOKSHEET{}"


class DocumentsSection:
    def __init__(self, site: Site) -> None:
        self.site = site
        # read before the page workers fork, so that they share them: a desa's and a kelurahan's
        self.sheets = {w: load_sheets(site.docs, w) for w in EVERY} if site.docs else {}
        # the same on every KIM's page of a wording: rendered once
        contents = site.env.get_template("_dokumen.html").module.contents
        self.contents = {w: contents(site.text["id"], site.text["en"], root_for(documents_url("slug")), sheets)
                         for w, sheets in self.sheets.items()}  # all as deep
        self._frames: dict[tuple[bool, PlaceWords], list[str]] = {}

    def frame(self, contoh: bool, wording: PlaceWords) -> list[str]:
        """The page of every KIM of a `wording` (a sample KIM's, `contoh`), rendered once, split
        at the placeholders of its KIM's values: a page is then a join, not a template's render."""
        key = (contoh, wording)
        if key not in self._frames:
            slots = {NAME: NAME, SLUG: SLUG, CARD: CARD, ALT: ALT}
            slots.update((SHEET.format(i), Markup(SHEET.format(i))) for i in range(len(self.sheets[wording])))
            body = self.render(slots, contoh, wording)
            self._frames[key] = re.split("(" + "|".join(slots) + ")", body)
        return self._frames[key]

    def render(self, values: dict, contoh: bool, wording: PlaceWords) -> str:
        """The page through its template: its name, slug and share card, and each sheet's
        drafts (`SHEET`), from `values`."""
        site, name, slug = self.site, values[NAME], values[SLUG]
        t = site.text["id"]
        url = documents_url(slug)
        og = {**site.open_graph("id", *titled(t("dok_title", name=name), name, contoh, t), values[CARD]),
              "image_alt": values[ALT]}
        sheets = [(sheet, title, values[SHEET.format(i)])
                  for i, (sheet, title, _) in enumerate(self.sheets[wording])]
        root = root_for(url)
        return site.render("id/dokumen.html", t=t, en=site.text["en"], nama=name, contoh=contoh, og=og,
                           address=site.site_url + url, root=root, profile=root + profile_url(slug, "id"),
                           profile_en=root + profile_url(slug, "en"), privacy=root + privacy_url("id"),
                           privacy_en=root + privacy_url("en"),
                           contents=self.contents[wording], sheets=sheets)

    def theme_pages(self) -> list[ThemePage]:
        return []

    def files(self) -> Iterator[tuple[str, bytes]]:
        return iter(())

    def shell_pages(self, lang: str) -> Iterator[Deferred]:
        if lang != "id" or not self.sheets:
            return
        for kim in self.site.kims:
            yield Deferred(documents_url(kim.slug), partial(tuple, ("dokumen", kim, self.sheets[kind(kim.place)])),
                           partial(self.page, kim))

    def values(self, kim: Kim) -> dict[str, str]:
        """What the page of `kim` puts in its frame's places, as HTML."""
        data = escaped(values(kim, self.site.text["id"], self.site.today))
        words = kind(kim.place)
        own = village_titles(kim.place.name, words)[0] == kim.place.name  # the name carries its title
        card = regency_card(kim.place.regency_code, kim.contoh)
        out = {NAME: escape_text(kim.nama), SLUG: kim.slug, CARD: card, ALT: escape_text(self.site.card_alt("id", card))}
        out.update((SHEET.format(i), "\n<hr>\n".join(fill(_untitled(p, slots, words) if own else p, slots, data)
                                                     for p, (_section, slots) in zip(pieces, drafts)))
                   for i, ((_name, _title, pieces), drafts) in enumerate(zip(self.sheets[kind(kim.place)],
                                                                             DRAFTS.values())))
        return out

    def page(self, kim: Kim) -> Page:
        values = self.values(kim)
        body = "".join([values.get(part, part) for part in self.frame(kim.contoh, kind(kim.place))])
        return Page(documents_url(kim.slug), kim.nama, "", body, whole=True)
