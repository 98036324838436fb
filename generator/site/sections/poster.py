"""A printable A4 poster of each KIM, `kim/<slug>/poster/`, for the village hall or the
secretariat's door: the KIM's name, village, what it does, and a QR code of its profile's
address, drawn at build time as inline SVG (segno), so the page needs no script and no
request beyond itself. One poster per KIM, in Bahasa Indonesia with the English line of
each of our texts beside it (KIM-written text stays as written): a printed poster is for
the village, and a second language would double the drawing (README, "Share cards").
"""

from __future__ import annotations

from functools import partial
from typing import Iterator

import segno
from markupsafe import Markup

from generator.model.kim import Kim
from generator.site.core import Site
from generator.site.pages import Deferred, Page, ThemePage, root_for
from generator.site.routes import poster_url, profile_url, regency_card
from generator.site.views import short_description

# Error correction M (a poster gets dirty) and a fixed mask: choosing the best of the eight
# masks is three quarters of segno's time (9.6 against 2.3 ms a code here), and any mask reads.
_QR = {"error": "m", "mask": 0, "boost_error": False, "micro": False}


def qr_svg(text: str) -> str:
    """`text` as a QR code: an <svg> for an HTML page, sized by its stylesheet."""
    code = segno.make(text, **_QR)
    svg = code.svg_inline(border=4, omitsize=True, svgclass=None, lineclass=None)
    return svg.replace("<svg ", '<svg role="img" aria-hidden="true" ', 1)


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
        svg = site.kept.get("qr", (address, _QR, segno.__version__), lambda: qr_svg(address).encode())
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
