"""Validated partner files (`mitra/<slug>.yml`) and per-regency settings (`_wilayah.yml`).

A partner is an institution (a university's community-service office, a company's CSR
unit, an agency...) that publishes programmes KIMs can take part in. Partner files hold
institutional contacts only. A regency's settings name its coach's institutional contact
and its target number of KIMs. Built only from values that passed validation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from generator.model.records import record

Date = dt.date


@record
class Program:
    """One programme a partner offers: open from `mulai` to `hingga`, for `kapasitas` KIMs."""

    judul: str
    bidang: tuple[str, ...] = ()
    bentuk: str | None = None  # the `bentuk_program` vocabulary: dana, pelatihan, ...
    kapasitas: int | None = None
    mulai: Date | None = None
    hingga: Date | None = None
    syarat: str | None = None
    uraian: str | None = None

    def is_open(self, today: Date) -> bool:
        return self.hingga is None or self.hingga >= today


@record
class KontakLembaga:
    unit: str | None = None  # e.g. its CSR office; never a person
    email: str | None = None
    telepon: str | None = None
    whatsapp: str | None = None


@record
class Mitra:
    slug: str
    nama: str
    jenis: str  # the `jenis_mitra` vocabulary
    diperbarui: Date
    source: str  # the file's path, for "edit this profile" links
    contoh: bool = False
    slug_lama: tuple[str, ...] = ()  # former slugs (renamed files): their pages and KIMs' links lead here
    wilayah_kerja: tuple[str, ...] = ()  # province, regency or district codes; () all of Indonesia
    deskripsi: str | None = None
    situs: str | None = None
    program: tuple[Program, ...] = ()
    kontak: tuple[KontakLembaga, ...] = ()


@record
class Pembina:
    """The regency's coach: an institution (e.g. its Diskominfo), never a person."""

    nama: str
    email: str | None = None
    whatsapp: str | None = None


@record
class Wilayah:
    """What `kims/<prov>/<reg>/_wilayah.yml` says about its regency."""

    kode: str  # the regency code, from the folder
    source: str
    contoh: bool = False  # sample settings: an invented coach and target
    pembina: Pembina | None = None
    target_kim: int | None = None
    target_tahun: int | None = None


def build_wilayah(value: dict, kode: str, source: str) -> Wilayah:
    """The settings of the regency `kode` (from the file's folder), from validated values."""
    pembina = value.get("pembina")
    return Wilayah(
        kode=kode,
        source=source,
        contoh=value.get("contoh", False),
        pembina=Pembina(**pembina) if pembina else None,
        target_kim=value.get("target_kim"),
        target_tahun=value.get("target_tahun"),
    )


def build_mitra(value: dict, source: str) -> Mitra:
    """The partner of a file whose values all passed validation."""
    return Mitra(
        slug=value["slug"],
        nama=value["nama"],
        jenis=value["jenis"],
        diperbarui=value["diperbarui"],
        source=source,
        contoh=value.get("contoh", False),
        slug_lama=tuple(value.get("slug_lama", ())),
        wilayah_kerja=tuple(value.get("wilayah_kerja", ())),
        deskripsi=value.get("deskripsi"),
        situs=value.get("situs"),
        program=tuple(Program(**{**p, "bidang": tuple(p["bidang"])}) for p in value.get("program", ())),
        kontak=tuple(KontakLembaga(**{k: v for k, v in c.items() if k != "jenis"}) for c in value.get("kontak", ())),
    )


def current_slugs(files: Iterable[tuple[str, str, Iterable[str]]]) -> dict[str, str]:
    """The slug of the partner file each slug names, from each file's (path, slug, former slugs
    `slug_lama`): its own slug leads to itself and a former one to its file. A current slug is
    never taken by another file's former one, and a former slug two files list leads to the
    first by path, as validation tells the other to remove it (`partner-former-slug-...`)."""
    files = sorted((path, slug, tuple(former)) for path, slug, former in files)
    slugs = {slug: slug for _, slug, _ in files}
    for _, slug, former in files:
        for old in former:
            slugs.setdefault(old, slug)
    return slugs
