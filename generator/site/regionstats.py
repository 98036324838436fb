"""The KIMs and villages of every province and regency, counted once per build: the region
pages, the statistics, the directory's list by region and the worklists read them.

A village is covered when it has an active KIM (`Kim.active`): a village whose only KIM
is inactive has no KIM working for it, and the coach's worklist lists it to revive that KIM.
For the same reason only active KIMs count towards a target (`RegionStats.active`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from generator.model.kim import Kim
from generator.model.regions import Regions


@dataclass
class RegionStats:
    code: str
    name: str
    kims: list[Kim] = field(default_factory=list)
    active: int = 0  # of `kims`, the active ones (`Kim.active`, as for coverage)
    villages_total: int = 0
    villages_covered: int = 0  # villages with an active KIM
    stale: list[Kim] = field(default_factory=list)


class RegionTable:
    """Counts per province and regency, computed once per build."""

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
        covered: dict[str, set[str]] = defaultdict(set)
        for kim in sorted(kims, key=lambda k: (k.nama.lower(), k.slug)):
            for code in (kim.place.province_code, kim.place.regency_code):
                s = self.stats[code]
                s.kims.append(kim)
                if kim.active:
                    s.active += 1
                    covered[code].add(kim.place.code)
                if kim.is_stale(today):
                    s.stale.append(kim)
        for code, villages in covered.items():
            self.stats[code].villages_covered = len(villages)

    def regencies_of(self, province: str) -> list[RegionStats]:
        return [self.stats[c] for c, (_, parent) in self.regions.regencies.items() if parent == province]

    def provinces(self) -> list[RegionStats]:
        return [self.stats[c] for c in self.regions.provinces]
