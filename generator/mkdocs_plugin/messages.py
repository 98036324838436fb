"""What the build says to the person who runs it, in Bahasa Indonesia and English.

The build has no `--lang`: a pull request's author reads it in the CI log, where `kim
validate` and the job summary speak Indonesian (.github/workflows/pr.yml,
generator/github/ci_summary.py), and a maintainer may read English only. So it says
everything in both, Indonesian first; what it reports on KIM data is `kim validate`'s own
lines and summary, in each language.
"""

from __future__ import annotations

from generator.format import report
from generator.format.problems import Problem
from generator.model.plurals import plural

TEXTS: dict[str, tuple[str, str]] = {
    "data-errors": ("Data KIM memuat galat; situs tidak dibangun", "KIM data has errors; nothing is built"),
    "data-warnings": ("{summary} (jalankan `kim validate`)", "{summary} (run `kim validate`)"),
    "source-error": ("Berkas sumber situs tidak dapat dipakai; situs tidak dibangun",
                     "A source file of the site cannot be used; nothing is built"),
    # mkdocs.yml's privacy setting (config.py). MkDocs puts its own English before these
    # ("Plugin 'kim' option 'privasi': Sub-option 'email': "), so their English goes on from
    # it and the Indonesian follows.
    "controller-missing": (
        "belum diisi: pemberitahuan privasi (/privasi/) memerlukan {what_id}. Tulis di bawah plugin kim di "
        "mkdocs.yml, mis. {example}",
        "missing: the privacy notice (/privasi/) needs {what_en}. Give it under the kim plugin in mkdocs.yml, "
        "e.g. {example}",
    ),
    # mkdocs.yml's partner folder (config.py), after MkDocs' "Plugin 'kim' option 'mitra_dir': "
    "partner-folder": (
        "folder berkas mitra harus bernama {name} (mis. {name} atau data/{name}), bukan {value!r}: jenis "
        "berkas ditentukan oleh nama foldernya, juga oleh `kim validate`, sehingga berkas di folder lain dibaca "
        "sebagai berkas KIM",
        "the folder of the partner files must be named {name} (e.g. {name} or data/{name}), not {value!r}: a "
        "file's kind follows from its folder's name, in `kim validate` too, so the files of another folder are "
        "read as KIM files",
    ),
    # mkdocs.yml's site_url (plugin.py): every absolute address is made from it
    "site-url-missing": (
        "site_url belum diisi di mkdocs.yml; situs tidak dibangun: kode QR poster, tautan berbagi, peta situs, "
        "robots.txt dan kolom url data terbuka memerlukan alamat lengkap situs. Tulis alamat situs yang "
        "sebenarnya, mis. site_url: https://kim.<domain-dinas>.go.id/ atau, di GitHub Pages, "
        "https://<akun>.github.io/<repositori>/",
        "site_url is missing from mkdocs.yml; nothing is built: the posters' QR codes, share links, the "
        "sitemap, robots.txt and the open data's url column need the site's full address. Give the site's real "
        "address, e.g. site_url: https://kim.<office-domain>.go.id/ or, on GitHub Pages, "
        "https://<account>.github.io/<repository>/",
    ),
    "site-url-example": (
        "site_url di mkdocs.yml ({url}) memakai nama contoh {host}, yang tidak dapat dibuka siapa pun, padahal "
        "situs memuat {n} KIM nyata: kode QR dan alamat pada posternya, tautan kanonik dan berbagi, peta situs "
        "serta data terbuka mengarah ke alamat mati. Ganti site_url dengan alamat situs yang sebenarnya (di "
        "GitHub Pages: https://<akun>.github.io/<repositori>/) sebelum poster dicetak",
        "site_url in mkdocs.yml ({url}) uses the example name {host}, which no one can open, while the site "
        "holds {n} real {n|KIM|KIMs}: the QR codes and addresses on their posters, canonical and share links, "
        "the sitemap and the open data lead to a dead address. Set site_url to the site's real address (on "
        "GitHub Pages: https://<account>.github.io/<repository>/) before posters are printed",
    ),
    # a rebuild into the last build's folder (plugin.py)
    "removed-files": ("Dihapus {n} berkas yang tidak lagi dibuat build ini",
                      "Removed {n} {n|file|files} that this build no longer makes"),
    "controller-lines": ("{what_id} harus satu baris, bukan {value!r}", "{what_en} must be one line, not {value!r}"),
    "controller-email": (
        "{value!r} bukan alamat e-mail (nama@domain.tld): orang menulis ke alamat ini untuk mencabut izinnya",
        "{value!r} is not an e-mail address (name@domain.tld): people write to it to withdraw consent",
    ),
}


def both(key: str, **values: object) -> str:
    """The text `key` in both languages on one line, Indonesian first."""
    return " / ".join(plural(text, values).format(**values) for text in TEXTS[key])


def english_first(key: str, **values: object) -> str:
    """The text `key` in both languages, English first: where MkDocs' English leads into it."""
    return " / ".join(text.format(**values) for text in reversed(TEXTS[key]))


def data_errors(problems: list[Problem], files: int) -> str:
    """Why the build stops on the KIM data: every problem and the count, in Indonesian, then
    in English."""
    return both("data-errors") + ":\n" + "".join(
        report.render(problems, "text", lang) + report.summary(problems, files, lang) + "\n"
        for lang in ("id", "en"))


def data_warnings(problems: list[Problem], files: int) -> str:
    return " / ".join(TEXTS["data-warnings"][i].format(summary=report.summary(problems, files, lang))
                      for i, lang in enumerate(("id", "en")))
