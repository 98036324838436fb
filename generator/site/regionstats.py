"""The KIMs and villages of every province and regency, counted once per build: the region
pages, the statistics, the home page, the directory's list by region and the worklists read them.

A region's figures count the KIMs `model.counting.counted` says: its real KIMs once the country
holds one, else its samples. A village is covered when it has an active counted KIM (`Kim.active`):
a village whose only KIM is inactive has no KIM working for it, and the coach's worklist lists
it to revive that KIM. For the same reason only active KIMs count towards a target
(`RegionStats.active`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from generator.model.counting import counted, holds_real
from generator.model.kim import Kim
from generator.model.regions import Regions


@dataclass
class RegionStats:
    code: str
    name: str
    kims: list[Kim] = field(default_factory=list)  # every KIM of the region, listed on its pages
    counted: list[Kim] = field(default_factory=list)  # those its figures count (`model.counting`)
    left_out: int = 0  # sample KIMs listed but not counted
    samples: bool = False  # its figures are sample figures: all its KIMs are samples
    active: int = 0  # of `counted`, the active ones (`Kim.active`, as for coverage)
    villages_total: int = 0
    villages_covered: int = 0  # villages with an active counted KIM
    stale: list[Kim] = field(default_factory=list)  # of `counted`

    def count(self, today: dt.date, real: bool) -> "RegionStats":
        """The figures of `kims`, as the rule counts them (`real`: the country holds a real KIM)."""
        self.counted, self.left_out, self.samples = counted(self.kims, real)
        self.active = sum(k.active for k in self.counted)
        self.villages_covered = len({k.place.code for k in self.counted if k.active})
        self.stale = [k for k in self.counted if k.is_stale(today)]
        return self

    @property
    def listed_samples(self) -> int:
        """The sample KIMs of the region, counted or not."""
        return self.left_out or (len(self.kims) if self.samples else 0)


class RegionTable:
    """Counts per province and regency, and of the whole country (`nation`, code ""),
    computed once per build."""

    def __init__(self, kims: list[Kim], regions: Regions, today: dt.date) -> None:
        self.regions = regions
        villages_per: dict[str, int] = defaultdict(int)
        for code in regions.villages:
            villages_per[code[:2]] += 1
            villages_per[code[:5]] += 1
        self.stats: dict[str, RegionStats] = {}
        for code, name in regions.provinces.items():
            self.stats[code] = RegionStats(code, name, villages_total=villages_per[code])
        for code, (name, _) in regions.regencies.items():
            self.stats[code] = RegionStats(code, name, villages_total=villages_per[code])
        ordered = sorted(kims, key=lambda k: (k.nama.lower(), k.slug))
        for kim in ordered:
            for code in (kim.place.province_code, kim.place.regency_code):
                self.stats[code].kims.append(kim)
        real = holds_real(ordered)
        for s in self.stats.values():
            s.count(today, real)
        self.nation = RegionStats("", "Indonesia", ordered,
                                  villages_total=sum(villages_per[c] for c in regions.provinces)).count(today, real)

    def regencies_of(self, province: str) -> list[RegionStats]:
        return [self.stats[c] for c, (_, parent) in self.regions.regencies.items() if parent == province]

    def provinces(self) -> list[RegionStats]:
        return [self.stats[c] for c in self.regions.provinces]
