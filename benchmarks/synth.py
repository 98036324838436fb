"""Realistic synthetic KIM profiles for benchmarks and tests.

``generate(out_dir, n, seed)`` writes ``n`` KIM files laid out like ``kims/``:
``out_dir/<province>/<regency>/<slug>.yml``, one KIM per real village (codes from the
vendored Kemendagri list), every file a valid profile under the data contract of
DESIGN.md section 3. About 20 % of the profiles are sparse (~15 lines), 50 % medium and
30 % complete (~110 lines); about 50 lines on average.

Output is deterministic: the same ``n`` and ``seed`` give byte-identical files. The
villages are drawn with ``random.Random(seed)``; each profile's content comes from its
own ``random.Random(f"{seed}:{village code}")``, so a village's profile does not depend
on which other villages were drawn. Dates are computed from the fixed ``TODAY``, never
from the clock.

The YAML text is written by hand (no ``yaml.dump``) so that it is stable, fast and
looks like a contributor wrote it: plain scalars where that is unambiguous, JSON-style
double quotes (valid YAML) everywhere else, and always for codes, SK numbers, phone
numbers and URLs.

``generate_partners(mitra_dir, n, seed)`` writes their partner files (``<slug>.yml``), about
one per ten KIMs; the fulfilled needs of the KIMs name only partners it writes.

The free texts come in two styles (``style=``, ``--style``): "varied", the default
(`synth_varied`: composed for each KIM, so that texts rarely repeat, as in real data), and
"plain", the first generator's texts, kept byte for byte to compare with earlier runs.
``--stats DIR`` measures how often the texts of a data set repeat (`synth_stats`).

Command line: ``python -m benchmarks.synth OUT_DIR N [--seed S] [--style S] [--mitra DIR]``.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import datetime as _dt
import functools
import itertools
import json
import random
import re
import sys
import unicodedata
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from . import synth_stats

__all__ = ["generate", "generate_partners", "STYLES", "TODAY", "LATEST_HINGGA", "WILAYAH_DIR", "ALWAYS_KEYS"]

TODAY = _dt.date(2026, 11, 27)
"""The fixed "today" of the synthetic data: no generated date is after it
(except ``peluang.dicari[].hingga``, an expiry date, which may run to LATEST_HINGGA)."""
LATEST_HINGGA = _dt.date(2027, 12, 31)
FIRST_YEAR = 2008

WILAYAH_DIR = Path(__file__).resolve().parent.parent / "generator" / "data" / "wilayah"
SCHEMA_HEADER = "# yaml-language-server: $schema=../../../schema/kim.schema.json"

# Keys present in every generated profile; all other keys are left out of some
# (mostly sparse) profiles.
ALWAYS_KEYS = (
    "versi", "slug", "nama", "status", "wilayah", "berdiri", "asal", "deskripsi",
    "bidang", "anggota", "diperbarui",
)

SLUG_MAX = 80

# --------------------------------------------------------------------------- vocabularies

BIDANG = (
    "pertanian", "perikanan", "peternakan", "umkm", "pariwisata", "kesehatan",
    "pendidikan", "literasi-digital", "lingkungan", "kebencanaan", "seni-budaya",
    "keagamaan", "kepemudaan", "pemberdayaan-perempuan", "diseminasi-informasi",
    "pelayanan-publik",
)
# Relative weights: diseminasi-informasi and literasi-digital are what most KIMs do.
BIDANG_WEIGHTS = (8, 4, 3, 7, 4, 5, 3, 8, 4, 3, 3, 2, 3, 3, 10, 4)
FASILITAS = (
    "sekretariat-tetap", "komputer", "laptop", "internet", "kamera", "proyektor",
    "pengeras-suara", "pemancar-radio", "papan-informasi",
)
FASILITAS_WEIGHTS = (8, 5, 6, 8, 4, 2, 5, 1, 6)
BASIS = (
    "kelompok-tani", "usaha-bersama", "hobi", "pengajian", "pkk", "karang-taruna",
    "pokdarwis", "lainnya",
)
BASIS_WEIGHTS = (6, 3, 1, 3, 5, 6, 2, 2)
BASIS_LABEL = {
    "kelompok-tani": "kelompok tani", "usaha-bersama": "kelompok usaha bersama",
    "hobi": "komunitas hobi", "pengajian": "kelompok pengajian", "pkk": "PKK",
    "karang-taruna": "Karang Taruna", "pokdarwis": "kelompok sadar wisata (Pokdarwis)",
    "lainnya": "kelompok warga",
}
JENIS_MITRA = (
    "dinas", "pemda", "lsm", "bumn", "perguruan-tinggi", "swasta", "media",
    "organisasi-sosial", "lainnya",
)
JENIS_MITRA_WEIGHTS = (8, 5, 3, 2, 4, 2, 3, 3, 1)
ADINDA = ("akses", "diskusi", "implementasi", "networking", "diseminasi", "aspirasi", "prestasi")
ADINDA_WEIGHTS = (3, 4, 4, 2, 7, 3, 1)
JABATAN_EXTRA = ("wakil-ketua", "koordinator", "anggota", "pembina", "penasihat")

# Rough centre (lintang, bujur) and spread in degrees of each province.
PROVINCE_CENTRE = {
    "11": (4.37, 96.75, 0.9), "12": (2.19, 99.05, 1.1), "13": (-0.74, 100.35, 0.9),
    "14": (0.51, 101.80, 1.1), "15": (-1.61, 103.00, 0.9), "16": (-3.32, 104.00, 1.1),
    "17": (-3.79, 102.26, 0.6), "18": (-4.86, 105.03, 0.7), "19": (-2.74, 106.44, 0.7),
    "21": (0.92, 104.45, 0.9), "31": (-6.20, 106.85, 0.08), "32": (-6.92, 107.60, 0.6),
    "33": (-7.15, 110.14, 0.6), "34": (-7.80, 110.37, 0.15), "35": (-7.54, 112.24, 0.8),
    "36": (-6.41, 106.06, 0.35), "51": (-8.41, 115.19, 0.3), "52": (-8.65, 117.36, 0.7),
    "53": (-8.66, 121.08, 1.2), "61": (-0.28, 111.47, 1.4), "62": (-1.68, 113.38, 1.4),
    "63": (-3.09, 115.28, 0.7), "64": (0.54, 116.42, 1.1), "65": (3.07, 116.04, 0.7),
    "71": (0.62, 123.97, 0.7), "72": (-1.43, 121.45, 1.1), "73": (-3.67, 119.97, 0.9),
    "74": (-4.14, 122.17, 0.8), "75": (0.70, 122.45, 0.4), "76": (-2.84, 119.23, 0.5),
    "81": (-3.24, 130.15, 1.3), "82": (1.57, 127.81, 0.9), "91": (-2.10, 138.60, 1.0),
    "92": (-1.34, 133.17, 0.7), "93": (-7.00, 139.50, 0.9), "94": (-3.90, 136.50, 0.9),
    "95": (-4.10, 138.90, 0.5), "96": (-1.00, 131.50, 0.7),
}
LAT_RANGE = (-10.95, 5.95)
LON_RANGE = (95.05, 140.95)

# --------------------------------------------------------------------------- phrase lists

NAME_HEAD = (
    "Sinar", "Cahaya", "Tunas", "Mekar", "Bina", "Karya", "Suara", "Warta", "Harapan",
    "Maju", "Sumber", "Mitra", "Citra", "Bintang", "Pelita", "Gema", "Lentera", "Jendela",
    "Kabar", "Surya", "Bakti", "Tirta", "Insan", "Rumah", "Sahabat", "Pusat", "Gerbang",
)
NAME_TAIL = (
    "Harapan", "Bersama", "Desa", "Mandiri", "Sejahtera", "Makmur", "Jaya", "Informasi",
    "Lestari", "Abadi", "Sentosa", "Utama", "Warga", "Rakyat", "Nusantara", "Muda", "Baru",
    "Kampung", "Rukun", "Berkah", "Cerdas", "Digital", "Madani", "Kita", "Indah", "Gemilang",
)
NAME_FIXED = (
    "Guyub Rukun", "Gemah Ripah", "Sido Makmur", "Ngudi Rahayu", "Saiyo Sakato",
    "Sauyunan", "Tepo Seliro", "Mufakat", "Melati", "Kenanga", "Anggrek", "Teratai",
    "Nusa Indah", "Cempaka", "Seruni", "Flamboyan", "Bahari", "Samudra", "Rimba Raya",
    "Tani Makmur", "Info Kita", "Kabar Kampung", "Langkah Maju", "Pena Desa", "Sakinah",
    "Mappasitujue", "Huyula", "Masohi", "Mapalus", "Sipakatau",
)

FIRST_NAMES = (
    "Ahmad", "Muhammad", "Siti", "Sri", "Dewi", "Nur", "Agus", "Budi", "Joko", "Rina",
    "Wahyu", "Eko", "Dwi", "Tri", "Rudi", "Hendra", "Yusuf", "Fitri", "Ratna", "Andi",
    "Made", "Wayan", "Nyoman", "Ketut", "Putu", "Komang", "Yohanes", "Maria", "Fransiskus",
    "Agustina", "Daniel", "Ruth", "Rahmat", "Hasan", "Aminah", "Ilham", "Irfan", "Rizky",
    "Dimas", "Bayu", "Teguh", "Slamet", "Yuliana", "Novita", "Indah", "Ayu", "Wulan",
    "Nanda", "Arif", "Taufik", "Zainal", "Syahrul", "Nurhayati", "Mariani", "Hartini",
    "Yosef", "Markus", "Debora", "Anisa", "Fadli", "Rosmini", "Herlina", "Samsul", "Bambang",
    "Lukas", "Paulus", "Yakobus", "Ernawati", "Sulastri", "Abdul", "Firdaus", "Asri",
)
SINGLE_NAMES = (
    "Sutrisno", "Suparman", "Sukarni", "Darmawan", "Suryadi", "Mulyono", "Sumarni",
    "Sugiarto", "Rohani", "Juariah", "Karsim", "Wartini", "Tarmizi", "Supriyadi",
)
LAST_NAMES = (
    "Fauzi", "Rahma", "Susilo", "Santoso", "Wijaya", "Saputra", "Saputri", "Hidayat",
    "Kurniawan", "Setiawan", "Pratama", "Lestari", "Nasution", "Siregar", "Harahap",
    "Lubis", "Simanjuntak", "Sitompul", "Tanjung", "Pasaribu", "Manurung", "Ginting",
    "Sembiring", "Tarigan", "Sinaga", "Rahman", "Hamid", "Syarif", "Halim", "Ramadhan",
    "Firmansyah", "Gunawan", "Nugroho", "Purnomo", "Suryani", "Wulandari", "Anggraini",
    "Rahayu", "Handayani", "Permana", "Hakim", "Kusuma", "Mahendra", "Sitorus", "Wenda",
    "Kogoya", "Mandacan", "Rumbiak", "Tuhumury", "Manuputty", "Pontoh", "Lengkong",
    "Daulay", "Mokoginta", "Ma'ruf", "Bate'e", "Suardana", "Astuti", "Prasetyo",
)

TOPICS = {
    "pertanian": ("harga gabah dan pupuk bersubsidi", "jadwal tanam dan perkiraan cuaca",
                  "pengendalian hama terpadu", "pembuatan pupuk organik cair",
                  "pendaftaran kartu tani"),
    "perikanan": ("cuaca laut dan tinggi gelombang", "harga ikan di tempat pelelangan",
                  "budidaya ikan air tawar", "keselamatan nelayan di laut"),
    "peternakan": ("vaksinasi ternak", "pakan ternak fermentasi",
                   "pencegahan penyakit mulut dan kuku", "harga ternak menjelang hari raya"),
    "umkm": ("pemasaran produk UMKM secara daring", "perizinan usaha dan NIB",
             "pengemasan produk olahan", "akses permodalan usaha mikro"),
    "pariwisata": ("promosi desa wisata", "kalender acara budaya",
                   "pengelolaan homestay", "sadar wisata dan Sapta Pesona"),
    "kesehatan": ("pencegahan stunting", "jadwal posyandu", "imunisasi anak",
                  "gerakan 3M melawan demam berdarah", "kepesertaan BPJS Kesehatan"),
    "pendidikan": ("beasiswa untuk pelajar", "pendaftaran sekolah",
                   "kelompok belajar anak", "pendidikan kesetaraan"),
    "literasi-digital": ("keamanan akun media sosial", "cara mengenali hoaks",
                         "layanan administrasi daring", "penipuan lewat pesan singkat",
                         "pembuatan konten positif"),
    "lingkungan": ("bank sampah", "pengelolaan sampah rumah tangga",
                   "penghijauan dan penanaman pohon", "kebersihan sungai"),
    "kebencanaan": ("mitigasi banjir", "jalur evakuasi gempa dan tsunami",
                    "peringatan dini cuaca ekstrem", "pencegahan kebakaran hutan dan lahan"),
    "seni-budaya": ("pelestarian seni tradisi", "festival budaya desa",
                    "sanggar tari anak", "dokumentasi cerita rakyat"),
    "keagamaan": ("jadwal kajian dan kegiatan keagamaan", "kerukunan antarumat beragama",
                  "pengelolaan zakat dan sedekah", "peringatan hari besar keagamaan"),
    "kepemudaan": ("kewirausahaan pemuda", "lowongan dan pelatihan kerja",
                   "kegiatan olahraga pemuda", "pencegahan penyalahgunaan narkoba"),
    "pemberdayaan-perempuan": ("usaha rumahan ibu-ibu PKK", "pencegahan kekerasan dalam rumah tangga",
                               "kesehatan ibu dan anak", "keterampilan menjahit dan tata boga"),
    "diseminasi-informasi": ("program pemerintah desa", "kebijakan pemerintah daerah",
                             "penyaluran bantuan sosial", "hasil musyawarah desa"),
    "pelayanan-publik": ("administrasi kependudukan", "pelayanan KTP elektronik",
                         "pengaduan layanan publik", "jadwal pelayanan kantor desa"),
}
DINAS = {
    "pertanian": "Dinas Pertanian", "perikanan": "Dinas Kelautan dan Perikanan",
    "peternakan": "Dinas Peternakan dan Kesehatan Hewan", "umkm": "Dinas Koperasi dan UKM",
    "pariwisata": "Dinas Pariwisata", "kesehatan": "Dinas Kesehatan",
    "pendidikan": "Dinas Pendidikan", "literasi-digital": "Dinas Komunikasi dan Informatika",
    "lingkungan": "Dinas Lingkungan Hidup", "kebencanaan": "Badan Penanggulangan Bencana Daerah",
    "seni-budaya": "Dinas Kebudayaan", "keagamaan": "Kantor Kementerian Agama",
    "kepemudaan": "Dinas Pemuda dan Olahraga",
    "pemberdayaan-perempuan": "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
    "diseminasi-informasi": "Dinas Komunikasi dan Informatika",
    "pelayanan-publik": "Dinas Kependudukan dan Pencatatan Sipil",
}
AUDIENCE = ("warga", "pemuda", "ibu-ibu PKK", "petani", "pelaku UMKM", "pelajar",
            "kader posyandu", "perangkat desa", "nelayan", "lansia")
CHANNELS = (
    "grup WhatsApp warga", "papan informasi di balai desa", "pengumuman di rumah ibadah",
    "halaman Facebook", "akun Instagram", "pertemuan RT dan RW", "siaran radio komunitas",
    "buletin bulanan", "pengeras suara keliling", "kanal YouTube",
)
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
STREETS = (
    "Merdeka", "Pahlawan", "Sudirman", "Diponegoro", "Kartini", "Pemuda", "Masjid",
    "Pasar", "Sekolah", "Kenanga", "Melati", "Mawar", "Flamboyan", "Poros Desa", "Lintas",
    "Kampung Baru", "Pelabuhan", "Bhayangkara", "Cendana", "Nangka",
)
DUSUN = ("Krajan", "Sukamaju", "Karanganyar", "Tegalsari", "Sidomulyo", "Pematang",
         "Lembah", "Tanjung", "Batu Putih", "Air Hitam", "Pasir", "Kebun")
ORG_A = ("Lentera", "Pelita", "Jaringan", "Sahabat", "Rumah", "Gerakan", "Wahana", "Sinergi")
ORG_B = ("Desa", "Nusantara", "Warga", "Informasi", "Literasi", "Mandiri", "Lestari", "Cendekia")
BUMN = ("PT Telkom Indonesia", "PT PLN (Persero)", "PT Bank Rakyat Indonesia",
        "PT Pos Indonesia", "PT Pertamina (Persero)", "PT Pupuk Indonesia",
        "PT Bank Negara Indonesia", "Perum Bulog")
KAMPUS = ("Universitas", "Institut", "Politeknik", "Sekolah Tinggi Ilmu Komunikasi")
BENTUK = {
    "dinas": ("Penyuluhan bersama setiap bulan", "Penyebaran informasi program dinas",
              "Pelatihan teknis bagi anggota", "Pendampingan kegiatan lapangan"),
    "pemda": ("Dukungan operasional sekretariat", "Penyebaran informasi program pemerintah",
              "Pelibatan dalam musyawarah perencanaan pembangunan"),
    "lsm": ("Pendampingan pemetaan potensi desa", "Pelatihan jurnalisme warga",
            "Program literasi digital bersama"),
    "bumn": ("Bantuan perangkat komputer dan internet", "Pelatihan UMKM naik kelas",
             "Program tanggung jawab sosial perusahaan"),
    "perguruan-tinggi": ("Kuliah kerja nyata mahasiswa", "Penelitian dan pengabdian masyarakat",
                         "Pelatihan pembuatan konten video"),
    "swasta": ("Pemasaran produk anggota", "Bantuan peralatan siaran",
               "Sponsor kegiatan lomba warga"),
    "media": ("Liputan kegiatan warga", "Pelatihan penulisan berita",
              "Penayangan ulang informasi KIM"),
    "organisasi-sosial": ("Kegiatan sosial bersama", "Penggalangan donasi untuk warga",
                          "Pelatihan kesiapsiagaan bencana"),
    "lainnya": ("Kerja sama kegiatan warga", "Pertukaran informasi rutin"),
}
PEMBINAAN = (
    "Sosialisasi dan pembinaan KIM", "Bimtek pengelolaan media sosial",
    "Bimtek jurnalistik warga", "Pelatihan pengelolaan situs web KIM",
    "Pembinaan kelembagaan KIM", "Lokakarya pemetaan potensi desa",
    "Pelatihan fotografi dan video untuk KIM", "Sarasehan KIM dan pemerintah daerah",
)
DICARI = (
    ("Pelatihan jurnalisme warga", ("literasi-digital", "diseminasi-informasi")),
    ("Bantuan perangkat komputer dan akses internet", ("literasi-digital",)),
    ("Pendampingan pemasaran daring produk UMKM", ("umkm",)),
    ("Pelatihan pembuatan video pendek", ("literasi-digital", "seni-budaya")),
    ("Kerja sama penyuluhan kesehatan keluarga", ("kesehatan",)),
    ("Pendampingan pengelolaan bank sampah", ("lingkungan",)),
    ("Pelatihan kesiapsiagaan bencana", ("kebencanaan",)),
    ("Dukungan alat siaran radio komunitas", ("diseminasi-informasi",)),
    ("Pelatihan budidaya dan pengolahan hasil panen", ("pertanian", "umkm")),
    ("Promosi paket wisata desa", ("pariwisata",)),
)
DITAWARKAN = (
    ("Penyebaran informasi ke {n} warga lewat grup WhatsApp dan pengeras suara",
     ("diseminasi-informasi",)),
    ("Liputan dan dokumentasi kegiatan mitra di desa", ("diseminasi-informasi",)),
    ("Tempat pelatihan dan sekretariat untuk kegiatan bersama", ("pendidikan",)),
    ("Pendataan warga dan pemetaan potensi desa", ("pelayanan-publik",)),
    ("Relawan untuk sosialisasi program kesehatan", ("kesehatan",)),
    ("Produk olahan anggota untuk pameran dan pasar daring", ("umkm",)),
    ("Pemandu wisata dan informasi desa wisata", ("pariwisata",)),
)
RADIO = ("Suara", "Gema", "Swara", "Citra", "Sinar", "Kabar")


# --------------------------------------------------------------------------- region data

@dataclass(frozen=True, slots=True)
class Village:
    code: str
    name: str
    district: str
    regency_code: str
    regency: str
    province_code: str
    province: str


def _read_csv(name: str) -> list[dict[str, str]]:
    with open(WILAYAH_DIR / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@functools.lru_cache(maxsize=1)
def villages() -> tuple[Village, ...]:
    """Every village of the vendored Kemendagri list, in file order."""
    nfc = functools.partial(unicodedata.normalize, "NFC")
    provinces = {r["code"]: nfc(r["name"].strip()) for r in _read_csv("provinces.csv")}
    regencies = {r["code"]: nfc(r["name"].strip()) for r in _read_csv("regencies.csv")}
    districts = {r["code"]: nfc(r["name"].strip()) for r in _read_csv("districts.csv")}
    out = []
    for r in _read_csv("villages.csv"):
        code = r["code"].strip()
        reg = code[:5]
        out.append(Village(code, nfc(r["name"].strip()), districts[code[:8]], reg,
                           regencies[reg], code[:2], provinces[code[:2]]))
    return tuple(out)


def _pick_villages(rng: random.Random, n: int) -> list[Village]:
    """n distinct villages; every province is represented once n reaches their number."""
    allv = villages()
    if not 0 <= n <= len(allv):
        raise ValueError(f"n must be between 0 and {len(allv)}, got {n}")
    by_prov: dict[str, list[int]] = {}
    for i, v in enumerate(allv):
        by_prov.setdefault(v.province_code, []).append(i)
    provs = sorted(by_prov)
    if n < len(provs):
        return [allv[rng.choice(by_prov[p])] for p in sorted(rng.sample(provs, n))]
    first = [rng.choice(by_prov[p]) for p in provs]
    taken = set(first)
    rest = [i for i in range(len(allv)) if i not in taken]
    chosen = first + rng.sample(rest, n - len(first))
    return [allv[i] for i in sorted(chosen)]


# --------------------------------------------------------------------------- YAML emitting

_PLAIN_BLOCK = re.compile(r"[A-Za-z][A-Za-z0-9 .,'()/&+-]*\Z")
_PLAIN_FLOW = re.compile(r"[A-Za-z][A-Za-z0-9 .'()/&+-]*\Z")
_RESERVED = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null"})


def q(s: str, flow: bool = False) -> str:
    """A YAML scalar for free text: plain when that is unambiguous, else double-quoted."""
    s = unicodedata.normalize("NFC", s)
    if (_PLAIN_FLOW if flow else _PLAIN_BLOCK).match(s) and s.lower() not in _RESERVED:
        return s
    return json.dumps(s, ensure_ascii=False)


def qq(s: str) -> str:
    """Always double-quoted (codes, SK numbers, phone numbers, URLs)."""
    return json.dumps(unicodedata.normalize("NFC", s), ensure_ascii=False)


def _flow_list(items) -> str:
    return "[" + ", ".join(items) + "]"


_EMPHASIS = re.compile(r"(?<=\s)\*[^*\\]+\*")
_RISKY_LINE_START = re.compile(r"([-+*#>]|\d+[.)])\Z")


def _wrap(text: str, width: int = 88) -> list[str]:
    """Greedy word wrap that never starts a line with a Markdown block marker."""
    lines: list[str] = []
    cur = ""
    for word in _EMPHASIS.sub(lambda m: m.group(0).replace(" ", "\0"), text).split():
        word = word.replace("\0", " ")  # an *emphasised phrase* stays on one line
        if not cur:
            cur = word
        elif len(cur) + 1 + len(word) <= width or _RISKY_LINE_START.match(word):
            cur += " " + word
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


# --------------------------------------------------------------------------- helpers

def kebab(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii").lower()
    s = re.sub(r"['\"`]", "", s)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def make_slug(nama: str, code: str) -> str:
    suffix = code.replace(".", "-")
    head = kebab(nama)[: SLUG_MAX - len(suffix) - 1].rstrip("-")
    return f"{head}-{suffix}" if head else suffix


def _rand_date(rng: random.Random, lo: _dt.date, hi: _dt.date) -> _dt.date:
    if hi < lo:
        hi = lo
    return _dt.date.fromordinal(rng.randint(lo.toordinal(), hi.toordinal()))


def _sample_weighted(rng: random.Random, pop, weights, k: int) -> list:
    """k distinct items, drawn by weight, returned in vocabulary order."""
    cum = _CUMULATIVE.get(pop)
    if cum is None:
        cum = _CUMULATIVE[pop] = list(itertools.accumulate(weights))
    total = cum[-1]
    k = min(k, len(pop))
    chosen: set[int] = set()
    while len(chosen) < k:
        chosen.add(bisect.bisect_right(cum, rng.random() * total))
    return [pop[i] for i in sorted(chosen)]


_CUMULATIVE: dict[tuple, list] = {}


def _person(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.12:
        return rng.choice(SINGLE_NAMES)
    first = rng.choice(FIRST_NAMES)
    last = rng.choice(LAST_NAMES)
    while last == first:
        last = rng.choice(LAST_NAMES)
    if r > 0.93:
        return f"{first} {rng.choice(FIRST_NAMES)} {last}"
    return f"{first} {last}"


def _plain_name(rng: random.Random, v: Village) -> tuple[str, str]:
    base = _kim_name(rng)
    return base, f"KIM {base}" + (f" {v.name}" if rng.random() < 0.4 else "")


def _kim_name(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return rng.choice(NAME_FIXED)
    head = rng.choice(NAME_HEAD)
    tail = rng.choice(NAME_TAIL)
    while tail == head:
        tail = rng.choice(NAME_TAIL)
    return f"{head} {tail}"


def _short(regency: str) -> str:
    for p in ("Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota "):
        if regency.startswith(p):
            return regency[len(p):]
    return regency


def _handle(slug: str, rng: random.Random, sep: str = "") -> str:
    parts = slug.split("-")[:-4]  # drop the code digits
    base = sep.join(parts) if parts else "kim"
    base = base[:26].rstrip("._-")
    if rng.random() < 0.3:
        base += str(rng.randint(1, 99))
    return base


def _rupiah_count(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# --------------------------------------------------------------------------- styles

@dataclass(frozen=True, slots=True)
class Kim:
    """What a profile's free texts are written from (all drawn before its description)."""

    v: Village
    tier: int  # 0 sparse, 1 medium, 2 complete
    nama: str
    place: str  # "Desa X", "Kelurahan X", or the bare name of other village codes
    district_label: str  # "Kecamatan X", "Distrik X" in Papua
    asal: str
    basis: list[str]
    year: int  # founded
    bidang: list[str]
    anggota: int


@dataclass(frozen=True)
class Texts:
    """The free texts of one style of synthetic data. A profile's structure (its tier, keys,
    numbers of items, dates and numbers) is drawn alike in every style; the texts come from
    these functions, which draw from the profile's own random generator."""

    name: Callable[[random.Random, Village], tuple[str, str]]  # (base name, nama)
    deskripsi: Callable[[random.Random, Kim], list[str]]  # the lines of the block
    kegiatan: Callable[[random.Random, Kim, str, _dt.date], tuple[str, str]]  # (judul, uraian) of an adinda
    mitra: Callable[[random.Random, Kim, str], str]  # a partner's name of a jenis
    bentuk: Callable[[random.Random, Kim, str], str]  # a partnership's form, by the partner's jenis
    offers: Callable[[random.Random, Kim, int], Iterator[tuple[str, tuple[str, ...]]]]  # (judul, bidang)
    needs: Callable[[random.Random, Kim, int], Iterator[tuple[str, tuple[str, ...]]]]
    need_uraian: Callable[[random.Random, Kim], str]
    pembinaan: Callable[[random.Random, Kim, _dt.date], tuple[str, str]]  # (kegiatan, penyelenggara)
    jenis_mitra: tuple[str, ...]  # partner types of partnerships, offers and needs ("lainnya" last)
    jenis_weights: tuple[int, ...]
    partner: Callable[[Village, int, int], tuple[str, str]]  # (village, k, seed) -> (slug, file text)
    first_partner: Callable[[str, int], str]  # (regency code, seed) -> its first partner's slug


STYLES = ("varied", "plain")


def texts_of(style: str) -> Texts:
    """The texts of a style: "varied" (the default) or "plain" (the first generator's)."""
    if style == "plain":
        return PLAIN
    if style == "varied":
        # synth_varied builds on this module, so it is imported here, once this one is loaded
        from .synth_varied import VARIED

        return VARIED
    raise ValueError(f"style must be one of {', '.join(STYLES)}, got {style!r}")


# --------------------------------------------------------------------------- one profile

def _profile(v: Village, seed: int, texts: Texts) -> tuple[str, str]:
    """(slug, file text) of the synthetic KIM of village v, its free texts in `texts`' style."""
    rng = random.Random(f"{seed}:{v.code}")
    tier_r = rng.random()
    tier = 0 if tier_r < 0.2 else (1 if tier_r < 0.7 else 2)  # sparse, medium, complete

    kind_digit = v.code[-4]
    kind = {"1": "Kelurahan", "2": "Desa"}.get(kind_digit, "")
    place = v.name if (not kind or v.name.startswith(("Desa ", "Kelurahan "))) else f"{kind} {v.name}"
    papua = v.province_code >= "91"
    district_label = ("Distrik " if papua else "Kecamatan ") + v.district
    is_kota = int(v.regency_code[3:5]) >= 71

    base_name, nama = texts.name(rng, v)
    slug = make_slug(nama, v.code)

    # --- dates: berdiri <= every event <= diperbarui <= TODAY
    year = min(FIRST_YEAR + int(rng.triangular(0, 19, 9)), TODAY.year)
    berdiri = _rand_date(rng, _dt.date(year, 1, 1), min(_dt.date(year, 12, 31), TODAY))
    year_only = rng.random() < 0.2
    berdiri_lo = _dt.date(year, 1, 1) if year_only else berdiri
    berdiri_txt = str(year) if year_only else berdiri.isoformat()
    stale_hi = TODAY - _dt.timedelta(days=400)
    if rng.random() < 0.27 and berdiri_lo < stale_hi - _dt.timedelta(days=30):
        diperbarui = _rand_date(rng, max(berdiri_lo + _dt.timedelta(days=30),
                                         TODAY - _dt.timedelta(days=5 * 365)), stale_hi)
    else:
        diperbarui = _rand_date(rng, max(berdiri_lo, TODAY - _dt.timedelta(days=330)), TODAY)
    recent_lo = max(berdiri_lo, diperbarui - _dt.timedelta(days=730))
    consent = _rand_date(rng, recent_lo, diperbarui)

    status = "aktif" if rng.random() < 0.9 else "tidak-aktif"
    asal = "kelompok-lama" if rng.random() < 0.55 else "kelompok-baru"
    if asal == "kelompok-lama":
        basis = _sample_weighted(rng, BASIS, BASIS_WEIGHTS, 1 if rng.random() < 0.75 else 2)
    elif rng.random() < 0.4 or tier == 2:
        basis = _sample_weighted(rng, BASIS, BASIS_WEIGHTS, 1)
    else:
        basis = []
    nb = (1, rng.randint(1, 3), rng.randint(2, 4))[tier]
    bidang = _sample_weighted(rng, BIDANG, BIDANG_WEIGHTS, nb)
    anggota = rng.randint(3, 15) if tier == 0 else rng.randint(5, 60)

    L = [SCHEMA_HEADER, "versi: 1", f"slug: {slug}", f"nama: {q(nama)}", f"status: {status}",
         f"wilayah: {qq(v.code)}"]
    if tier > 0 or rng.random() < 0.5:
        L.append(f"alamat: {q(_alamat(rng, v, place))}")
    if rng.random() < (0.35, 0.6, 0.8)[tier]:
        lat, lon = _coords(rng, v)
        L.append(f"koordinat: {{lintang: {lat:.3f}, bujur: {lon:.3f}}}")  # not a public place: 3 decimals
    L.append(f"berdiri: {berdiri_txt}")
    L.append(f"asal: {asal}")
    if basis:
        L.append(f"basis: {_flow_list(basis)}")
    kim = Kim(v, tier, nama, place, district_label, asal, basis, year, bidang, anggota)
    L.append("deskripsi: |")
    L.extend("  " + ln if ln else "" for ln in texts.deskripsi(rng, kim))
    L.append(f"bidang: {_flow_list(bidang)}")
    L.append(f"anggota: {anggota}")

    # --- pengurus
    pengurus: list[tuple[str, str, bool]] = []
    if tier > 0 or rng.random() < 0.4:
        roles = ["ketua"] if tier == 0 else ["ketua", "sekretaris", "bendahara"]
        if tier == 1 and rng.random() < 0.3:
            roles.insert(1, "wakil-ketua")
        if tier == 2:
            roles.insert(1, "wakil-ketua")
            roles += ["koordinator"] * rng.randint(0, 2)
            roles += [r for r in ("pembina", "penasihat") if rng.random() < 0.5]
        publish_all = rng.random() < 0.6
        for role in roles:
            pengurus.append((role, _person(rng), publish_all or rng.random() < 0.3))
        L.append("pengurus:")
        for role, name, ok in pengurus:  # a name only with consent; without, the role alone
            person = f", nama: {q(name, flow=True)}, izin_publikasi: {consent.isoformat()}" if ok else ""
            L.append(f"  - {{jabatan: {role}{person}}}")

    # --- sk
    village_level = {"1": "kelurahan", "2": "desa"}.get(kind_digit)
    levels: list[str] = []
    regency_level = "kota" if is_kota else "kabupaten"
    if tier == 0:
        if rng.random() < 0.15:
            levels = [village_level or "kecamatan"]
    elif tier == 1:
        if rng.random() < 0.75:
            levels = [village_level if village_level and rng.random() < 0.8 else regency_level]
            if rng.random() < 0.1:
                levels.append(regency_level if levels[0] != regency_level else "provinsi")
    else:
        if village_level and rng.random() < 0.8:
            levels.append(village_level)
        if rng.random() < 0.3:
            levels.append("kecamatan")
        if rng.random() < 0.5 or not levels:
            levels.append(regency_level)
        if rng.random() < 0.1:
            levels.append("provinsi")
    if levels:
        L.append("sk:")
        prev = berdiri_lo
        for lvl in levels:
            tgl = _rand_date(rng, prev, min(prev + _dt.timedelta(days=400), diperbarui))
            prev = tgl
            L.append(f"  - tingkat: {lvl}")
            L.append(f"    nomor: {qq(_sk_nomor(rng, lvl, tgl.year))}")
            L.append(f"    tanggal: {tgl.isoformat()}")
            L.append(f"    penerbit: {q(_penerbit(lvl, v, papua))}")

    # --- fasilitas
    nf = (int(rng.random() < 0.3), rng.randint(1, 4), rng.randint(3, 7))[tier]
    if nf:
        L.append(f"fasilitas: {_flow_list(_sample_weighted(rng, FASILITAS, FASILITAS_WEIGHTS, nf))}")

    # --- media
    nm = (0, rng.randint(0, 2), rng.randint(2, 4))[tier]
    if nm:
        L.append("media:")
        kinds = rng.sample(("facebook", "instagram", "youtube", "situs-web", "radio-komunitas",
                            "facebook", "instagram"), nm)
        for k in dict.fromkeys(kinds):
            if k == "facebook":
                url = f"https://www.facebook.com/{_handle(slug, rng)}"
            elif k == "instagram":
                url = f"https://www.instagram.com/{_handle(slug, rng, '.')}"
            elif k == "youtube":
                url = f"https://www.youtube.com/@{_handle(slug, rng)}"
            elif k == "situs-web":
                url = f"https://{slug[:63].rstrip('-')}.example.org"
            else:
                freq = f"{rng.randint(88, 107)}.{rng.randint(0, 9)}"
                L.append(f"  - {{jenis: radio-komunitas, nama: {q(f'Radio {rng.choice(RADIO)} {base_name} {freq} FM', flow=True)}}}")
                continue
            L.append(f"  - {{jenis: {k}, url: {qq(url)}}}")

    # --- kegiatan
    nk = (0, rng.randint(0, 2), rng.randint(2, 8) if rng.random() < 0.2 else rng.randint(2, 5))[tier]
    if nk:
        L.append("kegiatan:")
        dates = sorted((_rand_date(rng, recent_lo, diperbarui) for _ in range(nk)), reverse=True)
        for tgl in dates:
            adinda = _sample_weighted(rng, ADINDA, ADINDA_WEIGHTS, 1)[0]
            judul, uraian = texts.kegiatan(rng, kim, adinda, tgl)
            L.append(f"  - tanggal: {tgl.isoformat()}")
            L.append(f"    judul: {q(judul)}")
            L.append(f"    adinda: {adinda}")
            if uraian and rng.random() < (0, 0.3, 0.6)[tier]:
                L.append(f"    uraian: {q(uraian)}")

    # --- kemitraan
    nmit = (0, int(rng.random() < 0.35), rng.randint(1, 4) if rng.random() < 0.2 else rng.randint(1, 2))[tier]
    if nmit:
        L.append("kemitraan:")
        for jenis in _sample_weighted(rng, texts.jenis_mitra, texts.jenis_weights, nmit):
            L.append(f"  - mitra: {q(texts.mitra(rng, kim, jenis))}")
            L.append(f"    jenis: {jenis}")
            L.append(f"    sejak: {rng.randint(berdiri_lo.year, diperbarui.year)}")
            L.append(f"    bentuk: {q(texts.bentuk(rng, kim, jenis))}")

    # --- peluang
    if tier > 0 and rng.random() < (0.4, 0.67)[tier - 1]:
        L.extend(_peluang(rng, kim, texts, texts.first_partner(v.regency_code, seed)))

    # --- pembinaan
    npb = (0, int(rng.random() < 0.4), rng.randint(1, 3))[tier]
    if npb:
        L.append("pembinaan:")
        for tgl in sorted(_rand_date(rng, berdiri_lo, diperbarui) for _ in range(npb)):
            kegiatan, org = texts.pembinaan(rng, kim, tgl)
            L.append(f"  - {{tanggal: {tgl.isoformat()}, kegiatan: {q(kegiatan, flow=True)}, "
                     f"penyelenggara: {q(org, flow=True)}}}")

    # --- prestasi
    npr = (0, 1 if rng.random() < 0.15 else 0, rng.randint(0, 3))[tier]
    if npr:
        L.append("prestasi:")
        for th in sorted(rng.randint(berdiri_lo.year, diperbarui.year) for _ in range(npr)):
            peringkat = rng.choice(("Juara I", "Juara II", "Juara III", "Juara Harapan I",
                                    "Penyaji Terbaik", "Nominasi"))
            ajang = rng.choice((f"Lomba KIM Tingkat {v.regency}", f"Lomba KIM Tingkat Provinsi {v.province}",
                                f"Festival KIM Provinsi {v.province}", "Lomba KIM Tingkat Nasional",
                                f"Lomba Konten Kreatif KIM {v.regency}"))
            L.append(f"  - {{tahun: {th}, judul: {q(f'{peringkat} {ajang}', flow=True)}}}")

    # --- kontak
    contacts = []
    if tier > 0 or rng.random() < 0.4:
        contacts.append(("lembaga", None))
    if tier > 0 and pengurus and rng.random() < (0.3, 0.85)[tier - 1]:
        who = [p for p in pengurus if p[0] in ("ketua", "sekretaris")]
        contacts.append(("pribadi", rng.choice(who)))
    if contacts:
        L.append("kontak:")
        for jenis, person in contacts:
            L.append(f"  - jenis: {jenis}")
            if jenis == "lembaga":
                L.append(f"    email: {slug[:64].rstrip('-')}@example.org")
            else:
                role, name, _ = person
                L.append(f"    nama: {q(name)}")
                L.append(f"    peran: {role}")
                L.append(f"    whatsapp: {qq(_whatsapp(rng))}")
                L.append(f"    izin_publikasi: {consent.isoformat()}")

    L.append(f"diperbarui: {diperbarui.isoformat()}")
    return slug, "\n".join(L) + "\n"


@functools.lru_cache(maxsize=None)
def _regency_offset(regency_code: str, spread: float) -> tuple[float, float]:
    """A stable per-regency offset from the province centre, so a regency's KIMs cluster."""
    rr = random.Random(zlib.crc32(regency_code.encode()))
    return rr.uniform(-spread, spread) * 0.7, rr.uniform(-spread, spread)


def _coords(rng: random.Random, v: Village) -> tuple[float, float]:
    lat0, lon0, spread = PROVINCE_CENTRE[v.province_code]
    dlat, dlon = _regency_offset(v.regency_code, spread)
    lat = lat0 + dlat + rng.uniform(-0.12, 0.12) * max(spread, 0.3)
    lon = lon0 + dlon + rng.uniform(-0.12, 0.12) * max(spread, 0.3)
    lat = min(max(lat, LAT_RANGE[0]), LAT_RANGE[1])
    lon = min(max(lon, LON_RANGE[0]), LON_RANGE[1])
    return round(lat, 4) + 0.0, round(lon, 4) + 0.0


def _alamat(rng: random.Random, v: Village, place: str) -> str:
    street = rng.choice(STREETS)
    no = rng.randint(1, 120)
    hall = "Kantor Kelurahan" if place.startswith("Kelurahan") else "Balai Desa"
    forms = (
        f"{hall} {v.name}, Jl. Raya {v.name}",
        f"{hall} {v.name}, Jl. {street} No. {no}",
        f"Sekretariat KIM, Jl. {street} RT {rng.randint(1, 12):02d}/RW {rng.randint(1, 6):02d}, {place}",
        f"Dusun {rng.choice(DUSUN)}, {place}",
        f"Jl. {street} No. {no}, {place}",
    )
    return rng.choice(forms)


def _topic(rng: random.Random, bidang: list[str]) -> str:
    return rng.choice(TOPICS[rng.choice(bidang)])


def _md(s: str) -> str:
    """Escape the Markdown emphasis marker that a few official names contain."""
    return s.replace("*", "\\*")


def _deskripsi(rng: random.Random, k: Kim) -> list[str]:
    nama, place, district_label = _md(k.nama), _md(k.place), _md(k.district_label)
    tier, v, asal, basis, year, bidang = k.tier, k.v, k.asal, k.basis, k.year, k.bidang
    t1 = _topic(rng, bidang)
    t2 = _topic(rng, bidang)
    while t2 == t1 and len(bidang) > 0 and sum(len(TOPICS[b]) for b in bidang) > 1:
        t2 = _topic(rng, bidang)
    if asal == "kelompok-lama" and basis:
        origin = rng.choice((
            f"KIM ini tumbuh dari {BASIS_LABEL[basis[0]]} yang sudah lama aktif di lingkungan warga.",
            f"Awalnya para anggota bergabung dalam {BASIS_LABEL[basis[0]]}, lalu pada tahun {year} "
            f"sepakat membentuk KIM agar informasi lebih tertata.",
        ))
    else:
        origin = rng.choice((
            f"KIM ini dibentuk sebagai kelompok baru pada tahun {year} atas prakarsa warga dan "
            f"pemerintah setempat.",
            f"Kelompok ini berdiri pada tahun {year} setelah sosialisasi KIM dari dinas kominfo.",
        ))
    first = (f"{nama} adalah kelompok informasi masyarakat di {place}, {district_label}, "
             f"{v.regency}, Provinsi {v.province}. {origin}")
    if tier == 0:
        short = f"{nama} adalah kelompok informasi masyarakat di {place}, {district_label}."
        return _wrap(short + (" " + origin if rng.random() < 0.5 else ""))
    verb = rng.choice(("menyebarkan informasi tentang", "membantu warga memahami",
                       "rutin membagikan kabar seputar"))
    first += f" Pengurus {verb} {t1}"
    first += f" serta {t2}." if t2 != t1 else "."
    paras = [first]
    chans = rng.sample(CHANNELS, 3)
    em = rng.random() < 0.3
    second = (f"Informasi disampaikan melalui {chans[0]}, {chans[1]}, dan {chans[2]}. "
              + rng.choice((
                  "Pengurus juga menampung aspirasi warga dan menyampaikannya dalam musyawarah desa.",
                  "Setiap bulan anggota berkumpul untuk memilah kabar yang benar dari yang keliru.",
                  "Anggota KIM mendampingi warga yang kesulitan mengakses layanan daring.",
              )))
    if em:
        second += f" Kegiatan yang paling diminati warga adalah *{_topic(rng, bidang)}*."
    if tier == 2 or rng.random() < 0.3:
        paras.append(second)
    out: list[str] = []
    for p in paras:
        if out:
            out.append("")
        out.extend(_wrap(p))
    if tier == 2 and rng.random() < 0.6:
        out.append("")
        out.append(rng.choice(("Program kerja tahun ini:", "Kegiatan rutin kami:")))
        out.append("")
        items = [
            f"pertemuan anggota setiap hari {rng.choice(HARI)}",
            f"pelatihan {_topic(rng, bidang)} untuk {rng.choice(AUDIENCE)}",
            f"pembaruan papan informasi di {place}",
            "penulisan berita kegiatan desa di media sosial",
            f"penjaringan aspirasi {rng.choice(AUDIENCE)}",
        ]
        for it in rng.sample(items, rng.randint(2, 4)):
            out.append(f"- {it[0].upper()}{it[1:]}")
    return out


KEGIATAN = {
    "akses": ("Pembukaan pojok informasi {t}", "Pemasangan papan informasi desa",
              "Layanan titik internet untuk warga"),
    "diskusi": ("Diskusi warga tentang {t}", "Sarasehan {t} bersama perangkat desa",
                "Forum diskusi bulanan KIM"),
    "implementasi": ("Pelatihan {t} untuk {aud}", "Praktik bersama {t}", "Pendampingan {aud} tentang {t}"),
    "networking": ("Pertemuan jejaring KIM se-{reg_short}", "Kunjungan belajar ke KIM {kim}",
                   "Temu mitra KIM {reg}"),
    "diseminasi": ("Sosialisasi {t} kepada warga", "Siaran informasi {t}",
                   "Penyebaran informasi {t} melalui grup WhatsApp"),
    "aspirasi": ("Penyampaian aspirasi warga dalam musrenbang desa",
                 "Penjaringan usulan warga tentang {t}", "Dialog warga dengan pemerintah desa"),
    "prestasi": ("Mengikuti Lomba KIM Tingkat Provinsi {prov}", "Mengikuti Lomba KIM Tingkat {reg}",
                 "Penerimaan penghargaan KIM terbaik"),
}
URAIAN = (
    "Diikuti {n} peserta dari {aud}.",
    "Kegiatan berlangsung di balai desa dan diikuti {n} orang.",
    "Materi disampaikan oleh pengurus KIM bersama narasumber dari {dinas}.",
    "Hasilnya dibagikan kepada warga lewat grup WhatsApp dan papan informasi.",
)
_DINAS_NAMES = tuple(dict.fromkeys(DINAS.values()))


def _kegiatan(rng: random.Random, k: Kim, adinda: str, day: _dt.date) -> tuple[str, str]:
    bidang, v = k.bidang, k.v
    tpl = rng.choice(KEGIATAN[adinda])
    judul = tpl.format(
        t=_topic(rng, bidang) if "{t}" in tpl else "",
        aud=rng.choice(AUDIENCE) if "{aud}" in tpl else "",
        kim=_kim_name(rng) if "{kim}" in tpl else "",
        reg_short=_short(v.regency), reg=v.regency, prov=v.province,
    )
    judul = judul[0].upper() + judul[1:]
    utpl = rng.choice(URAIAN)
    uraian = utpl.format(n=rng.randint(8, 120), aud=rng.choice(AUDIENCE), dinas=rng.choice(_DINAS_NAMES))
    return judul, uraian


def _mitra(rng: random.Random, k: Kim, jenis: str) -> str:
    bidang, v, place, district_label = k.bidang, k.v, k.place, k.district_label
    if jenis == "dinas":
        return f"{DINAS[rng.choice(bidang)]} {v.regency}"
    if jenis == "pemda":
        return rng.choice((f"Pemerintah {v.regency}", f"Pemerintah {place}",
                           f"Pemerintah {district_label}"))
    if jenis == "lsm":
        return f"{rng.choice(('Yayasan', 'Perkumpulan', 'Lembaga'))} {rng.choice(ORG_A)} {rng.choice(ORG_B)}"
    if jenis == "bumn":
        return rng.choice(BUMN)
    if jenis == "perguruan-tinggi":
        return f"{rng.choice(KAMPUS)} {rng.choice(ORG_A)} {rng.choice(ORG_B)}"
    if jenis == "swasta":
        return f"{rng.choice(('CV', 'PT'))} {rng.choice(NAME_HEAD)} {rng.choice(NAME_TAIL)}"
    if jenis == "media":
        return rng.choice((f"Radio {rng.choice(RADIO)} {_short(v.regency)}",
                           f"Harian {rng.choice(RADIO)} {_short(v.regency)}",
                           f"Portal Berita {_short(v.regency)} Terkini"))
    if jenis == "organisasi-sosial":
        return rng.choice((f"Karang Taruna {v.name}", f"Tim Penggerak PKK {place}",
                           f"Palang Merah Indonesia {v.regency}"))
    return rng.choice((f"Kelompok Tani {rng.choice(NAME_HEAD)} {rng.choice(NAME_TAIL)}",
                       f"Koperasi {rng.choice(NAME_HEAD)} {rng.choice(NAME_TAIL)}"))


def _peluang(rng: random.Random, k: Kim, texts: Texts, first_partner: str) -> list[str]:
    """Offers and needs; a fulfilled need names `first_partner`, its regency's first partner."""
    n_tawar = rng.randint(0, 2 if k.tier == 2 else 1)
    n_cari = rng.randint(0 if n_tawar else 1, 2)
    types, weights = texts.jenis_mitra[:-1], texts.jenis_weights[:-1]  # not "lainnya"
    out = ["peluang:"]
    if n_tawar:
        out.append("  ditawarkan:")
        for judul, bid in texts.offers(rng, k, n_tawar):
            out.append(f"    - judul: {q(judul)}")
            out.append(f"      bidang: {_flow_list(bid)}")
            if rng.random() < 0.5:
                out.append(f"      untuk_mitra: {_flow_list(_sample_weighted(rng, types, weights, rng.randint(1, 2)))}")
            out.extend(_posted(rng))
    if n_cari:
        out.append("  dicari:")
        for judul, bid in texts.needs(rng, k, n_cari):
            mitra = _sample_weighted(rng, types, weights, rng.randint(1, 3))
            out.append(f"    - judul: {q(judul)}")
            out.append(f"      jenis_mitra: {_flow_list(mitra)}")
            out.append(f"      bidang: {_flow_list(bid)}")
            if rng.random() < 0.6:
                out.append(f"      uraian: {q(texts.need_uraian(rng, k))}")
            if rng.random() < 0.5:
                hingga = _rand_date(rng, TODAY - _dt.timedelta(days=120), LATEST_HINGGA)
                out.append(f"      hingga: {hingga.isoformat()}")
            out.extend(_posted(rng))
            out.extend(_lifecycle(rng, first_partner))
    return out


def _offers(rng: random.Random, k: Kim, n: int):
    """n offers (title, bidang), one at a time: each title's number is drawn just before its use."""
    for judul, bid in rng.sample(DITAWARKAN, n):
        yield judul.format(n=_rupiah_count(k.anggota * rng.randint(20, 60))), bid


def _needs(rng: random.Random, k: Kim, n: int):
    yield from rng.sample(DICARI, n)


def _need_uraian(rng: random.Random, k: Kim) -> str:
    return rng.choice(_URAIAN_DICARI)


def _bentuk(rng: random.Random, k: Kim, jenis: str) -> str:
    return rng.choice(BENTUK[jenis])


def _pembinaan(rng: random.Random, k: Kim, day: _dt.date) -> tuple[str, str]:
    """(kegiatan, penyelenggara) of one coaching."""
    org = rng.choice((
        f"Diskominfo {k.v.regency}", f"Dinas Komunikasi dan Informatika {k.v.regency}",
        f"Diskominfo Provinsi {k.v.province}", f"Dinas Komunikasi dan Informatika Provinsi {k.v.province}",
    ))
    return rng.choice(PEMBINAAN), org


def _posted(rng: random.Random) -> list[str]:
    """`diunggah` (most items) and `jangkauan` (some) of an offer or a need."""
    out = []
    if rng.random() < 0.7:
        out.append(f"      diunggah: {_rand_date(rng, TODAY - _dt.timedelta(days=300), TODAY).isoformat()}")
    if rng.random() < 0.4:
        out.append(f"      jangkauan: {rng.randint(20, 3000)}")
    return out


def _lifecycle(rng: random.Random, first_partner: str) -> list[str]:
    """A need's status: one in ten under discussion, one in ten fulfilled by the first
    partner of its regency (which `partner_plan` always makes)."""
    r = rng.random()
    if r < 0.1:
        return ["      status: dibahas"]
    if r < 0.2:
        day = _rand_date(rng, TODAY - _dt.timedelta(days=200), TODAY)
        return ["      status: terpenuhi", f"      dipenuhi_oleh: {first_partner}",
                f"      tanggal_terpenuhi: {day.isoformat()}"]
    return []


_URAIAN_DICARI = (
    "Kami memiliki sekretariat dan anggota yang siap belajar, tetapi belum memiliki pelatih.",
    "Dibutuhkan untuk sekitar 20 anggota aktif, diutamakan pemuda desa.",
    "Kegiatan dapat dilaksanakan di balai desa pada akhir pekan.",
    "Kami siap menyediakan tempat, konsumsi sederhana, dan peserta.",
)


def _sk_nomor(rng: random.Random, lvl: str, year: int) -> str:
    a, b = rng.randint(1, 999), rng.randint(1, 250)
    return rng.choice((
        f"141/{b}/KPTS/{year}",
        f"{a:03d}/{b}/SK/KIM/{year}",
        f"188.45/{a}/KPTS/{year}",
        f"{a:03d}/Kep.{b}/{lvl.capitalize()}/{year}",
        f"480/{b}/{a:03d}/{year}",
    ))


def _penerbit(lvl: str, v: Village, papua: bool) -> str:
    if lvl == "desa":
        return f"Kepala Desa {v.name}"
    if lvl == "kelurahan":
        return f"Lurah {v.name}"
    if lvl == "kecamatan":
        return f"{'Kepala Distrik' if papua else 'Camat'} {v.district}"
    if lvl == "kabupaten":
        return f"Bupati {_short(v.regency)}"
    if lvl == "kota":
        return f"Wali Kota {_short(v.regency)}"
    return f"Gubernur {v.province}"


_WA_PREFIX = ("811", "812", "813", "821", "822", "823", "851", "852", "853", "856",
              "857", "858", "877", "878", "881", "882", "895", "896", "897", "898")


def _whatsapp(rng: random.Random) -> str:
    rest = rng.randint(8, 10)  # 3 + 8..10 = 11..13 digits after +62
    return f"+62{rng.choice(_WA_PREFIX)}{rng.randrange(10 ** rest):0{rest}d}"


# --------------------------------------------------------------------------- partners

KIMS_PER_PARTNER = 10
PARTNER_JENIS = ("dinas", "pemda", "lsm", "bumn", "perguruan-tinggi", "swasta", "media")
PARTNER_JENIS_WEIGHTS = (6, 4, 3, 2, 4, 2, 1)
PARTNER_NAME = {
    "dinas": "Dinas Kominfo", "pemda": "Bagian Prokopim Pemerintah", "lsm": "Yayasan Desa Berdaya",
    "bumn": "CSR PT Nusantara Persero", "perguruan-tinggi": "LPPM Universitas", "swasta": "CSR PT Maju Bersama",
    "media": "Radio Suara",
}
BENTUK_PROGRAM = ("dana", "pelatihan", "pendampingan", "peralatan", "siaran", "magang")
PROGRAM_JUDUL = {
    "pelatihan": "Pelatihan {b} untuk KIM", "pendampingan": "Pendampingan {b} di desa",
    "dana": "Hibah kegiatan {b}", "peralatan": "Bantuan peralatan {b}", "siaran": "Siaran bersama tentang {b}",
    "magang": "Magang {b} bagi pengurus KIM",
}


def partner_slug(regency_code: str, k: int) -> str:
    """The k-th partner of a regency; the first exists wherever a KIM does."""
    return f"mitra-{regency_code.replace('.', '-')}-{k}"


def partner_plan(n: int, seed: int = 1) -> list[tuple[Village, int]]:
    """(a village of the regency, k) for each partner: about one per `KIMS_PER_PARTNER`
    KIMs of each regency, at least one per regency with a KIM."""
    by_regency: dict[str, list[Village]] = {}
    for v in _pick_villages(random.Random(seed), n):
        by_regency.setdefault(v.regency_code, []).append(v)
    return [(kims[0], k) for _, kims in sorted(by_regency.items())
            for k in range(1, max(1, round(len(kims) / KIMS_PER_PARTNER)) + 1)]


def _first_partner(regency_code: str, seed: int) -> str:
    return partner_slug(regency_code, 1)


def _partner(v: Village, k: int, seed: int) -> tuple[str, str]:
    rng = random.Random(f"{seed}:mitra:{v.regency_code}:{k}")
    slug = partner_slug(v.regency_code, k)
    jenis = _sample_weighted(rng, PARTNER_JENIS, PARTNER_JENIS_WEIGHTS, 1)[0]
    area = rng.choice((v.regency_code, v.regency_code, v.province_code, v.code[:8])) if k > 1 else v.regency_code
    L = [
        "versi: 1",
        f"slug: {slug}",
        f"nama: {q(f'{PARTNER_NAME[jenis]} {_short(v.regency)} {k}')}",
        f"jenis: {jenis}",
        f"wilayah_kerja: [{qq(area)}]",
        f"deskripsi: {q(f'Mitra KIM di {v.regency}, {v.province}.')}",
        "program:",
    ]
    for _ in range(rng.randint(1, 3)):
        bentuk = rng.choice(BENTUK_PROGRAM)
        bid = _sample_weighted(rng, BIDANG, BIDANG_WEIGHTS, rng.randint(1, 2))
        mulai = _rand_date(rng, TODAY - _dt.timedelta(days=200), TODAY + _dt.timedelta(days=90))
        hingga = _rand_date(rng, max(mulai, TODAY - _dt.timedelta(days=30)), LATEST_HINGGA)
        L += program_lines(PROGRAM_JUDUL[bentuk].format(b=BIDANG_LABEL[bid[0]]), bid, bentuk,
                           rng.randint(3, 30), mulai, hingga)
    L.append("kontak:")
    L.append(f"  - {{jenis: lembaga, email: {slug}@example.org}}")
    L.append(f"diperbarui: {_rand_date(rng, TODAY - _dt.timedelta(days=200), TODAY).isoformat()}")
    return slug, "\n".join(L) + "\n"


def program_lines(judul: str, bidang, bentuk: str, kapasitas: int, mulai: _dt.date, hingga: _dt.date,
                  syarat: str | None = None, uraian: str | None = None) -> list[str]:
    """One entry of a partner file's `program` list."""
    lines = [f"  - judul: {q(judul)}", f"    bidang: {_flow_list(bidang)}", f"    bentuk: {bentuk}",
             f"    kapasitas: {kapasitas}", f"    mulai: {mulai.isoformat()}", f"    hingga: {hingga.isoformat()}"]
    lines += [f"    {key}: {q(text)}" for key, text in (("syarat", syarat), ("uraian", uraian)) if text]
    return lines


BIDANG_LABEL = {
    "pertanian": "pertanian", "perikanan": "perikanan", "peternakan": "peternakan", "umkm": "UMKM",
    "pariwisata": "pariwisata", "kesehatan": "kesehatan", "pendidikan": "pendidikan",
    "literasi-digital": "literasi digital", "lingkungan": "lingkungan hidup", "kebencanaan": "kebencanaan",
    "seni-budaya": "seni dan budaya", "keagamaan": "keagamaan", "kepemudaan": "kepemudaan",
    "pemberdayaan-perempuan": "pemberdayaan perempuan", "diseminasi-informasi": "diseminasi informasi",
    "pelayanan-publik": "pelayanan publik",
}


PLAIN = Texts(
    name=_plain_name, deskripsi=_deskripsi, kegiatan=_kegiatan, mitra=_mitra, bentuk=_bentuk,
    offers=_offers, needs=_needs, need_uraian=_need_uraian, pembinaan=_pembinaan,
    jenis_mitra=JENIS_MITRA, jenis_weights=JENIS_MITRA_WEIGHTS, partner=_partner, first_partner=_first_partner,
)


def generate_partners(out_dir: Path, n: int, seed: int = 1, style: str = "varied") -> list[Path]:
    """Write the partner files (`<slug>.yml`) of the n KIMs `generate(…, n, seed, style)`
    writes: about one per ten KIMs of each regency, at least one per regency; every partner
    a fulfilled synthetic need names is among them. Returns their paths, sorted."""
    texts = texts_of(style)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for v, k in partner_plan(n, seed):
        slug, text = texts.partner(v, k, seed)
        path = out_dir / f"{slug}.yml"
        path.write_text(text, encoding="utf-8", newline="\n")
        paths.append(path)
    return sorted(paths)


# --------------------------------------------------------------------------- public API

def generate(out_dir: Path, n: int, seed: int = 1, style: str = "varied") -> list[Path]:
    """Write n synthetic KIM files under out_dir, their texts in `style` ("varied" or
    "plain"); return their paths, sorted."""
    texts = texts_of(style)
    out_dir = Path(out_dir)
    rng = random.Random(seed)
    made_dirs: set[Path] = set()
    paths: list[Path] = []
    for v in _pick_villages(rng, n):
        slug, text = _profile(v, seed, texts)
        folder = out_dir / v.province_code / v.regency_code
        if folder not in made_dirs:
            folder.mkdir(parents=True, exist_ok=True)
            made_dirs.add(folder)
        path = folder / f"{slug}.yml"
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        paths.append(path)
    paths.sort()
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m benchmarks.synth",
        description="Write N realistic synthetic KIM profiles under OUT_DIR "
                    "(OUT_DIR/<province>/<regency>/<slug>.yml).")
    ap.add_argument("out_dir", type=Path, nargs="?", metavar="OUT_DIR")
    ap.add_argument("n", type=int, nargs="?", metavar="N", help=f"number of KIMs (0..{len(villages())})")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--style", choices=STYLES, default="varied",
                    help="varied (default): texts as varied as real ones; plain: the first generator's, "
                         "whose texts repeat")
    ap.add_argument("--mitra", type=Path, metavar="DIR",
                    help="also write their partner files (about one per ten KIMs) into DIR")
    ap.add_argument("--stats", type=Path, metavar="DIR",
                    help="instead, print how often the texts of the data in DIR repeat (a data set of "
                         "benchmarks.run, a folder of KIM files or one of partner files)")
    args = ap.parse_args(argv)
    if args.stats:
        print(synth_stats.render(synth_stats.repetition(args.stats)), end="")
        return 0
    if args.out_dir is None or args.n is None:
        ap.error("OUT_DIR and N are required (or --stats DIR)")
    try:
        paths = generate(args.out_dir, args.n, args.seed, args.style)
    except ValueError as exc:
        ap.error(str(exc))
    print(f"wrote {len(paths)} KIM files to {args.out_dir}")
    if args.mitra:
        written = generate_partners(args.mitra, args.n, args.seed, args.style)
        print(f"wrote {len(written)} partner files to {args.mitra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
