"""The contribution page (`/kontribusi/`): a plain guide and a web form that writes a KIM file.

The form runs in the browser (theme/assets/kim/kontribusi.js). This module gives it
what it needs and nothing more:

- the page itself, in Indonesian and English, with the form's controls rendered from
  the vocabularies and one JSON block of configuration: the format's key order and
  field kinds (from `spec`), the validator's messages in the page's language (from
  `messages`, so the browser says exactly what `kim validate` says), media hosts and
  vocabulary labels; what the form normalises by (the phone formats, the village prefixes);
- the official place list split for a phone, `data/desa/<two or three characters>.json`
  (`generator/site/files/villages.py`, which the directory reads too), and
  `data/desa-awalan.json`, the starts that have a file;
- the KIMs of each village, by regency: `data/desa-kim/<regency code>.json` = `{village code:
  [[slug, name, sample, status], ...]}`, fetched when a village of that regency is chosen for a new KIM, so the
  form can name the KIMs already there (`village_kims`);
- each regency's coach (`pembina` in `kims/<prov>/<reg>/_wilayah.yml`), by province:
  `data/pembina/<province>.json` = `{regency code: {nama, email, whatsapp, contoh}}` (`contoh:
  true` only for a sample regency file's coach, to whom the form sends nothing), fetched when
  a village of that province is chosen (kirim.js), so the page carries none of them;
- the published slugs, `data/slug/<first character>.json` = `[[slug, "18/18.07"], ...]`, a
  former address (`slug_lama`) with its KIM's current slug, `[old, "18/18.07", slug]`, so
  the form can say at once that a proposed slug is taken (and where), and can tell whether
  `?ubah=<slug>` names a published profile without asking for a missing file.

The JSON Schema the form validates against is the one the site publishes
(`data/kim.schema.json`); the form fetches it.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import partial
from typing import Iterable, Iterator

from generator.format import idnumbers, kinds, schema, spec
from generator.format.checker import MD_LINK, PHONE_EXAMPLE, describe_node
from generator.format.checker import TYPE_NAMES as CHECKER_TYPES
from generator.format.contacts import (
    AFTER_DIGITS,
    AFTER_PHONE_WORD,
    DOTTED_I,
    EMAIL_IN_TEXT,
    IN_LINK,
    INVISIBLE,
    LETTER_O,
    MOBILE_START,
    NUMBER_LABEL,
    OPERATOR_START,
    ORGANISATION_PREFIXES,
    PHONE_RUN,
    TOLL_FREE_MOST,
    VIDEO_ID,
    digit_zeros,
    for_javascript,
)
from generator.format.dates import WIB
from generator.format.kinds import PERSON_TITLE
from generator.format.messages import MESSAGES
from generator.format.names import LISTS as NAME_LISTS
from generator.format.names import NAME_END, NAME_FLAGS, NAME_GAP, NAME_START, NAME_WORDS
from generator.format.rules import MOBILE, POST_SPELLINGS, POST_TAIL
from generator.format.shown import MARKDOWN, MAYBE
from generator.format.spoken import MOBILE_DIGITS, SPOKEN_DIGITS, SPOKEN_RUN, TOKEN
from generator.model import persons, urls
from generator.model.kim import Kim
from generator.model.mitra import Wilayah
from generator.model.placewords import words_of
from generator.model.regionmatch import OWN_VILLAGE_WORDS
from generator.site.core import Site
from generator.site.files.villages import village_files, village_starts
from generator.site.i18n import LANGS
from generator.site.jsonout import json_bytes
from generator.site.pagejson import script_json
from generator.site.pages import Page, ThemePage, root_for, unsized
from generator.site.routes import (
    COACHES,
    IMPORT_TEMPLATE,
    KIM_FILES,
    SCHEMA,
    SLUGS,
    VILLAGE_KIMS,
    VILLAGE_STARTS,
    VILLAGES,
    coaches_json,
    contribution_url,
    directory_url,
    guide_url,
    mitra_list_url,
    other_language,
    privacy_url,
    slugs_json,
    source,
    village_kims_json,
)
from generator.site.textfold import VILLAGE_PREFIX

# The validator's patterns the form runs, by the names its scripts give them (`pattern(name)`).
FORM_PATTERNS = {
    "postTail": POST_TAIL, "dangerous": urls.DANGEROUS, "host": urls.HOST, "unsafe": urls.UNSAFE_CHARS,
    "mdLink": MD_LINK, "phoneRun": PHONE_RUN, "spokenRun": SPOKEN_RUN, "emailInText": EMAIL_IN_TEXT,
    "mobileDigits": MOBILE_DIGITS, "mobileStart": MOBILE_START, "mobile": MOBILE, "operatorStart": OPERATOR_START,
    "afterDigits": AFTER_DIGITS, "spokenToken": TOKEN,
    "afterPhoneWord": AFTER_PHONE_WORD, "invisible": INVISIBLE, "letterO": LETTER_O, "numberLabel": NUMBER_LABEL,
    "videoId": VIDEO_ID, "inLink": IN_LINK, "markdown": MARKDOWN, "maybeShown": MAYBE,
    "idLabel": idnumbers.ID_LABEL, "digitRun": idnumbers.DIGIT_RUN, "thousands": idnumbers.THOUSANDS,
    "datePart": idnumbers.DATE_PART, "pause": idnumbers.PAUSE, "accountWord": idnumbers.ACCOUNT_WORD,
    "formsOfAddress": persons.FORMS_OF_ADDRESS, "degrees": persons.DEGREES, "personTitle": PERSON_TITLE,
}

DEFAULT_REPO = "direktori-kim/direktori-kim"
DEFAULT_BRANCH = "main"
_GITHUB_EDIT = re.compile(r"^https://github\.com/([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)/edit/([A-Za-z0-9_./-]+?)/$")
_DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

# Codes of `messages.MESSAGES` whose rule the form also runs in the browser.
BROWSER_MESSAGES = (
    "missing-key", "unknown-key", "empty-value", "wrong-type", "list-too-long", "duplicate-item",
    "too-long", "single-line", "html", "mixed-script", "unknown-value", "needs-key", "needs-one-of",
    "consent-missing", "must-equal", "expected-whole", "expected-decimal", "out-of-range",
    "coordinates-swapped", "bad-date-format", "year-or-date", "bad-year", "impossible-date",
    "future-date", "date-too-old", "bad-slug", "bad-email", "bad-phone", "bad-whatsapp",
    "url-dangerous", "url-characters", "url-scheme", "url-host", "url-userinfo", "url-http",
    "url-redirect", "url-punycode", "markdown-link", "media-host", "media-contact", "bad-region", "duplicate-slug",
    "slug-is-former", "sk-village-level", "sk-regency-level", "sk-before-founding", "pembinaan-before-founding", "mobile-in-org-contact", "invisible-char",
    "line-separator", "bidi-control", "control-char", "phone-in-text", "email-in-text", "nik-in-text",
    "nik-shaped-account", "contact-not-role-holder", "person-in-text", "unconsented-name-in-text", "listed-name-in-text",
)
# Codes whose validator text speaks of keys, quotes or YAML: the form says them its own way
# (`kf_msg_<code>` in antarmuka.yml), since a volunteer filling in a form sees neither.
FORM_WORDED = (
    "missing-key", "unknown-key", "unknown-value", "needs-key", "needs-one-of", "consent-missing",
    "expected-whole", "expected-decimal", "bad-phone", "bad-whatsapp", "bad-region", "mobile-in-org-contact",
    "media-contact", "line-separator", "duplicate-slug", "slug-is-former", "phone-in-text", "email-in-text",
    "contact-not-role-holder", "person-in-text", "unconsented-name-in-text", "listed-name-in-text",
)
_CODE_SPAN = re.compile(r"`([^`]*)`")
# The checker's names for types (its `wrong-type` message), by JSON Schema type.
TYPE_NAMES = {
    "string": CHECKER_TYPES["text"],
    "number": CHECKER_TYPES["number"],
    "integer": CHECKER_TYPES["number"],
    "boolean": CHECKER_TYPES["flag"],
    "array": CHECKER_TYPES["list"],
    "object": CHECKER_TYPES["mapping"],
    "value": describe_node(None),
}
# Text that YAML must always read as text: written in quotes whatever it holds.
QUOTED_FORMATS = ("region", "phone", "whatsapp", "url")
QUOTED_PATHS = ("sk/nomor",)
# Form strings that the script needs (the rest are rendered into the page).
SCRIPT_TEXT = (
    "kf_village_short", "kf_village_short3", "kf_village_loading", "kf_village_count", "kf_village_more", "kf_village_none",
    "kf_village_error", "kf_errors", "kf_errors_unseen", "kf_no_errors",
    "kf_warnings", "kf_warning", "kf_copied", "kf_copy_failed", "kf_github_long", "kf_github_blocked",
    "kf_remove", "kf_schema_failed", "kf_edit_title", "kf_edit_missing", "kf_name_not_written",
    "kf_contact_not_written", "kf_name_no_date", "kf_contact_no_date", "kf_consent_reenter", "kf_consent_date_missing", "kf_summary_title", "kf_loading_profile",
    "kf_github_new", "kf_github_edit", "kf_edit_paste", "kf_share_text", "kf_share_done", "kf_share_blocked",
    "kf_share_unavailable", "kf_mail_subject", "kf_mail_body", "kf_mail_attach", "kf_mail_to_coach",
    "kf_mail_to_managers", "kf_pembina_wa",
    "kf_pembina_none", "kf_pembina_sample", "kf_pembina_unknown", "kf_share", "kf_share_file", "kf_slug_taken_profile", "kf_slug_taken_update",
    "kf_consent_changed", "kf_consent_org_cleared", "kf_person_channels_cleared", "kf_status_warnings",
    "kf_mail_attach_note", "kf_file_draft", "kf_copied_draft", "kf_wa", "kf_wa_text", "kf_wa_attach_note",
    "kf_village_kim", "kf_village_kim_contoh", "kf_village_kim_update", "kf_village_kim_sample", "kf_village_kim_inactive", "kf_linked",
)


# ---- what the script learns from the format ---------------------------------------------

def _kind(t: spec.Type) -> str:
    if isinstance(t, spec.Text):
        if t.format == "url":
            return "url"
        if t.format in QUOTED_FORMATS:
            return "quoted"
        return "markdown" if t.markdown else ("multiline" if t.multiline else "text")
    if isinstance(t, spec.Day):
        return "yearday" if t.year else ("day-future" if t.future else "day")
    return {spec.Year: "year", spec.Whole: "int", spec.Decimal: "decimal", spec.Choice: "choice",
            spec.Flag: "flag"}.get(type(t), "other")


def format_shape(record: spec.Record = spec.KIM, path: str = "", order=None, kinds=None) -> tuple[dict, dict]:
    """Key order of every record and the kind of every field, keyed by path without list indices
    (e.g. "kontak/izin_publikasi"): the YAML the form writes follows the format's own order."""
    order = {} if order is None else order
    kinds = {} if kinds is None else kinds
    order[path] = list(record.fields)
    for name, field in record.fields.items():
        sub = f"{path}/{name}" if path else name
        t = field.type
        if isinstance(t, spec.ListOf):
            kinds[sub] = "list"
            t = t.item
            if not isinstance(t, spec.Record):
                kinds[sub] = "list-" + _kind(t)
                continue
        if isinstance(t, spec.Record):
            kinds.setdefault(sub, "record")
            format_shape(t, sub, order, kinds)
        else:
            kinds[sub] = "quoted" if sub in QUOTED_PATHS else _kind(t)
    return order, kinds


_JS_FLAGS = ((re.I, "i"), (re.M, "m"), (re.S, "s"))


def js_flags(flags: int) -> str:
    """A Python pattern's `flags` as a JavaScript RegExp's, so a flag changed in Python reaches
    the form: always `u`, as every str pattern reads Unicode (`for_javascript` writes its `\\d`,
    `\\w` and `\\b` so). A flag JavaScript has no match for (re.X, re.A) fails the build rather
    than have the form read the pattern otherwise."""
    unmatched = flags & ~(re.U | sum(py for py, _ in _JS_FLAGS))
    if unmatched:
        raise ValueError(f"no JavaScript flag for {re.RegexFlag(unmatched)!r}")
    return "".join(js for py, js in _JS_FLAGS if flags & py) + "u"


def js_regex(pattern: re.Pattern) -> list[str]:
    """A validator's pattern as [source, flags] for the form's `new RegExp`: the rule is written
    once, in Python; how the form runs it ("g", "y") the form adds."""
    return [for_javascript(pattern), js_flags(pattern.flags)]


def github_target(edit_base: str | None) -> tuple[str, str]:
    """The repository ("owner/name") and branch behind the profiles' edit links."""
    match = _GITHUB_EDIT.match(edit_base or "")
    return (match.group(1), match.group(2)) if match else (DEFAULT_REPO, DEFAULT_BRANCH)


def field_formats(record: spec.Record = spec.KIM, path: str = "", out=None) -> dict[str, str]:
    """The format of every text field that has one, keyed like `format_shape`'s kinds."""
    out = {} if out is None else out
    for name, field in record.fields.items():
        sub = f"{path}/{name}" if path else name
        t = field.type.item if isinstance(field.type, spec.ListOf) else field.type
        if isinstance(t, spec.Record):
            field_formats(t, sub, out)
        elif isinstance(t, spec.Text) and t.format:
            out[sub] = t.format
    return out


def prose_paths(record: spec.Record = spec.KIM, path: str = "") -> list[str]:
    """The free-text fields, keyed like `format_shape`'s kinds: where a phone number or e-mail
    address is refused (`phone-in-text`, `email-in-text`)."""
    out = []
    for name, field in record.fields.items():
        sub = f"{path}/{name}" if path else name
        t = field.type.item if isinstance(field.type, spec.ListOf) else field.type
        if isinstance(t, spec.Record):
            out += prose_paths(t, sub)
        elif isinstance(t, spec.Text) and t.prose:
            out.append(sub)
    return out


def coach_files(wilayah: dict[str, Wilayah]) -> dict[str, bytes]:
    """By province code, the JSON of its regencies' coaches: institutional contacts only
    (the format refuses a person's name or mobile number there)."""
    provinces: dict[str, dict[str, dict[str, str]]] = {}
    for code, settings in sorted(wilayah.items()):
        coach = settings.pembina
        if coach is not None:
            contact = {"nama": coach.nama, "email": coach.email, "whatsapp": coach.whatsapp, "contoh": settings.contoh}
            provinces.setdefault(code[:2], {})[code] = {k: v for k, v in contact.items() if v}
    return {province: json_bytes(regencies) for province, regencies in provinces.items()}


def village_kims(kims: Iterable[Kim]) -> dict[str, bytes]:
    """By regency code, the JSON of its villages' KIMs, `{village code: [[slug, name, sample,
    status], ...]}`: a volunteer about to add a KIM to a village that has one is shown it, as it
    may be theirs; a sample KIM said to be one, an inactive one said to be so (the second
    volunteer tester took the sample for a real KIM)."""
    regencies: dict[str, dict[str, list[list[str | bool]]]] = {}
    for kim in sorted(kims, key=lambda k: (k.place.code, k.nama, k.slug)):
        regencies.setdefault(kim.place.regency_code, {}).setdefault(kim.place.code, []).append(
            [kim.slug, kim.nama, kim.contoh, kim.status])
    return {regency: json_bytes(villages) for regency, villages in regencies.items()}


def form_messages(t) -> dict[str, str]:
    """The validator's messages as the form shows them: in the page's language, without keys,
    quotes to type or YAML (`FORM_WORDED`); a value the person wrote stands in “ ”."""
    column = 1 if t.lang == "en" else 0
    return {code: t("kf_msg_" + code.replace("-", "_")) if code in FORM_WORDED
            else _CODE_SPAN.sub(r"“\1”", MESSAGES[code][column]) for code in BROWSER_MESSAGES}


def sk_level_words(t, provinces: Iterable[str]) -> dict[str, dict[str, str]]:
    """What each province calls the SK levels it names otherwise than the form's choices, by
    value: in Papua {"desa": "Kampung", "kecamatan": "Distrik"} (`Text.sk_level`); the value
    written stays."""
    levels = t.vocab.values("sk_tingkat")
    said = {p: {v: t.sk_level(v, p) for v in levels if t.sk_level(v, p) != t.label("sk_tingkat", v)}
            for p in provinces}
    return {p: words for p, words in said.items() if words}


class ContributionSection:
    """`/kontribusi/` and `/en/kontribusi/`, plus the village search data."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.repo, self.branch = github_target(site.edit_base)
        self.folder = self._data_folder()
        self.coaches = coach_files(site.wilayah)
        self.village_kims = village_kims(site.kims)

    def theme_pages(self) -> list[ThemePage]:
        return [
            ThemePage(source(contribution_url(lang)), lang, "kf_title", unsized(partial(self.body, lang)), lang == "id")
            for lang in LANGS
        ]

    def shell_pages(self, lang: str) -> Iterator[Page]:
        return iter(())

    def files(self) -> Iterator[tuple[str, bytes]]:
        yield from village_files(self.site.regions)
        yield VILLAGE_STARTS, json_bytes(village_starts(self.site.regions))
        for key, rows in sorted(self._slugs().items()):
            yield slugs_json(key), json_bytes(rows)
        for province, data in sorted(self.coaches.items()):
            yield coaches_json(province), data
        for regency, data in sorted(self.village_kims.items()):
            yield village_kims_json(regency), data

    def _slugs(self) -> dict[str, list[list[str]]]:
        """The taken slugs by first character: each KIM's, and its former addresses (`slug_lama`),
        which lead to it, with its current slug: a new KIM may not take either."""
        rows = []
        for kim in self.site.kims:
            folder = f"{kim.place.province_code}/{kim.place.regency_code}"
            rows.append([kim.slug, folder])
            rows += ([old, folder, kim.slug] for old in kim.slug_lama)
        shards: dict[str, list[list[str]]] = {}
        for row in sorted(rows):
            shards.setdefault(row[0][0], []).append(row)
        return shards

    # the page

    def body(self, lang: str, url: str) -> str:
        site = self.site
        t = site.text[lang]
        vocab = site.vocab
        names = ("basis", "bidang", "fasilitas", "status", "asal", "jabatan", "sk_tingkat", "media",
                 "kontak_jenis", "jenis_mitra", "adinda")
        choices = {name: [(v, t.label(name, v)) for v in vocab.values(name)] for name in names}
        order, kinds = format_shape()
        letters = village_starts(site.regions)
        config = {
            "lang": lang,
            "messages": form_messages(t),
            "types": {k: v[1 if lang == "en" else 0] for k, v in TYPE_NAMES.items()},
            "text": {key: t(key) for key in SCRIPT_TEXT},
            "draftMark": [site.text[other]("kf_draft_mark") for other in LANGS],  # Indonesian first
            "vocab": {name: dict(pairs) for name, pairs in choices.items()},
            "hosts": {kind: list(vocab.hosts(kind)) for kind in vocab.values("media") if vocab.hosts(kind)},
            "redirectors": urls.REDIRECTORS,
            "postSpellings": POST_SPELLINGS,
            "order": order,
            "kinds": kinds,
            "formats": {**spec.FORMATS, "date": _DATE, "day": schema.DATE, "line": schema.LINE, "text": schema.TEXT,
                        "html": spec.HTML, "mediaContact": spec.MEDIA_CONTACT},
            "patterns": {name: js_regex(pattern) for name, pattern in FORM_PATTERNS.items()},
            # a listed name in a text (names.py): [before it, between its words, after it], its
            # words escaped in the browser
            "listedName": [*(for_javascript(re.compile(edge)) for edge in (NAME_START, NAME_GAP, NAME_END)),
                           js_flags(NAME_FLAGS)],
            "nameLists": NAME_LISTS, "nameWords": NAME_WORDS,
            "digitZeros": digit_zeros(), "dottedI": DOTTED_I, "spokenDigits": SPOKEN_DIGITS,
            "organisationPrefixes": ORGANISATION_PREFIXES, "tollFreeMost": TOLL_FREE_MOST,
            "idLengths": [idnumbers.ID_LENGTH, idnumbers.LABELLED_DIGITS, idnumbers.LABELLED_MOST],
            "prose": prose_paths(),
            "phoneExample": PHONE_EXAMPLE,
            "utcOffsetMinutes": WIB.utcoffset(None) // dt.timedelta(minutes=1),
            "privatePointPlaces": spec.PRIVATE_POINT_PLACES,
            "fieldFormats": field_formats(),
            "villagePrefix": VILLAGE_PREFIX, "villageWords": OWN_VILLAGE_WORDS,
            "provinces": dict(site.regions.provinces),
            # each province's words for [a desa, a kelurahan]: [village, district] ("Kampung", "Distrik")
            "placeWords": {p: [[w.village, w.district_short] for w in (words_of(p, False), words_of(p, True))]
                           for p in site.regions.provinces},
            "skLevels": sk_level_words(t, site.regions.provinces),
            "pembina": sorted(self.coaches),
            # where a regency lists no coach, the file goes to the directory's managers: the data
            # controller of mkdocs.yml, who answers for the personal data the file holds anyway
            "pengelola": site.controller and site.controller.email,
            "kimRegencies": sorted(self.village_kims),
            "letters": letters,
            "slugLetters": sorted(self._slugs()),
        }
        root = root_for(url)
        return site.render(
            "kontribusi.html", t=t, root=root,
            other_url=other_language(url, lang),
            choices=choices, config=script_json(config),
            repo=self.repo, branch=self.branch, folder=self.folder,
            edit_base=site.edit_base or "", schema_url=root + SCHEMA,
            profiles=root + directory_url(lang), update=root + contribution_url(lang),
            privacy=root + privacy_url(lang), update_guide=root + guide_url("memperbarui-profil"),
            partners=root + mitra_list_url(lang) + "#cantumkan",
            import_guide=root + guide_url("impor-lembar-kerja"), import_template=root + IMPORT_TEMPLATE,
            villages=root + VILLAGES, kim_files=root + KIM_FILES, slugs=root + SLUGS, coaches=root + COACHES,
            village_kims=root + VILLAGE_KIMS,
        )

    def _data_folder(self) -> str:
        """The KIM folder as the repository sees it (from the edit links), else "kims"."""
        for path in self.site.edit_paths.values():
            parts = path.replace("\\", "/").split("/")
            if len(parts) >= 4:
                return "/".join(parts[:-3])
        return kinds.KIM_FOLDER
