"""The internal model of a validated KIM: typed, immutable, and publishable.

Built only from values that passed validation. Data minimisation happens here:
a board member's name without recorded consent never enters the model, so no page,
index or export downstream can leak it; a point that is not a public place is kept at
about 100 m. Pages show `consented_contacts`; `for_bulk` is the KIM as every file of many
KIMs or for machines holds it, without personal contacts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import field, fields, replace
from functools import lru_cache

from generator.model.caches import kept
from generator.model.records import record
from generator.model.regionmatch import fold
from generator.model.regions import Place

Date = dt.date
YearOrDate = dt.date | int


@record
class Pengurus:
    jabatan: str
    nama: str | None  # None: no recorded consent, only the role is published


@record
class SK:
    tingkat: str
    tanggal: Date
    nomor: str | None = None
    penerbit: str | None = None
    berlaku_hingga: Date | None = None  # the last day of its term, when it has one

    def expired(self, today: Date) -> bool:
        return self.berlaku_hingga is not None and self.berlaku_hingga < today

    def expires_soon(self, today: Date, days: int) -> bool:
        """Expired, or its term ends within `days` days of `today`."""
        return self.berlaku_hingga is not None and (self.berlaku_hingga - today).days <= days


@record
class Verifikasi:
    """Who verified the KIM's data (an institution) and when; set by the regency's maintainers."""

    oleh: str
    tanggal: Date


@record
class Media:
    jenis: str
    url: str | None = None
    nama: str | None = None


@record
class Kegiatan:
    tanggal: Date
    judul: str
    adinda: str | None = None
    uraian: str | None = None


@record
class Kemitraan:
    mitra: str
    jenis: str
    sejak: YearOrDate | None = None
    bentuk: str | None = None
    slug_mitra: str | None = None  # the partner's file (`mitra/<slug>.yml`), when it has one


FULFILLED = "terpenuhi"
DISCUSSED = "dibahas"  # a need a partner and the KIM are talking over: still open


@record
class Peluang:
    """An offer (`ditawarkan`) or a need (`dicari`). A need seeks partner types
    (`jenis_mitra`) and has a lifecycle (`status`: terbuka, dibahas, terpenuhi; a fulfilled
    one names the partner's slug and the date); an offer may name the partner types it is
    meant for (`untuk_mitra`)."""

    judul: str
    bidang: tuple[str, ...] = ()
    jenis_mitra: tuple[str, ...] = ()
    uraian: str | None = None
    hingga: Date | None = None
    diunggah: Date | None = None  # posted
    jangkauan: int | None = None  # people reached
    untuk_mitra: tuple[str, ...] = ()
    status: str = "terbuka"
    dipenuhi_oleh: str | None = None
    tanggal_terpenuhi: Date | None = None

    @property
    def fulfilled(self) -> bool:
        return self.status == FULFILLED

    @property
    def discussed(self) -> bool:
        return self.status == DISCUSSED

    def is_open(self, today: Date) -> bool:
        """On the board: not fulfilled, and not past its `hingga`."""
        return not self.fulfilled and (self.hingga is None or self.hingga >= today)

    def ended(self, today: Date) -> bool:
        """Past its `hingga` without being fulfilled: off the board, and no record either."""
        return not self.fulfilled and not self.is_open(today)


@record
class Pembinaan:
    tanggal: Date
    kegiatan: str
    penyelenggara: str | None = None


@record
class Prestasi:
    tahun: int
    judul: str


@record
class Kontak:
    jenis: str
    nama: str | None = None
    peran: str | None = None
    email: str | None = None
    telepon: str | None = None
    whatsapp: str | None = None
    izin_publikasi: Date | None = None


# The SK levels by rank: a higher one outranks the lower ones (a kabupaten SK a desa one).
SK_RANK = {"desa": 1, "kelurahan": 1, "kecamatan": 2, "kabupaten": 3, "kota": 3, "provinsi": 4}


@record
class Kim:
    slug: str
    nama: str
    status: str
    place: Place
    diperbarui: Date
    source: str  # the file's path, for "edit this profile" links
    contoh: bool = False  # sample data: an invented KIM that shows how the directory works
    slug_lama: tuple[str, ...] = ()  # former addresses (a rename, KIMs merged into it): redirected here
    alamat: str | None = None
    koordinat: tuple[float, float] | None = None  # (lintang, bujur), rounded: see `_point`
    tempat_umum: bool = False  # the point is a public place, published as written
    berdiri: YearOrDate | None = None
    asal: str | None = None
    basis: tuple[str, ...] = ()
    deskripsi: str | None = None
    bidang: tuple[str, ...] = ()
    anggota: int | None = None
    pengurus: tuple[Pengurus, ...] = ()
    sk: tuple[SK, ...] = ()
    fasilitas: tuple[str, ...] = ()
    media: tuple[Media, ...] = ()
    kegiatan: tuple[Kegiatan, ...] = ()
    kemitraan: tuple[Kemitraan, ...] = ()
    ditawarkan: tuple[Peluang, ...] = ()
    dicari: tuple[Peluang, ...] = ()
    pembinaan: tuple[Pembinaan, ...] = ()
    prestasi: tuple[Prestasi, ...] = ()
    kontak: tuple[Kontak, ...] = ()
    verifikasi: Verifikasi | None = None
    # Not in the file: the partner files of its kind (`contoh`) that fulfilled its needs
    # (`dipenuhi_oleh`), set by `matching.with_partner_links`. Each is a partnership too.
    met_by: tuple[str, ...] = ()
    # SHA-1 of the validated file's bytes (b"" for a model made otherwise): the file itself is
    # published only when it still has these bytes, and an edit of a comment alone makes a new Kim.
    digest: bytes = field(default=b"", repr=False)
    # The hash of the fields above, kept once computed: Kims (and tuples of them) are keys
    # of `mkdocs serve`'s memos, and hashing a whole profile again for every lookup costs.
    _hash: int | None = field(default=None, init=False, compare=False, repr=False)

    def __hash__(self) -> int:
        if self._hash is None:
            object.__setattr__(self, "_hash", hash(tuple(getattr(self, name) for name in _KIM_FIELDS)))
        return self._hash

    @property
    def partners(self) -> int:
        """How many partners it records: each partnership (`kemitraan`), and each partner that
        fulfilled a need (`met_by`) that no partnership names."""
        named = {k.slug_mitra for k in self.kemitraan}
        return len(self.kemitraan) + sum(1 for slug in self.met_by if slug not in named)

    @property
    def verified(self) -> bool:
        """A coaching office verified the data as it stands: data changed after the check
        (`diperbarui` later than `verifikasi.tanggal`) is not what the office saw."""
        return self.verifikasi is not None and self.diperbarui <= self.verifikasi.tanggal

    @property
    def active(self) -> bool:
        """Status aktif: only an active KIM makes its village covered (a region's coverage,
        the worklist's villages without one) and has needs and offers open (`item_open`)."""
        return self.status == "aktif"

    def item_open(self, item: Peluang, today: Date) -> bool:
        """One of its needs or offers is open to partners (the board, its feed, the embeds,
        matching, the open data's counts): open by its own dates and status, and the KIM
        active. An inactive group can take on no partnership; its file keeps the items, and
        they are open again the day it is active again."""
        return self.active and item.is_open(today)

    def item_held(self, item: Peluang, today: Date) -> bool:
        """Open by its own dates and status, but not open to partners while the KIM is inactive."""
        return not self.active and item.is_open(today)

    def is_stale(self, today: Date) -> bool:
        """Not checked as true for more than 12 months."""
        return self.diperbarui < _months_before(today, 12)

    @property
    def top_sk(self) -> SK | None:
        """The highest SK: of the highest level, the latest."""
        return max(self.sk, key=lambda s: (SK_RANK.get(s.tingkat, 0), s.tanggal), default=None)

    @property
    def sk_rank(self) -> int:
        """The rank (SK_RANK) of the highest SK; 0 without one."""
        top = self.top_sk
        return SK_RANK.get(top.tingkat, 0) if top else 0

    @property
    def founded_year(self) -> int | None:
        return self.berdiri if isinstance(self.berdiri, int) else getattr(self.berdiri, "year", None)


# For functions of one KIM (and the build's settings) that `mkdocs serve` keeps between
# rebuilds, so that only an edited KIM's part is computed again. A Kim hashes once. Keyed on
# all their inputs, they never go stale; they are still emptied with every other kept
# cache when the build's fingerprint changes (`caches.clear_all`), as is all that is derived.
per_kim = kept(maxsize=1 << 17)


@lru_cache(maxsize=64)  # asked for every KIM with the same day: "stale" is 12 months before today
def _months_before(day: Date, months: int) -> Date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    try:
        return day.replace(year=year, month=month + 1)
    except ValueError:  # 29 February, 31st of a shorter month
        return dt.date(year, month + 1, 28)


def identity(nama: str) -> str:
    """A KIM's name as told apart from others in its village (`kim impor` matching a row to a
    file, `kim validate` finding one KIM in two files): folded, "KIM" in front or not, so
    "KIM Sinar Harapan" = "sinar harapan"."""
    words = fold(nama).split()
    return " ".join(words[1:] if words[:1] == ["kim"] and len(words) > 1 else words)


def consented_contacts(kim: Kim) -> tuple[Kontak, ...]:
    """The contacts a KIM's pages show: its own, and a person's only with recorded consent
    (UU 27/2022; validation refuses a personal contact without it)."""
    return tuple(c for c in kim.kontak if c.jenis == "lembaga" or c.izin_publikasi)


@per_kim
def for_bulk(kim: Kim) -> Kim:
    """The KIM as files of many KIMs or for machines carry it (open data, the search index,
    the partnership board's data and feed): without personal contacts and board members'
    names (their roles stay). A person consented to be named and reachable on the KIM's
    pages, as the privacy notice says; bulk copies are where scraping starts."""
    kontak = tuple(c for c in kim.kontak if c.jenis != "pribadi")
    named = any(p.nama for p in kim.pengurus)
    if len(kontak) == len(kim.kontak) and not named:
        return kim
    pengurus = tuple(replace(p, nama=None) for p in kim.pengurus) if named else kim.pengurus
    return replace(kim, kontak=kontak, pengurus=pengurus)


def _items(value: dict, key: str, cls) -> tuple:
    return tuple(cls(**item) for item in value.get(key, ()))


_KIM_FIELDS = tuple(f.name for f in fields(Kim) if f.compare)


# A secretariat is often a board member's house: unless the file says the point is a public
# place, it is published at 3 decimals, about 100 m (the format keeps 4, about 10 m).
PRIVATE_PLACES = 3


def _point(coords: dict) -> tuple[float, float]:
    if coords.get("tempat_umum"):
        return coords["lintang"], coords["bujur"]
    return round(coords["lintang"], PRIVATE_PLACES), round(coords["bujur"], PRIVATE_PLACES)


def build_kim(value: dict, place: Place, source: str, digest: bytes = b"") -> Kim:
    """The model of a file whose values all passed validation (`digest`: of its bytes)."""
    coords = value.get("koordinat")
    peluang = value.get("peluang", {})
    pengurus = tuple(
        Pengurus(p["jabatan"], p.get("nama") if p.get("izin_publikasi") else None)
        for p in value.get("pengurus", ())
    )
    return Kim(
        slug=value["slug"],
        nama=value["nama"],
        status=value["status"],
        place=place,
        diperbarui=value["diperbarui"],
        source=source,
        contoh=value.get("contoh", False),
        slug_lama=tuple(value.get("slug_lama", ())),
        alamat=value.get("alamat"),
        koordinat=_point(coords) if coords else None,
        tempat_umum=bool(coords and coords.get("tempat_umum")),
        berdiri=value.get("berdiri"),
        asal=value.get("asal"),
        basis=tuple(value.get("basis", ())),
        deskripsi=value.get("deskripsi"),
        bidang=tuple(value.get("bidang", ())),
        anggota=value.get("anggota"),
        pengurus=pengurus,
        sk=tuple(sorted(_items(value, "sk", SK), key=lambda s: s.tanggal)),
        fasilitas=tuple(value.get("fasilitas", ())),
        media=_items(value, "media", Media),
        kegiatan=tuple(sorted(_items(value, "kegiatan", Kegiatan), key=lambda k: k.tanggal, reverse=True)),
        kemitraan=_items(value, "kemitraan", Kemitraan),
        ditawarkan=tuple(_peluang(p) for p in peluang.get("ditawarkan", ())),
        dicari=tuple(_peluang(p) for p in peluang.get("dicari", ())),
        pembinaan=tuple(sorted(_items(value, "pembinaan", Pembinaan), key=lambda p: p.tanggal)),
        prestasi=tuple(sorted(_items(value, "prestasi", Prestasi), key=lambda p: p.tahun)),
        kontak=_items(value, "kontak", Kontak),
        verifikasi=Verifikasi(**value["verifikasi"]) if "verifikasi" in value else None,
        digest=digest,
    )


def _peluang(item: dict) -> Peluang:
    return Peluang(
        judul=item["judul"],
        bidang=tuple(item.get("bidang", ())),
        jenis_mitra=tuple(item.get("jenis_mitra", ())),
        uraian=item.get("uraian"),
        hingga=item.get("hingga"),
        diunggah=item.get("diunggah"),
        jangkauan=item.get("jangkauan"),
        untuk_mitra=tuple(item.get("untuk_mitra", ())),
        status=item.get("status", "terbuka"),
        dipenuhi_oleh=item.get("dipenuhi_oleh"),
        tanggal_terpenuhi=item.get("tanggal_terpenuhi"),
    )
