"""Sample data (`contoh: true`): a sample profile says so at its top, the pages about the whole
catalogue say how many profiles are samples, lists, cards, the feed and the directory's results
label them, and the open data carries the flag. Without any sample, none of this shows.

The fixture `tests/examples/valid/kims/` holds two samples among seven KIMs: the full example
(KIM Sinar Harapan, the only one with open partnership items) and KIM Sidodadi.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.format import catalogue
from generator.site.i18n import Text
from generator.site.pages import counted
from generator.site.sections.kemitraan.section import PartnershipSection

from .browser import Server, Watch
from .conftest import TODAY, site_fixture
from .sitebuild import FIXTURE_KIMS, ROOT, build_site, site_model

SAMPLES = {"sinar-harapan-pekalongan", "kim-sidodadi"}
REAL = "kim-adirejo-maju"
NOTICE = 'class="kim-sample"'
LABEL = '<span class="kim-badge kim-badge--contoh">'
# Every page about the whole catalogue, in Indonesian (and, under en/, in English); a region's
# page tells of its own samples (tests/test_counting.py).
CATALOGUE_PAGES = ("", "kim/", "kemitraan/", "kemitraan/18/", "kemitraan/perguruan-tinggi/", "kemitraan/mitra/",
                   "statistik/", "data/")
SOME = {"id": "2 dari 7 profil di situs ini adalah data contoh (KIM rekaan, bukan KIM yang nyata), ditandai «contoh».",
        "en": "2 of 7 profiles on this site are sample data (invented KIMs, not real ones), marked «sample»."}


@site_fixture
def site(tmp_path_factory) -> Path:
    return build_site(tmp_path_factory.mktemp("contoh"))


@pytest.fixture(scope="module")
def kims():
    return catalogue.load([str(FIXTURE_KIMS)], TODAY).kims


@site_fixture
def site_without_samples(tmp_path_factory) -> Path:
    """The full example without its flag, and a plain KIM: open items, partners, no sample."""
    where = tmp_path_factory.mktemp("tanpa-contoh")
    kims = where / "kims" / "18" / "18.07"
    kims.mkdir(parents=True)
    full = (FIXTURE_KIMS / "18" / "18.07" / "sinar-harapan-pekalongan.yml").read_text(encoding="utf-8")
    assert re.search(r"^contoh: true\b", full, re.M)
    (kims / "sinar-harapan-pekalongan.yml").write_text(re.sub(r"(?m)^contoh: true.*\n", "", full), encoding="utf-8")
    shutil.copy(FIXTURE_KIMS / "18" / "18.07" / f"{REAL}.yml", kims)
    return build_site(where / "build", where / "kims")


def read(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def test_the_fixture_holds_samples_and_real_kims(kims):
    assert {k.slug for k in kims if k.contoh} == SAMPLES
    assert REAL in {k.slug for k in kims if not k.contoh}


# ---- profiles ---------------------------------------------------------------------------


@pytest.mark.parametrize("prefix, words", [("", "data contoh"), ("en/", "sample data")])
def test_a_sample_profile_says_so_at_its_top(site, prefix, words):
    for slug in SAMPLES:
        page = read(site, f"{prefix}kim/{slug}")
        top = page[page.index("<h1>"):]
        notice = top[top.index("</h1>") + 5:].split("</p>", 1)[0]  # right under the name
        assert notice.startswith(f"<p {NOTICE}>") and words in notice and "KIM" in notice
    real = read(site, f"{prefix}kim/{REAL}")
    assert NOTICE not in real and words not in real


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_search_engines_never_find_a_sample_as_a_real_kim(site, prefix):
    """A sample profile asks search engines to skip it, carries no structured data calling it
    an organisation and is not in the sitemap; a real KIM's profile has all three."""
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    for slug in SAMPLES:
        page = read(site, f"{prefix}kim/{slug}")
        head = page[:page.index("</head>")]
        assert '<meta name="robots" content="noindex">' in head
        assert "application/ld+json" not in page
        assert f"/{prefix}kim/{slug}/<" not in sitemap
    real = read(site, f"{prefix}kim/{REAL}")
    assert "noindex" not in real and "application/ld+json" in real
    assert f"/{prefix}kim/{REAL}/<" in sitemap
    partner, other = read(site, f"{prefix}mitra/contoh-bumn-energi"), read(site, f"{prefix}mitra/contoh-kampus-lampung")
    assert '<meta name="robots" content="noindex">' in partner and "noindex" not in other
    assert f"/{prefix}mitra/contoh-bumn-energi/<" not in sitemap and f"/{prefix}mitra/contoh-kampus-lampung/<" in sitemap


def test_the_notice_keeps_a_profile_small(kims):
    """Every profile stays under 15 KB (benchmarks/README.md): the notice costs little."""
    model = site_model(kims, TODAY)
    full = next(k for k in kims if k.slug == "sinar-harapan-pekalongan")
    for lang in ("id", "en"):
        sample = model._profile_page(full, lang).body
        plain = model._profile_page(dataclasses.replace(full, contoh=False), lang).body
        # the notice adds under 130 bytes; a sample also drops its schema.org data
        assert len(sample.encode()) < len(plain.encode()) + 130


def test_every_profile_page_stays_under_15_kb(site, kims):
    for kim in kims:
        for prefix in ("", "en/"):
            assert (site / f"{prefix}kim/{kim.slug}/index.html").stat().st_size < 15_000


# ---- the pages about the whole catalogue -----------------------------------------------


@pytest.mark.parametrize("lang", ["id", "en"])
def test_pages_about_the_catalogue_say_how_many_are_samples(site, lang):
    prefix = "" if lang == "id" else "en/"
    for url in CATALOGUE_PAGES:
        page = read(site, prefix + url)
        assert page.count(NOTICE) == 1, url
        assert f"<p {NOTICE}>{SOME[lang]}" in page, url  # /statistik/ goes on: its figures leave them out


def test_a_region_page_tells_of_its_own_samples(site):
    """Lampung Timur holds 2 samples beside 3 real KIMs, Bandar Lampung and Pidie none."""
    lamtim = read(site, "wilayah/18.07")
    assert lamtim.count(NOTICE) == 1
    assert f"<p {NOTICE}>2 dari 5 KIM di wilayah ini adalah data contoh: KIM rekaan, bukan KIM yang nyata. " in lamtim
    assert f"<p {NOTICE}>2 dari 7 KIM di wilayah ini adalah data contoh" in read(site, "wilayah/18")
    assert f"<p {NOTICE}>2 of the 7 KIMs in this region are sample data" in read(site, "en/wilayah")
    for url in ("wilayah/18.71", "wilayah/11.01"):  # nothing invented there
        assert NOTICE not in read(site, url), url


def test_the_home_page_says_so_before_anything_else(site):
    for url, title in (("", '<h1 id="direktori-kim">'), ("en/", "<h1>")):
        page = read(site, url)
        assert page.index(NOTICE) < page.index(title) < page.index('class="kim-stats"')


def test_the_notice_counts_all_some_or_one(kims):
    def note(sample_slugs, lang="id", among=kims):
        model = site_model([dataclasses.replace(k, contoh=k.slug in sample_slugs) for k in among], TODAY)
        return model.sample_note(Text(lang))

    everyone = {k.slug for k in kims}
    assert note(everyone).startswith("Semua 7 profil di situs ini adalah data contoh")
    assert note(everyone, "en").startswith("All 7 profiles on this site are sample data")
    assert note({REAL}).startswith("1 dari 7 profil di situs ini adalah data contoh")
    assert note({REAL}, "en").startswith("1 of 7 profiles on this site is sample data")
    only = [k for k in kims if k.slug == REAL]
    assert note({REAL}, "en", only).startswith("The only profile on this site is sample data")
    assert note(set()) == note(set(), "en") == ""


def test_lists_and_cards_label_sample_kims(site, kims):
    regency = read(site, "wilayah/18.07")
    for kim in kims:
        if kim.place.regency_code != "18.07":
            continue
        link = f'<a href="../../kim/{kim.slug}/">{kim.nama}</a>'
        assert link in regency
        labelled = f"{link} {LABEL}contoh</span>" in regency
        assert labelled == kim.contoh, kim.slug
        assert regency.count(link) == regency.count(f"{link} {LABEL}" if kim.contoh else link)
    for url, label in (("kemitraan", "contoh"), ("en/kemitraan", "sample"), ("kemitraan/18", "contoh")):
        board = read(site, url)
        kim_cards = board.count('class="kem-card ') - board.count('class="kem-card kem-card--program"')
        assert kim_cards == board.count(f"<strong>KIM Sinar Harapan</strong> {LABEL}{label}</span>") == 2
        # the partners' programme cards (on the board and a province's page): the sample
        # partners' are labelled, two of the fixture's three on the board; Lampung's page
        # leaves out the one working in Bengkulu only. Their names say "(contoh)", which
        # labels them in Indonesian; in English the badge does.
        programmes, samples = (2, 1) if url == "kemitraan/18" else (3, 2)
        assert board.count('class="kem-card kem-card--program"') == programmes
        labelled = samples if label == "sample" else 0
        assert board.count(f"</strong> {LABEL}{label}</span> <span class=\"kim-muted\">") == labelled
    assert f"KIM Sinar Harapan</a> {LABEL}contoh</span>" in read(site, "kemitraan/perguruan-tinggi")
    assert f"KIM Sinar Harapan</a> {LABEL}contoh</span>" in read(site, "kemitraan/mitra")
    assert f">KIM Gondangrejo Berdaya</a> {LABEL}" not in read(site, "kemitraan/mitra")
    home = read(site, "")
    assert f"KIM Sidodadi</a> {LABEL}contoh</span>" in home  # the newest profiles
    assert f"Pelatihan jurnalisme warga</a> {LABEL}contoh</span>" in home  # the open requests
    assert ">KIM Adirejo Maju</a> <span class=\"kim-muted\">" in home


def test_feed_entries_of_samples_say_so_in_their_titles(site, site_without_samples):
    titles = re.findall(r"<entry>\s*<id>[^<]*</id>\s*<title>([^<]*)</title>", (site / "kemitraan/feed.xml").read_text())
    assert len(titles) == 2 and all(t.endswith(" (KIM Sinar Harapan) (data contoh)") for t in titles)
    plain = (site_without_samples / "kemitraan/feed.xml").read_text()
    assert plain.count("<entry>") == 2 and "data contoh" not in plain


# The pages whose share preview states counts (of KIMs, requests, partners), each in a language
COUNTING = ("wilayah/18/", "wilayah/18.07/", "en/wilayah/18.07/", "wilayah/18.71/", "kemitraan/18/",
            "kemitraan/perguruan-tinggi/", "kemitraan/mitra/", "en/kemitraan/mitra/", "sematkan/wilayah/18.07/",
            "en/sematkan/wilayah/18/", "sematkan/wilayah/18.71/")


def preview(site: Path, url: str) -> tuple[set[str], str]:
    """A page's descriptions (meta and og:, which must agree) and its share card."""
    page = read(site, url)
    described = set(re.findall(r'<meta (?:name="description"|property="og:description") content="([^"]*)"', page))
    return described, re.search(r'<meta property="og:image" content="[^"]*/(kartu/[^"]*)"', page)[1]


def test_a_description_stating_counts_takes_the_sample_label_before_its_full_stop():
    assert counted("Mitra", "42 mitra bekerja sama dengan 24 KIM.", True, "(data contoh)") == (
        "Mitra (data contoh)", "42 mitra bekerja sama dengan 24 KIM (data contoh).", "kartu/situs-contoh.png")
    assert counted("Lampung", "Lampung: 46 KIM", True, "(data contoh)") == (
        "Lampung (data contoh)", "Lampung: 46 KIM (data contoh)", "kartu/situs-contoh.png")
    assert counted("Lampung", "Lampung: 46 KIM", False, "(data contoh)") == ("Lampung", "Lampung: 46 KIM", "kartu/situs.png")


def test_a_preview_stating_counts_that_include_samples_says_so(site, site_without_samples):
    """The tester: "Kabupaten Lampung Timur: 6 KIM" under the site's card, on a page whose KIMs
    are samples. A preview says so as the page does, and only where its counts hold samples:
    every region of the fixture holds real KIMs, which its figures count alone (18.71's are
    all real; tests/test_counting.py for a region of samples)."""
    for url in COUNTING:
        (description,), card = preview(site, url)
        label = "(sample data)" if url.startswith("en/") else "(data contoh)"
        holds_samples = "kemitraan/" in url
        assert (label in description, card) == (
            (True, "kartu/situs-contoh.png") if holds_samples else (False, "kartu/situs.png")), (url, description)
        # in the title too: a chat app cuts the description after two lines (the a11y tester)
        assert og_title(site, url).endswith(label) == holds_samples, url
        assert re.search(r"\d", description), url  # a description that states counts
    assert preview(site, "wilayah/18.07/")[0] == {"Kabupaten Lampung Timur: 3 KIM"}
    assert (site / "kartu" / "situs-contoh.png").is_file()
    for url in COUNTING:
        (description,), card = preview(site_without_samples, url)
        assert "(data contoh)" not in description and "(sample data)" not in description and card == "kartu/situs.png"
    assert not (site_without_samples / "kartu" / "situs-contoh.png").exists()


def test_the_pages_about_the_catalogue_preview_samples_only_while_it_holds_them(site, site_without_samples):
    for url in ("", "kim/", "statistik/", "kemitraan/", "mitra/"):
        (described,), card = preview(site, url)
        assert described.endswith(("(data contoh).", "(sample data).")) and card == "kartu/situs-contoh.png", url
        (described,), card = preview(site_without_samples, url)
        assert "contoh)" not in described and "sample data" not in described and card == "kartu/situs.png", url
        assert "(data contoh)" in og_title(site, url) and "(data contoh)" not in og_title(site_without_samples, url)


def og_title(site: Path, url: str) -> str:
    return re.search(r'<meta property="og:title" content="([^"]*)"', read(site, url))[1]


# ---- open data ---------------------------------------------------------------------------


def test_open_data_carries_the_flag(site, kims):
    expected = {k.slug: k.slug in SAMPLES for k in kims}
    records = json.loads((site / "data/kims.json").read_text())["kim"]
    assert {r["slug"]: r["contoh"] for r in records} == expected
    for slug, contoh in expected.items():
        assert json.loads((site / f"data/kim/{slug}.json").read_text())["contoh"] is contoh
    rows = list(csv.DictReader(io.StringIO((site / "data/kims.csv").read_text(encoding="utf-8-sig"))))
    assert {r["slug"]: r["contoh"] for r in rows} == {s: "ya" if c else "tidak" for s, c in expected.items()}
    features = json.loads((site / "data/kims.geojson").read_text())["features"]
    assert features and all(f["properties"]["contoh"] is expected[f["properties"]["slug"]] for f in features)
    # beside real KIMs, the samples are left out of the figures, and counted as such
    national = json.loads((site / "data/statistik.json").read_text())["nasional"]
    assert (national["contoh"], national["contoh_tidak_dihitung"]) == (0, 2)


@pytest.mark.parametrize("url, words", [("data", "Rekaman yang memuat contoh: true"),
                                        ("en/data", "Records with contoh: true")])
def test_the_data_page_explains_the_flag(site, site_without_samples, url, words):
    for built in (site, site_without_samples):
        assert words in read(built, url)


# ---- without samples ---------------------------------------------------------------------


def test_without_samples_no_page_says_anything_about_them(site_without_samples):
    site = site_without_samples
    pages = [p for p in site.rglob("*.html")]
    assert len(pages) > 2 * (38 + 514)
    for path in pages:
        text = path.read_text(encoding="utf-8")
        assert NOTICE not in text and "kim-badge--contoh" not in text, path
    for prefix in ("", "en/"):
        for url in CATALOGUE_PAGES + ("kim/sinar-harapan-pekalongan/", f"kim/{REAL}/"):
            if url != "data/":  # which explains the field in any case
                text = read(site, prefix + url)
                assert "data contoh" not in text and "sample data" not in text, prefix + url
    assert json.loads((site / "data/statistik.json").read_text())["nasional"]["contoh"] == 0
    assert b'"flags":[93,' in (site / "kim/indeks.json").read_bytes()  # no sample bit (32); verified (64)


def test_pages_depend_on_the_samples_only_while_there_are_any(kims):
    """`mkdocs serve` renders a page again when its key changes: the pages showing the
    notice must change theirs when the count of samples does, and only then."""
    def keys(catalogue_kims):
        model = site_model(catalogue_kims, TODAY)
        pages = list(model.region_pages("id")) + list(PartnershipSection(model).shell_pages("id"))
        return {d.url: d.key() for d in pages}

    other = {"kemitraan/18/", "kemitraan/mitra/", "kemitraan/perguruan-tinggi/"}
    real = [dataclasses.replace(k, contoh=False) for k in kims]
    plain = next(k for k in real if k.slug == REAL)  # in 18.07, no partners, no open items
    more = real + [dataclasses.replace(plain, slug="kim-tambahan")]
    before, after = keys(real), keys(more)
    assert all(before[url] == after[url] for url in other)  # no samples: the size does not matter
    one_more = [dataclasses.replace(k, contoh=True) if k.slug == REAL else k for k in kims]
    before, after = keys(kims), keys(one_more)
    assert all(before[url] != after[url] for url in other)  # REAL is in 18.07, not 18.71
    # a region page's note tells of its own samples (listings.region_sample_note): another's do not matter
    assert before["wilayah/18.71/"] == after["wilayah/18.71/"]


# ---- the directory in a browser ------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_server(site):
    server = Server(site)
    yield server
    server.close()


def test_the_directory_labels_sample_results(browser, sample_server, kims):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    watch = Watch(context, sample_server.url)
    page = watch.attach(context.new_page())
    try:
        page.goto(sample_server.url + "en/kim/")
        page.wait_for_function("() => document.getElementById('kim-app').dataset.state === 'ready'")
        results = page.locator("#kim-results .kim-result")
        assert results.count() == len(kims)
        labelled = {}
        for i in range(results.count()):
            result = results.nth(i)
            name = result.locator(".kim-result__name").inner_text()
            labelled[name] = result.locator(".kim-result__head .kim-badge--contoh").all_inner_texts()
        assert labelled == {k.nama: ["sample"] if k.contoh else [] for k in kims}
        assert watch.console_errors == [] and watch.third_party == []
    finally:
        context.close()


def test_the_boards_script_labels_the_cards_it_builds(browser, sample_server):
    """Past the newest cards the board's script builds cards from its data files: without the
    page's own cards (taken out of the HTML), a shared link and "show more" make it build them."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    watch = Watch(context, sample_server.url)

    def without_cards(route):
        html = route.fetch().text()
        route.fulfill(body=re.sub(r'<li class="kem-card .*?</li>', "", html, flags=re.S),
                      content_type="text/html; charset=utf-8")

    context.route(lambda url: url.startswith(sample_server.url + "kemitraan/?"), without_cards)
    page = watch.attach(context.new_page())
    try:
        page.goto(sample_server.url + "kemitraan/?prov=18")
        # as many cards a time as the page held: one, as the script counts an empty list
        page.wait_for_function("() => document.querySelectorAll('#kem-cards > li').length === 1")
        page.locator("#kem-more").click()
        page.wait_for_function("() => document.querySelectorAll('#kem-cards > li').length === 2")
        for card in page.locator("#kem-cards > li").all():
            assert card.locator(".kem-kim .kim-badge--contoh").inner_text() == "contoh"
        assert watch.console_errors == []
    finally:
        # a request still in the handler when the context closes (the offline worker's) must
        # not fail the next test, which shares the event loop
        context.unroute_all(behavior="ignoreErrors")
        context.close()


def _removal_command(text: str) -> str:
    """The command that deletes the sample files, as a document gives it."""
    return next(line.strip() for line in text.splitlines() if line.strip().startswith("git grep -lz"))


def test_the_samples_are_removed_and_real_files_kept_by_the_documented_command(tmp_path):
    """The tester of going live: the README's `git rm -r kims/18 mitra/contoh-*.yml` deleted an
    office's real KIMs of Lampung with the samples. The README's and the offices' guide's
    command deletes every file saying `contoh: true` (KIMs, partners, regency files) and only
    those, in a repository with real files beside the bundled ones."""
    readme = _removal_command((ROOT / "README.md").read_text(encoding="utf-8"))
    guide = _removal_command((ROOT / "content" / "panduan" / "impor-lembar-kerja.md").read_text(encoding="utf-8"))
    assert readme == guide
    repo = tmp_path / "repo"
    for folder in ("kims", "mitra"):
        shutil.copytree(ROOT / folder, repo / folder)
    real = {"kims/18/18.07/kim-siraman-lestari.yml": FIXTURE_KIMS / "18" / "18.07" / "kim-siraman-lestari.yml",
            "kims/18/18.71/_wilayah.yml": FIXTURE_KIMS / "18" / "18.71" / "_wilayah.yml",
            "mitra/lppm-universitas-uji.yml": ROOT / "tests" / "examples" / "invalid"
            / "partner-sample-or-of-another-type-with-error" / "mitra" / "lppm-universitas-uji.yml"}
    for path, source in real.items():
        (repo / path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, repo / path)
    # a sample as Git for Windows checks it out (CRLF): `$` alone stops before the "\r"
    crlf = repo / "mitra" / "contoh-radio-swara-lampung.yml"
    crlf.write_bytes(crlf.read_bytes().replace(b"\n", b"\r\n"))
    git = ["git", "-C", str(repo), "-c", "user.name=uji", "-c", "user.email=uji@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "data"], check=True)
    samples = {p.relative_to(repo).as_posix() for p in repo.rglob("*.yml")} - set(real)
    assert len(samples) > 50 and "kims/18/18.07/_wilayah.yml" in samples
    assert all(re.search(r"^contoh: true\r?$", (repo / p).read_text(encoding="utf-8"), re.M) for p in samples)
    subprocess.run(["bash", "-c", readme], cwd=repo, check=True)
    left = subprocess.run([*git, "ls-files"], capture_output=True, text=True, check=True).stdout.split()
    assert sorted(left) == sorted(real)
