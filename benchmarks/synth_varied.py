"""The "varied" style of `benchmarks.synth`: texts that repeat no more than real ones do.

The first generator ("plain") drew whole sentences from short lists, so across 10,000
profiles most activity, need and partner texts occurred hundreds of times, which flatters a
build that caches rendered Markdown. Here every text is composed from sentence templates
whose slots ({topic}, {dusun}, {n}, {hari}, ...) are filled from the KIM's own village,
district and regency, its focus areas, numbers, days and dates (`_Slots`), and KIM names
are built from the village's name and a large vocabulary. The structure of each profile
(tier, keys, numbers of items, dates) is drawn as in the plain style.

Partner files follow the sample partners in `mitra/`: their eight types in equal shares,
each with the programme forms of the sample partner of its type (one in four replaced by
another fitting form), so 11 programmes per 8 partners, upcoming, running or closed in the
proportions 7 : 3 : 1, 3 in 11 with requirements (`syarat`), 10 in 11 with a description.
"""

from __future__ import annotations

import datetime as _dt
import functools
import random

from . import synth_phrases as ph
from .synth import (
    AUDIENCE,
    BASIS_LABEL,
    BIDANG,
    BIDANG_LABEL,
    BIDANG_WEIGHTS,
    CHANNELS,
    DINAS,
    DUSUN,
    HARI,
    LATEST_HINGGA,
    TODAY,
    TOPICS,
    Kim,
    Texts,
    Village,
    _md,
    _rand_date,
    _sample_weighted,
    _short,
    _wrap,
    make_slug,
    program_lines,
    q,
    qq,
    villages,
)

BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
         "Oktober", "November", "Desember")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
SCHEMA_HEADER_MITRA = "# yaml-language-server: $schema=../schema/mitra.schema.json"


def _date_text(day: _dt.date) -> str:
    return f"{day.day} {BULAN[day.month - 1]} {day.year}"


def _term(v: Village) -> str:
    """What the village is called where it lies: Gampong in Aceh, Nagari in West Sumatra, ..."""
    if v.code[-4] == "1":
        return "Kelurahan"
    return ph.LOCAL_TERM.get(v.regency_code) or ph.LOCAL_TERM.get(v.province_code) or "Desa"


def _village(v: Village) -> str:
    term = _term(v)
    return v.name if v.name.split(" ", 1)[0] in (term, "Desa", "Kelurahan") else f"{term} {v.name}"


def _dusun(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        return f"{rng.choice(DUSUN)} {rng.choice(ROMAN[:4])}"
    if r < 0.6:
        return rng.choice(ph.DUSUN_WORDS) + " " + rng.choice(("Lor", "Kidul", "Wetan", "Kulon", "Baru", "Jaya", "Indah"))
    return rng.choice(ph.DUSUN_WORDS + DUSUN)


_DRAW = {
    "hari": lambda rng, k: rng.choice(HARI),
    "jam": lambda rng, k: f"{rng.randint(7, 20):02d}.{rng.choice(('00', '30'))}",
    "n": lambda rng, k: str(rng.randint(8, 150)),
    "kk": lambda rng, k: f"{rng.randint(40, 1900):,}".replace(",", "."),
    "pekan": lambda rng, k: str(rng.randint(2, 12)),
    "dusun": lambda rng, k: _dusun(rng),
    "rt": lambda rng, k: f"RT {rng.randint(1, 15):02d}/RW {rng.randint(1, 8):02d}",
    "aud": lambda rng, k: rng.choice(AUDIENCE),
    "topic": lambda rng, k: rng.choice(TOPICS[rng.choice(k.bidang)]),
    "kanal": lambda rng, k: rng.choice(CHANNELS),
    "tempat": lambda rng, k: rng.choice(ph.TEMPAT),
    "bulan": lambda rng, k: rng.choice(BULAN),
    "tahun": lambda rng, k: str(rng.randint(k.year, TODAY.year)),
    "dinas": lambda rng, k: f"{DINAS[rng.choice(k.bidang)]} {_short(k.v.regency)}",
    "ke": lambda rng, k: str(rng.randint(2, 9)),
    "kata": lambda rng, k: rng.choice(ph.NAME_AFTER),
}


class _Slots(dict):
    """The values of a template's {fields}: the KIM's own names given, the others drawn the
    first time a template uses them ({topic2} is a second, separate draw of {topic})."""

    def __init__(self, rng: random.Random, k: Kim, **extra: str) -> None:
        v = k.v
        super().__init__(nama=_md(k.nama), desa=_md(_village(v)), kec=_md(k.district_label),
                         kab=_md(v.regency), kab_short=_md(_short(v.regency)), prov=_md(v.province),
                         anggota=str(k.anggota), berdiri=str(k.year), **extra)
        self.rng, self.k = rng, k

    def __missing__(self, key: str) -> str:
        value = self[key] = _DRAW[key.rstrip("0123456789")](self.rng, self.k)
        return value


    def forget_numbers(self) -> None:
        """Numbers are drawn again for the next sentence (names, dusun and days stay)."""
        for key in [key for key in self if key.rstrip("0123456789") in _NUMBERS]:
            del self[key]


_NUMBERS = {"n", "kk", "jam", "tahun", "ke", "pekan", "rt"}


def _fill(rng: random.Random, templates, slots: _Slots) -> str:
    """One sentence from one of the templates, capitalised."""
    text = rng.choice(templates).format_map(slots)
    slots.forget_numbers()
    return text[0].upper() + text[1:]


# --------------------------------------------------------------------------- KIM texts

def _name(rng: random.Random, v: Village) -> tuple[str, str]:
    """(base name, nama): mostly built on the village's own name."""
    place = v.name if len(v.name) <= 28 else v.name.split(" ")[0]
    r = rng.random()
    if r < 0.3:
        base = f"{place} {rng.choice(ph.NAME_AFTER)}"
    elif r < 0.6:
        base = f"{rng.choice(ph.NAME_BEFORE)} {place}"
    elif r < 0.8:
        base = f"{rng.choice(ph.NAME_BEFORE)} {rng.choice(ph.NAME_AFTER)}"
        return base, f"KIM {base} {place}" if rng.random() < 0.7 else f"KIM {base}"
    else:
        base = rng.choice(ph.NAME_LOCAL)
        return base, f"KIM {base} {place}" if rng.random() < 0.9 else f"KIM {base}"
    return base, f"KIM {base}"


def _deskripsi(rng: random.Random, k: Kim) -> list[str]:
    s = _Slots(rng, k, basis=BASIS_LABEL[k.basis[0]] if k.basis else "kelompok warga")
    opening = _fill(rng, ph.DESC_OPEN, s)
    origin = _fill(rng, ph.DESC_OLD if k.asal == "kelompok-lama" and k.basis else ph.DESC_NEW, s)
    if k.tier == 0:
        return _wrap(opening + (" " + origin if rng.random() < 0.5 else ""))
    out = _wrap(f"{opening} {origin} {_fill(rng, ph.DESC_FOCUS, s)}")
    if k.tier == 2 or rng.random() < 0.3:
        details = " ".join(_fill(rng, ph.DESC_DETAIL, s) for _ in range(2 + (k.tier == 2 and rng.random() < 0.3)))
        out += ["", *_wrap(details)]
    if k.tier == 2 and rng.random() < 0.6:
        out += ["", _fill(rng, ph.DESC_LIST_HEAD, s), ""]
        out += [f"- {_fill(rng, (t,), s)}" for t in rng.sample(ph.DESC_LIST_ITEM, rng.randint(2, 4))]
    return out


def _kegiatan(rng: random.Random, k: Kim, adinda: str, day: _dt.date) -> tuple[str, str]:
    s = _Slots(rng, k, tanggal=_date_text(day), bulan_ini=f"{BULAN[day.month - 1]} {day.year}")
    judul = _fill(rng, ph.KEGIATAN[adinda], s)
    return judul, _fill(rng, ph.URAIAN_KEGIATAN, s)


def _mitra(rng: random.Random, k: Kim, jenis: str) -> str:
    return _fill(rng, ph.MITRA_NAME[jenis], _Slots(rng, k))


def _bentuk(rng: random.Random, k: Kim, jenis: str) -> str:
    return _fill(rng, ph.KEMITRAAN_BENTUK.get(jenis, ph.KEMITRAAN_BENTUK["lainnya"]), _Slots(rng, k))


def _items(pool):
    def draw(rng: random.Random, k: Kim, n: int):
        for template, bidang in rng.sample(pool, n):
            yield _fill(rng, (template,), _Slots(rng, k)), bidang
    return draw


def _need_uraian(rng: random.Random, k: Kim) -> str:
    return _fill(rng, ph.NEED_URAIAN, _Slots(rng, k))


def _pembinaan(rng: random.Random, k: Kim, day: _dt.date) -> tuple[str, str]:
    s = _Slots(rng, k, tahun_ini=str(day.year), angkatan=rng.choice(ROMAN))
    return _fill(rng, ph.PEMBINAAN, s), _fill(rng, ph.PENYELENGGARA, s)


# --------------------------------------------------------------------------- partners

@functools.lru_cache(maxsize=1)
def _regions() -> dict[str, tuple[Village, list[tuple[str, str]], list[str], list[str]]]:
    """Per regency code: its first village, its districts (code, name), its villages' names
    and the regency codes of its province."""
    out: dict[str, tuple[Village, list, list, list]] = {}
    by_province: dict[str, list[str]] = {}
    for v in villages():
        regencies = by_province.setdefault(v.province_code, [])
        _, districts, names, _ = out.setdefault(v.regency_code, (v, [], [], regencies))
        if not districts or districts[-1][0] != v.code[:8]:
            districts.append((v.code[:8], v.district))
        names.append(v.name)
        if v.regency_code not in regencies:
            regencies.append(v.regency_code)
    return out


@functools.lru_cache(maxsize=None)
def _identity(regency_code: str, k: int, seed: int) -> tuple[str, str, str, tuple[str, str]]:
    """(slug, nama, jenis, district) of the k-th partner of a regency: drawn from the regency
    alone, so that the KIM files can name it whichever of its villages have a KIM."""
    rng = random.Random(f"{seed}:mitra:{regency_code}:{k}")
    jenis = rng.choice(ph.PARTNER_JENIS)
    v, districts, names, _ = _regions()[regency_code]
    district = rng.choice(districts)
    nama = rng.choice(ph.PARTNER_NAME[jenis]).format(
        kab=v.regency, kab_short=_short(v.regency), prov=v.province, kec=district[1],
        desa=rng.choice(names), kata=rng.choice(ph.NAME_AFTER))
    return make_slug(nama, f"{v.regency_code}.{k}"), nama, jenis, district


def _first_partner(regency_code: str, seed: int) -> str:
    return _identity(regency_code, 1, seed)[0]


def _area(rng: random.Random, v: Village, district: tuple[str, str]) -> list[str]:
    """A district (a quarter of the partners) or one to three regencies of the province."""
    if rng.random() < 0.25:
        return [district[0]]
    others = [c for c in _regions()[v.regency_code][3] if c != v.regency_code]
    return sorted([v.regency_code, *rng.sample(others, min(len(others), rng.randint(0, 2)))])


def _forms(rng: random.Random, jenis: str) -> list[str]:
    """The programme forms of the sample partner of this type (two for bumn, dinas and
    perguruan-tinggi), each replaced by another fitting form one time in four."""
    own, other = ph.BENTUK_BY_JENIS[jenis]
    return [rng.choice(other) if rng.random() < 0.25 else form for form in own]


def _program(rng: random.Random, bentuk: str, s: dict) -> list[str]:
    bidang = _sample_weighted(rng, BIDANG, BIDANG_WEIGHTS, rng.randint(1, 2))
    s = {**s, "topic": rng.choice(TOPICS[bidang[0]]), "bidang": BIDANG_LABEL[bidang[0]],
         "aud": rng.choice(AUDIENCE), "n": rng.randint(2, 40), "pekan": rng.randint(2, 12), "hari": rng.choice(HARI)}
    r = rng.random()  # upcoming, running, closed: 7 : 3 : 1 as in the sample partners
    if r < 7 / 11:
        mulai = _rand_date(rng, TODAY + _dt.timedelta(days=1), TODAY + _dt.timedelta(days=120))
        hingga = _rand_date(rng, mulai + _dt.timedelta(days=30), min(mulai + _dt.timedelta(days=240), LATEST_HINGGA))
    elif r < 10 / 11:
        mulai = _rand_date(rng, TODAY - _dt.timedelta(days=200), TODAY)
        hingga = _rand_date(rng, TODAY, TODAY + _dt.timedelta(days=240))
    else:
        mulai = _rand_date(rng, TODAY - _dt.timedelta(days=540), TODAY - _dt.timedelta(days=120))
        hingga = _rand_date(rng, mulai + _dt.timedelta(days=30), TODAY - _dt.timedelta(days=1))
    judul = rng.choice(ph.PROGRAM_JUDUL[bentuk]).format_map(s)
    syarat = rng.choice(ph.PROGRAM_SYARAT).format_map(s) if rng.random() < 3 / 11 else None
    uraian = rng.choice(ph.PROGRAM_URAIAN[bentuk]).format_map(s) if rng.random() < 10 / 11 else None
    return program_lines(judul[0].upper() + judul[1:], bidang, bentuk, rng.randint(2, 15), mulai, hingga,
                         syarat, uraian)


def _block(key: str, text: str) -> list[str]:
    """A top-level text: one line when it is short, else a block of wrapped lines."""
    if len(text) <= 100:
        return [f"{key}: {q(text)}"]
    return [f"{key}: |", *("  " + line for line in _wrap(text))]


def _partner(v: Village, k: int, seed: int) -> tuple[str, str]:
    slug, nama, jenis, district = _identity(v.regency_code, k, seed)
    rng = random.Random(f"{seed}:mitra:{v.regency_code}:{k}:isi")
    s = {"nama": _md(nama), "kab": _md(v.regency), "kab_short": _md(_short(v.regency)), "prov": _md(v.province),
         "kec": _md(district[1]), "tahun": rng.randint(1975, 2024), "n": rng.randint(5, 120)}
    desc = " ".join(rng.choice(ph.PARTNER_DESC[i]).format_map(s) for i in range(1 + (rng.random() < 3 / 8) * 2))
    L = [SCHEMA_HEADER_MITRA, "versi: 1", f"slug: {slug}", f"nama: {q(nama)}", f"jenis: {jenis}",
         f"wilayah_kerja: [{', '.join(qq(c) for c in _area(rng, v, district))}]", *_block("deskripsi", desc),
         "program:"]
    for bentuk in _forms(rng, jenis):
        L += _program(rng, bentuk, s)
    L.append("kontak:")
    L.append(f"  - {{jenis: lembaga, email: {slug[:64].rstrip('-')}@example.org}}")
    L.append(f"diperbarui: {_rand_date(rng, TODAY - _dt.timedelta(days=200), TODAY).isoformat()}")
    return slug, "\n".join(L) + "\n"


VARIED = Texts(
    name=_name, deskripsi=_deskripsi, kegiatan=_kegiatan, mitra=_mitra, bentuk=_bentuk,
    offers=_items(ph.OFFERS), needs=_items(ph.NEEDS), need_uraian=_need_uraian, pembinaan=_pembinaan,
    jenis_mitra=ph.JENIS_MITRA, jenis_weights=ph.JENIS_MITRA_WEIGHTS, partner=_partner, first_partner=_first_partner,
)
