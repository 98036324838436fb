"""Regency settings (`kims/<prov>/<reg>/_wilayah.yml`): checked as their own kind of file,
loaded as `Wilayah` by regency code, and handed to the site."""

from dataclasses import replace
from pathlib import Path

import pytest
from markupsafe import escape

from generator.format import catalogue, kinds, spec
from generator.model.mitra import Pembina, Wilayah
from generator.model.vocab import load_vocab
from generator.site.i18n import Text
from generator.site.sections.mitra.section import PartnerSection

from .conftest import TODAY
from .sitebuild import site_model

ROOT = Path(__file__).parent.parent
VALID = ROOT / "tests" / "examples" / "valid" / "kims"


def test_the_kind_of_a_file_follows_from_its_path():
    assert kinds.kind_of("kims/18/18.07/_wilayah.yml") is spec.KINDS["wilayah"]
    assert kinds.kind_of("/tmp/x/kims/18/18.07/sinar-harapan-pekalongan.yml") is spec.KINDS["kim"]
    assert kinds.kind_of("kims/18/18.07/wilayah.yml") is spec.KINDS["kim"]


def test_settings_are_loaded_by_regency_code_beside_the_kims():
    result = catalogue.load([str(VALID)], TODAY)
    assert not result.errors
    assert result.wilayah == {
        "18.07": Wilayah(kode="18.07", source=str(VALID / "18" / "18.07" / "_wilayah.yml"),
                         pembina=Pembina(nama="Diskominfo Kabupaten Contoh (contoh)", email="pembina-kim@example.org"),
                         target_kim=12, target_tahun=2027),
        "18.71": Wilayah(kode="18.71", source=str(VALID / "18" / "18.71" / "_wilayah.yml"), target_kim=20),
    }
    # the settings are no KIM, and two regencies' `_wilayah.yml` are no duplicate slug
    assert all(not k.source.endswith("_wilayah.yml") for k in result.kims)
    assert len(result.kims) + 2 == result.files


def test_settings_with_an_error_give_no_model(tmp_path):
    folder = tmp_path / "kims" / "18" / "18.07"
    folder.mkdir(parents=True)
    (folder / "_wilayah.yml").write_text("versi: 1\ntarget_kim: 0\n", encoding="utf-8")
    result = catalogue.load([str(tmp_path / "kims")], TODAY)
    assert [p.code for p in result.errors] == ["out-of-range"] and result.wilayah == {}


def test_the_bundled_sample_settings_say_they_are_a_sample():
    result = catalogue.load([str(ROOT / "kims")], TODAY)
    assert not result.errors and set(result.wilayah) == {"18.07"}
    coach = result.wilayah["18.07"].pembina
    assert "(contoh)" in coach.nama and coach.email.endswith("@example.org") and coach.whatsapp is None
    # only where sample KIMs are
    assert any(k.place.regency_code == "18.07" for k in result.kims)


def test_the_site_gets_the_settings_by_regency_code():
    result = catalogue.load([str(VALID)], TODAY)
    site = site_model(result.kims, TODAY, wilayah=result.wilayah)
    assert site.wilayah["18.07"].target_kim == 12 and "18.01" not in site.wilayah
    assert site_model(result.kims, TODAY).wilayah == {}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_sample_target_beside_sample_kims_is_labelled_in_a_sentence(lang):
    """The tester: "…yang menetapkan target contoh Jumlah ini memuat…", no full stop after the label."""
    result = catalogue.load([str(VALID)], TODAY)
    words = Text(lang, load_vocab())
    label = f' <span class="kim-badge kim-badge--contoh">{words("contoh_label")}</span>'
    wilayah = {code: replace(w, contoh=True) for code, w in result.wilayah.items()}
    site = site_model([replace(k, contoh=True) for k in result.kims], TODAY, wilayah=wilayah)
    pages = {p.url: p for p in site.region_pages(lang)}
    prefix = "" if lang == "id" else "en/"
    assert f'{label}. {escape(words("target_contoh"))}' in pages[f"{prefix}wilayah/18.07/"].make().body
    assert f'{label}. {escape(words("target_contoh_rollup"))}' in pages[f"{prefix}wilayah/18/"].make().body


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_sample_regency_files_coach_and_target_are_labelled_samples(lang):
    """The tester of going live: with the sample KIMs deleted, a regency page still named the
    bundled file's invented coach and target as the regency's own. A sample regency file's
    (`contoh: true`) coach is labelled a sample, on its page and in /mitra/'s list, and its
    target a sample target, left out of the province's real sum; a real file's are not."""
    result = catalogue.load([str(VALID)], TODAY)
    words = Text(lang, load_vocab())
    label = f' <span class="kim-badge kim-badge--contoh">{words("contoh_label")}</span>'
    prefix = "" if lang == "id" else "en/"
    for contoh in (True, False):
        wilayah = {code: replace(w, contoh=contoh) for code, w in result.wilayah.items()}
        site = site_model(result.kims, TODAY, wilayah=wilayah)
        pages = {p.url: p for p in site.region_pages(lang)}
        regency = pages[f"{prefix}wilayah/18.07/"].make().body
        province = pages[f"{prefix}wilayah/18/"].make().body
        coach = f'Diskominfo Kabupaten Contoh (contoh){label if contoh else ""} · '
        assert coach in regency
        # beside real KIMs an invented target meets no real count (a tester: 2 of a sample 24)
        assert ('<progress class="kim-target"' in regency) is not contoh
        assert escape(words("target_contoh")) not in regency
        # the province's figures are real: an invented target is summed into none of them (a reviewer)
        assert escape(words("target_contoh_rollup")) not in province
        summed = {"id": "kabupaten/kota yang menetapkan target", "en": "that set a target"}[lang]
        assert (summed in province) is not contoh
        partners = PartnerSection(site).list_body(lang, prefix + "mitra/")
        # a sample coach is named there, labelled, without its address (it receives nothing)
        listed = "<li>Kabupaten Lampung Timur: Diskominfo Kabupaten Contoh (contoh) · "
        assert (listed in partners) is not contoh
        assert (f" Kabupaten Lampung Timur: Diskominfo Kabupaten Contoh (contoh){label}</p>" in partners) is contoh
        assert (label in partners) is contoh
