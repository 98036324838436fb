"""What `kim impor` and `kim ekspor` say, in (Indonesian, English), read with
`report.speaker` in the language of `--lang`. The reasons given for single rows (rows.py,
values.py) are the sheet's Indonesian words and stay Indonesian."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # the sheet cannot be read (SheetError)
    "not-found": ("berkas {path} tidak ditemukan", "the file {path} was not found"),
    "not-xlsx": ("berkas {path} tidak dapat dibaca sebagai .xlsx ({error})", "the file {path} cannot be read as .xlsx ({error})"),
    "unreadable": ("berkas {path} tidak dapat dibaca ({reason})", "the file {path} cannot be read ({reason})"),
    "kind": ("berkas {path}: hanya .xlsx atau .csv yang dapat dibaca", "the file {path}: only .xlsx or .csv can be read"),
    "no-sheet": ("lembar {lembar!r} tidak ada; lembar yang ada: {names}", "there is no sheet {lembar!r}; the sheets are: {names}"),
    "sheet-in-csv": ("--lembar hanya berlaku untuk berkas .xlsx", "--lembar is for .xlsx files only"),
    "worklist": ("berkas ini daftar kerja pembina (worklist) dari situs, bukan daftar KIM: barisnya termasuk desa yang "
                 "belum punya KIM aktif. Untuk daftar KIM yang bisa diubah lalu diimpor lagi, pakai "
                 "`kim ekspor --wilayah KODE --ke daftar.xlsx`",
                 "this file is a coach's worklist from the site, not a list of KIMs: its rows include villages that "
                 "have no active KIM. For a list of KIMs to edit and import again, use "
                 "`kim ekspor --wilayah CODE --ke list.xlsx`"),
    "no-header": ("baris judul kolom tidak ditemukan: perlu setidaknya kolom \"Nama KIM\" dan \"Desa/Kelurahan\" di 10 "
                  "baris pertama (atau petakan judul lain dengan --kolom)",
                  "no header row found: the columns \"Nama KIM\" and \"Desa/Kelurahan\" at least are needed in the "
                  "first 10 rows (or map other headers with --kolom)"),
    "first-sheet": ("{reason}. Lembar pertama ({first}) mungkin bukan daftarnya: pilih lembar lain dengan --lembar NAMA; "
                    "lembar yang ada: {names}",
                    "{reason}. The first sheet ({first}) may not be the list: choose another with --lembar NAME; "
                    "the sheets are: {names}"),
    "map-unreadable": ("--kolom {path}: tidak dapat dibaca ({reason})", "--kolom {path}: cannot be read ({reason})"),
    "map-pairs": ("--kolom {path}: tulis satu pasangan per baris, mis. \"Nama Kelompok: nama\"",
                  "--kolom {path}: write one pair per line, e.g. \"Nama Kelompok: nama\""),
    "map-unknown": ("--kolom {path}: kolom tidak dikenal {wrong}; yang ada: {columns}",
                    "--kolom {path}: unknown columns {wrong}; ours are: {columns}"),
    # the commands
    "no-folder": ("kim {command}: folder data {root} tidak ditemukan", "kim {command}: the data folder {root} was not found"),
    "no-report-folder": ("kim impor: --laporan {path}: foldernya tidak ada",
                         "kim impor: --laporan {path}: its folder does not exist"),
    "ignored": ("Kolom diabaikan (tidak dikenal): {columns}; petakan dengan --kolom bila perlu",
                "Columns ignored (unknown): {columns}; map them with --kolom if needed"),
    "by-tail": ("Kolom dibaca dari kata terakhir judulnya: {columns}", "Columns read by the last words of their headers: {columns}"),
    "skipped": ("Baris dilewati (bukan KIM: jumlah/total, judul bagian, judul kolom berulang, nomor kolom, "
                 "tanda tangan): {rows}",
                "Rows skipped (not KIMs: totals, section headings, repeated headers, column numbers, signatures): "
                "{rows}"),
    # the report: its columns, a row's result, the count
    "row": ("baris", "row"),
    "result": ("hasil", "result"),
    "file": ("berkas", "file"),
    "reason": ("keterangan", "reason"),
    "ditulis": ("ditulis", "written"),
    "diperbarui": ("diperbarui", "updated"),
    "sama": ("sama", "same"),
    "perlu dicek": ("perlu dicek", "to check"),
    "summary": ("{rows} baris: {counts}; {held} nama ketua ditahan karena belum ada izin publikasi",
                "{rows} {rows|row|rows}: {counts}; chairs' names held back for want of consent to publish: {held}"),
    "summary-removed": ("; {n} nama atau nomor ketua ditahan karena pernah dihapus dari berkasnya (riwayat git)",
                        "; chairs' names or numbers held back as their files once removed them (git history): {n}"),
    "dry-run": ("Uji coba: belum ada berkas yang ditulis. Jalankan lagi dengan --tulis untuk menulisnya.",
                "Dry run: no file has been written. Run it again with --tulis to write them."),
    # the export
    "export-suffix": ("kim ekspor: --ke harus berakhiran .xlsx atau .csv", "kim ekspor: --ke must end in .xlsx or .csv"),
    "unknown-region": ("kim ekspor: kode wilayah {code!r} tidak ada di daftar resmi",
                       "kim ekspor: the region code {code!r} is not in the official list"),
    "invalid-left-out": ("kim ekspor: {path} dilewati: tidak lolos kim validate",
                         "kim ekspor: {path} left out: it does not pass kim validate"),
    "template-written": ("templat ditulis ke {path}", "template written to {path}"),
    "exported": ("{n} KIM ditulis ke {path}", "KIMs written to {path}: {n}"),
    "samples-left-out": ("; {n} KIM contoh (data rekaan) tidak ditulis", "; sample KIMs (invented data) left out: {n}"),
}
