"""The privacy notice, its link on every page, the one consent wording, and the controller's
e-mail: a build without a controller stops, and every copy of the wording and the address agrees."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from functools import cache
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml
from markupsafe import escape

from generator.mkdocs_plugin.postprocess import slim_shell
from generator.site.core import Controller

from .conftest import TODAY
from .sitebuild import ROOT, site_model

FORMS = ROOT / ".github" / "ISSUE_TEMPLATE"
GUIDES = ROOT / "content" / "panduan"
# Every place outside the site's own pages where people are asked for, or told about, consent.
CONSENT_FORMS = ("1-tambah-kim.yml", "2-koreksi-profil.yml", "4-cabut-izin-data-pribadi.yml")
CONSENT_GUIDES = ("memperbarui-profil.md", "templat/persetujuan-data-pribadi.md")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_FOOTER = re.compile(r'<footer class="kim-footer"><a href="([^"]+)">([^<]+)</a></footer>')


@cache
def _strings() -> dict:
    return yaml.safe_load((ROOT / "generator" / "data" / "antarmuka.yml").read_text(encoding="utf-8"))


def consent(lang: str) -> str:
    return _strings()["consent_statement"][lang]


def configured() -> dict:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    kim = next(p["kim"] for p in config["plugins"] if isinstance(p, dict) and "kim" in p)
    return kim["privasi"]


def page(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


# ---------------------------------------------------------------- the controller, from mkdocs.yml

PRIVASI_BLOCK = "      privasi:\n        pengendali: Pengelola Direktori KIM\n        email: privasi@example.org\n"


def build_with(tmp_path: Path, block: str) -> subprocess.CompletedProcess:
    """`mkdocs build` of the project with mkdocs.yml's privacy block replaced by `block`."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert PRIVASI_BLOCK in text
    for name in ("content", "theme"):
        shutil.copytree(ROOT / name, tmp_path / name)
    (tmp_path / "kims").mkdir()
    (tmp_path / "mkdocs.yml").write_text(text.replace(PRIVASI_BLOCK, block), encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(tmp_path / "mkdocs.yml")],
                          capture_output=True, text=True, cwd=tmp_path, env={**os.environ, "KIM_TODAY": TODAY.isoformat()})


@pytest.mark.parametrize("block, message", [
    ("", "Sub-option 'pengendali': missing: the privacy notice (/privasi/) needs the data controller's name"),
    ("      privasi:\n        email: privasi@example.org\n",
     "Sub-option 'pengendali': missing: the privacy notice (/privasi/) needs the data controller's name"),
    ("      privasi:\n        pengendali: Pengelola Direktori KIM\n",
     "Sub-option 'email': missing: the privacy notice (/privasi/) needs the data controller's e-mail address"),
    ("      privasi:\n        pengendali: \" \"\n        email: privasi@example.org\n",
     "Sub-option 'pengendali': missing"),
    ("      privasi:\n        pengendali: Pengelola Direktori KIM\n        email: privasi-example.org\n",
     "Sub-option 'email': 'privasi-example.org' is not an e-mail address (name@domain.tld)"),
], ids=["no-privasi", "no-name", "no-email", "blank-name", "not-an-email"])
@pytest.mark.build
def test_the_build_stops_without_a_controller(tmp_path, block, message):
    done = build_with(tmp_path, block)
    assert done.returncode != 0
    assert "Plugin 'kim' option 'privasi': " + message in done.stderr
    if "missing" in message:
        assert "privasi: {pengendali: Pengelola Direktori KIM, email: privasi@example.org}" in done.stderr
    assert not (tmp_path / "site" / "index.html").exists()


def test_the_notice_names_the_configured_controller(bundled_site):
    controller = configured()
    for url, lang in (("privasi", "id"), ("en/privasi", "en")):
        text = page(bundled_site, url)
        assert f'<html lang="{lang}"' in text
        assert f"<dd>{controller['pengendali']}</dd>" in text
        assert f'<a href="mailto:{controller["email"]}">{controller["email"]}</a>' in text
        assert 'href="https://github.com/direktori-kim/direktori-kim/issues/new?template=4-cabut-izin-data-pribadi.yml"' in text
        assert "UU No. 27 Tahun 2022" in text and "3 × 24" in text


def test_the_notice_comes_from_the_configuration_not_the_template(kims_fixture):
    site = site_model(kims_fixture, TODAY)
    assert not any(p.src.endswith("privasi/index.md") for p in site.theme_pages())  # no controller, no notice
    site = site_model(kims_fixture, TODAY, controller=Controller("Dinas <Kominfo> Contoh", "data@kominfo.example.net"))
    pages = {p.src: p for p in site.theme_pages()}
    body = pages["en/privasi/index.md"].body("en/privasi/", {})
    assert "<dd>Dinas &lt;Kominfo&gt; Contoh</dd>" in body  # escaped like every value
    assert 'href="mailto:data@kominfo.example.net"' in body and "example.org" not in body
    assert '<a href="../../privasi/" hreflang="id" lang="id">' in body


@pytest.fixture(scope="module")
def kims_fixture():
    from generator.format import catalogue

    from .sitebuild import FIXTURE_KIMS

    return catalogue.load([str(FIXTURE_KIMS)], TODAY).kims


# ---------------------------------------------------------------- the footer link on every page


def html_lang(text: str) -> str:
    return re.search(r'<html lang="([a-z]+)"', text).group(1)


def test_every_page_links_the_notice_in_its_language(bundled_site):
    pages = sorted(bundled_site.rglob("*.html"))
    assert len(pages) > 1000
    labels = _strings()["privacy"]
    wrong = []
    for path in pages:
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(bundled_site).as_posix()
        if "/poster/" in rel or "/dokumen/" in rel or "sematkan/wilayah/" in rel:
            continue  # whole documents for paper or another site's iframe: no site chrome
        links = _FOOTER.findall(text)
        lang = html_lang(text)
        target = "en/privasi/" if lang == "en" else "privasi/"
        label = labels[lang]
        # 404.html is served at any address, so its link is absolute (from site_url's path)
        resolved = [urljoin("https://kim.example.org/" + rel, href) for href, _ in links]
        if resolved != ["https://kim.example.org/" + target] or [t for _, t in links] != [label]:
            wrong.append((rel, links))
    assert wrong == []
    assert (bundled_site / "privasi" / "index.html").is_file() and (bundled_site / "en" / "privasi" / "index.html").is_file()


def test_profiles_carry_the_link_in_their_language(bundled_site):
    """Profiles are poured into a shell once per language: the link is the shell's."""
    assert '<footer class="kim-footer"><a href="../../privasi/">Privasi</a></footer>' in page(
        bundled_site, "kim/sinar-harapan-pekalongan")
    # from en/kim/<slug>/, ../../privasi/ is en/privasi/
    assert '<footer class="kim-footer"><a href="../../privasi/">Privacy</a></footer>' in page(
        bundled_site, "en/kim/sinar-harapan-pekalongan")


def test_a_profile_that_names_people_links_how_to_have_data_removed(bundled_site):
    """A tester whose number was on a profile found only the footer's "Privasi", and no word for
    data published without consent (a number under "Kontak lembaga" is not a personal contact)."""
    for url, label in (("kim/sinar-harapan-pekalongan", "Minta data pribadi dihapus"),
                       ("en/kim/sinar-harapan-pekalongan", "Ask for personal data to be removed")):
        assert f'<a href="../../privasi/#menarik-persetujuan">{label}</a></p>' in page(bundled_site, url)
    # a profile that names no one and lists no contact has nothing to remove
    assert "#menarik-persetujuan" not in page(bundled_site, "kim/gisting-atas-hortikultura")
    notice = page(bundled_site, "privasi")
    assert 'id="menarik-persetujuan"' in notice and "tidak pernah menyetujuinya" in notice
    assert "perlu akun GitHub" in notice and "tidak punya akun GitHub" in notice


def test_a_profile_naming_people_without_contacts_links_removal_under_the_names(kims_fixture):
    named = next(k for k in kims_fixture if any(p.nama for p in k.pengurus))
    bare = replace(named, kontak=())
    body = next(p for p in site_model([bare], TODAY).profile_pages("id") if p.url == f"kim/{bare.slug}/").make().body
    board = body[body.index('id="pengurus"'):body.index('id="kelembagaan"')]
    assert '<p class="kim-muted"><a href="../../privasi/#menarik-persetujuan">Minta data pribadi dihapus</a></p>' in board
    assert body.count("#menarik-persetujuan") == 1


def test_shells_drop_the_theme_alert_box_that_pays_for_the_link():
    page_html = ('<main><p>x</p></main>\n<div class="md-dialog" data-md-component="dialog">'
                 '<div class="md-dialog__inner md-typeset"></div></div>\n<footer>f</footer>\n')
    assert slim_shell(page_html) == "<main><p>x</p></main><footer>f</footer>\n"


def test_the_contribution_form_links_the_notice_beside_consent(bundled_site):
    for url, notice in (("kontribusi", "../privasi/"), ("en/kontribusi", "../../en/privasi/")):
        text = page(bundled_site, url)
        for fieldset in ("kf-sec-pengurus", "kf-sec-kontak"):
            part = text[text.index(f'id="{fieldset}"'):]
            part = part[:part.index("</fieldset>")]
            assert f'<a href="{notice}">' in part, (url, fieldset)
            assert escape(consent(html_lang(text))) in part, (url, fieldset)


# ---------------------------------------------------------------- one consent wording everywhere


def _form_strings(value) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _form_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _form_strings(v)]
    return [value] if isinstance(value, str) else []


def test_the_consent_wording_is_the_same_everywhere(bundled_site):
    statement = {lang: consent(lang) for lang in ("id", "en")}
    assert all(text and "\n" not in text for text in statement.values())
    for name in CONSENT_FORMS:
        strings = _form_strings(yaml.safe_load((FORMS / name).read_text(encoding="utf-8")))
        assert any(statement["id"] in s for s in strings), name
    for name in CONSENT_GUIDES:
        assert statement["id"] in (GUIDES / name).read_text(encoding="utf-8"), name
    for url in ("kontribusi", "privasi"):
        assert escape(statement["id"]) in page(bundled_site, url), url
        assert escape(statement["en"]) in page(bundled_site, "en/" + url), url
    # the English notice also shows the Indonesian original, which is what people sign
    assert escape(statement["id"]) in page(bundled_site, "en/privasi")


# Every place a consented name or contact is shown or kept (everything else gets the KIM as
# `model.for_bulk` gives it, without them). Whatever tells people where must name them all:
# the statement they sign, the privacy notice, the open-data page and the guide.
PLACES = {
    "id": ("halaman profil KIM", "rancangan dokumen KIM untuk dicetak", "papan kemitraan", "repositori GitHub"),
    "en": ("profile page", "draft documents to print", "partnership board", "GitHub repository"),
}
SITE_COPY = ("data/kim/<slug>.yml", "diunduh dari situsnya", "download from its site")


def test_every_text_about_where_names_every_place():
    """A tester found the statement people sign naming the profile and the board only, while the
    printable drafts carry the chair's name and the site serves the file itself."""
    strings = _strings()
    guide = (GUIDES / "memperbarui-profil.md").read_text(encoding="utf-8")
    texts = {("guide", "id"): next(line for line in guide.splitlines() if "hanya tampil" in line)}
    for lang in ("id", "en"):
        for key in ("consent_statement", "priv_data_where", "data_privacy"):
            texts[key, lang] = strings[key][lang]
    for (name, lang), text in texts.items():
        assert [p for p in PLACES[lang] if p not in text] == [], (name, lang)
        assert any(copy in text for copy in SITE_COPY), (name, lang)


def test_the_printed_consent_form_names_the_controller_and_the_notice():
    """What is signed on paper says who answers for the data, as /privasi/ names it."""
    controller = configured()
    text = (GUIDES / "templat" / "persetujuan-data-pribadi.md").read_text(encoding="utf-8")
    printed = text[text.index("\n---\n"):]
    assert f"**{controller['pengendali']}**, surel {controller['email']}" in printed
    assert "pemberitahuan privasi" in printed and "Privasi" in printed


def test_no_other_consent_wording():
    """Every "Saya setuju ..." in the guides and issue forms is the one statement, whole."""
    statement = consent("id")
    places = [*GUIDES.rglob("*.md"), *FORMS.glob("*.yml")]
    for path in places:
        text = path.read_text(encoding="utf-8")
        for found in re.finditer("Saya setuju", text):
            assert text.startswith(statement, found.start()), f"{path.name}: {text[found.start():found.start() + 80]}"


# ---------------------------------------------------------------- the controller's e-mail in the issue forms


def test_the_issue_forms_name_the_configured_email():
    email = configured()["email"]
    for name in ("4-cabut-izin-data-pribadi.yml", "config.yml"):
        assert email in (FORMS / name).read_text(encoding="utf-8"), name
    others = {(path.name, found) for path in FORMS.glob("*.yml")
              for found in _EMAIL.findall(path.read_text(encoding="utf-8")) if found != email}
    assert others == set()
    contact = yaml.safe_load((FORMS / "config.yml").read_text(encoding="utf-8"))["contact_links"]
    privacy = [link for link in contact if email in link["about"]]
    assert [link["url"] for link in privacy] == ["https://kim.example.org/privasi/#menarik-persetujuan"]


def test_the_runbook_is_linked_from_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "](docs/runbook-pencabutan-izin.md)" in readme
    assert (ROOT / "docs" / "runbook-pencabutan-izin.md").is_file()


def test_withdrawal_through_a_coach_links_where_coaches_are_listed_and_prints_are_a_limit(kims_fixture):
    """A member who left her KIM may not want to ask its board: the third route links the
    region pages, which name each regency's coach; printed documents are beyond recall too."""
    site = site_model(kims_fixture, TODAY, controller=Controller("Pengelola", "privasi@example.org"))
    pages = {p.src: p for p in site.theme_pages()}
    for src, url, regions in (("privasi/index.md", "privasi/", "../wilayah/"),
                              ("en/privasi/index.md", "en/privasi/", "../../en/wilayah/")):
        body = pages[src].body(url, {})
        route = re.search(r"<li>[^<]*\(Diskominfo\)[^<]*<a href=\"([^\"]+)\">", body)
        assert route and route.group(1) == regions, src
        assert "/kim/&lt;slug&gt;/dokumen/" in body and ("poster" in body), src
