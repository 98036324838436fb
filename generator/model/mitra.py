"""Validated partner files (`mitra/<slug>.yml`) and per-regency settings (`_wilayah.yml`).

A partner is an institution (a university's community-service office, a company's CSR
unit, an agency...) that publishes programmes KIMs can take part in. Partner files hold
institutional contacts only. A regency's settings name its coach's institutional contact
and its target number of KIMs. Built only from values that passed validation.
"""

from __future__ import annotations

import datetime as dt

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
    wilayah_kerja: tuple[str, ...] = ()  # province, regency or district codes
    deskripsi: str | None = None
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
    pembina: Pembina | None = None
    target_kim: int | None = None
    target_tahun: int | None = None


def build_wilayah(value: dict, kode: str, source: str) -> Wilayah:
    """The settings of the regency `kode` (from the file's folder), from validated values."""
    pembina = value.get("pembina")
    return Wilayah(
        kode=kode,
        source=source,
        pembina=Pembina(**pembina) if pembina else None,
        target_kim=value.get("target_kim"),
        target_tahun=value.get("target_tahun"),
    )
