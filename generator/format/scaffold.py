"""`kim new`: start a valid, commented KIM file in the right folder (or, with `--mitra`, a
partner file in `mitra/`)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import sys
import unicodedata
from pathlib import Path

from generator.format import report
from generator.format.acrossfiles import stem as stem_of
from generator.format.catalogue import check_bytes, taken_slugs
from generator.model.placewords import district_name, place_words, villages_word
from generator.model.regionmatch import fold, match_village, village_titles, without_own_word, without_prefixes
from generator.model.regions import Place, Regions, load_regions
from generator.model.vocab import load_vocab

TEMPLATE = """\
# yaml-language-server: $schema=../../../schema/kim.schema.json
# Profil {nama}
# {where}
# Panduan pengisian: content/panduan/memperbarui-profil.md
# Periksa berkas ini dengan: kim validate {path}

versi: 1
{contoh}slug: {slug}
nama: {nama_yaml}
status: aktif
wilayah: "{code}"  # {village}; nama wilayah diturunkan dari kode ini
diperbarui: {today}  # tanggal terakhir profil ini diperiksa kebenarannya

# Bagian di bawah ini belum diisi. Hapus tanda # di awal baris, lalu ganti contohnya.
# Kode, nomor telepon dan nomor SK selalu ditulis dalam tanda kutip.
#
# alamat: {office} {village}
# koordinat: {{lintang: -5.092, bujur: 105.380}}   # 3 angka di belakang koma (~100 m); lebih teliti hanya dengan tempat_umum: true (mis. balai desa)
# berdiri: 2016-04-10            # tanggal atau tahun saja, mis. 2016
# asal: kelompok-baru            # atau kelompok-lama (tumbuh dari kelompok yang sudah ada)
# basis: [karang-taruna]         # kelompok-tani, usaha-bersama, hobi, pengajian, pkk, pokdarwis, lainnya
# deskripsi: |
#   Ceritakan apa yang dikerjakan KIM ini untuk warga.
# bidang: [pertanian, literasi-digital]
# anggota: 15
# pengurus:
#   - {{jabatan: ketua, nama: Nama Ketua, izin_publikasi: {today}}}   # nama hanya dengan tanggal izin tertulisnya
#   - {{jabatan: bendahara}}                                # belum ada izin: jabatannya saja
# sk:
#   - {{tingkat: {village_level}, nomor: "141/01/KPTS/2026", tanggal: {today}, penerbit: {head}}}
# fasilitas: [sekretariat-tetap, internet]
# media:
#   - {{jenis: facebook, url: "https://www.facebook.com/namahalaman"}}
# kontak:
#   - {{jenis: lembaga, email: nama-kim@example.org}}
"""

# Written after `versi: 1` by `kim new --contoh`.
SAMPLE = "contoh: true  # data contoh: KIM rekaan, bukan KIM yang nyata; situs menandai profilnya\n"

# What `kim new` says, in (Indonesian, English); the file it writes is Indonesian, as every KIM file.
TEXTS: dict[str, tuple[str, str]] = {
    "written": ("""\
Berkas dibuat: {path}

Langkah berikutnya:
  1. Buka berkas itu, lalu isi bagian yang masih diawali tanda # (alamat, deskripsi, bidang, pengurus, SK, kontak).
  2. Kontak pribadi dan nama pengurus hanya boleh ditulis dengan izin tertulis: isi izin_publikasi dengan tanggal izinnya; tanpa izin, tulis jabatannya saja.
  3. Periksa berkas: kim validate {path}
  4. Kirim sebagai pull request; pemeriksaan otomatis menunjukkan baris yang perlu diperbaiki.
""", """\
File written: {path}

Next:
  1. Open the file and fill in the parts that still start with # (address, description, fields, board, SK, contacts).
  2. Personal contacts and board members' names may only be written with written consent: put the date of that consent in izin_publikasi; without consent, write the role only.
  3. Check the file: kim validate {path}
  4. Send it as a pull request; the automatic check shows the lines to correct.
"""),
    "partner-written": ("Berkas dibuat: {path}\n\nLangkah berikutnya: isi wilayah kerja, program dan kontak lembaga, "
                        "lalu periksa dengan: kim validate {path}",
                        "File written: {path}\n\nNext: fill in the work area, the programmes and the institution's "
                        "contacts, then check it with: kim validate {path}"),
    "ask-nama": ("Nama KIM (mis. KIM Sinar Harapan): ", "Name of the KIM (e.g. KIM Sinar Harapan): "),
    "ask-partner": ("Nama lembaga mitra (mis. Universitas Nusantara): ",
                    "Name of the partner institution (e.g. Universitas Nusantara): "),
    "ask-jenis": ("Jenis mitra ({values}): ", "Kind of partner ({values}): "),
    "ask-village": ("Nama desa/kelurahan (boleh {narrow}): ", "Name of the village (may be {narrow}): "),
    "ask-choice": ("Pilih nomor 1-{n}, atau ketik {narrow}: ", "Choose a number 1-{n}, or type {narrow}: "),
    "narrow": ("desa, kecamatan atau kabupaten/kota", "village, district or regency/city"),
    "counted": ("{n} {villages} cocok dengan {query!r}", "{n} {n|village matches|villages match} {query!r}"),
    "counted-some": ("{line}; {shown} yang pertama ditampilkan. Persempit dengan nama kecamatan atau "
                     "kabupaten/kota setelah koma, mis. \"{example}\"",
                     "{line}; the first {shown} are shown. Narrow it down with the name of the district or "
                     "regency/city after a comma, e.g. \"{example}\""),
    "no-village": ("kim new: tidak ada desa/kelurahan bernama {desa!r}", "kim new: no village is called {desa!r}"),
    "no-village-in": ("kim new: tidak ada desa/kelurahan {desa!r} di {above}", "kim new: no village {desa!r} in {above}"),
    "unknown-code": ("kim new: kode wilayah {code!r} tidak ada di daftar resmi",
                     "kim new: the region code {code!r} is not in the official list"),
    "many": ("kim new: beberapa desa cocok; pilih dengan --wilayah KODE, atau persempit --desa \"{narrow}\"",
             "kim new: several villages match; choose with --wilayah CODE, or narrow down --desa \"{narrow}\""),
    "not-exact": ("kim new: tidak ada desa/kelurahan yang bernama persis {desa!r}; pilih dengan --wilayah KODE, "
                  "atau tulis namanya persis di --desa",
                  "kim new: no village is called exactly {desa!r}; choose with --wilayah CODE, or write its name "
                  "exactly in --desa"),
    "unknown-choice": ("kim new: pilihan tidak dikenal", "kim new: no such choice"),
    "unknown-jenis": ("kim new: jenis mitra {jenis!r} tidak dikenal; pilih salah satu: {values}",
                      "kim new: unknown kind of partner {jenis!r}; choose one of: {values}"),
    "taken": ("kim new: slug {slug!r} sudah dipakai oleh {path}; pilih --slug lain",
              "kim new: the slug {slug!r} is already used by {path}; choose another --slug"),
    "taken-former": ("kim new: slug {slug!r} adalah alamat lama KIM di {path} (slug_lama) dan mengarah ke KIM itu; "
                     "pilih --slug lain",
                     "kim new: the slug {slug!r} is a former address of the KIM in {path} (slug_lama) and leads to "
                     "that KIM; choose another --slug"),
    "partner-taken-former": ("kim new: slug {slug!r} adalah alamat lama mitra di {path} (slug_lama) dan mengarah ke "
                             "mitra itu; pilih --slug lain",
                             "kim new: the slug {slug!r} is a former address of the partner in {path} (slug_lama) "
                             "and leads to that partner; choose another --slug"),
    "cancelled": ("\nkim new: dibatalkan", "\nkim new: cancelled"),
}


PARTNER_TEMPLATE = """\
# yaml-language-server: $schema=../schema/mitra.schema.json
# Profil mitra {nama}
# Format: docs/format.md, bagian "Partner files"
# Periksa berkas ini dengan: kim validate {path}

versi: 1
{contoh}slug: {slug}
nama: {nama_yaml}
jenis: {jenis}  # {jenis_label}
diperbarui: {today}  # tanggal terakhir berkas ini diperiksa kebenarannya

# Bagian di bawah ini belum diisi. Hapus tanda # di awal baris, lalu ganti contohnya.
# Kode wilayah dan nomor telepon selalu ditulis dalam tanda kutip.
#
# wilayah_kerja: ["18.07", "18.10"] # kode provinsi, kabupaten/kota atau kecamatan; tanpa ini: seluruh Indonesia
# deskripsi: |
#   Ceritakan lembaga ini dan apa yang ditawarkannya kepada KIM.
# situs: "https://example.org/"
# program:
#   - judul: Pelatihan literasi digital
#     bidang: [literasi-digital]
#     bentuk: pelatihan          # {bentuk}
#     kapasitas: 10              # berapa KIM yang dapat ikut
#     mulai: {today}
#     hingga: {until}
#     syarat: Apa yang perlu disiapkan KIM.
#     uraian: Apa yang didapat KIM.
# kontak:                        # kontak kantor atau unit; berkas mitra tidak memuat kontak pribadi
#   - {{jenis: lembaga, unit: Humas, email: nama-lembaga@example.org}}
"""

# How long the sample programme runs: about three months, so that a copy of it stays open a
# while (ending the day it starts, it would close the day after).
SAMPLE_PROGRAMME = dt.timedelta(days=91)

PARTNER_SAMPLE = "contoh: true  # data contoh: mitra rekaan, bukan lembaga yang nyata; situs menandai halamannya\n"


# The apostrophes people type in a name ("Pu'uk", "Pu’uk"): dropped, so that one name has one slug.
_APOSTROPHES = re.compile("['`\u2018\u2019\u02bc]")


def slugify(text: str) -> str:
    """A name as a slug; `slugify` in util.js, for the form and the directory, is the same rule."""
    ascii_text = unicodedata.normalize("NFKD", _APOSTROPHES.sub("", text)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return re.sub(r"^kim-", "", slug)


# A slug's longest length, as the format allows it (spec.py: `slug`, Text(80)).
SLUG_MAX = 80


def fit_slug(slug: str, limit: int = SLUG_MAX) -> str:
    """`slug` cut after its last whole word within `limit` characters: an address ending
    mid-word (`...-bersatu-memban`) reads as a typo on a poster. Only a first word longer than
    the limit is cut inside. `fitSlug` in util.js is the same rule."""
    if len(slug) <= limit:
        return slug
    # a hyphen just past the limit ends a whole word that fits
    return slug[:limit + 1].rpartition("-")[0] or slug[:limit]


def default_slug(nama: str, place: Place) -> str:
    """A new KIM's slug: its name's, then its village's unless the name holds the village's
    name already, whole or without the word of its kind, word for word ("KIM Yoboi" in Desa Adat
    Yoboi is `yoboi`, was `yoboi-desa-adat-yoboi`). `defaultSlug` in kontribusi-yaml.js is the
    same rule; a file's slug, once written, never changes with it."""
    slug = slugify(nama)
    village = slugify(place.name)
    bare = "-".join(without_own_word(village.split("-")))
    if village and not any(f"-{name}-" in f"-{slug}-" for name in (village, bare)):
        slug = f"{slug}-{village}"
    return fit_slug(slug)


def render(nama: str, place: Place, slug: str, today: dt.date, path: str, contoh: bool = False) -> str:
    words = place_words(place.code)
    village, head = village_titles(place.name, words)
    return TEMPLATE.format(
        contoh=SAMPLE if contoh else "",
        nama=nama.replace("\n", " "),
        nama_yaml=json.dumps(nama, ensure_ascii=False),
        where=f"{village}, {district_name(place.district, place.code)}, {place.regency}, {place.province}",
        path=path,
        slug=slug,
        code=place.code,
        village=village,
        office=words.office,
        head=head,
        village_level="kelurahan" if place.is_kelurahan else "desa",
        today=today.isoformat(),
    )


def _ask(prompt: str) -> str:
    print(prompt, end="", flush=True)
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line.strip()


SHOWN = 15  # villages listed to choose from; more are counted, and the name can be narrowed


def villages_named(regions: Regions, query: str, say, lang: str = "id") -> tuple[list[Place], str, bool]:
    """The villages `query` names, why there is none (in `lang`), and whether they were named
    exactly. "Sukamaju" (or "Desa Sukamaju") is read as `kim impor` reads a row's village;
    "Sukamaju, Bogor" (or "Sukamaju, Cibungbulang, Bogor") is narrowed by the names after the
    commas as it narrows a row by its kecamatan and kabupaten columns, each name tried as the
    levels it can be, in order. A name that names no village exactly gives the villages spelt
    close to it (within one typo; without a comma, also those whose names start so, "Sukama"):
    offered, never one of them written without a question."""
    desa, *above = [part.strip() for part in query.split(",")]
    readings = [match_village(regions, desa, **dict(zip(levels, above)), lang=lang)
                for levels in itertools.combinations(("kecamatan", "kabupaten", "provinsi"), len(above))]
    exact, close = ({p.code: p for m in readings if m.forgiven is typo for p in ([m.place] if m.place else m.candidates)}
                    for typo in (False, True))
    found = exact or close
    places = [found[code] for code in sorted(found)]
    if not above:
        return places if exact else _spelt_close(regions, desa, places), say("no-village", desa=desa), bool(exact)
    # where the names after the commas are found instead (Papua's regencies since 2022), as `kim impor` says it;
    # a reading that found every name after the commas first: "Sentani" is a distrik, not a missing provinsi
    said = sorted(reversed(readings), key=lambda match: not match.placed)
    elsewhere = next((f"; {match.reason}" for match in said if match.wrong), "")
    return places, say("no-village-in", desa=desa, above=", ".join(above)) + elsewhere, bool(exact)


def _spelt_close(regions: Regions, desa: str, typos: list[Place]) -> list[Place]:
    """The villages a name without a comma may mean: those within one typo of it, then those
    spelt close to it or starting so, its village's word kept ("Kampung Bary" is close to
    Kampung Baru, where "bary" is to Baraya), else dropped ("Desa Sukama" starts Sukamaju)."""
    spelt = regions.find_villages(fold(desa), limit=None) or regions.find_villages(without_prefixes(desa), limit=None)
    return list({p.code: p for p in typos + spelt}.values())


def _choose_place(args, say) -> Place | None:
    regions = load_regions()
    if args.wilayah:
        place = regions.place(args.wilayah.strip())
        if place is None:
            print(say("unknown-code", code=args.wilayah), file=sys.stderr)
        return place
    narrow = say("narrow")
    query = args.desa or _ask(say("ask-village", narrow=narrow))
    while True:
        matches, none, exact = villages_named(regions, query, say, args.lang)
        if not matches:
            print(none, file=sys.stderr)
            return None
        if len(matches) == 1 and exact:
            return matches[0]
        shown = matches[:SHOWN]
        for i, p in enumerate(shown, 1):
            print(f"  {i:2}) {p.name} - {district_name(p.district, p.code)}, {p.regency}, {p.province} ({p.code})")
        print(_counted(matches, query, say))
        if args.desa and not sys.stdin.isatty() and args.nama:
            print(say("many" if exact else "not-exact", narrow=narrow, desa=query), file=sys.stderr)
            return None
        answer = _ask(say("ask-choice", n=len(shown), narrow=narrow))
        if answer.isdigit() and 1 <= int(answer) <= len(shown):
            return shown[int(answer) - 1]
        if not answer or answer.isdigit():
            print(say("unknown-choice"), file=sys.stderr)
            return None
        query = answer


def _counted(matches: list[Place], query: str, say) -> str:
    """How many villages matched, and, when not all are listed, how to reach the others."""
    line = say("counted", n=len(matches), query=query, villages=villages_word(p.code for p in matches))
    if len(matches) <= SHOWN:
        return line
    hidden = matches[SHOWN]  # a village not listed, named as it is found again
    regency = hidden.regency.removeprefix("Kabupaten ").removeprefix("Kota ")
    return say("counted-some", line=line, shown=SHOWN, example=f"{hidden.name}, {regency}")


def render_partner(nama: str, jenis: str, slug: str, today: dt.date, path: str, contoh: bool = False) -> str:
    vocab = load_vocab()
    return PARTNER_TEMPLATE.format(
        contoh=PARTNER_SAMPLE if contoh else "",
        nama=nama.replace("\n", " "),
        nama_yaml=json.dumps(nama, ensure_ascii=False),
        jenis=jenis,
        jenis_label=vocab.label("jenis_mitra", jenis),
        bentuk=", ".join(vocab.values("bentuk_program")),
        path=path,
        slug=slug,
        today=today.isoformat(),
        until=(today + SAMPLE_PROGRAMME).isoformat(),
    )


def _choose_jenis(args, say) -> str | None:
    values = load_vocab().values("jenis_mitra")
    jenis = args.jenis or _ask(say("ask-jenis", values=", ".join(values)))
    if jenis not in values:
        print(say("unknown-jenis", jenis=jenis, values=", ".join(values)), file=sys.stderr)
        return None
    return jenis


def _answers(say, *steps) -> tuple | None:
    """What each step gives (a step may ask on the terminal), in order; None when the input
    ended before all were answered."""
    try:
        return tuple(step() for step in steps)
    except EOFError:
        print(say("cancelled"), file=sys.stderr)
        return None


def _write_checked(path: Path, text: str, today: dt.date, lang: str) -> int:
    """Write `text` to `path` if it passes validation (a name or slug given may not)."""
    problems = [p for p in check_bytes(text.encode(), str(path), today).problems if p.is_error]
    if problems:
        sys.stderr.write(report.render(problems, "text", lang))
        return 2
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return 0


def _taken(say, slug: str, root: Path, files: str, former: str) -> bool:
    """Whether a file of `files` under `root` is named `slug` or lists it as a former address
    (told as `former`): said on stderr then."""
    taken = taken_slugs(root, files).get(slug.lower())
    if taken:
        print(say("taken" if stem_of(taken).lower() == slug.lower() else former, slug=slug, path=taken),
              file=sys.stderr)
    return taken is not None


def run_new_partner(args, today: dt.date, say) -> int:
    """`kim new --mitra`: a partner file, mitra/<slug>.yml."""
    answers = _answers(say, lambda: (args.nama or _ask(say("ask-partner"))).strip(),
                       lambda: _choose_jenis(args, say))
    if answers is None:
        return 2
    nama, jenis = answers
    slug = args.slug or fit_slug(slugify(nama))
    if not nama or jenis is None or not slug:
        return 2
    root = Path(args.root or "mitra")
    if _taken(say, slug, root, "*.yml", "partner-taken-former"):
        return 2
    path = root / f"{slug}.yml"
    code = _write_checked(path, render_partner(nama, jenis, slug, today, str(path), args.contoh), today, args.lang)
    if code == 0:
        print(say("partner-written", path=path))
    return code


def run_new(args, today: dt.date) -> int:
    say = report.speaker(TEXTS, args.lang)
    if args.mitra:
        return run_new_partner(args, today, say)
    answers = _answers(say, lambda: (args.nama or _ask(say("ask-nama"))).strip(),
                       lambda: _choose_place(args, say))
    if answers is None:
        return 2
    nama, place = answers
    if not nama or place is None:
        return 2
    slug = args.slug or default_slug(nama, place)
    root = Path(args.root or "kims")
    if _taken(say, slug, root, "*/*/*.yml", "taken-former"):
        return 2
    path = root / place.province_code / place.regency_code / f"{slug}.yml"
    code = _write_checked(path, render(nama, place, slug, today, str(path), args.contoh), today, args.lang)
    if code == 0:
        print(say("written", path=path))
    return code
