"""The KIM file format: the one source of truth.

Every key, type, vocabulary, limit and conditional requirement of a KIM file is
declared here once. `checker` validates files against it, `schema` turns it into
the published JSON Schema, so the two cannot drift apart. Rules that need more
than one field or outside data (regions, other files, dates) live in `rules`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Text:
    max_len: int = 200
    multiline: bool = False
    markdown: bool = False
    format: str | None = None  # a key of FORMATS

    @property
    def prose(self) -> bool:
        """Free text, every text without a format (a name, an SK's issuer, a partner's name as
        much as a description): a phone number or e-mail address inside it is refused, as
        contacts belong in `kontak`, where consent is checked."""
        return self.format is None


@dataclass(frozen=True)
class Whole:
    minimum: int
    maximum: int


@dataclass(frozen=True)
class Decimal:
    minimum: float
    maximum: float
    places: int = 4


# No KIM, SK or activity predates the Republic: an earlier year is a typing mistake.
EARLIEST_YEAR = 1945
# The key of a person's recorded consent (UU 27/2022): a record that names a person needs it.
CONSENT = "izin_publikasi"


@dataclass(frozen=True)
class Day:
    """A calendar date written YYYY-MM-DD; `year` also allows a bare year."""

    year: bool = False
    future: bool = False
    minimum_year: int = EARLIEST_YEAR


@dataclass(frozen=True)
class Year:
    minimum: int = EARLIEST_YEAR


@dataclass(frozen=True)
class Flag:
    """`true` or `false`, written plain (YAML 1.2's only booleans; `yes`/`on` are refused)."""


@dataclass(frozen=True)
class Choice:
    vocab: str  # a list of data/kosakata.yml
    # Only these values of the vocabulary (all when empty); another value of it is refused
    # with the message `refused`.
    only: tuple[str, ...] = ()
    refused: str = ""


@dataclass(frozen=True)
class ListOf:
    item: "Type"
    max_items: int = 50
    unique: bool = False
    # Where an empty list would mean something else than what its writer meant (`[]` is how
    # "to fill in later" is written): at least this many items, else the message `empty`.
    min_items: int = 0
    empty: str = "list-too-short"


@dataclass(frozen=True)
class When:
    """If `key` has one of `values`, the record also needs `need` (all of them),
    or, with `any_of`, at least one of `need`."""

    key: str
    values: tuple[str, ...]
    need: tuple[str, ...]
    any_of: bool = False


@dataclass(frozen=True)
class Record:
    fields: dict[str, "Field"]
    required: tuple[str, ...] = ()
    when: tuple[When, ...] = ()
    # Groups of keys of which the record needs at least one, whatever the other values.
    any_of: tuple[tuple[str, ...], ...] = ()
    # (key, keys): when `key` is there, `keys` are needed too.
    with_keys: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # (key, message code): keys refused with a message of their own, not as unknown keys.
    refused: tuple[tuple[str, str], ...] = ()


Type = Text | Whole | Decimal | Day | Year | Flag | Choice | ListOf | Record


@dataclass(frozen=True)
class Field:
    type: Type
    id: str
    en: str
    extra: dict = field(default_factory=dict)


# Patterns shared by the checker and the JSON Schema.
FORMATS = {
    "slug": r"^[a-z0-9][a-z0-9-]{1,78}[a-z0-9]$",
    "region": r"^[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}$",
    "url": r"^https?://[^\s]+$",
    "email": r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$",
    # a number with its country code never goes on with the 0 of its 0 form ("+620812...")
    "phone": r"^(?:\+62[1-9][0-9]{5,12}|0[0-9]{6,13})$",
    "whatsapp": r"^\+62[1-9][0-9]{7,12}$",
    # a province ("18"), regency ("18.07") or district ("18.07.04") code
    "area": r"^[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{2})?)?$",
}
# Formats of codes: a value longer than a code is most often a region's name written in its
# place ("Kabupaten Pringsewu"), which the code check answers with what to write instead; a
# length limit would only tell it to shorten itself. Up to the length of such a name, as text.
CODE_FORMATS = frozenset(("region", "area"))
NAME_AS_CODE_MAX = 200

# HTML in text: tag-shaped text (`<b`, `</p`, `<!--`, `<?`) or an entity (`&amp;`, `&#60;`,
# `&#x3C;`), where an HTML parser starts a tag or a character reference. A `<` or `&` in prose
# is not: "harga < Rp 10.000", "nilai <5", "Kopi & Teh", "R&D" (rendered text is escaped anyway).
HTML = r"</?[A-Za-z]|<[!?]|&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);"
# A phone number or e-mail address inside a media link (read decoded and lowercased): a chat
# link to a number (wa.me/62812..., ?phone=, t.me/+62...) or an address in its query is a
# contact, published on every page and file without the consent that `kontak` records. The
# number's 8 to 15 digits may be split by spaces, dots, dashes, underscores or parentheses
# (wa.me/62-812-3456-7890), and slashes and plus signs doubled (wa.me//62..., wa.me/++62...):
# a chat service reads it all the same. Telegram also answers at telegram.me.
MEDIA_CONTACT = (r"(?:wa\.me/+|[?&](?:phone|tel)=|t(?:elegram)?\.me/+\+)\+*[0-9](?:[ .()_-]*[0-9]){7,14}"
                 r"|[\w.%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+")

# A point that is not a public place is written to at most this many decimals (about 100 m):
# the file is published as it is (data/kim/<slug>.yml), so the rounding is the file's own.
PRIVATE_POINT_PLACES = 3

# Indonesia's bounding box, from Rondo Island to Merauke and from Miangas to Rote.
LATITUDE = Decimal(-11.5, 6.5)
LONGITUDE = Decimal(94.5, 141.5)

NAME = Text(120)
TITLE = Text(200)
SHORT = Text(300)
LONG = Text(2000, multiline=True, markdown=True)
PERSON = Text(80)


def _f(type_: Type, id_: str, en: str) -> Field:
    return Field(type_, id_, en)


VERSI = _f(Whole(1, 1), "Versi format berkas; saat ini 1.", "Format version; currently 1.")
EMAIL = Text(254, format="email")
WHATSAPP = Text(20, format="whatsapp")


PENGURUS = Record(
    {
        "jabatan": _f(Choice("jabatan"), "Jabatan dalam kepengurusan.", "Position on the board."),
        "nama": _f(PERSON, "Nama pengurus; hanya boleh ditulis bersama izin_publikasi.", "Name; may only be written with izin_publikasi."),
        "izin_publikasi": _f(Day(), "Tanggal orang ini memberi izin tertulis agar namanya ditampilkan (UU 27/2022).", "Date this person gave recorded consent to publish their name."),
    },
    required=("jabatan",),
)

SK = Record(
    {
        "tingkat": _f(Choice("sk_tingkat"), "Tingkat penerbit SK.", "Level of the issuing authority."),
        "nomor": _f(Text(100), "Nomor SK, selalu dalam tanda kutip.", "Decree number, always quoted."),
        "tanggal": _f(Day(), "Tanggal SK (YYYY-MM-DD).", "Date of the decree."),
        "penerbit": _f(Text(200), "Pejabat atau instansi yang menerbitkan SK.", "Who issued the decree."),
        "berlaku_hingga": _f(Day(future=True), "Tanggal akhir masa berlaku SK (opsional), tidak sebelum tanggal SK.", "Last day the decree is in force (optional), not before its date."),
    },
    required=("tingkat", "tanggal"),
)

VERIFIKASI = Record(
    {
        "oleh": _f(Text(200), "Instansi yang memverifikasi data KIM ini, mis. Diskominfo kabupaten.", "Institution that verified this KIM's data."),
        "tanggal": _f(Day(), "Tanggal verifikasi (YYYY-MM-DD).", "Date of the verification."),
    },
    required=("oleh", "tanggal"),
)

PLATFORMS = ("facebook", "instagram", "youtube", "tiktok", "x", "whatsapp", "telegram")

MEDIA = Record(
    {
        "jenis": _f(Choice("media"), "Jenis media.", "Kind of medium."),
        "url": _f(Text(300, format="url"), "Alamat https:// media ini.", "The medium's https:// address."),
        "nama": _f(Text(120), "Nama media, mis. nama radio atau buletin.", "Name of the medium."),
    },
    required=("jenis",),
    when=(
        When("jenis", PLATFORMS, ("url",)),
        When("jenis", ("situs-web",), ("url",)),
        When("jenis", ("radio-komunitas", "buletin", "papan-informasi", "lainnya"), ("nama", "url"), any_of=True),
    ),
)

KEGIATAN = Record(
    {
        "tanggal": _f(Day(), "Tanggal kegiatan.", "Date of the activity."),
        "judul": _f(TITLE, "Judul singkat kegiatan.", "Short title."),
        "adinda": _f(Choice("adinda"), "Dimensi ADINDA kegiatan ini.", "ADINDA dimension of the activity."),
        "uraian": _f(LONG, "Uraian singkat (Markdown terbatas).", "Short description (limited Markdown)."),
    },
    required=("tanggal", "judul"),
)

KEMITRAAN = Record(
    {
        "mitra": _f(Text(200), "Nama mitra.", "Partner's name."),
        "jenis": _f(Choice("jenis_mitra"), "Jenis mitra.", "Kind of partner."),
        "sejak": _f(Day(year=True), "Sejak kapan (tahun atau tanggal).", "Since when (year or date)."),
        "bentuk": _f(SHORT, "Bentuk kerja sama.", "Form of the partnership."),
        "slug_mitra": _f(Text(80, format="slug"), "Bila mitra ini punya halaman di direktori: slug berkas mitranya (mitra/<slug>.yml), agar profil menautkannya dan halaman mitra mencantumkan KIM ini.",
                         "When the partner has a page in the directory: the slug of its file (mitra/<slug>.yml), so that the profile links it and the partner's page lists this KIM."),
    },
    required=("mitra", "jenis"),
)

# What offers and needs both carry beyond their title: when it was posted and how many people
# it reaches (the board shows both on its cards).
POSTED = _f(Day(), "Tanggal peluang ini diunggah (YYYY-MM-DD).", "Date this item was posted.")
REACH = _f(Whole(1, 10_000_000), "Jangkauan: berapa orang yang dijangkau (bilangan bulat, opsional).",
           "Reach: how many people it reaches (a whole number, optional).")
PARTNER_TYPES = ListOf(Choice("jenis_mitra"), 9, unique=True)

DITAWARKAN = Record(
    {
        "judul": _f(TITLE, "Apa yang ditawarkan KIM kepada mitra.", "What the KIM offers partners."),
        "bidang": _f(ListOf(Choice("bidang"), 10, unique=True), "Bidang terkait.", "Related focus areas."),
        "untuk_mitra": _f(PARTNER_TYPES, "Jenis mitra yang dituju tawaran ini (opsional; tanpa ini, tawaran dicocokkan dengan mitra yang programnya sebidang).",
                           "Kinds of partner this offer is meant for (optional; without it, the offer is matched with partners running a programme in one of its bidang)."),
        "uraian": _f(LONG, "Uraian (Markdown terbatas).", "Description (limited Markdown)."),
        "hingga": _f(Day(future=True), "Berlaku sampai tanggal ini (opsional).", "Open until this date (optional)."),
        "diunggah": POSTED,
        "jangkauan": REACH,
    },
    required=("judul",),
)

# A need's lifecycle: `terbuka` (the default), `dibahas`, `terpenuhi`. A fulfilled need
# names the partner file that fulfilled it and the date; it leaves the board and stays on
# the KIM's and the partner's pages as a record.
FULFILLED = "terpenuhi"

DICARI = Record(
    {
        "judul": _f(TITLE, "Apa yang dicari KIM dari mitra.", "What the KIM seeks from partners."),
        "jenis_mitra": _f(PARTNER_TYPES, "Jenis mitra yang dicari.", "Kinds of partner sought."),
        "bidang": _f(ListOf(Choice("bidang"), 10, unique=True), "Bidang terkait.", "Related focus areas."),
        "uraian": _f(LONG, "Uraian (Markdown terbatas).", "Description (limited Markdown)."),
        "hingga": _f(Day(future=True), "Berlaku sampai tanggal ini (opsional).", "Open until this date (optional)."),
        "diunggah": POSTED,
        "jangkauan": REACH,
        "status": _f(Choice("status_peluang"), "terbuka (bawaan), dibahas, atau terpenuhi.", "terbuka (the default), dibahas (under discussion) or terpenuhi (fulfilled)."),
        "dipenuhi_oleh": _f(Text(80, format="slug"), "Bila terpenuhi: slug berkas mitra (mitra/<slug>.yml) yang memenuhinya.", "When fulfilled: the slug of the partner file (mitra/<slug>.yml) that fulfilled it."),
        "tanggal_terpenuhi": _f(Day(), "Bila terpenuhi: tanggal terpenuhinya.", "When fulfilled: the date it was fulfilled."),
    },
    required=("judul",),
    when=(When("status", (FULFILLED,), ("dipenuhi_oleh", "tanggal_terpenuhi")),),
)

PELUANG = Record(
    {
        "ditawarkan": _f(ListOf(DITAWARKAN, 20), "Yang ditawarkan KIM kepada mitra.", "What the KIM offers."),
        "dicari": _f(ListOf(DICARI, 20), "Yang dicari KIM dari mitra.", "What the KIM seeks."),
    },
)

PEMBINAAN = Record(
    {
        "tanggal": _f(Day(), "Tanggal pembinaan.", "Date of the coaching."),
        "kegiatan": _f(TITLE, "Nama kegiatan pembinaan.", "Name of the coaching event."),
        "penyelenggara": _f(Text(200), "Penyelenggara, mis. Diskominfo.", "Organiser."),
    },
    required=("tanggal", "kegiatan"),
)

PRESTASI = Record(
    {
        "tahun": _f(Year(), "Tahun.", "Year."),
        "judul": _f(TITLE, "Prestasi yang diraih.", "The achievement."),
    },
    required=("tahun", "judul"),
)

KONTAK = Record(
    {
        "jenis": _f(Choice("kontak_jenis"), "lembaga (alamat KIM) atau pribadi (seseorang).", "lembaga (the KIM's own) or pribadi (a person)."),
        "nama": _f(PERSON, "Nama orang (kontak pribadi).", "Person's name (personal contact)."),
        "peran": _f(Text(80), "Peran orang ini, mis. sekretaris.", "This person's role."),
        "email": _f(EMAIL, "Alamat e-mail.", "E-mail address."),
        "telepon": _f(Text(20, format="phone"), 'Nomor telepon dalam tanda kutip, mis. "+62725xxxxxx".', "Phone number, quoted."),
        "whatsapp": _f(WHATSAPP, 'Nomor WhatsApp dalam tanda kutip, mis. "+62812xxxxxxxx".', "WhatsApp number, quoted, +62 form."),
        "izin_publikasi": _f(Day(), "WAJIB untuk kontak pribadi: tanggal izin tertulis untuk dipublikasikan (UU 27/2022).", "REQUIRED for personal contacts: date of recorded consent."),
    },
    required=("jenis",),
    when=(
        When("jenis", ("pribadi",), ("nama", "izin_publikasi")),
        When("jenis", ("lembaga", "pribadi"), ("email", "telepon", "whatsapp"), any_of=True),
    ),
)

KIM = Record(
    {
        "versi": VERSI,
        "contoh": _f(Flag(), "true bila profil ini data contoh (rekaan), bukan KIM yang nyata.", "true if this profile is sample (invented) data, not a real KIM."),
        "slug": _f(Text(80, format="slug"), "Pengenal unik = nama berkas tanpa .yml; huruf kecil, angka, tanda hubung.", "Unique id = file name without .yml."),
        "slug_lama": _f(ListOf(Text(80, format="slug"), 20, unique=True),
                        "Alamat lama KIM ini (opsional): setiap slug sebelum berganti nama (pada ganti nama berikutnya, tambahkan ke daftar, jangan ganti isinya), dan slug KIM lain yang bergabung ke dalamnya beserta alamat lamanya sendiri. Alamat /kim/<slug lama>/ (juga poster dan dokumennya) lalu mengarah ke profil ini. Perubahannya perlu persetujuan pengelola wilayah.",
                        "Former addresses of this KIM (optional): each slug it had before a rename (on a further rename, add to the list, do not replace it), and the slugs of KIMs merged into it with their own former addresses. /kim/<old slug>/ (its poster and documents too) then leads to this profile. A change needs the regency's maintainers' approval."),
        "nama": _f(NAME, "Nama KIM, mis. KIM Sinar Harapan.", "Name of the KIM."),
        "status": _f(Choice("status"), "aktif atau tidak-aktif (KIM yang bubar: profilnya tetap ada sebagai catatan).", "aktif or tidak-aktif (a dissolved KIM: its profile stays as a record)."),
        "wilayah": _f(Text(13, format="region"), 'Kode desa/kelurahan Kemendagri dalam tanda kutip, mis. "18.07.04.2001".', "Kemendagri village code, quoted."),
        "alamat": _f(SHORT, "Alamat sekretariat.", "Address of the secretariat."),
        "koordinat": _f(
            Record(
                {
                    "lintang": _f(LATITUDE, "Lintang (negatif di selatan khatulistiwa).", "Latitude."),
                    "bujur": _f(LONGITUDE, "Bujur.", "Longitude."),
                    "tempat_umum": _f(Flag(), f"true bila titik ini tempat umum (mis. balai desa); tanpa ini titik ditulis dengan paling banyak {PRIVATE_POINT_PLACES} angka di belakang koma (sekitar 100 m).", f"true if the point is a public place; otherwise it is written with at most {PRIVATE_POINT_PLACES} decimals (about 100 m)."),
                },
                required=("lintang", "bujur"),
            ),
            "Titik lokasi sekretariat (opsional).",
            "Location of the secretariat (optional).",
        ),
        "berdiri": _f(Day(year=True), "Tanggal atau tahun berdiri.", "Date or year founded."),
        "asal": _f(Choice("asal"), "kelompok-lama (tumbuh dari kelompok yang ada) atau kelompok-baru.", "Grew out of an existing group, or formed new."),
        "basis": _f(ListOf(Choice("basis"), 8, unique=True), "Kelompok asal KIM.", "Groups the KIM grew from."),
        "deskripsi": _f(Text(5000, multiline=True, markdown=True), "Deskripsi KIM (Markdown terbatas: penekanan, daftar, tautan).", "Description (limited Markdown)."),
        "bidang": _f(ListOf(Choice("bidang"), 16, unique=True), "Bidang fokus.", "Focus areas."),
        "anggota": _f(Whole(1, 100_000), "Jumlah anggota.", "Number of members."),
        "pengurus": _f(ListOf(PENGURUS, 50), "Susunan pengurus.", "Board members."),
        "sk": _f(ListOf(SK, 20), "SK pengukuhan.", "Decrees confirming the KIM."),
        "fasilitas": _f(ListOf(Choice("fasilitas"), 20, unique=True), "Sarana yang dimiliki.", "Facilities."),
        "media": _f(ListOf(MEDIA, 30), "Media yang dikelola KIM.", "Media the KIM runs."),
        "kegiatan": _f(ListOf(KEGIATAN, 200), "Kegiatan terbaru.", "Recent activities."),
        "kemitraan": _f(ListOf(KEMITRAAN, 50), "Kemitraan yang sudah berjalan.", "Existing partnerships."),
        "peluang": _f(PELUANG, "Peluang kemitraan.", "Partnership opportunities."),
        "pembinaan": _f(ListOf(PEMBINAAN, 100), "Pembinaan yang pernah diterima.", "Coaching received."),
        "prestasi": _f(ListOf(PRESTASI, 100), "Prestasi.", "Achievements."),
        "kontak": _f(ListOf(KONTAK, 10), "Kontak yang boleh dipublikasikan.", "Publishable contacts."),
        "verifikasi": _f(VERIFIKASI, "Verifikasi oleh pembina: instansi dan tanggal; hanya diubah oleh pengelola wilayah.", "Verification by the coaching office: institution and date; changed only by the regency's maintainers."),
        "diperbarui": _f(Day(), "Tanggal terakhir profil diperiksa kebenarannya.", "Date the profile was last checked as true."),
    },
    required=("versi", "slug", "nama", "status", "wilayah", "diperbarui"),
)

# The regency's coach: an institution (its communication office, usually), never a person.
PEMBINA = Record(
    {
        "nama": _f(NAME, "Nama lembaga pembina, mis. Diskominfo Kabupaten Lampung Timur; bukan nama orang.",
                   "The coaching institution, e.g. the regency's communication office; never a person's name."),
        "email": _f(EMAIL, "Alamat e-mail lembaga.", "The institution's e-mail address."),
        "whatsapp": _f(WHATSAPP, 'Nomor WhatsApp layanan lembaga dalam tanda kutip, mis. "+62812xxxxxxxx".',
                       "The institution's WhatsApp service number, quoted, +62 form."),
    },
    required=("nama",),
    any_of=(("email", "whatsapp"),),
)

WILAYAH = Record(
    {
        "versi": VERSI,
        "contoh": _f(Flag(), "true bila pengaturan ini data contoh (pembina dan target rekaan), bukan pengaturan kabupaten/kota yang nyata.",
                     "true if these settings are sample (invented) data: an invented coach and target, not the regency's real ones."),
        "pembina": _f(PEMBINA, "Kontak lembaga pembina KIM di kabupaten/kota ini; formulir kontribusi menawarkannya.",
                      "The institutional contact of the regency's KIM coach; the contribution form offers it."),
        "target_kim": _f(Whole(1, 100_000), "Target jumlah KIM di kabupaten/kota ini.", "Target number of KIMs in the regency."),
        "target_tahun": _f(Whole(2000, 2100), "Tahun target itu hendak dicapai.", "The year the target is set for."),
    },
    required=("versi",),
    any_of=(("pembina", "target_kim"),),
    with_keys=(("target_tahun", ("target_kim",)),),
)


# A partner's contact: its office's or unit's, never a person's (partner files record no consent).
KONTAK_MITRA = Record(
    {
        "jenis": _f(Choice("kontak_jenis", only=("lembaga",), refused="partner-personal-contact"),
                    "Selalu lembaga: kontak kantor atau unit mitra, bukan kontak seseorang.",
                    "Always lembaga: the office's or unit's contact, never a person's."),
        "unit": _f(Text(120), "Unit yang dihubungi, mis. LPPM, TJSL, Humas.", "The unit to contact, e.g. its CSR office."),
        "email": _f(EMAIL, "Alamat e-mail lembaga.", "The institution's e-mail address."),
        "telepon": _f(Text(20, format="phone"), "Nomor telepon kantor dalam tanda kutip.", "Office phone number, quoted."),
        "whatsapp": _f(WHATSAPP, "Nomor WhatsApp layanan lembaga dalam tanda kutip.", "The institution's WhatsApp service number, quoted."),
    },
    required=("jenis",),
    any_of=(("email", "telepon", "whatsapp"),),
    refused=(("nama", "partner-contact-person"), ("peran", "partner-contact-person"),
             (CONSENT, "partner-contact-person")),
)

PROGRAM = Record(
    {
        "judul": _f(TITLE, "Nama program, mis. KKN tematik literasi digital.", "The programme's title."),
        "bidang": _f(ListOf(Choice("bidang"), 10, unique=True, min_items=1), "Bidang program.", "The programme's focus areas."),
        "bentuk": _f(Choice("bentuk_program"), "Bentuk dukungan.", "What kind of support it gives."),
        "kapasitas": _f(Whole(1, 10_000), "Berapa KIM yang dapat ikut.", "How many KIMs it can take."),
        "mulai": _f(Day(future=True), "Tanggal program dimulai.", "The day the programme starts."),
        "hingga": _f(Day(future=True), "Tanggal program berakhir; sesudahnya program ditampilkan sebagai ditutup.",
                     "The day it ends; after it the programme is shown as closed."),
        "syarat": _f(LONG, "Syarat bagi KIM (Markdown terbatas).", "What a KIM needs to take part (limited Markdown)."),
        "uraian": _f(LONG, "Uraian program (Markdown terbatas).", "Description (limited Markdown)."),
    },
    required=("judul", "bidang", "bentuk"),
)

MITRA = Record(
    {
        "versi": VERSI,
        "contoh": _f(Flag(), "true bila mitra ini data contoh (rekaan), bukan lembaga yang nyata.",
                     "true if this partner is sample (invented) data, not a real institution."),
        "slug": _f(Text(80, format="slug"), "Pengenal unik = nama berkas tanpa .yml.", "Unique id = file name without .yml."),
        "slug_lama": _f(ListOf(Text(80, format="slug"), 20, unique=True),
                        "Alamat lama mitra ini (opsional): setiap slug sebelum berkasnya berganti nama (pada ganti nama berikutnya, tambahkan ke daftar, jangan ganti isinya). Alamat /mitra/<slug lama>/ lalu mengarah ke halaman ini, dan KIM yang masih menulis slug lama di `slug_mitra` atau `dipenuhi_oleh` tetap tertaut ke mitra ini (dengan peringatan agar menulis slug barunya).",
                        "Former addresses of this partner (optional): each slug its file had before a rename (on a further rename, add to the list, do not replace it). /mitra/<old slug>/ then leads to this page, and KIMs still writing an old slug in `slug_mitra` or `dipenuhi_oleh` stay linked to this partner (with a warning to write its new slug)."),
        "nama": _f(NAME, "Nama lembaga, mis. Universitas Nusantara.", "The institution's name."),
        "jenis": _f(Choice("jenis_mitra"), "Jenis mitra.", "Kind of partner."),
        "wilayah_kerja": _f(ListOf(Text(13, format="area"), 50, unique=True, min_items=1, empty="empty-work-area"),
                            'Kode provinsi, kabupaten/kota atau kecamatan tempat mitra bekerja, dalam tanda kutip, mis. ["18.07", "18.10"]; tanpa ini: seluruh Indonesia.',
                            'Province, regency or district codes of the work area, quoted; without it: all of Indonesia.'),
        "deskripsi": _f(Text(5000, multiline=True, markdown=True),
                        "Tentang lembaga ini (Markdown terbatas).", "About the institution (limited Markdown)."),
        "situs": _f(Text(300, format="url"), "Alamat https:// situs lembaga.", "The institution's https:// website."),
        "program": _f(ListOf(PROGRAM, 30), "Program yang terbuka bagi KIM.", "Programmes KIMs can join."),
        "kontak": _f(ListOf(KONTAK_MITRA, 10), "Kontak lembaga (bukan kontak pribadi).", "Institutional contacts (never personal ones)."),
        "diperbarui": _f(Day(), "Tanggal terakhir berkas ini diperiksa kebenarannya.", "Date the file was last checked as true."),
    },
    required=("versi", "slug", "nama", "jenis", "diperbarui"),
)


# A KIM's: contacts go in `kontak`, where a personal one's consent is checked.
CONTACTS_IN_TEXT = ("phone-in-text", "email-in-text")


@dataclass(frozen=True)
class Kind:
    """One kind of data file: where it lives, its format, its JSON Schema's file name."""

    name: str
    record: Record
    where: str  # the path pattern, for people
    title: str  # of its JSON Schema and its part of the format reference
    schema: str  # file name under schema/ (and data/ on the site)
    # The message codes of a phone number and of an e-mail address found in free text: they
    # say where contacts go, which differs by kind (a partner file holds no personal contact).
    in_text: tuple[str, str] = CONTACTS_IN_TEXT


KINDS = {
    "kim": Kind("kim", KIM, "kims/<provinsi>/<kabupaten>/<slug>.yml",
                "Profil KIM (Kelompok Informasi Masyarakat)", "kim.schema.json"),
    "wilayah": Kind("wilayah", WILAYAH, "kims/<provinsi>/<kabupaten>/_wilayah.yml",
                    "Pengaturan kabupaten/kota (pembina dan target KIM)", "wilayah.schema.json"),
    "mitra": Kind("mitra", MITRA, "mitra/<slug>.yml", "Profil mitra KIM (lembaga dan programnya)", "mitra.schema.json",
                  ("partner-phone-in-text", "partner-email-in-text")),
}
# The file name of a regency's settings, inside its folder of KIM files.
SETTINGS_FILE = "_wilayah.yml"
