"""`docs/format.md`: the reference of the data file formats, generated from `spec`.

The tables of keys and vocabularies come from the same source of truth as the
validator and the JSON Schema, so the documentation cannot drift from them; the
rules that need more than one field are described in prose next to them.
"""

from __future__ import annotations

from generator.format import spec
from generator.model.matching import ENROLMENT
from generator.model.vocab import Vocab, load_vocab

INTRO = """\
# The data file formats (version 1)

<!-- Generated from generator/format/spec.py and generator/data/kosakata.yml by
     `kim format-doc > docs/format.md`; tests/test_formatdoc.py keeps it current. -->

The directory is built from YAML files of these kinds, told apart by where they are:

{kinds}

`kim validate` (with no arguments: `kims/` and `mitra/`) checks every file of every kind
in one run. Each kind has its JSON Schema in `schema/`, generated from the same
specification (`kim schema KIND`).

## KIM files

One YAML file per KIM, at `kims/<province-code>/<regency-code>/<slug>.yml`, e.g.
`kims/18/18.07/sinar-harapan-pekalongan.yml`. The folders must match the region code in
the file. Keys are Indonesian snake_case; values from a vocabulary are lowercase
kebab-case. Codes, phone numbers and SK numbers are always quoted strings: YAML would read
`0274123456` as a number and `18.07` as a decimal.

`kim validate` checks every rule below and reports each problem as
`path:line:col: error[CODE] field.path: message`, all of a file's problems in one run (the
field path is left out where the place lies in no value: a tab before a key, a comment, the
file as a whole; of one kind of refused character or indenting tab, the first 20 are shown).
The JSON Schema
([`schema/kim.schema.json`](../schema/kim.schema.json)) is generated from the same
specification; editors use it through the file's first line,
`# yaml-language-server: $schema=../../../schema/kim.schema.json`.
The contributor's guide in Bahasa Indonesia is
[`content/panduan/memperbarui-profil.md`](../content/panduan/memperbarui-profil.md).
"""

RULES = """\
## Rules of KIM files beyond the types

Each broken rule is an error naming file, line and column, unless marked *warning*.

- The file name equals `slug`; no two files share a slug (case-insensitively); the folders
  match `wilayah`. Two files of one village whose names are one name as `kim impor`
  compares them are one KIM twice (a rename done by adding a file leaves that) or two KIMs
  a reader cannot tell apart: a *warning* on each (`same-kim`).
- Renamed, merged, dissolved: a KIM's address is its slug, and posters print it as a QR
  code. A renamed KIM keeps its old slug in `slug_lama` (rename the file and `slug`, add the
  old slug; on a second rename it is added to the list, whose slugs stay); of two KIMs that
  merge, the one that stays lists the other's slug there, and the other's own `slug_lama`
  entries too, and the other's file is deleted. Each former slug gets pages at
  `/kim/<old>/` (and `/en/…`), its poster and its documents that send the reader on to the
  KIM's current address. A
  former slug is not the KIM's own slug, no other KIM's current slug and no other KIM's
  former one; `kim new`, `kim impor` and the form count former slugs as taken. Of a new
  KIM that took another's former slug, `kim validate FILE` (and the pull request's check)
  tells the file being changed; the check of every file, knowing neither, names both
  files and both ways out (`former-slug-in-use-unknown`). A dissolved KIM keeps
  its file with `status: tidak-aktif` (the profile stays as a record and the village counts
  as without an active KIM); deleting its file instead frees the address for a new KIM.
- `wilayah` is a desa/kelurahan code of the official Kemendagri list shipped in
  `generator/data/wilayah/`; the names shown on the site are derived from the code.
- An SK at village level says `desa` for a village code whose last part starts with 2 and
  `kelurahan` for one that starts with 1; `kabupaten`/`kota` should match the regency
  (*warning*). An SK dated before `berdiri` is a *warning*; a `pembinaan` entry dated
  before it is an error. An SK's `berlaku_hingga` is not before its `tanggal`; past it, the
  profile shows the SK as expired.
- Dates are real calendar dates, not in the future (except `hingga` and `berlaku_hingga`),
  not before 1945.
- `verifikasi` is set by the regency's maintainers: a pull request that changes it needs
  their review, even from the KIM's own account (`.github/maintainers.yml`).
- `izin_publikasi` is the consent of the person named beside it: a pull request that changes
  a board member's or personal contact's `nama` and keeps the date the file recorded for the
  previous person in that role is labelled `periksa-izin-publikasi`, naming the line (a file
  alone cannot tell; the new person may have consented on the same day).
- `koordinat` lies in Indonesia's bounding box; far from the regency's other KIMs:
  *warning*. A point that is not a public place is written with at most 3 decimals (about
  100 m: a secretariat is often a board member's house, and the file itself is published),
  as written and as read (`-509.21e-2` is four decimals); `tempat_umum: true` says it is a
  public place, which may be written more precisely. Coordinates are numbers to YAML 1.1 and
  to the YAML 1.2 of editors alike (`105.380_2` is text to the latter).
- URLs are `https://` (`http://` is a *warning*, in Markdown links too); `javascript:`, `data:` and the like are
  refused, in media links and in Markdown links alike, and so are links through a platform's
  redirector (`l.facebook.com`, `youtube.com/redirect`, …): give the real destination. A
  host in punycode (`xn--`) is a *warning*. A platform's link (facebook, instagram, …) must
  point at that platform's own host. A media link holds no phone number or e-mail address
  (`wa.me/62812…`, `?phone=`, `t.me/+62…` or `telegram.me/+62…`, an address in its query, a
  number in its path as a text would hold it, `facebook.com/nama.0812.3456.7890`; in any
  case, percent-encoded, or with the number split by dashes, dots, underscores or spaces),
  nor does a link in Markdown text: it is published without a consent check; link a group,
  channel or page, and put the number in `kontak`.
- Consent (UU 27/2022; the repository is as public as the site): a `pengurus` entry's
  `nama` needs `izin_publikasi`, the date the person gave written or recorded consent;
  without it the entry gives only its `jabatan`. A `pribadi` contact needs `nama` and
  `izin_publikasi`; one for a post (`peran: ketua`, also written `Ketua KIM`, `Sekretaris
  (KIM)` or `Sekertaris`; not `Sekretaris Desa` or `Ketua RT 03`, another body's post) is
  the contact of whoever `pengurus` names in that post (names
  compared without forms of address and degrees): the previous
  chair's, kept after a change, is an error, as a former board member's data is removed.
  A name of two words or more that `pengurus` or a `pribadi` contact gives without `izin_publikasi`, found again in free
  text or a comment, is an error there too (`unconsented-name-in-text`,
  `unconsented-name-in-comment`); so is one given with consent, found in free text
  (`listed-name-in-text`): texts go into the combined open-data files, which consent does
  not cover (a comment is only in the file). A name of one word is not looked for ("Budi" is
  also the "budi" of "budi daya"). Any name with a form of address or a title ("Ibu Sri
  Lestari", "Budi, S.E.", not "Kelas Ibu Hamil") is a *warning* (`person-in-text`,
  `person-in-comment`): a name appears only with recorded consent, so write the role (a
  withdrawn member's reason goes in no comment). A `lembaga` contact carries no person's name or role; a mobile number in
  it is a *warning*. A phone number or e-mail address inside free text (any text field
  without a format of its own: descriptions, activities, offers, needs, the address, names,
  an SK's issuer, a partner's name; also written `(+62) 812…`, with en dashes, or
  `nama (at) domain.id`, `nama @ gmail.com` or `nama at gmail dot com`, not a handle,
  `ig @kim.maju.id`; a mobile number even glued to letters, `Hp0812…`, before a "/", or grouped oddly, `08 1234 567 890`, or without its 0 after `WA`,
  or in words, digit by digit, `nol delapan satu dua …`, with +62, `plus enam dua delapan …`, mixed with
  digits, `0812 tiga empat …`, `kosong delapan 12 34 …`, or in tens, `tiga puluh empat`, `dua belas` (not
  `delapan ratus warga`, `dua belas relawan`),
  or read as the page shows a Markdown link, its text joined to what stands around it,
  `0812 [3456](https://…) 7890`, and spaces and tabs in a row as the one space the page shows; reference-style links are not rendered, and read as written) or in a comment (published with the file) is an error:
  nobody can tell from a text whose number it is, and texts go into every open-data file.
  A number that is not a mobile number's is no phone number when the words before it say
  what it is (`No. rekening BRI 0123 456 789`, `NIB BUMDes Maju 0220001234567`), in a slug or a link's
  query (`sinar-0721345678`), nor is a YouTube video's ID, nor an organisation's toll-free or
  call centre's number (`0800-1-500-808`, `0804-1-500-400`, at most 11 digits), which no
  person has (a mobile number after its prefix is one: `0800 812 3456 7890`).
  Contacts belong in `kontak`, where their kind and consent are checked.
  Personal contacts and board members' names appear on the KIM's HTML pages only, never in
  the open-data files, the search index or the feed.
- An ID number in free text or a comment, of any kind of file, is an error (`nik-in-text`,
  `nik-in-comment`): the repository and the site are public, and a published NIK or KK number
  lets anyone take a loan in its owner's name. Refused: 16 digits, together or in groups joined
  by up to 3 separators of any mix (spaces and tabs in a row as one), as the page shows them together (`3471 0155 0890 0001`,
  `3471/0155-0890.0001`, `**3471** 0155 0890 0001`, an old NPWP's `34.710.155.0-890.0001`), that
  start with a province's code, then a day (of birth, a woman's plus 40, or of issue) and a
  month at the 7th to 10th digits, whatever word stands before them (a person's 16-digit NPWP
  is their NIK; an account or a token so shaped too: no one can tell it from a NIK), a longer
  number's too from one of its groups (right after `rekening`, `virtual account`, `VA`, `QRIS`
  or `nomor registrasi`, a bank's name and its holder between, `rekening Bank Rakyat Indonesia
  atas nama KIM Maju`, the message, `nik-shaped-account`, says so, and that a donation
  account is best given by naming the bank and holder, donors getting in touch through the
  file's contact, or by linking an official donation page); and after
  `NIK`, `KTP`, `e-KTP`, `KK` or `nomor induk kependudukan` (also `NoKK`, `KTP-el`, `NIK-nya`,
  `NIK (ketua):`), a number of 12 digits or more,
  mistyped as it may be, but for a mobile number (a phone number, above), a date, a span of
  years or a time. Not another number (`Token listrik 1234 5678 9012 3456 7890`, a 20-digit
  token), an amount (`Rp 3.471.015.508.900.001`), a decree's number or a region's code.
- `contoh: true` marks invented sample data: the site says so on every page it reaches.
- A need (`peluang.dicari[]`) has a lifecycle: `status` `terbuka` (the default), `dibahas`
  (under discussion with a partner) or `terpenuhi`. A fulfilled need names the partner
  file that fulfilled it, `dipenuhi_oleh: <slug>` of an existing `mitra/<slug>.yml`, and
  the date, `tanggal_terpenuhi`; the two are written for fulfilled needs only. A fulfilled
  need leaves the partnership board and stays on the KIM's and the partner's pages as a
  record. An unknown partner is an error in the files being changed (`kim validate FILE`,
  and the pull request's check of the data files it changes), so a typo stops there; in
  the check of every file, `kim validate` without arguments as the deploy runs it, it is a
  *warning* (`unknown-partner-met`): a partner file removed or renamed later leaves the
  record, without a link, and stops no deploy. A partnership (`kemitraan[]`) whose partner
  has a file names it with `slug_mitra: <slug>`: the profile and `/kemitraan/mitra/` then
  link the partner's page, which lists the KIM among its partner KIMs; an unknown slug there
  is an error or a warning as in `dipenuhi_oleh` (`unknown-partner-link`), the partnership
  shown without a link; a `jenis` other than the partner file's is a *warning*
  (`partner-type-differs`). A real KIM naming a sample partner (`contoh: true`), as the
  guide's example copied into a real file does, or a sample KIM naming a real partner, is a
  *warning*, and the need it met takes no place in that partner's programmes nor counts
  among the statistics' fulfilled needs. A need a partner of its kind fulfilled is a
  partnership of the KIM's too (its profile's institutional signal, the statistics' "has
  partners"), with or without a `kemitraan` entry naming it. While the KIM's `status` is
  `tidak-aktif`, its needs and offers are kept but open to no partner: they leave the board,
  its feed and matching, and its profile says why, until it is `aktif` again. Offers and needs may say when they were posted (`diunggah`) and how many people
  they reach (`jangkauan`); an offer may name the partner types it is meant for
  (`untuk_mitra`), and the board then lists it under those types.
- No HTML in any field (a `<` or `&` in prose is fine; tag-shaped text and entities are
  not); descriptions allow a small Markdown subset (emphasis, lists, links), rendered and
  then sanitised. No bidirectional-control, zero-width, other invisible or format
  characters, no Unicode noncharacters, and no carriage return written as an escape
  (`"\\r"`), which would start a new row for a tool that splits lines.
- YAML: no tags, anchors, aliases, merge keys, duplicate keys or second documents; size,
  depth and list-length limits keep a hostile file harmless. A plain value that YAML 1.1 or
  YAML 1.2 reads as a number, a date or yes/no must be quoted in a text field; whole
  numbers have no leading zero; what a YAML 1.2 reader refuses (a `#` glued to a value,
  continuation lines not indented past their key) is refused too, so `kim validate` never
  passes a file an editor underlines.
- `diperbarui` older than 12 months marks the profile as stale on the site (not an error).
"""

SETTINGS = """\
## Regency settings: `_wilayah.yml`

A regency's settings sit beside its KIM files, at
`kims/<province-code>/<regency-code>/_wilayah.yml`, e.g. `kims/18/18.07/_wilayah.yml`, and
are owned, like its KIM files, by the regency's maintainers (`.github/maintainers.yml`).
The regency is the folder's: the file holds no code of its own. The JSON Schema is
[`schema/wilayah.schema.json`](../schema/wilayah.schema.json)
(`# yaml-language-server: $schema=../../../schema/wilayah.schema.json`).
"""

SETTINGS_RULES = """\
### Rules of regency settings beyond the types

- The folder is a regency's (`<province-code>/<regency-code>/`, the regency in its
  province) and the regency is in the official Kemendagri list.
- `pembina` is an institution (the regency's communication office, usually), never a
  person: its name, and its e-mail address or WhatsApp service number (at least one). A
  mobile number there is a *warning*: make sure it is the institution's own.
- `target_tahun` needs `target_kim`.
- `contoh: true` marks sample settings (an invented coach and target), as in KIM and partner
  files: the site labels that coach and target as samples, and the contribution form sends
  no file to that coach. A real KIM (no `contoh: true`) in a regency whose settings are a
  sample is a *warning* (`real-kim-sample-settings`): replace the file with the real
  coaching institution's contact and target, without `contoh`.
- Unknown keys are refused, as in KIM files, and every rule about characters, YAML and
  text (no HTML, quoted numbers) holds here too.
"""

PARTNERS = """\
## Partner files: `mitra/<slug>.yml`

One YAML file per partner, directly in `mitra/`, e.g.
`mitra/contoh-universitas-nusantara.yml`: an institution (a university's community-service
office, a company's CSR unit, an agency, a village enterprise…) with the programmes KIMs
can join. `kim new --mitra` starts one. A folder inside `mitra/`, or a folder named `mitra/`
among the KIM files, is an error, and its files are not read: a file's kind is its folder's.
Partner files are reviewed by the project's maintainers. The JSON Schema is [`schema/mitra.schema.json`](../schema/mitra.schema.json)
(`# yaml-language-server: $schema=../schema/mitra.schema.json`).
"""

PARTNER_RULES = f"""\
### Rules of partner files beyond the types

- The file name equals `slug`; no two partner files share a slug (case-insensitively). A
  partner's slug may equal a KIM's: their pages live apart (`/mitra/`, `/kim/`).
- Renamed: a partner's address is its slug, shared in links and on its own website. A
  renamed partner file keeps its old slug in `slug_lama` (rename the file and `slug`, add
  the old slug; on a second rename it is added to the list). Each former slug gets a page at
  `/mitra/<old>/` (and `/en/…`) that sends the reader on to the partner's current page
  (noindex, not in the sitemap), and a KIM's `slug_mitra` or `dipenuhi_oleh` naming it still
  names the partner, with a *warning* to write its new slug (`partner-renamed`). A former
  slug is not the partner's own slug, no other partner file's current slug and no other
  partner's former one (`partner-former-slug-…`), as for KIMs; `kim new --mitra` counts
  former slugs as taken.
- Every `wilayah_kerja` code is a province, regency or district of the official Kemendagri
  list (quoted: `"18.07"`); a region's name in its place (`Lampung Timur`) is answered with
  the codes of the regions so named, a village's code with its district's, a code written
  without dots (`"1807"`, as BPS tables have it) or leading zeros (`"18.7.4"`) with the code
  meant; a code inside
  another of the list (`"18.07"` and `"18.07.04"`) is a *warning*. Without
  `wilayah_kerja` the partner works all over Indonesia; an empty list (`[]`) is refused, as
  it is most often written to be filled in later.
- A programme's `hingga` is not before its `mulai`; after `hingga` the programme shows as
  closed, and a `hingga` already past is a *warning* (move it if the programme still runs,
  or leave it as a record). Both may lie in the future.
- A programme's places left are its `kapasitas` less the KIMs whose needs the partner
  fulfilled (`dipenuhi_oleh`) in one of the programme's bidang (any, for a need without
  bidang), dated no later than its `hingga` and no earlier than {ENROLMENT.days} days (about six months)
  before its `mulai`: a KKN placement agreed before the term starts takes its place.
  Back-to-back programmes in a bidang (each starting no later than {ENROLMENT.days} days after the one
  before it ends) enrol together, from {ENROLMENT.days} days before the first one's start. A need
  two programmes could take takes a place in one: the one its KIM already has a place in,
  else the one starting first that still has places; so a full term leaves the next term to
  take what it cannot. Only a need no programme has a place for any more is counted in the
  first one starting (beyond its `kapasitas`, shown as full).
- Contacts are the institution's own (`jenis: lembaga`, with `email`, `telepon` or
  `whatsapp`, and optionally the `unit`): a partner file records no person, so `jenis:
  pribadi`, `nama`, `peran` and `izin_publikasi` are refused. A mobile number there is a
  *warning*: make sure it is the institution's own. A phone number or e-mail address in
  free text or a comment is an error, as in KIM files: the institution's own goes in `kontak`;
  so is an ID number (NIK, KK), as in KIM files. So is any of them in `situs`, read as a KIM's
  media links are (`wa.me/62812…`, `?hp=0812…`, `?email=`; `partner-site-contact`): the
  institution's website goes there.
  A person's name with a form of address or a title ("Dr. Budi Santoso", "Ibu Sari, S.E.")
  in `unit`, `deskripsi` or a programme's `syarat` or `uraian` is a *warning*
  (`person-in-unit`, `person-in-partner-text`): name the unit or office instead.
- `contoh: true` marks an invented partner: its page says so, and the list marks it.
- Unknown keys are refused, and every rule about characters, YAML, text, links and
  Markdown of KIM files holds here too.
"""

_TYPE_NAMES = {
    spec.Whole: lambda t: f"exactly {t.minimum}" if t.minimum == t.maximum else f"whole number {t.minimum}–{t.maximum}",
    spec.Decimal: lambda t: f"decimal {t.minimum}–{t.maximum} ({t.places} places kept)",
    spec.Day: lambda t: "date YYYY-MM-DD" + (" or year" if t.year else "") + (", may be future" if t.future else ""),
    spec.Year: lambda t: f"year ≥ {t.minimum}",
    spec.Flag: lambda t: "`true` or `false`",
    spec.Choice: lambda t: (" or ".join(f"`{v}`" for v in t.only) if t.only
                            else f"one of [`{t.vocab}`](#{t.vocab})"),
}


def type_name(t: spec.Type) -> str:
    if isinstance(t, spec.Text):
        kind = t.format or ("Markdown text" if t.markdown else "text")
        lines = "multi-line" if t.multiline else "one line"
        return f"{kind}, {lines}, ≤ {t.max_len} characters"
    if isinstance(t, spec.ListOf):
        item = "entries below" if isinstance(t.item, spec.Record) else type_name(t.item)
        size = f"{t.min_items}–{t.max_items}" if t.min_items else f"≤ {t.max_items}"
        return f"list ({size}) of {item}" + (", no repeats" if t.unique else "")
    if isinstance(t, spec.Record):
        return "the keys below"
    return _TYPE_NAMES[type(t)](t)


def _records(record: spec.Record, path: str) -> list[tuple[str, spec.Record]]:
    """Every record of the format with its dotted path, depth first, the top first."""
    out = [(path, record)]
    for name, field in record.fields.items():
        inner = field.type.item if isinstance(field.type, spec.ListOf) else field.type
        if isinstance(inner, spec.Record):
            suffix = "[]" if isinstance(field.type, spec.ListOf) else ""
            out += _records(inner, f"{path}.{name}{suffix}" if path else name + suffix)
    return out


def _record_table(path: str, record: spec.Record, heading: str = "##", file: str = "") -> str:
    """The table of one record; `file` names the kind's file in the title (not for KIM files)."""
    title = f"`{path}`" if path else "Top level"
    if file:
        title = f"`{file}`: {title if path else 'top level'}"
    rows = [f"{heading} {title}", "", "| key | required | type | meaning |", "|---|---|---|---|"]
    for name, field in record.fields.items():
        required = "yes" if name in record.required else ""
        rows.append(f"| `{name}` | {required} | {type_name(field.type)} | {field.en} *({field.id})* |")
    for rule in record.when:
        need = " or ".join(f"`{k}`" for k in rule.need) if rule.any_of else " and ".join(f"`{k}`" for k in rule.need)
        values = ", ".join(f"`{v}`" for v in rule.values)
        rows.append("")
        rows.append(f"When `{rule.key}` is {values}: {need} {'is' if len(rule.need) == 1 else ('is' if rule.any_of else 'are')} required.")
    for group in record.any_of:
        rows += ["", "At least one of " + " or ".join(f"`{k}`" for k in group) + " is required."]
    for key, needed in record.with_keys:
        rows += ["", f"`{key}` needs " + " and ".join(f"`{k}`" for k in needed) + "."]
    if record.refused:
        rows += ["", "Refused, with a message saying why: " + ", ".join(f"`{k}`" for k, _ in record.refused) + "."]
    return "\n".join(rows) + "\n"


def _kinds_table() -> str:
    rows = ["| file | what | JSON Schema |", "|---|---|---|"]
    rows += [f"| `{k.where}` | {k.title} | [`schema/{k.schema}`](../schema/{k.schema}) |" for k in spec.KINDS.values()]
    return "\n".join(rows)


def _kind_tables(kind: spec.Kind, heading: str, file: str) -> list[str]:
    return [_record_table(path, record, heading, file) for path, record in _records(kind.record, "")]


def _vocabularies(vocab: Vocab) -> str:
    rows = ["## Vocabularies", "",
            "Maintainers extend them in `generator/data/kosakata.yml` without touching code.", ""]
    for name in vocab.names():
        rows += [f"### {name}", "", "| value | Bahasa Indonesia | English |", "|---|---|---|"]
        rows += [f"| `{value}` | {vocab.label(name, value, 'id')} | {vocab.label(name, value, 'en')} |"
                 for value in vocab.values(name)]
        rows.append("")
    return "\n".join(rows)


def format_doc(vocab: Vocab | None = None) -> str:
    vocab = vocab or load_vocab()
    parts = [INTRO.format(kinds=_kinds_table()), *_kind_tables(spec.KINDS["kim"], "##", ""), RULES,
             SETTINGS, *_kind_tables(spec.KINDS["wilayah"], "###", spec.SETTINGS_FILE), SETTINGS_RULES,
             PARTNERS, *_kind_tables(spec.KINDS["mitra"], "###", "mitra/<slug>.yml"), PARTNER_RULES,
             _vocabularies(vocab)]
    return "\n".join(parts).rstrip("\n") + "\n"
