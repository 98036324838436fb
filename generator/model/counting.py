"""Which KIMs a region's figures count: the one rule for every page and file that states them
(the region pages, their worklists, the statistics and data/statistik.json, the home page's
figures of the whole country).

Nothing invented may pose as real: once a region holds a real KIM, its figures count its real
KIMs only, and its sample KIMs (`contoh: true`) are listed, marked, but left out. A region
whose KIMs are all samples (the bundled demo) counts them, and says its figures are samples.
"""

from __future__ import annotations

from typing import Iterable, NamedTuple

from generator.model.kim import Kim


class Counted(NamedTuple):
    kims: list[Kim]  # those the region's figures count
    left_out: int  # sample KIMs listed but not counted, as the region holds real ones
    samples: bool  # the figures are sample figures: every KIM of the region is a sample


def counted(kims: Iterable[Kim]) -> Counted:
    """The KIMs a region holding `kims` counts in its figures (the order kept)."""
    listed = list(kims)
    real = [k for k in listed if not k.contoh]
    if real:
        return Counted(real, len(listed) - len(real), False)
    return Counted(listed, 0, bool(listed))
