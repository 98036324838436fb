"""Targets for the number of KIMs (`target_kim` in a regency's `_wilayah.yml`) and the
progress towards them: a regency's own, and the roll-up of a province or the nation over the
regencies that set one (the KIMs counted are those of these regencies only), so that the
figures of the regency pages add up to the province pages and to the statistics. A target
counts active KIMs only (`RegionStats.active`): a dissolved KIM no longer works towards it,
as it no longer covers its village. As every figure of a region (`model.counting`), a target
beside real figures is a real one: an invented target (a sample `_wilayah.yml`) is neither set
against a real count nor summed with real targets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from generator.model.mitra import Wilayah


@dataclass(frozen=True)
class Target:
    kims: int  # active KIMs in the regencies that set a target
    target: int  # the sum of their targets
    regencies: int  # how many regencies set one
    year: int | None = None  # a single regency's target year, if it gives one
    rollup: bool = False  # summed over a province's or the nation's regencies
    contoh: bool = False  # a sample regency file's invented target, or a sum including one

    @property
    def progress(self) -> int:
        """The value of the page's <progress>: the KIMs, at most the target."""
        return min(self.kims, self.target)


def regency_target(code: str, kims: int, wilayah: Mapping[str, Wilayah], samples: bool) -> Target | None:
    """`samples`: the country's figures are sample figures (`RegionStats.samples` of the nation);
    else no invented target meets a real count."""
    settings = wilayah.get(code)
    if settings is None or not settings.target_kim or (settings.contoh and not samples):
        return None
    return Target(kims, settings.target_kim, 1, settings.target_tahun, contoh=settings.contoh)


def rollup(regencies: Iterable, wilayah: Mapping[str, Wilayah], samples: bool) -> Target | None:
    """The sum over `regencies` (each a `RegionStats`) that set a target; None if none does.
    `samples`: the country's figures are sample figures, as for `regency_target`."""
    found = [t for r in regencies if (t := regency_target(r.code, r.active, wilayah, samples))]
    if not found:
        return None
    return Target(sum(t.kims for t in found), sum(t.target for t in found), len(found), rollup=True,
                  contoh=any(t.contoh for t in found))


def target_json(target: Target | None) -> dict | None:
    """The figures as statistik.json writes them."""
    if target is None:
        return None
    return {"kim": target.kims, "target_kim": target.target, "kabupaten_kota": target.regencies}
