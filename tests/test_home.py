"""The home page's newest profiles: a volunteer saw "KIM Sinar" twice and could not tell which
was whose, as the list named each one's village and district but not its regency."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from generator.format import catalogue

from .conftest import TODAY
from .sitebuild import ROOT, site_model

# Two of the bundled KIMs among the newest, in two regencies, given one name.
TWINS = ("pringsewu-timur-digital", "bumi-dipasena-jaya")


@pytest.fixture(scope="module")
def site():
    kims = catalogue.load([str(ROOT / "kims")], TODAY).kims
    return site_model([replace(k, nama="KIM Sinar") if k.slug in TWINS else k for k in kims], TODAY)


def newest(html: str) -> list[str]:
    """The text of each line of the newest profiles, tags left out."""
    part = html[html.index('id="kim-terbaru"'):]
    part = part[:part.index("</ul>")]
    return [re.sub(r"<[^>]+>", "", li).strip() for li in re.findall(r"<li>(.*?)</li>", part)]


@pytest.mark.parametrize("lang, lines", [
    ("id", ["KIM Sinar contoh Pringsewu Timur, Kec. Pringsewu, Kabupaten Pringsewu",
            "KIM Sinar contoh Bumi Dipasena Jaya, Kec. Rawa Jitu Timur, Kabupaten Tulang Bawang"]),
    ("en", ["KIM Sinar sample Pringsewu Timur, Pringsewu District, Kabupaten Pringsewu",
            "KIM Sinar sample Bumi Dipasena Jaya, Rawa Jitu Timur District, Kabupaten Tulang Bawang"]),
])
def test_the_newest_profiles_name_each_kims_village_and_regency(site, lang, lines):
    shown = newest(site.home_body(lang, "" if lang == "id" else "en/"))
    assert shown[:2] == lines
    assert len(shown) == 8 and all(line.count(", ") == 2 for line in shown)
