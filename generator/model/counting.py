"""Which KIMs a region's figures count: the one rule for every page and file that states them
(the region pages, their worklists, the statistics and data/statistik.json, the home page's
figures of the whole country).

Nothing invented may pose as real: once the country holds a real KIM, every region's figures
count its real KIMs only, and its sample KIMs (`contoh: true`) are listed, marked, but left
out; a region of samples only then counts 0, so that its row never adds samples to a total
that leaves them out. Before that (the bundled demo) every region counts its samples, and
says its figures are samples.
"""

from __future__ import annotations

from typing import Iterable, NamedTuple

from generator.model.kim import Kim


class Counted(NamedTuple):
    kims: list[Kim]  # those the region's figures count
    left_out: int  # sample KIMs listed but not counted, as the region holds real ones
    samples: bool  # the figures are sample figures: every KIM of the region is a sample


def holds_real(kims: Iterable[Kim]) -> bool:
    """Whether a real KIM is among `kims`: of the whole country, whether figures count real KIMs only."""
    return any(not k.contoh for k in kims)


def counted(kims: Iterable[Kim], real: bool) -> Counted:
    """The KIMs a region holding `kims` counts in its figures (the order kept), `real` saying
    whether the country holds a real KIM (`holds_real`)."""
    listed = list(kims)
    if real:
        kept = [k for k in listed if not k.contoh]
        return Counted(kept, len(listed) - len(kept), False)
    return Counted(listed, 0, bool(listed))
