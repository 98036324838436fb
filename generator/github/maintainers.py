"""The maintainers file (`.github/maintainers.yml`), read for the ownership check: the
project's maintainers (`proyek`), each region's (`wilayah`, by province or regency code) and
each KIM's own accounts (`kim`, by slug).

Read from the base branch only, and cleaned so that a broken file can only make reviews
stricter, never skip them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping

from generator.format import spec

# A GitHub login: alphanumerics and single inner hyphens, at most 39 characters.
_LOGIN = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$")
# A team as "org/team-slug".
_TEAM = re.compile(r"^([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})/([A-Za-z0-9][A-Za-z0-9_.-]{0,99})$")

# Province and regency codes, and KIM slugs: the keys of `wilayah` and `kim` (and parts of a
# KIM file's path, `ownership.kim_path`).
PROVINCE = re.compile(r"^[0-9]{2}$")
REGENCY = re.compile(r"^([0-9]{2})\.[0-9]{2}$")
SLUG = re.compile(spec.FORMATS["slug"])


@dataclass(frozen=True)
class Maintainers:
    """The maintainers file, cleaned: every entry a valid login or org/team."""

    proyek: tuple[str, ...] = ()
    wilayah: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    kim: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


def parse_maintainers(data: Any) -> Maintainers:
    """Clean `yaml.safe_load` output of the maintainers file; never raises.

    Wrong shapes and invalid account names are dropped with a warning, so a broken
    maintainers file can only make reviews stricter (everything falls back to the
    project maintainers), never skip them.
    """
    warnings: list[str] = []
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return Maintainers(warnings=("berkas pengelola bukan pemetaan (mapping); diabaikan",))
    for key in data:
        if key not in ("proyek", "wilayah", "kim"):
            warnings.append(f"kunci tidak dikenal diabaikan: {key!r}")
    proyek = _accounts(data.get("proyek"), "proyek", warnings)
    wilayah = _table(data.get("wilayah"), "wilayah", _region_key, warnings)
    kim = _table(data.get("kim"), "kim", lambda k: bool(SLUG.fullmatch(k)), warnings)
    return Maintainers(proyek, wilayah, kim, tuple(warnings))


def _region_key(key: str) -> bool:
    return bool(PROVINCE.fullmatch(key) or REGENCY.fullmatch(key))


def _table(value: Any, name: str, valid_key, warnings: list[str]) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        warnings.append(f"{name}: harus berupa pemetaan; diabaikan")
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for key, accounts in value.items():
        # YAML reads an unquoted 18.07 as the float 18.07 and 18 as an int: refuse
        # them rather than guess (18.10 would become 18.1).
        if not isinstance(key, str) or not valid_key(key):
            warnings.append(f"{name}: kunci {key!r} tidak sah (kode wilayah/slug harus string berpetik); diabaikan")
            continue
        cleaned = _accounts(accounts, f"{name}.{key}", warnings)
        if cleaned:
            out[key] = cleaned
    return out


def _accounts(value: Any, where: str, warnings: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        warnings.append(f"{where}: harus berupa daftar akun; diabaikan")
        return ()
    out: list[str] = []
    for item in value:
        name = item.strip().lstrip("@") if isinstance(item, str) else None
        if name and (_LOGIN.fullmatch(name) or _TEAM.fullmatch(name)):
            if name.lower() not in {o.lower() for o in out}:
                out.append(name)
        else:
            warnings.append(f"{where}: akun {item!r} tidak sah; diabaikan")
    return tuple(out)
