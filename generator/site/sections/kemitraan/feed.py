"""The board's Atom feed, `kemitraan/feed.xml`; made from `model.for_bulk` KIMs."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections import Counter

from generator.site.files.opendata import LICENCE
from generator.site.i18n import Text
from generator.site.routes import (
    BOARD_FEED,
    board_url,
    profile_url,
)
from generator.site.sections.kemitraan.items import (
    SEEKS,
    OpenItem,
)
from generator.site.sections.kemitraan.views import (
    markdown,
    place_text,
)

FEED_LIMIT = 500  # the newest entries; a feed reader only needs what is new
ATOM = "http://www.w3.org/2005/Atom"
# Characters XML 1.0 cannot carry at all (validation already refuses most of them).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


def _stamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def atom_feed(items: list[OpenItem], today: dt.date, site_url: str, t: Text, limit: int = FEED_LIMIT) -> bytes:
    """The newest `limit` open requests and offers (of `open_items`, newest profile first)
    as Atom 1.0; the same input gives the same bytes."""
    items = items[:limit]
    absolute = site_url.startswith(("https://", "http://"))
    base = site_url if site_url.endswith("/") else site_url + "/"

    def sub(parent, tag, text=None, **attrs):
        el = ET.SubElement(parent, tag, {k.rstrip("_"): v for k, v in attrs.items()})
        if text is not None:
            el.text = _xml_text(text)
        return el

    feed = ET.Element("feed", {"xmlns": ATOM, "xml:lang": t.lang})
    sub(feed, "id", base + board_url(t.lang) if absolute else "urn:direktori-kim:kemitraan")
    sub(feed, "title", t("kem_feed_title"))
    sub(feed, "subtitle", t("kem_feed_subtitle"))
    sub(feed, "rights", LICENCE)
    newest = max((o.kim.diperbarui for o in items), default=today)
    sub(feed, "updated", _stamp(newest))
    sub(feed, "link", rel="self", type="application/atom+xml", href=base + BOARD_FEED)
    sub(feed, "link", rel="alternate", type="text/html", href=base + board_url(t.lang))
    author = sub(feed, "author")
    sub(author, "name", t("site_name"))
    sub(feed, "generator", "Direktori KIM")

    used: Counter[str] = Counter()
    for o in items:
        kim, p = o.kim, o.item
        used[o.key] += 1
        suffix = f"-{used[o.key]}" if used[o.key] > 1 else ""  # two items with one title
        page = base + profile_url(kim.slug, t.lang)
        entry = sub(feed, "entry")
        sub(entry, "id", (page + "#peluang-" + o.key.split("/", 1)[1] + suffix) if absolute
            else f"urn:direktori-kim:{o.key.replace('/', ':')}{suffix}")
        kind = t("seeks_partners" if o.kind == SEEKS else "offers_partners")
        sample = " " + t("contoh_feed") if kim.contoh else ""
        sub(entry, "title", f"{kind}: {p.judul} ({kim.nama}){sample}")
        sub(entry, "updated", _stamp(kim.diperbarui))
        sub(entry, "link", rel="alternate", type="text/html", href=page + "#peluang")
        author = sub(entry, "author")
        sub(author, "name", kim.nama)
        sub(author, "uri", page)
        parts = [f"{kim.nama}, {place_text(kim, t)}, {kim.place.province}."]
        if p.jenis_mitra:
            parts.append(f"{t('partner_types')}: {', '.join(t.label('jenis_mitra', j) for j in p.jenis_mitra)}.")
        if p.bidang:
            parts.append(f"{t('focus')}: {', '.join(t.label('bidang', b) for b in p.bidang)}.")
        if p.hingga:
            parts.append(f"{t('until').capitalize()} {t.date(p.hingga)}.")
        sub(entry, "summary", " ".join(parts), type="text")
        if p.uraian:
            sub(entry, "content", str(markdown(p.uraian)), type="html")
        for j in p.jenis_mitra:
            sub(entry, "category", term=j, label=t.label("jenis_mitra", j), scheme=base + board_url(t.lang))
    ET.indent(feed)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8", xml_declaration=False) + b"\n"
