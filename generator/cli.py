"""The `kim` command: validate data files, print the schemas, start a new profile, record coaching."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys

from generator.format import catalogue, kinds, report, spec
from generator.format.dates import NotADate, given_date, reference_date
from generator.format.docs import format_doc
from generator.format.schema import schema_text
from generator.model.datafiles import DataFileError

USAGE_ERROR = 2
# What `kim validate` checks without arguments: the KIM files (and regency settings) and the
# partner files, those of the two folders that exist.
DATA_FOLDERS = (kinds.KIM_FOLDER, kinds.PARTNER_FOLDER)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kim", description="Direktori KIM: alat untuk berkas data KIM.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")

    validate = commands.add_parser("validate", help="periksa berkas data / check data files")
    validate.add_argument("paths", nargs="*", metavar="PATH",
                          help="berkas atau folder (bawaan: kims dan mitra)")
    validate.add_argument("--format", choices=("text", "github", "json"), default="text")
    _language(validate)
    validate.add_argument("--today", help="tanggal acuan YYYY-MM-DD (bawaan: hari ini, atau $KIM_TODAY)")
    validate.add_argument("--jobs", type=_jobs, default=None, help="jumlah proses (bawaan: jumlah inti CPU)")

    schema = commands.add_parser("schema", help="cetak JSON Schema / print the JSON Schema")
    schema.add_argument("kind", nargs="?", choices=tuple(spec.KINDS), default="kim", metavar="JENIS",
                        help="jenis berkas / kind of file: " + ", ".join(spec.KINDS) + " (bawaan: kim)")
    commands.add_parser("format-doc", help="cetak rujukan format (docs/format.md) / print the format reference")

    new = commands.add_parser("new", help="buat berkas KIM atau mitra baru / start a new KIM or partner file")
    new.add_argument("--nama", help="nama KIM (atau lembaga mitra), mis. \"KIM Sinar Harapan\"")
    new.add_argument("--desa", help="nama desa/kelurahan untuk dicari")
    new.add_argument("--wilayah", help="kode desa/kelurahan, mis. 18.07.04.2001")
    new.add_argument("--slug", help="slug (bawaan: dari nama dan desa)")
    new.add_argument("--root", help="folder data (bawaan: kims, atau mitra dengan --mitra)")
    new.add_argument("--mitra", action="store_true",
                     help="buat berkas mitra (mitra/<slug>.yml), bukan berkas KIM / start a partner file")
    new.add_argument("--jenis", help="jenis mitra (dengan --mitra), mis. perguruan-tinggi")
    new.add_argument("--today", help="tanggal diperbarui YYYY-MM-DD (bawaan: hari ini, atau $KIM_TODAY)")
    new.add_argument("--contoh", action="store_true",
                     help="tandai sebagai data contoh (`contoh: true`): KIM rekaan untuk mencoba atau "
                          "memperagakan direktori, bukan KIM yang nyata; situs menandai profilnya / "
                          "mark it as sample data, an invented KIM for trying out or showing the directory; "
                          "the site marks its profile")
    _language(new)

    coaching = commands.add_parser("pembinaan", help="catat satu pembinaan di banyak berkas KIM / "
                                   "record one coaching session in many KIM files")
    coaching.add_argument("files", nargs="+", metavar="PATH",
                          help="berkas KIM atau folder (semua berkas KIM aktif di dalamnya) / "
                               "KIM files or folders (their active KIMs' files)")
    coaching.add_argument("--tanggal", required=True, type=_date, help="tanggal pembinaan YYYY-MM-DD")
    coaching.add_argument("--judul", required=True, help="nama kegiatan pembinaan, mis. \"Bimtek media sosial\"")
    coaching.add_argument("--penyelenggara", help="penyelenggara, mis. \"Diskominfo Kabupaten Lampung Timur\"")
    coaching.add_argument("--today", help="tanggal acuan YYYY-MM-DD (bawaan: hari ini, atau $KIM_TODAY); "
                          "`diperbarui` tidak diubah")
    _language(coaching)

    terima = commands.add_parser("terima", help="terima berkas KIM kiriman / take in a KIM file sent to you")
    terima.add_argument("file", metavar="FILE.yml", help="berkas yang diterima, mis. dari WhatsApp atau e-mail")
    terima.add_argument("--root", default="kims", help="folder data (bawaan: kims)")
    _language(terima)
    terima.add_argument("--today", help="tanggal acuan YYYY-MM-DD (bawaan: hari ini, atau $KIM_TODAY)")

    impor = commands.add_parser("impor", help="baca lembar kerja dinas (.xlsx/.csv) ke berkas KIM / import a spreadsheet")
    impor.add_argument("berkas", metavar="BERKAS", help="lembar kerja .xlsx atau .csv")
    impor.add_argument("--kolom", metavar="PETA.yml", help="peta judul kolom lain ke kolom kami, mis. \"Nama Kelompok: nama\"")
    impor.add_argument("--laporan", metavar="LAPORAN.csv", help="tulis laporan per baris ke berkas CSV ini (pemisah titik koma, untuk Excel)")
    impor.add_argument("--lembar", metavar="NAMA", help="nama lembar (bawaan: lembar pertama)")
    impor.add_argument("--tulis", action="store_true", help="tulis berkasnya (tanpa ini: uji coba, hanya laporan)")
    impor.add_argument("--root", default="kims", help="folder data (bawaan: kims)")
    impor.add_argument("--today", help="tanggal diperbarui YYYY-MM-DD (bawaan: hari ini, atau $KIM_TODAY)")
    _language(impor)

    ekspor = commands.add_parser("ekspor", help="tulis KIM ke lembar kerja (.xlsx/.csv) / export to a spreadsheet")
    ekspor.add_argument("--ke", required=True, metavar="BERKAS", help="berkas .xlsx atau .csv (pemisah titik koma, untuk Excel) yang ditulis")
    ekspor.add_argument("--templat", action="store_true", help="hanya judul kolom dan satu baris contoh")
    ekspor.add_argument("--wilayah", metavar="KODE", help="hanya KIM di wilayah ini, mis. 18.07")
    ekspor.add_argument("--root", default="kims", help="folder data (bawaan: kims)")
    ekspor.add_argument("--today", help="tanggal acuan YYYY-MM-DD (bawaan: hari ini, atau $KIM_TODAY)")
    _language(ekspor)
    return parser


def _language(command: argparse.ArgumentParser) -> None:
    command.add_argument("--lang", choices=("id", "en"), default="id",
                         help="bahasa pesan / language of the messages (bawaan: id)")


def _date(text: str) -> dt.date:
    try:
        return given_date(text)
    except NotADate as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _jobs(text: str) -> int:
    """--jobs: a count of processes, at least one (argparse's int would take -3 and 0)."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} bukan bilangan bulat 1 atau lebih / "
                                         "is not a whole number of 1 or more")
    return int(text)


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except DataFileError as exc:  # the generator's own data, as a maintainer edited it
        print(f"kim: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug of ours must never show a traceback to a volunteer
        print(f"kim: galat internal / internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 3


def _main(argv: list[str] | None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "schema":
        sys.stdout.write(schema_text(args.kind))
        return 0
    if args.command == "format-doc":
        sys.stdout.write(format_doc())
        return 0
    try:
        today = reference_date(args.today, "--today")
    except NotADate as exc:
        parser.error(str(exc))
    if args.command == "new":
        from generator.format.scaffold import run_new

        return run_new(args, today)
    if args.command == "pembinaan":
        from generator.format.pembinaan import run

        return run(args, today)
    if args.command == "terima":
        from generator.format.terima import run_terima

        return run_terima(args, today)
    if args.command == "impor":
        from generator.impor.run import run_impor

        return run_impor(args, today)
    if args.command == "ekspor":
        from generator.impor.ekspor import run_ekspor

        return run_ekspor(args, today)
    return _validate(args, today, parser)


def _validate(args, today: dt.date, parser: argparse.ArgumentParser) -> int:
    every = not args.paths
    if every:
        args.paths = [p for p in DATA_FOLDERS if os.path.lexists(p)] or [DATA_FOLDERS[0]]
    held = [_data_folders(path) for path in args.paths]
    every = every or all(held)
    args.paths = [found for path, folders in zip(args.paths, held) for found in folders or [path]]
    missing = [p for p in args.paths if not os.path.lexists(p)]
    if missing:
        parser.error("tidak ditemukan / not found: " + ", ".join(missing))
    result = catalogue.load_given(args.paths, today, workers=args.jobs, every=every)
    sys.stdout.write(report.render(result.problems, args.format, args.lang))
    skipped = _skipped(result, args.lang)
    if skipped:
        print(skipped, file=sys.stderr)
    if args.format == "text":
        print(report.summary(result.problems, result.files, args.lang), file=sys.stderr)
    return 1 if result.errors else 0


def _data_folders(path: str) -> list[str]:
    """The data folders that a folder given holds when it lies in none (the repository's root:
    `kim validate .`), which stand for it: else every file of the site's code and tests was
    checked as a stray KIM file, and the cross-file checks were skipped."""
    if not os.path.isdir(path) or catalogue.tree_of(path) is not None:
        return []
    return [os.path.normpath(os.path.join(path, f)) for f in DATA_FOLDERS if os.path.isdir(os.path.join(path, f))]


def _skipped(result: catalogue.Given, lang: str) -> str:
    """One line on the checks across files that could not run, so that "0 galat" is not
    read as a pass the pull request will give."""
    en = lang == "en"
    if result.outside:
        names = ", ".join(result.outside)
        return (f"cross-file checks skipped (duplicate slugs, partners, coordinates far from the regency): "
                f"not inside a kims/ or mitra/ folder: {names}" if en else
                f"pemeriksaan antarberkas dilewati (slug ganda, mitra, koordinat jauh dari kabupaten): "
                f"tidak di dalam folder kims/ atau mitra/: {names}")
    if result.partners_unknown:
        return ("partner check skipped (dipenuhi_oleh): no mitra/ folder beside kims/" if en else
                "pemeriksaan mitra dilewati (dipenuhi_oleh): tidak ada folder mitra/ di samping kims/")
    return ""


# `python -m generator.cli` runs the command as `kim` does: without this, it imported the
# module, did nothing and exited 0, which read like a validation that passed (found by a tester).
if __name__ == "__main__":
    sys.exit(main())
