"""A fold's summary reads true open or closed: it names what the fold holds, and the browser's
triangle (and a screen reader's "expanded"/"collapsed") tells its state. The tester's case: open,
by a tap or by a link to "#kabupaten-NN", the statistics page's folds still said "Tampilkan"."""

from __future__ import annotations

import re

import pytest

from generator.format import catalogue

from .conftest import TODAY
from .sitebuild import FIXTURE_KIMS, site_model
from .test_region_jumps import PURBALINGGA, stale_in
from .test_statistik_fold import statistics_page

SUMMARY = re.compile(r"<summary[^>]*>(.*?)</summary>", re.S)
# The verbs of one state: the first word of no summary.
STATE_VERBS = {"id": {"tampilkan", "sembunyikan", "buka", "tutup", "lihat"},
               "en": {"show", "hide", "open", "close", "see", "view"}}
FOLDS = {"id": ("N kabupaten/kota di ", "Daftar N KIM", "Daftar N desa/kelurahan"),
         "en": ("The N regencies and cities of ", "List of N KIMs", "List of N villages")}


def summaries(lang: str) -> list[str]:
    """The summaries of the statistics page and of every region page, the fixture's KIMs with
    a province's stale profiles enough to fold."""
    kims = catalogue.load([str(FIXTURE_KIMS)], TODAY).kims
    kims = [*kims, *stale_in(kims, PURBALINGGA)]
    bodies = [statistics_page(kims, lang)] + [p.make().body for p in site_model(kims, TODAY).region_pages(lang)]
    return [re.sub(r"<[^>]*>", "", s).strip() for body in bodies for s in SUMMARY.findall(body)]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_fold_s_summary_says_one_state(lang):
    found = summaries(lang)
    shapes = {re.sub(r"\d[\d.,]*", "N", s) for s in found}
    # the three folds, each met: a province's regencies, a list of KIMs, a list of villages
    assert all(any(s.startswith(fold) for s in shapes) for fold in FOLDS[lang])
    assert [s for s in found if s.split()[0].casefold() in STATE_VERBS[lang]] == []
