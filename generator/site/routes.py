"""Every address of the site in one place: the language prefix, a page's address in the other
language, and the path of each page and file, relative to the site root.

The addresses are contracts (links from elsewhere, the sitemap, the browser scripts, feed
readers, printed QR codes, other sites' iframes): `kim/<slug>/`, `kim/<slug>/poster/`,
`kim/<slug>/dokumen/`, `wilayah/<code>/`, `kemitraan/...`, `mitra/<slug>/`, `statistik/`,
`kontribusi/`, `privasi/`, `sematkan/...`, `offline/`, `data/...`, and each page again under
`en/` (not the poster, not the documents). A page's address ends in "/"; the source MkDocs
renders it from is `source(url)`. Files (data, indexes, the feed) have one address for both
languages.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from dataclasses import dataclass


def lang_prefix(lang: str) -> str:
    """What every page of `lang` starts with: nothing for Indonesian, "en/" for English."""
    return "" if lang == "id" else f"{lang}/"


def other_lang(lang: str) -> str:
    return "en" if lang == "id" else "id"


def other_language(url: str, lang: str) -> str:
    """The same page in the other language (`url` is a page of `lang`)."""
    return url[3:] if lang == "en" else "en/" + url


def page_lang(url: str) -> str:
    """The language of the page at `url`, which its prefix says."""
    return "en" if url.startswith(lang_prefix("en")) else "id"


def source(url: str) -> str:
    """The Markdown source MkDocs renders a theme page at `url` from."""
    return f"{url}index.md"


# ---- pages ---------------------------------------------------------------------------


def home_url(lang: str) -> str:
    return lang_prefix(lang)


def directory_url(lang: str) -> str:
    return f"{lang_prefix(lang)}kim/"


def profile_url(slug: str, lang: str) -> str:
    return f"{lang_prefix(lang)}kim/{slug}/"


SHELL_URL = "kim/_shell/"  # the page profiles and region pages are poured into (never published)


def regions_url(lang: str) -> str:
    return f"{lang_prefix(lang)}wilayah/"


def region_url(code: str, lang: str) -> str:
    return f"{lang_prefix(lang)}wilayah/{code}/"


def bimtek_url(code: str, lang: str) -> str:
    """A regency's Bimtek planner."""
    return f"{region_url(code, lang)}bimtek/"


def data_url(lang: str) -> str:
    return f"{lang_prefix(lang)}data/"


def statistics_url(lang: str) -> str:
    return f"{lang_prefix(lang)}statistik/"


def statistics_section(province: str, lang: str) -> str:
    """A province's section of the statistics page, its regencies' numbers (statistik.html)."""
    return f"{statistics_url(lang)}#kabupaten-{province}"


def contribution_url(lang: str) -> str:
    return f"{lang_prefix(lang)}kontribusi/"


def edit_form_url(slug: str, lang: str) -> str:
    """The contribution form opened on a published KIM's file (`?ubah=`: kontribusi.js)."""
    return f"{contribution_url(lang)}?ubah={slug}"


def privacy_url(lang: str) -> str:
    return f"{lang_prefix(lang)}privasi/"


BOARD = "kemitraan/"


def board_url(lang: str) -> str:
    return lang_prefix(lang) + BOARD


def board_province_url(code: str, lang: str) -> str:
    return f"{lang_prefix(lang)}{BOARD}{code}/"


def board_regency_url(code: str, lang: str, page: int = 1) -> str:
    """A regency's page of the board, under its province's ("kemitraan/33/33.01/"): a
    province with many open items lists only its newest (`kemitraan/province.py`). A regency
    with more than one page of items goes on at "kemitraan/33/33.01/2/"."""
    first = f"{board_province_url(code[:2], lang)}{code}/"
    return first if page == 1 else f"{first}{page}/"


def board_type_url(jenis: str, lang: str) -> str:
    return f"{lang_prefix(lang)}{BOARD}{jenis}/"


def board_filtered(url: str, name: str, value: str) -> str:
    """A page of the board opened on one of its filters ("kemitraan/?mitra=dinas"), which
    kemitraan.js applies."""
    return f"{url}?{name}={value}"


def partners_url(lang: str) -> str:
    return f"{lang_prefix(lang)}{BOARD}mitra/"


def partners_area_url(code: str, lang: str) -> str:
    """The partnerships of a province's KIMs ("kemitraan/mitra/33/"), or of a regency's, under
    its province's ("kemitraan/mitra/33/33.01/"): a province with many lists only its
    regencies (`kemitraan/partners.py`)."""
    province = f"{partners_url(lang)}{code[:2]}/"
    return f"{province}{code}/" if "." in code else province


PARTNERS = "mitra/"  # partners' own pages (mitra/<slug>.yml); the board's /kemitraan/mitra/ is another page


def mitra_list_url(lang: str) -> str:
    return lang_prefix(lang) + PARTNERS


def mitra_url(slug: str, lang: str) -> str:
    return f"{lang_prefix(lang)}{PARTNERS}{slug}/"


# ---- files (the same for both languages) ---------------------------------------------

BOARD_FEED = "kemitraan/feed.xml"
BOARD_INDEX = "kemitraan/indeks.json"
BOARD_DATA = "kemitraan/data/"  # then <province>-<part>.json
BOARD_PROGRAMMES = "kemitraan/program.json"  # the partners' open programmes
BOARD_PROVINCES = "kemitraan/provinsi.json"  # every province's names, for a search on a province's page


def board_part(province: str, part: int) -> str:
    return f"{BOARD_DATA}{province}-{part}.json"


SEARCH_ENTRY, SEARCH_NAMES, SEARCH_SHARDS = "kim/indeks.json", "kim/wilayah.json", "kim/kata/"


def versioned(path: str, data: bytes) -> str:
    """A page's address for the file `path` of content `data`: with a digest of it as the
    query, a page of a new deploy never gets an older deploy's copy from a cache (the
    service worker's, which a visitor's first page after a deploy still goes through)."""
    return f"{path}?v={hashlib.sha256(data).hexdigest()[:12]}"

KIMS_JSON, KIMS_CSV, KIMS_GEOJSON = "data/kims.json", "data/kims.csv", "data/kims.geojson"
SCHEMA = "data/kim.schema.json"
STATISTICS_JSON = "data/statistik.json"
MITRA_JSON = "data/mitra.json"

SITEMAP = "sitemap.xml"  # the only one, or the index of its parts


def sitemap_part(number: int) -> str:
    return f"sitemap-{number}.xml"


# The folders of the files below, which the contribution form's script fetches from
KIM_FILES, VILLAGES, COACHES, SLUGS = "data/kim/", "data/desa/", "data/pembina/", "data/slug/"
# The KIMs of each village of a regency, for the form to name those already in a village chosen
VILLAGE_KIMS = "data/desa-kim/"
# The starts that name a file of VILLAGES, for the directory, which reads that folder only when
# a search finds no KIM (to tell a place without a KIM from a typo).
VILLAGE_STARTS = "data/desa-awalan.json"


def kim_json(slug: str) -> str:
    """A KIM's own open-data file."""
    return f"{KIM_FILES}{slug}.json"


def kim_source(slug: str) -> str:
    """A KIM's own file as it is in the repository, byte for byte (the form's `?ubah=` edits it)."""
    return f"{KIM_FILES}{slug}.yml"


def villages_json(key: str) -> str:
    """A shard of the contribution form's village search ("induk": the parent regions)."""
    return f"{VILLAGES}{key}.json"


def village_kims_json(regency: str) -> str:
    """The KIMs of one regency's villages, for the contribution form."""
    return f"{VILLAGE_KIMS}{regency}.json"


def coaches_json(province: str) -> str:
    """The coaches' contacts of one province's regencies, for the contribution form."""
    return f"{COACHES}{province}.json"


def slugs_json(key: str) -> str:
    """A shard of the slugs in use, by first letter, for the contribution form."""
    return f"{SLUGS}{key}.json"


WORKLIST_CSV = "worklist.csv"


def worklist_csv(regency_code: str) -> str:
    return f"wilayah/{regency_code}/{WORKLIST_CSV}"


WORKLIST_XLSX = "worklist.xlsx"


def worklist_xlsx(regency_code: str) -> str:
    return f"wilayah/{regency_code}/{WORKLIST_XLSX}"


# ---- reach: share cards, posters, offline reading, embeds ---------------------------

CARDS = "kartu/"  # share cards (PNG), one address for both languages


def site_card(contoh: bool) -> str:
    """The site's share card: pages whose counts include sample KIMs get one that says so."""
    return f"{CARDS}situs{'-contoh' if contoh else ''}.png"


SITE_CARD = site_card(False)


def card_of(image: str) -> tuple[str | None, bool]:
    """The regency code of the card at `image` (None for the site's) and whether it is a
    sample's: what `site_card` and `regency_card` made it from."""
    stem = image.removeprefix(CARDS).removesuffix(".png")
    code = stem.removesuffix("-contoh")
    return (None if code == "situs" else code), code != stem


def regency_card(code: str, contoh: bool) -> str:
    """The share card of a regency's profiles: sample profiles get one that says so."""
    return f"{CARDS}{code}{'-contoh' if contoh else ''}.png"


def poster_url(slug: str, lang: str) -> str:
    return f"{profile_url(slug, lang)}poster/"


def documents_url(slug: str) -> str:
    """A KIM's printable drafts (SK, letter, proposal, MoU/PKS, mapping sheet): Indonesian
    documents for Indonesian offices, so one page, never under `en/`."""
    return f"{profile_url(slug, 'id')}dokumen/"


def offline_url(lang: str) -> str:
    return f"{lang_prefix(lang)}offline/"


EMBED = "sematkan/"


def embeds_url(lang: str) -> str:
    return lang_prefix(lang) + EMBED


def embed_url(code: str, lang: str) -> str:
    return f"{lang_prefix(lang)}{EMBED}wilayah/{code}/"


MANIFEST, SERVICE_WORKER = "manifest.webmanifest", "sw.js"


def listed(url: str) -> bool:
    """Whether a page belongs in the sitemap: not a profile's printable poster or documents,
    not an embed (these repeat what a listed page says, in a form made for paper or an
    iframe), not the page shown offline."""
    return not (url.endswith(("/poster/", "/dokumen/")) or f"{EMBED}wilayah/" in url or url.endswith("offline/"))


GUIDES = "panduan/"


def guide_url(guide: str) -> str:
    """A guide of `content/panduan/`, in Indonesian, so never with a language prefix."""
    return f"{GUIDES}{guide}/"


def guide_name(url: str) -> str | None:
    """The guide a page of either language shows, as the plugin names the guides written in
    English (`english_guides`): "panduan/media/" and "en/panduan/media/" are "media", the
    guides' index "index", a document template "templat/<name>"; None for a page that is no guide."""
    rest = url[len(lang_prefix(page_lang(url))):]
    return rest[len(GUIDES):-1] or "index" if rest.startswith(GUIDES) else None


IMPORT_TEMPLATE = "panduan/templat-impor-kim.xlsx"  # the spreadsheet to fill for `kim impor`


@dataclass(frozen=True)
class GuideLink:
    """A link to a coaching guide from a page in `lang`: its English version where one is
    written (`content/en/panduan/<guide>.md`), else the Indonesian guide, and then `lang_note`
    is "id" on an English page: the link carries hreflang="id" and says "(Bahasa Indonesia)"."""

    url: str
    lang_note: str


def guide_link(guide: str, lang: str, english: Collection[str] = ()) -> GuideLink:
    if lang == "en" and guide in english:
        return GuideLink(f"en/{guide_url(guide)}", "")
    return GuideLink(guide_url(guide), "id" if lang != "id" else "")
