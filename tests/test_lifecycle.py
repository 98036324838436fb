"""The lifecycle of a need (terbuka, dibahas, terpenuhi), what matches say in words, and where
fulfilled needs show: the KIM's profile, the statistics, never the board."""

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from generator.format import catalogue
from generator.model.kim import Peluang
from generator.model.matching import PartnerIndex, fulfilled_by
from generator.model.mitra import Program
from generator.model.regions import load_regions
from generator.model.vocab import load_vocab
from generator.site.i18n import Text
from generator.site.matching import (
    kim_matches,
    match_reasons,
    mitra_fulfilled,
    mitra_matches,
)
from generator.site.sections.kemitraan.items import open_items
from generator.site.sections.mitra.views import programme_view
from generator.site.sections.statistik import need_statuses
from generator.site.views import profile_view

from .conftest import TODAY
from .sitebuild import site_model
from .test_matching import LATER, kim, mitra, need, programme

VALID = Path(__file__).parent / "examples" / "valid"


@pytest.fixture(scope="module")
def texts():
    vocab = load_vocab()
    return Text("id", vocab), Text("en", vocab)


def test_the_valid_example_reads_into_the_model(monkeypatch):
    monkeypatch.chdir(VALID)
    result = catalogue.load(["kims", "mitra"], TODAY, workers=1)
    assert not result.errors
    kim_ = next(k for k in result.kims if k.slug == "sinar-harapan-pekalongan")
    offer, (talking, done) = kim_.ditawarkan[0], kim_.dicari
    assert (offer.untuk_mitra, offer.diunggah, offer.jangkauan) == (("dinas", "pemda"), dt.date(2026, 8, 3), 1200)
    assert (talking.status, talking.is_open(TODAY), talking.diunggah) == ("dibahas", True, dt.date(2026, 9, 14))
    assert (done.status, done.dipenuhi_oleh, done.tanggal_terpenuhi) == ("terpenuhi", "contoh-bumn-energi",
                                                                        dt.date(2026, 9, 30))
    assert not done.is_open(TODAY) and done.fulfilled
    assert Peluang(judul="x").status == "terbuka"  # the default


def test_the_partner_check_needs_the_partner_files(monkeypatch):
    monkeypatch.chdir(VALID)
    result = catalogue.load(["kims"], TODAY, workers=1, partners=set())
    [problem] = [p for p in result.problems if p.code.startswith("unknown-partner")]
    assert (problem.severity, problem.code, problem.field, problem.line) == (
        "warning", "unknown-partner-met", "peluang.dicari[1].dipenuhi_oleh", 58)


def test_a_removed_partner_leaves_the_needs_it_met_on_record_without_a_link(monkeypatch, texts):
    """The maintainer removed a partner file: every KIM file whose met need named it became an
    error, and the deploy stopped until files owned by others were rewritten."""
    monkeypatch.chdir(VALID)
    result = catalogue.load(["kims"], TODAY, workers=1, partners={"contoh-kampus-lampung"})
    assert not result.errors
    kim_ = next(k for k in result.kims if k.slug == "sinar-harapan-pekalongan")  # a warning keeps the model
    [done] = profile_view(kim_, texts[0], TODAY, "https://kim.example.org/", None, partners={}).terpenuhi
    assert (done.text, done.href) == ("Terpenuhi oleh contoh-bumn-energi, 30 September 2026", "")


def test_a_match_says_why_in_both_languages(texts):
    t_id, t_en = texts
    k = kim(dicari=[need()])
    partner = mitra(program=[programme(hingga=dt.date(2027, 2, 28))])
    [m] = PartnerIndex([partner], TODAY).for_kim(k)
    name_of = load_regions().name_of
    assert match_reasons(m, t_id, name_of) == (
        "bidang pertanian; perguruan tinggi seperti yang dicari; di wilayah kerja Kabupaten Lampung Timur; "
        "program berjalan hingga 28 Februari 2027; sisa 12 dari 12 tempat")
    assert match_reasons(m, t_en, name_of) == (
        "focus: agriculture; university, as sought; within its work area Kabupaten Lampung Timur; "
        "the programme runs until 28 February 2027; 12 of 12 places left")
    [near] = PartnerIndex([mitra(wilayah=("18.07.04",))], TODAY).for_kim(k)
    assert "within its work area Pekalongan District;" in match_reasons(near, t_en, name_of)
    [view] = kim_matches((m,), t_en, name_of)
    assert (view.name, view.href, view.what, view.item) == ("Mitra univ", "en/mitra/univ/", "KKN tematik",
                                                            "Pelatihan literasi digital")
    [view] = mitra_matches((m,), t_id, name_of)
    assert (view.name, view.href) == ("KIM kim-a", "kim/kim-a/")


def test_a_programme_yet_to_start_and_a_nationwide_partner_say_so(texts):
    t_id, _ = texts
    start = TODAY + dt.timedelta(days=40)
    partner = mitra(wilayah=(), program=[programme(mulai=start, hingga=None, kapasitas=None)])
    [m] = PartnerIndex([partner], TODAY).for_kim(kim(dicari=[need(jenis_mitra=())]))
    assert match_reasons(m, t_id, load_regions().name_of) == (
        f"bidang pertanian; bekerja di seluruh Indonesia; mulai {t_id.date(start)}")


def test_an_offer_match_names_the_partner_type_it_is_meant_for(texts):
    t_id, _ = texts
    offer = Peluang(judul="Siaran radio", bidang=("pertanian",), untuk_mitra=("dinas",))
    [m] = PartnerIndex([mitra("dinas", jenis="dinas", wilayah=("18",))], TODAY).for_kim(kim(ditawarkan=[offer]))
    assert match_reasons(m, t_id, load_regions().name_of) == (
        "bidang pertanian; tawaran untuk dinas / instansi pemerintah; di wilayah kerja Lampung")


def fulfilled(judul="Pelatihan jurnalisme warga", slug="univ", day=dt.date(2026, 9, 30)) -> Peluang:
    return Peluang(judul=judul, status="terpenuhi", dipenuhi_oleh=slug, tanggal_terpenuhi=day)


def test_fulfilled_needs_leave_the_board_and_become_the_profiles_record(texts):
    t_id, t_en = texts
    k = kim(dicari=[need(), fulfilled(), fulfilled("Pemancar radio", "bukan-berkas", dt.date(2026, 10, 1))])
    assert [o.item.judul for o in open_items([k], TODAY)] == ["Pelatihan literasi digital"]
    v = profile_view(k, t_id, TODAY, "https://kim.example.org/", None, partners={"univ": ("Universitas Nusantara", False)})
    assert [i.title for i in v.dicari] == ["Pelatihan literasi digital"] and v.expired == 0
    assert [(f.judul, f.text, f.href) for f in v.terpenuhi] == [
        ("Pemancar radio", "Terpenuhi oleh bukan-berkas, 1 Oktober 2026", ""),  # newest first
        ("Pelatihan jurnalisme warga", "Terpenuhi oleh Universitas Nusantara, 30 September 2026", "mitra/univ/"),
    ]
    en = profile_view(k, t_en, TODAY, "https://kim.example.org/", None, partners={"univ": ("Universitas Nusantara", False)})
    assert en.terpenuhi[1].text == "Fulfilled by Universitas Nusantara, 30 September 2026"
    assert en.terpenuhi[1].href == "en/mitra/univ/"


def test_a_need_met_across_the_sample_line_names_the_partner_unlinked(texts):
    # Found by a reviewer: a real KIM's need met by a sample partner showed the partner's slug,
    # with nothing saying it is a sample; a sample KIM's met by a real one, the slug too.
    t_id, _ = texts
    partners = {"contoh-bumn": ("PT Energi Contoh", True), "univ": ("Universitas Nusantara", False)}
    for contoh, slug, name in ((False, "contoh-bumn", "PT Energi Contoh"), (True, "univ", "Universitas Nusantara")):
        k = dataclasses.replace(kim(dicari=[fulfilled(slug=slug)]), contoh=contoh)
        [done] = profile_view(k, t_id, TODAY, "https://kim.example.org/", None, partners=partners).terpenuhi
        assert (done.text, done.href, done.contoh) == (f"Terpenuhi oleh {name}, 30 September 2026", "", contoh is False)
    sample = dataclasses.replace(kim(dicari=[fulfilled(slug="contoh-bumn")]), contoh=True)
    [done] = profile_view(sample, t_id, TODAY, "https://kim.example.org/", None, partners=partners).terpenuhi
    assert (done.name, done.href, done.contoh) == ("PT Energi Contoh", "mitra/contoh-bumn/", True)


def test_a_partners_track_record_lists_what_it_fulfilled(texts):
    t_id, _ = texts
    kims = [kim("kim-a", dicari=[fulfilled()]), kim("kim-b", dicari=[fulfilled(day=dt.date(2026, 10, 2))]),
            kim("kim-c", dicari=[fulfilled(slug="lain")])]
    record = mitra_fulfilled(fulfilled_by(kims)["univ"], t_id)
    assert [(f.name, f.href, f.text) for f in record] == [
        ("KIM kim-b", "kim/kim-b/", "Kebutuhan KIM kim-b yang terpenuhi, 2 Oktober 2026"),
        ("KIM kim-a", "kim/kim-a/", "Kebutuhan KIM kim-a yang terpenuhi, 30 September 2026"),
    ]


def test_a_need_under_discussion_stays_on_the_board_and_says_so(texts):
    t_id, _ = texts
    k = kim(dicari=[need(status="dibahas", diunggah=dt.date(2026, 9, 1), jangkauan=1200)])
    assert len(open_items([k], TODAY)) == 1
    [item] = profile_view(k, t_id, TODAY, "https://kim.example.org/", None).dicari
    assert item.details[0] == "Sedang dibahas dengan mitra"
    assert "menjangkau 1.200 orang" in item.details and "diunggah 1 September 2026" in item.details


def test_statistics_count_needs_by_status():
    past = TODAY - dt.timedelta(days=1)
    kims = [kim("a", dicari=[need(), need(status="dibahas"), fulfilled()]),
            kim("b", dicari=[need(hingga=past), dataclasses.replace(fulfilled(), hingga=past)])]
    assert need_statuses(kims, TODAY, {}) == (("terbuka", 1), ("dibahas", 1), ("terpenuhi", 2))


def test_the_board_lists_open_programmes_with_their_work_area(texts):
    import json

    from generator.site.sections.kemitraan.programmes import (
        open_programmes,
        programme_card,
        programme_rows,
    )

    t_id, t_en = texts
    past = TODAY - dt.timedelta(days=1)
    partners = [mitra("lama", program=[programme(judul="Selesai", hingga=past), programme(judul="Berjalan")]),
                dataclasses.replace(mitra("baru", jenis="bumn", wilayah=()), diperbarui=TODAY + dt.timedelta(days=1))]
    items = open_programmes(partners, TODAY)
    assert [(o.mitra.slug, o.program.judul) for o in items] == [("baru", "KKN tematik"), ("lama", "Berjalan")]
    regions = load_regions()
    card = programme_card(items[1], t_id, regions)
    assert (card.href, card.jenis_label, card.area_names, card.kapasitas, card.areas) == (
        "mitra/lama/", "Perguruan tinggi", "Kabupaten Lampung Timur", "untuk 12 KIM", ("18.07",))
    assert programme_card(items[0], t_en, regions).area_names == "works across Indonesia"
    start = TODAY - dt.timedelta(days=10)
    assert (card.mulai, card.mulai_iso, card.bentuk) == (t_id.date(start), start.isoformat(), "")
    rows = json.loads(programme_rows(items, regions))
    assert rows[1] == ["Berjalan", "lama", "Mitra lama", "perguruan-tinggi", ["pertanian"], ["18.07"],
                       [["Kabupaten Lampung Timur"]], LATER.isoformat(), 12, 0, "", start.isoformat(), 0]
    # a district is named with its regency, in the page's language ("Pekalongan" alone is
    # also a city in Central Java)
    local = open_programmes([mitra("kec", wilayah=("18.07.04", "18.08"))], TODAY)
    assert programme_card(local[0], t_id, regions).area_names == (
        "Kec. Pekalongan, Kabupaten Lampung Timur; Kabupaten Way Kanan")
    assert programme_card(local[0], t_en, regions).area_names == (
        "Pekalongan District, Kabupaten Lampung Timur; Kabupaten Way Kanan")
    assert json.loads(programme_rows(local, regions))[0][6] == [["Pekalongan", "Kabupaten Lampung Timur"],
                                                                 ["Kabupaten Way Kanan"]]
    coached = open_programmes([mitra("kkn", program=[programme(bentuk="kkn")])], TODAY)
    assert programme_card(coached[0], t_en, regions).bentuk == t_en.label("bentuk_program", "kkn")
    assert json.loads(programme_rows(coached, regions))[0][10] == "kkn"


def test_a_programme_is_listed_in_its_partners_type_and_work_area(texts):
    from generator.site.sections.kemitraan.programmes import (
        ByArea,
        of_type,
        open_programmes,
    )

    items = open_programmes([mitra("kab", wilayah=("18.07",)), mitra("kec", jenis="bumn", wilayah=("18.07.04",)),
                             mitra("prov", wilayah=("18",)), mitra("semua", jenis="bumn", wilayah=()),
                             mitra("jauh", wilayah=("31",))], TODAY)
    slugs = lambda found: sorted(o.mitra.slug for o in found)  # noqa: E731
    assert slugs(of_type(items, "bumn")) == ["kec", "semua"]
    in_region = ByArea(items).in_region
    assert slugs(in_region("18")) == ["kab", "kec", "prov", "semua"]
    assert slugs(in_region("18.07")) == ["kab", "kec", "prov", "semua"]
    assert slugs(in_region("18.07.04")) == ["kab", "kec", "prov", "semua"]
    assert slugs(in_region("18.07.05")) == ["kab", "prov", "semua"]
    assert slugs(in_region("18.01")) == ["prov", "semua"]
    assert slugs(in_region("31")) == ["jauh", "semua"]
    assert [o.mitra.slug for o in in_region("18")] == [o.mitra.slug for o in items if o.mitra.slug != "jauh"]


def test_a_programme_with_an_end_date_is_open_until_then_and_then_ran_until_it(texts):
    t_id, t_en = texts
    ended = Program(judul="Pelatihan", hingga=TODAY - dt.timedelta(days=1))
    running = Program(judul="Pelatihan", hingga=TODAY + dt.timedelta(days=1))
    assert programme_view(running, t_en, TODAY).dates == f"open until {t_en.date(running.hingga)}"
    view = programme_view(ended, t_en, TODAY)
    assert (view.open, view.dates) == (False, f"until {t_en.date(ended.hingga)}")
    assert programme_view(ended, t_id, TODAY).dates == f"hingga {t_id.date(ended.hingga)}"


def test_an_inactive_kims_needs_and_offers_are_open_nowhere(texts):
    """The tester set `status: tidak-aktif`: the KIM stayed on the board, in matching, in the
    statistics' open needs and in the open data's flags, and its profile still counted them."""
    from generator.model.matching import match_all
    from generator.site.files import opendata, searchindex
    from generator.site.listings import home_view
    from generator.site.regionstats import RegionStats
    from generator.site.sections.sematkan import entries
    from generator.site.worklist import Entry

    active = kim("aktif", dicari=[need(), fulfilled()], ditawarkan=[need(judul="Pelatihan video", untuk_mitra=("perguruan-tinggi",))])
    inactive = dataclasses.replace(active, slug="tidur", status="tidak-aktif")
    assert [o.kim.slug for o in open_items([active, inactive], TODAY)] == ["aktif", "aktif"]
    found = match_all([active, inactive], [mitra()], TODAY)
    assert set(found.by_kim) == {"aktif"} and {m.kim.slug for m in found.by_mitra["univ"]} == {"aktif"}
    assert need_statuses([inactive], TODAY, {}) == (("terbuka", 0), ("dibahas", 0), ("terpenuhi", 1))
    nation = RegionStats("", "Indonesia", [inactive]).count(TODAY, True)
    assert home_view(nation, TODAY, "id", lambda k: Entry(k.nama, "", "")).requests == ()
    flags = searchindex.flags(inactive, TODAY)
    assert not flags & (searchindex.FLAG_SEEKS | searchindex.FLAG_OFFERS | searchindex.FLAG_ACTIVE)
    row = {c.name: c.value(inactive, TODAY, "") for c in opendata.CSV_COLUMNS}
    assert (row["mencari_mitra"], row["menawarkan_kerja_sama"]) == ("tidak", "tidak")
    record = opendata.public_record(inactive, "https://kim.example.org/", TODAY)
    assert [n["status"] for n in record["peluang"]["dicari"]] == [opendata.HELD, "terpenuhi"]
    assert [n["status"] for n in opendata.public_record(active, "", TODAY)["peluang"]["dicari"]] == ["terbuka", "terpenuhi"]
    t_id, t_en = texts
    assert [e.inactive for e in entries([inactive, active], t_id, "")[0]] == ["Tidak aktif", ""]  # the embeds
    assert [e.inactive for e in entries([inactive], t_en, "")[0]] == ["Inactive"]
    v = profile_view(inactive, t_id, TODAY, "https://kim.example.org/", None)
    assert [i.title for i in v.dicari] == ["Pelatihan literasi digital"]  # the record stays, held
    assert (v.summary.seeks, v.summary.offers) == ("", "")
    [peluang] = [part for part in v.lists if part.id == "peluang"]
    assert peluang.note.startswith("KIM ini berstatus tidak aktif, jadi kebutuhan dan tawaran di bawah tidak terbuka")
    # The second tester: the items said "berlaku sampai …", and the note that they are held came after them.
    held = dataclasses.replace(inactive, dicari=(need(hingga=LATER),))
    [item] = profile_view(held, t_id, TODAY, "https://kim.example.org/", None).dicari
    assert "ditangguhkan selama KIM tidak aktif" in item.details and t_id("until") not in " ".join(item.details)
    page = site_model([held], TODAY)._profile_page(held, "id").body
    assert page.index("di bawah tidak terbuka") < page.index("Pelatihan literasi digital") < page.index("ditangguhkan")
    on = profile_view(active, t_id, TODAY, "https://kim.example.org/", None)
    assert (on.summary.seeks, on.summary.offers) == ("Mencari mitra: 1", "Menawarkan: 1")
    assert next(p for p in on.lists if p.id == "peluang").note == ""
