"""A printable A4 poster of each KIM, `kim/<slug>/poster/`, for the village hall or the
secretariat's door: the KIM's name, village, what it does, and a QR code of its profile's
address, drawn at build time as inline SVG (zxing-cpp), so the page needs no script and no
request beyond itself. One poster per KIM, in Bahasa Indonesia with the English line of
each of our texts beside it (KIM-written text stays as written): a printed poster is for
the village, and a second language would double the drawing (README, "Share cards").
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Iterator

import zxingcpp
from markupsafe import Markup, escape

from generator.model.kim import Kim
from generator.site.core import Site
from generator.site.i18n import Text
from generator.site.pages import Deferred, Page, ThemePage, root_for, titled
from generator.site.routes import poster_url, profile_url, regency_card
from generator.site.sharelink import place_preview
from generator.site.views import short_description

# Error correction M: a poster gets dirty. zxing-cpp encodes with libzint, in C, choosing the
# best of the eight masks as the standard asks: fast enough to draw every code on every build,
# where keeping codes between builds (keep.py, as for the cards) costs a first build more, in
# files written, than drawing them again would ever save.
_QR = {"format": zxingcpp.BarcodeFormat.QRCode, "ec_level": "M"}
# A run of dark modules, or of light ones with any row breaks among them
_PIECE = re.compile(rb"\x00+|[\xff\n]+")


def qr_svg(text: str) -> str:
    """`text` as a QR code: an <svg> for an HTML page, sized by its stylesheet, with the
    four-module quiet zone; each row's dark runs as strokes of one path, each stroke moved
    from where the last one ended."""
    image = zxingcpp.create_barcode(text, **_QR).to_image(scale=1, add_quiet_zones=False)
    size = image.shape[0]
    pixels = bytes(memoryview(image))
    # The rows joined by line breaks, after one that leaves the row above the first: then the
    # path of each piece depends on the piece alone, and is looked up, not formatted anew.
    rows = b"\n" + b"\n".join([pixels[start:start + size] for start in range(0, size * size, size)])
    first, *pieces = _PIECE.findall(rows.rstrip(b"\xff\n"))
    x, y = len(first) - first.rindex(b"\n") - 1, first.count(b"\n") - 1
    path = f"M{x + 4} {y + 4.5}" + "".join(map(_strokes(size).__getitem__, pieces))
    side = size + 8
    return (f'<svg role="img" aria-hidden="true" viewBox="0 0 {side} {side}">'
            f'<path stroke="#000" d="{path}"/></svg>')


class _Strokes(dict):
    """The path of each piece of the rows of a code `size` modules wide, made the first time
    it is met (it depends on nothing else): a dark run is a stroke, a light one a move past
    it, down to a later row if the piece holds row breaks."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def __missing__(self, piece: bytes) -> str:
        if piece[0] == 0:
            path = f"h{len(piece)}"
        elif b"\n" in piece:  # from the end of a row's last stroke to a later row's first
            rest, ahead = piece.index(b"\n"), len(piece) - piece.rindex(b"\n") - 1
            rows = piece.count(b"\n")
            path = f"m{rest + ahead - self.size} {rows}"
        else:
            path = f"m{len(piece)} 0"
        self[piece] = path
        return path


@lru_cache
def _strokes(size: int) -> _Strokes:
    return _Strokes(size)


@dataclass(frozen=True)
class PosterView:
    nama: str
    contoh: bool
    place: tuple[str, str]  # the village and district, the regency and province
    does: str
    bidang: tuple[str, ...]
    address: str  # of the profile, in full: the QR code's text
    printed: Markup  # the address as printed: lines may break only after its / and -
    qr: Markup
    profile: str  # the profile, relative to the poster
    profile_en: str  # its English version, relative to the poster
    size: str  # the poster's class for a long name: a smaller heading keeps it on one A4 page


# The longest names (up to 120 characters, the format's limit) in a smaller heading, with a
# smaller QR code at the very longest, so that a long name in a long-named village still
# prints on one page: 40pt takes about 23 characters a line, 30pt 31, 24pt 39.
_SIZES = ((40, ""), (80, "long"))


def poster_size(nama: str) -> str:
    """The poster's class for a name of this length ("" for one that fits the 40pt heading)."""
    return next((size for most, size in _SIZES if len(nama) <= most), "longer")


# After each / or - but the first of https://'s two slashes: a line broken inside a word
# (`.../gajah-lestar` `i-labuhan/`) is copied wrong from paper.
_BREAKS = re.compile(r"([/-])(?!/|$)")


def printed_address(address: str) -> Markup:
    """`address` escaped, with a line break allowed (<wbr>) after each / and -."""
    return Markup(_BREAKS.sub(r"\1<wbr>", str(escape(address))))


def poster_view(kim: Kim, t: Text, site_url: str) -> PosterView:
    p, url, here = kim.place, profile_url(kim.slug, "id"), poster_url(kim.slug, "id")
    address = site_url + url
    return PosterView(kim.nama, kim.contoh, (f"{p.name}, {t.district(p.district, p.code)}", f"{p.regency}, {p.province}"),
                      short_description(kim), tuple(t.label("bidang", b) for b in kim.bidang), address,
                      printed_address(address), Markup(qr_svg(address)), posixpath.relpath(url, here) + "/",
                      posixpath.relpath(profile_url(kim.slug, "en"), here) + "/", poster_size(kim.nama))


class PosterSection:
    def __init__(self, site: Site) -> None:
        self.site = site

    def theme_pages(self) -> list[ThemePage]:
        return []

    def shell_pages(self, lang: str) -> Iterator[Deferred]:
        if lang != "id":
            return
        for kim in self.site.kims:
            yield Deferred(poster_url(kim.slug, "id"), partial(tuple, ("poster", kim, self.site.samples)),
                           partial(self.page, kim))

    def page(self, kim: Kim) -> Page:
        site = self.site
        url = poster_url(kim.slug, "id")
        t = site.text["id"]
        v = poster_view(kim, t, site.site_url)
        og = site.open_graph("id", *titled(t("poster_title", name=kim.nama), v.does or place_preview(kim, t), kim.contoh, t),
                             regency_card(kim.place.regency_code, kim.contoh))
        body = site.render("poster.html", t=t, en=site.text["en"], root=root_for(url), v=v, og=og)
        return Page(url, kim.nama, "", body, whole=True)

    def files(self) -> Iterator[tuple[str, bytes]]:
        return iter(())
