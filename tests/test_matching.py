"""Matching KIMs' needs and offers with partners' programmes (generator/model/matching.py)."""

import datetime as dt
from dataclasses import replace

from generator.model.kim import Kemitraan, Kim, Peluang
from generator.model.matching import ENROLMENT, PartnerIndex, kim_areas, match_all, taken_places, with_partner_links
from generator.model.mitra import Mitra, Program, current_slugs
from generator.model.regions import Place

from .conftest import TODAY

# Pekalongan, Kec. Pekalongan, Kab. Lampung Timur, Lampung.
PEKALONGAN = Place("18.07.04.2001", "Pekalongan", "18.07.04", "Pekalongan", "18.07", "Lampung Timur", "18", "Lampung")
# A village of another province (Bengkulu).
ELSEWHERE = Place("17.01.01.2001", "Desa Lain", "17.01.01", "Kecamatan Lain", "17.01", "Bengkulu Selatan", "17", "Bengkulu")
LATER = TODAY + dt.timedelta(days=90)


def kim(slug="kim-a", place=PEKALONGAN, dicari=(), ditawarkan=()) -> Kim:
    return Kim(slug=slug, nama=f"KIM {slug}", status="aktif", place=place, diperbarui=TODAY,
               source=f"kims/{slug}.yml", dicari=tuple(dicari), ditawarkan=tuple(ditawarkan))


def need(**kw) -> Peluang:
    return Peluang(**{"judul": "Pelatihan literasi digital", "bidang": ("literasi-digital", "pertanian"),
                      "jenis_mitra": ("perguruan-tinggi",), **kw})


def programme(**kw) -> Program:
    return Program(**{"judul": "KKN tematik", "bidang": ("pertanian",), "kapasitas": 12,
                      "mulai": TODAY - dt.timedelta(days=10), "hingga": LATER, **kw})


def mitra(slug="univ", jenis="perguruan-tinggi", wilayah=("18.07",), program=None) -> Mitra:
    return Mitra(slug=slug, nama=f"Mitra {slug}", jenis=jenis, diperbarui=TODAY, source=f"mitra/{slug}.yml",
                 wilayah_kerja=wilayah, program=(programme(),) if program is None else tuple(program))


def matches(k: Kim, partners, today=TODAY) -> list:
    index = PartnerIndex(partners, today, taken_places([k], partners))
    return sorted(index.for_kim(k), key=lambda m: m.key)


def test_a_need_matches_a_programme_in_the_work_area_with_what_it_matched_on():
    [m] = matches(kim(dicari=[need()]), [mitra()])
    assert (m.mitra.slug, m.area, m.level, m.bidang, m.sought, m.places) == (
        "univ", "18.07", "kabupaten", ("pertanian",), True, 12)


def test_outside_the_work_area_never_matches():
    assert matches(kim(place=ELSEWHERE, dicari=[need()]), [mitra()]) == []
    assert matches(kim(dicari=[need()]), [mitra(wilayah=("18.07.05",))]) == []  # another district


def test_a_partner_without_a_work_area_works_nationwide_and_ranks_last():
    found = matches(kim(dicari=[need()]), [mitra("nasional", wilayah=()), mitra("kabupaten")])
    assert [(m.mitra.slug, m.level) for m in found] == [("kabupaten", "kabupaten"), ("nasional", "nasional")]


def test_closer_work_areas_rank_higher():
    partners = [mitra(code, wilayah=(code,)) for code in ("18", "18.07", "18.07.04", "18.07.04.2001")]
    assert [m.level for m in matches(kim(dicari=[need()]), partners)] == [
        "desa", "kecamatan", "kabupaten", "provinsi"]


def test_bidang_must_overlap_and_the_type_must_be_sought():
    assert matches(kim(dicari=[need(bidang=("kesehatan",))]), [mitra()]) == []
    assert matches(kim(dicari=[need()]), [mitra(jenis="bumn")]) == []
    # a need naming no type takes any; one without bidang matches on the type alone
    assert [m.sought for m in matches(kim(dicari=[need(jenis_mitra=())]), [mitra(jenis="bumn")])] == [False]
    assert len(matches(kim(dicari=[need(bidang=())]), [mitra()])) == 1


def test_expired_items_never_match():
    yesterday = TODAY - dt.timedelta(days=1)
    assert matches(kim(dicari=[need(hingga=yesterday)]), [mitra()]) == []
    assert matches(kim(dicari=[need()]), [mitra(program=[programme(hingga=yesterday)])]) == []
    assert len(matches(kim(dicari=[need(hingga=TODAY)]), [mitra(program=[programme(hingga=TODAY)])])) == 1


def test_a_need_ending_before_the_programme_starts_does_not_match():
    start = TODAY + dt.timedelta(days=30)
    later = [mitra(program=[programme(mulai=start)])]
    assert matches(kim(dicari=[need(hingga=start - dt.timedelta(days=1))]), later) == []
    [m] = matches(kim(dicari=[need(hingga=start)]), later)
    assert m.score < matches(kim(dicari=[need()]), [mitra()])[0].score  # not running yet


def test_fulfilled_needs_do_not_match_and_fill_the_programme():
    done = need(status="terpenuhi", dipenuhi_oleh="univ", tanggal_terpenuhi=TODAY)
    partner = mitra(program=[programme(kapasitas=2)])
    assert matches(kim(dicari=[done]), [partner]) == []
    others = [kim(f"kim-{i}", dicari=[done]) for i in range(2)]
    index = PartnerIndex([partner], TODAY, taken_places(others, [partner]))
    assert list(index.for_kim(kim(dicari=[need()]))) == []  # full: 2 of 2 taken
    index = PartnerIndex([partner], TODAY, taken_places(others[:1], [partner]))
    assert [m.places for m in index.for_kim(kim(dicari=[need()]))] == [1]
    # A need fulfilled before the programme started takes a place too, while the programme
    # enrolls (ENROLMENT before its start): a KKN placement is agreed before the term begins.
    # This test said the opposite until a university's tester saw a full term offered as empty.
    early = need(status="terpenuhi", dipenuhi_oleh="univ", tanggal_terpenuhi=TODAY - dt.timedelta(days=30))
    assert taken_places([kim(dicari=[early])], [partner]) == {("univ", 0): 1}
    # long before it, or after the programme ended, the partner helped outside it
    start = partner.program[0].mulai
    ancient = need(status="terpenuhi", dipenuhi_oleh="univ", tanggal_terpenuhi=start - ENROLMENT - dt.timedelta(days=1))
    after = need(status="terpenuhi", dipenuhi_oleh="univ", tanggal_terpenuhi=LATER + dt.timedelta(days=1))
    assert taken_places([kim(dicari=[ancient]), kim("kim-b", dicari=[after])], [partner]) == {}


def done_on(day: dt.date, bidang=("literasi-digital",), slug="kim-a") -> Kim:
    return kim(slug, dicari=[need(bidang=bidang, status="terpenuhi", dipenuhi_oleh="univ", tanggal_terpenuhi=day)])


def test_a_placement_agreed_before_the_programme_starts_takes_a_place():
    """A KKN placement agreed on 4 December for a term from 10 January to 20 February: the
    partner's page said "sisa 6 dari 6 tempat" above the placement itself, and matching kept
    offering the place (a university tester's find)."""
    term = programme(judul="KKN literasi digital", bidang=("literasi-digital",), kapasitas=6,
                     mulai=dt.date(2027, 1, 10), hingga=dt.date(2027, 2, 20))
    partner = mitra(program=[term])
    assert taken_places([done_on(dt.date(2026, 12, 4))], [partner]) == {("univ", 0): 1}
    assert taken_places([done_on(dt.date(2026, 12, 4), bidang=("kesehatan",))], [partner]) == {}  # another bidang
    # after the partner's previous term in that bidang ended, not before: what was agreed
    # before belongs to that term (or, between terms long ago, to none)
    previous = programme(judul="KKN lalu", bidang=("literasi-digital",), kapasitas=6,
                         mulai=dt.date(2026, 7, 1), hingga=dt.date(2026, 11, 30))
    both = mitra(program=[term, previous])
    assert taken_places([done_on(dt.date(2026, 12, 4))], [both]) == {("univ", 0): 1}
    assert taken_places([done_on(dt.date(2026, 11, 20))], [both]) == {("univ", 1): 1}
    other_field = programme(judul="KKN tani", bidang=("pertanian",), mulai=dt.date(2026, 7, 1), hingga=dt.date(2026, 12, 20))
    assert taken_places([done_on(dt.date(2026, 11, 20))], [mitra(program=[term, other_field])]) == {("univ", 0): 1}


def test_a_placement_two_programmes_could_take_goes_to_the_first_with_places():
    """Running and enrolling at once: the one that started first, while it has places."""
    running = programme(judul="Berjalan", bidang=("literasi-digital",), kapasitas=1,
                        mulai=dt.date(2026, 10, 1), hingga=dt.date(2027, 1, 31))
    next_ = programme(judul="Berikutnya", bidang=("literasi-digital",), kapasitas=6,
                      mulai=dt.date(2027, 1, 10), hingga=dt.date(2027, 2, 20))
    partner = mitra(program=[next_, running])
    first, second = done_on(dt.date(2026, 12, 1)), done_on(dt.date(2026, 12, 4), slug="kim-b")
    assert taken_places([first], [partner]) == {("univ", 1): 1}
    assert taken_places([second, first], [partner]) == {("univ", 1): 1, ("univ", 0): 1}
    # a KIM with a place keeps it for its second need; all being full, the first takes it
    again = kim(dicari=[*first.dicari, *done_on(dt.date(2026, 12, 5)).dicari])
    assert taken_places([again], [partner]) == {("univ", 1): 1}
    full = mitra(program=[running])
    assert taken_places([first, second], [full]) == {("univ", 0): 2}


def test_back_to_back_terms_take_in_turn_what_was_agreed_before_the_first():
    """Two KKN terms in a row, 4 and 3 places, six placements agreed before the first: the
    first showed "penuh" with 6 of 4 taken and the second "sisa 3 dari 3" (a university LPPM
    tester's find). The second term enrols with the first it follows: it takes what the
    first cannot; only what neither can stays on the first, which reads "penuh"."""
    from generator.model.vocab import load_vocab
    from generator.site.i18n import Text
    from generator.site.matching import places_left

    second = programme(judul="KKN Periode II", bidang=("literasi-digital",), kapasitas=4,
                       mulai=dt.date(2027, 5, 1), hingga=dt.date(2027, 6, 30))
    third = programme(judul="KKN Periode III", bidang=("literasi-digital",), kapasitas=3,
                      mulai=dt.date(2027, 7, 1), hingga=dt.date(2027, 8, 31))
    partner = mitra(program=[second, third])
    days = [dt.date(2026, 10, 30) + dt.timedelta(days=d) for d in (0, 6, 13, 20, 27, 32, 33, 34, 35)]
    agreed = [done_on(day, slug=f"kim-{n}") for n, day in enumerate(days)]
    assert taken_places(agreed[:6], [partner]) == {("univ", 0): 4, ("univ", 1): 2}
    assert taken_places(agreed, [partner]) == {("univ", 0): 6, ("univ", 1): 3}  # both full: the first
    assert places_left(4, 6, Text("id", load_vocab())) == "penuh"
    # a term that starts enrolling after the previous one ended enrols on its own
    later = programme(judul="KKN 2028", bidang=("literasi-digital",), kapasitas=3,
                      mulai=dt.date(2028, 3, 1), hingga=dt.date(2028, 4, 30))
    assert taken_places(agreed[:6], [mitra(program=[second, later])]) == {("univ", 0): 6}
    # nor does a term of another bidang
    other = programme(judul="KKN tani", bidang=("pertanian",), kapasitas=3,
                      mulai=dt.date(2027, 7, 1), hingga=dt.date(2027, 8, 31))
    assert taken_places(agreed[:6], [mitra(program=[second, other])]) == {("univ", 0): 6}


def test_a_sample_and_a_real_one_take_no_places_from_each_other():
    """A real KIM that copied the guide's example took a place in the invented partner's
    programme (a CSR and LPPM tester's find); invented KIMs must not fill a real one's."""
    import dataclasses

    real = done_on(TODAY, bidang=("pertanian",))
    sample = dataclasses.replace(done_on(TODAY, bidang=("pertanian",), slug="kim-b"), contoh=True)
    assert taken_places([real, sample], [mitra()]) == {("univ", 0): 1}
    assert taken_places([real, sample], [dataclasses.replace(mitra(), contoh=True)]) == {("univ", 0): 1}
    assert taken_places([sample], [mitra()]) == {} and taken_places([real], [mitra()]) == {("univ", 0): 1}


def test_matches_and_track_records_never_cross_the_sample_line():
    """Found by the partner-side review: a sample partner's page listed real KIMs as matching
    its programmes, and a real KIM's profile a sample partner's programme; a real partner's
    track record listed a sample KIM's need. Invented data is matched with invented data only."""
    done = need(status="terpenuhi", dipenuhi_oleh="univ", tanggal_terpenuhi=TODAY)
    kims = [replace(kim(f"kim-{c}", dicari=(need(), done)), contoh=c) for c in (False, True)]
    partners = [replace(mitra(f"univ-{c}"), contoh=c) for c in (False, True)] + [mitra("univ")]  # a real one
    found = match_all(kims, partners, TODAY)
    assert {k: [m.mitra.slug for m in ms] for k, ms in found.by_kim.items()} == {
        "kim-False": ["univ", "univ-False"], "kim-True": ["univ-True"]}
    assert {p: [m.kim.slug for m in ms] for p, ms in found.by_mitra.items()} == {
        "univ": ["kim-False"], "univ-False": ["kim-False"], "univ-True": ["kim-True"]}
    assert found.counts == {"univ": 1, "univ-False": 1, "univ-True": 1}
    assert [k.slug for k, _ in found.fulfilled["univ"]] == ["kim-False"]


def test_a_fulfilled_need_takes_a_place_in_the_one_programme_it_fits():
    """A partner's help with a need fills the programme that shares its bidang, not every
    programme running that day (a partner tester's find)."""
    digital = programme(judul="Desa digital", bidang=("literasi-digital",), kapasitas=2)
    disaster = programme(judul="Kebencanaan", bidang=("kebencanaan",), kapasitas=1)
    both = programme(judul="Digital dan tani", bidang=("literasi-digital", "pertanian"), kapasitas=5)
    done = need(bidang=("literasi-digital", "pertanian"), status="terpenuhi", dipenuhi_oleh="univ",
                tanggal_terpenuhi=TODAY)
    partner = mitra(program=[digital, disaster, both])
    assert taken_places([kim(dicari=[done])], [partner]) == {("univ", 2): 1}  # shares the most
    assert taken_places([kim(dicari=[done])], [mitra(program=[disaster, digital])]) == {("univ", 1): 1}
    assert taken_places([kim(dicari=[done])], [mitra(program=[disaster])]) == {}  # helped outside it
    any_ = need(bidang=(), status="terpenuhi", dipenuhi_oleh="univ", tanggal_terpenuhi=TODAY)
    assert taken_places([kim(dicari=[any_])], [mitra(program=[disaster, digital])]) == {("univ", 0): 1}
    # the disaster programme keeps its place for another KIM's need
    other = kim("kim-b", dicari=[need(bidang=("kebencanaan",))])
    index = PartnerIndex([mitra(program=[digital, disaster])], TODAY,
                         taken_places([kim(dicari=[done])], [mitra(program=[digital, disaster])]))
    assert [(m.program.judul, m.places) for m in index.for_kim(other)] == [("Kebencanaan", 1)]


def test_an_offer_meant_for_no_type_matches_partners_sharing_its_bidang():
    offer = Peluang(judul="Ruang pelatihan", bidang=("pertanian", "umkm"))
    health = mitra("sehat", jenis="puskesmas", program=[programme(bidang=("kesehatan",))])
    [m] = matches(kim(ditawarkan=[offer]), [mitra(), health])
    assert (m.mitra.slug, m.program, m.bidang, m.sought) == ("univ", None, ("pertanian",), False)
    assert matches(kim(place=ELSEWHERE, ditawarkan=[offer]), [mitra()]) == []
    # the partner's page lists it; the KIM's profile keeps its room for needs and aimed offers
    result = match_all([kim(ditawarkan=[offer])], [mitra()], TODAY)
    assert [x.kim.slug for x in result.by_mitra["univ"]] == ["kim-a"] and result.by_kim == {}
    # meant for the partner's type, the same offer ranks higher
    meant = Peluang(judul="Ruang pelatihan", bidang=("pertanian", "umkm"), untuk_mitra=("perguruan-tinggi",))
    assert matches(kim(ditawarkan=[meant]), [mitra()])[0].score > m.score


def test_offers_match_partners_of_the_types_they_are_meant_for():
    offer = Peluang(judul="Siaran radio komunitas", bidang=("pertanian",), untuk_mitra=("dinas",))
    dinas = mitra("dinas-pertanian", jenis="dinas")
    [m] = matches(kim(ditawarkan=[offer]), [dinas, mitra()])
    assert (m.mitra.slug, m.program, m.bidang, m.sought) == ("dinas-pertanian", None, ("pertanian",), True)
    assert matches(kim(ditawarkan=[Peluang(judul="Siaran")]), [dinas]) == []  # meant for no type
    assert matches(kim(place=ELSEWHERE, ditawarkan=[offer]), [dinas]) == []


def test_match_all_keeps_the_best_per_kim_and_per_partner():
    kims = [kim(f"kim-{i}", dicari=[need()]) for i in range(30)]
    kims.append(kim("jauh", place=ELSEWHERE, dicari=[need()]))
    partners = [mitra("univ"), mitra("univ-lampung", wilayah=("18",))]
    result = match_all(kims, partners, TODAY, per_kim=1, per_mitra=5)
    assert [m.mitra.slug for m in result.by_kim["kim-0"]] == ["univ"]
    assert "jauh" not in result.by_kim
    assert [m.kim.slug for m in result.by_mitra["univ"]] == [f"kim-{i}" for i in (0, 1, 10, 11, 12)]
    assert result.counts == {"univ": 30, "univ-lampung": 30}


def test_kim_areas_go_from_the_village_to_the_whole_country():
    assert kim_areas(kim()) == ("18.07.04.2001", "18.07.04", "18.07", "18", "")


def test_matching_10000_kims_with_1000_partners_looks_at_few_pairs(monkeypatch):
    """The synthetic scale of the benchmark: an index, not a loop over all pairs. (Counted,
    not timed: a shared machine's timings vary tenfold; the report has the timing.)"""
    import random

    from generator.model import matching
    from generator.model.regions import load_regions

    rng = random.Random(1)
    regions = load_regions()
    villages = rng.sample(sorted(regions.villages), 10_000)
    bidang = ("pertanian", "literasi-digital", "umkm", "kesehatan", "diseminasi-informasi", "pendidikan")
    kims = [kim(f"k{i}", place=regions.place(code),
                dicari=[need(bidang=tuple(rng.sample(bidang, 2)), jenis_mitra=())],
                ditawarkan=[Peluang(judul="Siaran", bidang=("pertanian",), untuk_mitra=("dinas",))])
            for i, code in enumerate(villages)]
    regencies = sorted(regions.regencies)
    partners = [mitra(f"m{i}", jenis=rng.choice(("dinas", "perguruan-tinggi", "bumn")),
                      wilayah=(rng.choice(regencies),),
                      program=[programme(bidang=tuple(rng.sample(bidang, 2)))])
                for i in range(1000)]
    scored = []
    score = matching._need_match
    monkeypatch.setattr(matching, "_need_match", lambda *a: scored.append(1) or score(*a))
    result = match_all(kims, partners, TODAY)
    assert result.by_kim and result.by_mitra
    assert 0 < len(scored) < len(kims) * len(partners) / 500  # programmes of the KIM's own areas only


def test_a_current_slug_is_never_led_away_and_a_former_one_leads_to_the_first_file():
    files = [("mitra/zz.yml", "zz", ("lama", "aa")), ("mitra/aa.yml", "aa", ("lama", "tua")), ("mitra/bb.yml", "bb", ())]
    assert current_slugs(files) == {"aa": "aa", "bb": "bb", "zz": "zz", "lama": "aa", "tua": "aa"}


def test_the_site_follows_a_former_slug_as_validation_does():
    # Found by a reviewer: the site let the last partner file win a former slug two list, and a
    # former slug take another partner's current one, where validation does the opposite.
    partners = [replace(mitra("aa"), slug_lama=("lama",)), replace(mitra("zz"), slug_lama=("lama", "aa"))]
    named = replace(kim(dicari=[need(status="terpenuhi", dipenuhi_oleh="aa")]),
                    kemitraan=(Kemitraan("Mitra", "perguruan-tinggi", slug_mitra="lama"),
                               Kemitraan("Mitra", "perguruan-tinggi", slug_mitra="aa")))
    [linked] = with_partner_links([named], partners)
    assert [k.slug_mitra for k in linked.kemitraan] == ["aa", "aa"] and linked.dicari[0].dipenuhi_oleh == "aa"
