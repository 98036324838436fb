"""A printable A4 poster of each KIM, `kim/<slug>/poster/`, for the village hall or the
secretariat's door: the KIM's name, village, what it does, and a QR code of its profile's
address, drawn at build time as inline SVG (zxing-cpp), so the page needs no script and no
request beyond itself. One poster per KIM, in Bahasa Indonesia with the English line of
each of our texts beside it (KIM-written text stays as written): a printed poster is for
the village, and a second language would double the drawing (README, "Share cards").
"""

from __future__ import annotations

import re
from functools import partial
from importlib import metadata
from typing import Iterator

import zxingcpp
from markupsafe import Markup

from generator.model.kim import Kim
from generator.site.core import Site
from generator.site.keep import source_digest
from generator.site.pages import Deferred, Page, ThemePage, root_for
from generator.site.routes import poster_url, profile_url, regency_card
from generator.site.views import short_description

# Error correction M: a poster gets dirty. zxing-cpp encodes with libzint, in C: 0.35 ms a code
# here, against 2.3 ms for segno with a fixed mask (9.6 ms choosing the best of eight, as zint
# does), which made QR codes a third of a build's CPU at 10,000 KIMs without the kept folder.
_QR = {"format": zxingcpp.BarcodeFormat.QRCode, "ec_level": "M"}
_DRAWING = (source_digest(__file__), metadata.version("zxing-cpp"))
_DARK = re.compile(rb"\x00+")  # a run of dark modules in a row of the code's image


def qr_svg(text: str) -> str:
    """`text` as a QR code: an <svg> for an HTML page, sized by its stylesheet, with the
    four-module quiet zone; each row's dark runs as strokes of one path, each stroke moved
    from where the last one ended."""
    image = zxingcpp.create_barcode(text, **_QR).to_image(scale=1, add_quiet_zones=False)
    size = image.shape[0]
    pixels = bytes(memoryview(image))
    path = []
    end, row = -4, -4.5  # the pen starts off the quiet zone: the first move is absolute
    for y in range(size):
        start = y * size
        for run in _DARK.finditer(pixels, start, start + size):
            first, after = run.span()
            path.append(f"m{first - start - end} {y - row}h{after - first}")
            end, row = after - start, y
    side = size + 8
    return (f'<svg role="img" aria-hidden="true" viewBox="0 0 {side} {side}">'
            f'<path stroke="#000" d="M{"".join(path)[1:]}"/></svg>')


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
        address = site.site_url + profile_url(kim.slug, "id")
        svg = site.kept.get("qr", (address, _DRAWING), lambda: qr_svg(address).encode())
        p, t = kim.place, site.text["id"]
        does = short_description(kim)
        og = site.open_graph("id", t("poster_title", name=kim.nama), does or kim.nama,
                             regency_card(p.regency_code, kim.contoh))
        body = site.render("poster.html", t=t, en=site.text["en"], root=root_for(url), kim=kim, og=og,
                           place=(f"{p.name}, Kec. {p.district}", f"{p.regency}, {p.province}"),
                           does=does, bidang=[t.label("bidang", b) for b in kim.bidang],
                           qr=Markup(svg.decode()), address=address)
        return Page(url, kim.nama, "", body, whole=True)

    def files(self) -> Iterator[tuple[str, bytes]]:
        return iter(())
