"""Every message a KIM administrator can see, in Bahasa Indonesia and English.

Codes are stable: tests, CI annotations and documentation refer to them. Each
message says what is wrong and how to fix it.
"""

from generator.format.catalogue_messages import CATALOGUE

MESSAGES: dict[str, tuple[str, str]] = {
    # reading the file
    "file-too-large": (
        "berkas berukuran {size} KB, melebihi batas {limit} KB; ringkas deskripsi dan daftar kegiatan",
        "the file is {size} KB, over the {limit} KB limit; shorten the description and activity list",
    ),
    "utf16": (
        "berkas tersimpan sebagai UTF-16; simpan ulang sebagai UTF-8",
        "the file is saved as UTF-16; save it again as UTF-8",
    ),
    "invalid-utf8": (
        "byte {byte} bukan UTF-8 yang sah; simpan ulang berkas sebagai UTF-8",
        "byte {byte} is not valid UTF-8; save the file again as UTF-8",
    ),
    "lone-cr": (
        "akhir baris berupa CR saja (format Mac lama); simpan ulang dengan akhir baris LF",
        "a line ends in a lone CR (old Mac format); save the file again with LF line ends",
    ),
    "nul-byte": (
        "berkas memuat byte NUL; ini bukan berkas teks, buat ulang berkasnya",
        "the file contains a NUL byte; it is not a text file, create it again",
    ),
    "invisible-char": (
        "ada karakter tak terlihat {char} yang dapat menyamarkan isi; hapus karakter itu",
        "there is an invisible character {char} that can disguise content; delete it",
    ),
    "line-separator": (
        "ada karakter pemisah baris Unicode {char}; YAML membacanya sebagai baris baru, ganti dengan pindah baris biasa",
        "there is a Unicode line separator {char}; YAML reads it as a line break, use an ordinary line break instead",
    ),
    "bidi-control": (
        "ada karakter pengatur arah teks {char} yang dapat menyamarkan isi; hapus karakter itu",
        "there is a text-direction control character {char} that can disguise content; delete it",
    ),
    "control-char": (
        "ada karakter kendali {char} yang tidak boleh ada dalam teks; hapus karakter itu",
        "there is a control character {char} that must not be in text; delete it",
    ),
    "conflict-marker": (
        "ada penanda konflik git (<<<<<<<, =======, >>>>>>>); selesaikan konflik lalu hapus penandanya",
        "there is a git conflict marker (<<<<<<<, =======, >>>>>>>); resolve the conflict and remove the markers",
    ),
    "tab-indent": (
        "indentasi memakai karakter tab; YAML hanya menerima spasi, ganti tab dengan dua spasi",
        "the indentation uses a tab; YAML accepts only spaces, replace the tab with two spaces",
    ),
    # YAML structure
    "yaml-syntax": ("{detail}", "{detail}"),
    "empty-file": (
        "berkas kosong; isi profil KIM (lihat contoh dengan `kim new`)",
        "the file is empty; fill in the KIM's profile (see an example with `kim new`)",
    ),
    "multiple-documents": (
        "berkas memuat lebih dari satu dokumen YAML (`---`); satu berkas hanya untuk satu KIM",
        "the file holds more than one YAML document (`---`); one file is for one KIM only",
    ),
    "root-not-mapping": (
        "isi berkas harus berupa kumpulan `kunci: nilai` (mis. `nama: KIM ...`), bukan {got}",
        "the file must be a set of `key: value` pairs (e.g. `nama: KIM ...`), not {got}",
    ),
    "too-many-nodes": (
        "berkas memuat lebih dari {limit} nilai; profil KIM tidak perlu sebesar ini",
        "the file holds more than {limit} values; a KIM profile never needs this many",
    ),
    "too-deep": (
        "struktur bersarang lebih dari {limit} tingkat; periksa indentasi",
        "nesting is deeper than {limit} levels; check the indentation",
    ),
    "too-many-items": (
        "daftar memuat lebih dari {limit} butir",
        "a list holds more than {limit} items",
    ),
    "yaml-alias": (
        "alias YAML (*{name}) tidak diizinkan; tulis nilainya secara lengkap",
        "YAML aliases (*{name}) are not allowed; write the value out in full",
    ),
    "yaml-anchor": (
        "anchor YAML (&{name}) tidak diizinkan; hapus tanda &{name}",
        "YAML anchors (&{name}) are not allowed; remove &{name}",
    ),
    "yaml-tag": (
        "tag YAML ({tag}) tidak diizinkan; hapus tag itu dan tulis nilainya saja",
        "YAML tags ({tag}) are not allowed; remove the tag and write the plain value",
    ),
    "yaml-merge-key": (
        "kunci gabungan YAML (<<) tidak diizinkan; tulis semua kunci secara langsung",
        "YAML merge keys (<<) are not allowed; write every key directly",
    ),
    "complex-key": (
        "kunci harus berupa teks sederhana",
        "keys must be plain text",
    ),
    "duplicate-key": (
        "kunci `{key}` sudah ada di baris {line}; gabungkan keduanya menjadi satu",
        "key `{key}` already appears on line {line}; merge the two into one",
    ),
    # keys and types
    "missing-key": (
        "kunci wajib `{key}` belum diisi",
        "the required key `{key}` is missing",
    ),
    "unknown-key-hint": (
        "kunci `{key}` tidak dikenal; mungkin maksudnya `{hint}`?",
        "unknown key `{key}`; did you mean `{hint}`?",
    ),
    "unknown-key": (
        "kunci `{key}` tidak dikenal; kunci yang boleh dipakai di sini: {allowed}",
        "unknown key `{key}`; the keys allowed here are: {allowed}",
    ),
    "empty-value": (
        "nilainya kosong; isi nilainya atau hapus baris ini",
        "the value is empty; fill it in or delete the line",
    ),
    "wrong-type": (
        "harus berupa {expected}, bukan {got}",
        "must be {expected}, not {got}",
    ),
    "expected-list-of-values": (
        "harus berupa daftar; tulis sebagai [{value}]",
        "must be a list; write it as [{value}]",
    ),
    "list-too-long": (
        "daftar memuat {count} butir, batasnya {limit}; simpan yang terpenting saja",
        "the list holds {count} items, the limit is {limit}; keep the most important ones",
    ),
    "list-too-short": (
        "daftar memuat {count} butir, paling sedikit {minimum}; tambahkan yang belum ditulis",
        "the list holds {count} items, the minimum is {minimum}; add what is missing",
    ),
    "duplicate-item": (
        "`{value}` sudah ada di daftar ini; hapus yang ganda",
        "`{value}` is already in this list; remove the duplicate",
    ),
    "unquoted": (
        "YAML membaca `{value}` sebagai angka, tanggal atau ya/tidak, bukan teks; beri tanda kutip: {quoted}",
        "YAML reads `{value}` as a number, a date or yes/no, not as text; put it in quotes: {quoted}",
    ),
    "too-long": (
        "teks terlalu panjang ({length} karakter, batas {limit}); persingkat",
        "the text is too long ({length} characters, limit {limit}); shorten it",
    ),
    "single-line": (
        "harus satu baris saja; hapus pindah barisnya",
        "must be a single line; remove the line break",
    ),
    "html": (
        "HTML tidak diizinkan; tulis teks biasa (deskripsi boleh memakai Markdown sederhana)",
        "HTML is not allowed; write plain text (descriptions may use simple Markdown)",
    ),
    "mixed-script": (
        "kata `{word}` mencampur huruf Latin dengan huruf dari aksara lain yang mirip; ketik ulang dengan huruf Latin",
        "the word `{word}` mixes Latin letters with look-alike letters of another script; retype it in Latin letters",
    ),
    "unknown-value-hint": (
        "`{value}` bukan nilai yang dikenal; mungkin maksudnya `{hint}`?",
        "`{value}` is not a known value; did you mean `{hint}`?",
    ),
    "unknown-value": (
        "`{value}` bukan nilai yang dikenal; pilih salah satu: {allowed}",
        "`{value}` is not a known value; choose one of: {allowed}",
    ),
    "needs-key": (
        "bila `{when}` bernilai `{value}`, kunci `{key}` wajib diisi",
        "when `{when}` is `{value}`, the key `{key}` is required",
    ),
    "needs-one-of": (
        "bila `{key}` bernilai `{value}`, isi salah satu dari: {need}",
        "when `{key}` is `{value}`, fill in one of: {need}",
    ),
    "needs-any": (
        "isi paling sedikit satu dari: {need}",
        "fill in at least one of: {need}",
    ),
    "needs-with": (
        "`{given}` diisi, maka `{key}` juga wajib diisi",
        "`{given}` is given, so `{key}` is required too",
    ),
    "consent-missing": (
        "kontak pribadi wajib punya `izin_publikasi`: tanggal orang ini memberi izin tertulis agar kontaknya ditampilkan (UU 27/2022); tanpa izin, hapus kontak ini",
        "a personal contact needs `izin_publikasi`: the date this person gave recorded consent to publish it (Indonesian law UU 27/2022); without consent, remove the contact",
    ),
    "name-without-consent": (
        "nama {jabatan} ditulis tanpa `izin_publikasi`; berkas ini dapat dibaca siapa saja, sama seperti situsnya, jadi nama hanya boleh ditulis dengan izin (UU 27/2022). Hapus `nama` dan tulis jabatannya saja, atau tambahkan `izin_publikasi` berisi tanggal orang itu memberi izin tertulis, mis. izin_publikasi: 2026-10-01",
        "the {jabatan}'s name is written without `izin_publikasi`; anyone can read this file, just as the site, so a name may only be written with consent (Indonesian law UU 27/2022). Remove `nama` and keep only `jabatan`, or add `izin_publikasi` with the date the person gave written consent, e.g. izin_publikasi: 2026-10-01",
    ),
    "role-in-org-contact": (
        "kontak lembaga adalah alamat atau nomor milik KIM, jadi tidak memuat peran seseorang; hapus `peran`, atau bila ini kontak seseorang, tulis `jenis: pribadi` dengan `nama` dan `izin_publikasi` berisi tanggal orang itu memberi izin tertulis",
        "a lembaga contact is the KIM's own address or number, so it holds no person's role; remove `peran`, or if this is a person's contact, write `jenis: pribadi` with `nama` and `izin_publikasi`, the date the person gave written consent",
    ),
    "name-in-org-contact": (
        "kontak lembaga adalah alamat atau nomor milik KIM, jadi tidak memuat nama orang; hapus `nama`, atau bila ini kontak seseorang, tulis `jenis: pribadi` dengan `izin_publikasi` berisi tanggal orang itu memberi izin tertulis",
        "a lembaga contact is the KIM's own address or number, so it holds no person's name; remove `nama`, or if this is a person's contact, write `jenis: pribadi` with `izin_publikasi`, the date the person gave written consent",
    ),
    "contact-not-role-holder": (
        "kontak pribadi ini untuk {peran}, tetapi `pengurus` mencantumkan orang lain sebagai {peran}; data pengurus yang berganti atau keluar dihapus dari situs. Hapus kontak ini bila orangnya tidak lagi menjabat, atau tulis di `peran` jabatannya sekarang",
        "this personal contact is the {peran}'s, but `pengurus` names someone else as {peran}; the data of board members who changed or left is removed from the site. Remove this contact if its person no longer holds the post, or write their current post in `peran`",
    ),
    "mobile-in-org-contact": (
        "`{value}` adalah nomor ponsel; pastikan ini nomor milik KIM, bukan nomor pribadi seseorang. Nomor pribadi ditulis sebagai kontak `jenis: pribadi` dengan `izin_publikasi`",
        "`{value}` is a mobile number; make sure it belongs to the KIM, not to a person. A personal number goes in a `jenis: pribadi` contact with `izin_publikasi`",
    ),
    "phone-in-text": (
        "`{value}` tampak seperti nomor telepon; hapus dari teks ini dan tulis nomor di `kontak`, tempat izin publikasinya diperiksa",
        "`{value}` looks like a phone number; remove it from this text and put numbers in `kontak`, where consent to publish them is checked",
    ),
    "email-in-text": (
        "`{value}` adalah alamat e-mail; hapus dari teks ini dan tulis alamat e-mail di `kontak`, tempat izin publikasinya diperiksa",
        "`{value}` is an e-mail address; remove it from this text and put e-mail addresses in `kontak`, where consent to publish them is checked",
    ),
    "draft-mark-left": (
        "berkas ini masih bertanda draf dari formulir kontribusi (`# DRAF: …`), yang belum lolos pemeriksaannya; periksa dan perbaiki isinya, lalu hapus baris tanda draf itu: berkas terbit apa adanya, komentar juga",
        "this file still carries the contribution form's draft mark (`# DRAF: …`): it had not passed the form's checks; check and correct it, then remove the draft mark's lines, as the file is published as written, comments too",
    ),
    "contact-in-comment": (
        "komentar ini memuat `{value}`, sebuah nomor telepon atau alamat e-mail; komentar ikut terbit bersama berkas yang terbuka untuk umum, jadi hapus dari komentar",
        "this comment holds `{value}`, a phone number or e-mail address; comments are published with the file, which is open to all, so remove it from the comment",
    ),
    # a person named where no consent is recorded (names.py)
    "person-in-text": (
        "teks ini tampaknya menyebut nama orang (`{value}`); teks ikut terbit di halaman dan berkas data terbuka, dan nama seseorang hanya boleh tampil dengan izin yang tercatat: tulis perannya saja (mis. sekretaris, kader posyandu), atau catat orangnya di `pengurus` dengan `izin_publikasi`. Bila ini bukan nama orang, abaikan peringatan ini",
        "this text seems to name a person (`{value}`); texts are published on the pages and in the open data files, and a person's name may only appear with recorded consent: write the role instead (e.g. secretary, health volunteer), or list the person in `pengurus` with `izin_publikasi`. If it is no person's name, ignore this warning",
    ),
    "person-in-comment": (
        "komentar ini tampaknya menyebut nama orang (`{value}`); komentar ikut terbit bersama berkas yang terbuka untuk umum, dan nama seseorang hanya boleh tampil dengan izin yang tercatat: tulis perannya saja (mis. \"sekretaris lama keluar\"). Bila ini bukan nama orang, abaikan peringatan ini",
        "this comment seems to name a person (`{value}`); comments are published with the file, which is open to all, and a person's name may only appear with recorded consent: write the role instead (e.g. \"former secretary left\"). If it is no person's name, ignore this warning",
    ),
    "unconsented-name-in-text": (
        "teks ini menyebut nama yang tertulis di `{field}` tanpa `izin_publikasi`; nama seseorang hanya boleh tampil dengan izin yang tercatat, jadi hapus namanya dari teks ini dan tulis perannya saja",
        "this text names the person `{field}` lists without `izin_publikasi`; a person's name may only appear with recorded consent, so remove the name from this text and write the role instead",
    ),
    "listed-name-in-text": (
        "teks ini menyebut nama yang tertulis di `{field}`; teks ikut terbit di berkas data terbuka gabungan (mis. kims.json), yang tidak dicakup izin publikasi dan tidak pernah memuat nama pengurus: tulis perannya saja, mis. \"ketua KIM\"",
        "this text names the person `{field}` lists; texts go into the combined open data files (e.g. kims.json), which the consent to publish does not cover and which never hold a board member's name: write the role instead, e.g. \"the KIM's chair\"",
    ),
    "unconsented-name-in-comment": (
        "komentar ini menyebut nama yang tertulis di `{field}` tanpa `izin_publikasi`; komentar ikut terbit bersama berkas, dan nama seseorang hanya boleh tampil dengan izin yang tercatat, jadi hapus namanya dari komentar dan tulis perannya saja",
        "this comment names the person `{field}` lists without `izin_publikasi`; comments are published with the file, and a person's name may only appear with recorded consent, so remove the name from the comment and write the role instead",
    ),
    # an ID number, in any kind of file: nowhere is it to be published
    "nik-in-text": (
        "`{value}` tampak seperti NIK atau nomor KK (nomor KTP atau Kartu Keluarga; NPWP 16 angka milik perorangan juga NIK-nya) dan tidak boleh dimuat: berkas dan situs ini terbuka untuk umum, dan nomor itu dapat disalahgunakan atas nama pemiliknya; hapus nomornya",
        "`{value}` looks like a NIK or KK number (the number of an identity card or family card; a person's 16-digit NPWP is their NIK too) and must not be published: this file and the site are open to all, and the number can be misused in its owner's name; remove the number",
    ),
    "nik-shaped-account": (
        "`{value}` ditulis sebagai nomor rekening, virtual account, QRIS atau registrasi, tetapi bentuknya sama dengan NIK atau nomor KK (16 angka: kode provinsi, kabupaten dan kecamatan, lalu tanggal) sehingga tidak dapat dibedakan dari NIK; nomor seperti ini tidak dimuat, agar tidak ada NIK yang tersembunyi di balik kata semacam itu. Hapus nomornya: untuk donasi, sebutkan bank dan nama pemilik rekening saja dan minta donatur menghubungi kontak yang tercantum di berkas ini, atau tautkan halaman donasi resmi",
        "`{value}` is written as an account, virtual account, QRIS or registration number, but it has the shape of a NIK or KK number (16 digits: a province's, regency's and district's code, then a date), so it cannot be told from a NIK; such numbers are not published, so that no NIK hides behind such a word. Remove the number: for donations, name the bank and the account holder only and ask donors to get in touch through the contact this file lists, or link an official donation page",
    ),
    "nik-in-comment": (
        "komentar ini memuat `{value}`, yang tampak seperti NIK atau nomor KK (nomor KTP atau Kartu Keluarga); komentar ikut terbit bersama berkas yang terbuka untuk umum, jadi hapus nomornya",
        "this comment holds `{value}`, which looks like a NIK or KK number (the number of an identity card or family card); comments are published with the file, which is open to all, so remove the number",
    ),
    # the same in a partner file, which lists only the institution's own contacts
    "partner-phone-in-text": (
        "`{value}` tampak seperti nomor telepon; hapus dari teks ini. Nomor kantor atau unit lembaga ditulis di `kontak` dengan `jenis: lembaga`; nomor pribadi seseorang tidak dicantumkan di berkas mitra",
        "`{value}` looks like a phone number; remove it from this text. The number of the institution's office or unit goes in `kontak` with `jenis: lembaga`; a person's own number is not listed in a partner file",
    ),
    "partner-email-in-text": (
        "`{value}` adalah alamat e-mail; hapus dari teks ini. Alamat e-mail kantor atau unit lembaga ditulis di `kontak` dengan `jenis: lembaga`; alamat pribadi seseorang tidak dicantumkan di berkas mitra",
        "`{value}` is an e-mail address; remove it from this text. The address of the institution's office or unit goes in `kontak` with `jenis: lembaga`; a person's own address is not listed in a partner file",
    ),
    "partner-site-contact": (
        "alamat situs ini memuat nomor telepon atau alamat e-mail `{value}`; tulis di sini alamat situs lembaga. Nomor atau alamat e-mail kantor atau unit lembaga ditulis di `kontak` dengan `jenis: lembaga`; kontak pribadi seseorang tidak dicantumkan di berkas mitra",
        "this site address holds the phone number or e-mail address `{value}`; write the institution's website here. The number or address of the institution's office or unit goes in `kontak` with `jenis: lembaga`; a person's own contact is not listed in a partner file",
    ),
    # numbers and dates
    "quoted-number": (
        "`{value}` ditulis dalam tanda kutip sehingga terbaca sebagai teks; hapus tanda kutipnya",
        "`{value}` is in quotes, so it reads as text; remove the quotes",
    ),
    "must-equal": (
        "nilainya harus {minimum}, bukan `{value}`",
        "the value must be {minimum}, not `{value}`",
    ),
    "expected-whole": (
        "`{value}` bukan bilangan bulat; tulis angka saja tanpa tanda kutip, mis. 18",
        "`{value}` is not a whole number; write digits only, without quotes, e.g. 18",
    ),
    "expected-flag": (
        "`{value}` bukan nilai ya/tidak yang sah; tulis true atau false tanpa tanda kutip",
        "`{value}` is not a valid yes/no value; write true or false, without quotes",
    ),
    "expected-decimal": (
        "`{value}` bukan angka desimal; tulis tanpa tanda kutip, mis. -5.092",
        "`{value}` is not a decimal number; write it without quotes, e.g. -5.092",
    ),
    "not-a-number": (
        "`{value}` bukan angka yang sah; tulis koordinat sebagai angka, mis. -5.092",
        "`{value}` is not a real number; write the coordinate as a number, e.g. -5.092",
    ),
    "out-of-range": (
        "`{value}` di luar rentang yang sah; isi angka {minimum} sampai {maximum}",
        "`{value}` is outside the valid range; write a number from {minimum} to {maximum}",
    ),
    "coordinates-swapped": (
        "`{value}` tampak seperti bujur; lintang dan bujur tertukar (lintang Indonesia antara {minimum} dan {maximum})",
        "`{value}` looks like a longitude; latitude and longitude are swapped (Indonesia's latitude is between {minimum} and {maximum})",
    ),
    "point-too-precise": (
        "titik ini bukan tempat umum, jadi tulis paling banyak {places} angka di belakang koma "
        "(sekitar 100 m), mis. {example}: sekretariat di rumah pengurus tidak boleh bisa ditemukan "
        "dari berkas yang terbuka untuk umum; bila titik ini balai desa atau tempat umum lain, "
        "tambahkan `tempat_umum: true`",
        "this point is not a public place, so write at most {places} decimals (about 100 m), "
        "e.g. {example}: a secretariat in a board member's house must not be found from a public "
        "file; if the point is a village hall or another public place, add `tempat_umum: true`",
    ),
    "bad-date-format": (
        "`{value}` bukan tanggal berformat tahun-bulan-tanggal, mis. 2026-10-02",
        "`{value}` is not a date in YYYY-MM-DD form, e.g. 2026-10-02",
    ),
    "year-or-date": (
        "`{value}` bukan tahun (mis. 2016) atau tanggal tahun-bulan-tanggal (mis. 2016-04-10)",
        "`{value}` is not a year (e.g. 2016) or a YYYY-MM-DD date",
    ),
    "bad-year": (
        "`{value}` bukan tahun empat angka, mis. 2024",
        "`{value}` is not a four-digit year, e.g. 2024",
    ),
    "impossible-date": (
        "tanggal `{value}` tidak ada di kalender; periksa bulan dan tanggalnya",
        "the date `{value}` does not exist; check the month and day",
    ),
    "future-date": (
        "tanggal `{value}` masih di masa depan (hari ini {today}); isi tanggal yang sudah terjadi",
        "the date `{value}` is in the future (today is {today}); use a date that has passed",
    ),
    "date-too-old": (
        "tanggal `{value}` terlalu lampau (sebelum 1945); periksa tahunnya",
        "the date `{value}` is too early (before 1945); check the year",
    ),
    # formats
    "bad-slug": (
        "slug `{value}` hanya boleh berisi huruf kecil a-z, angka dan tanda hubung, 3 sampai 80 karakter, mis. sinar-harapan-pekalongan",
        "slug `{value}` may only hold lowercase a-z, digits and hyphens, 3 to 80 characters, e.g. sinar-harapan-pekalongan",
    ),
    "bad-email": (
        "`{value}` bukan alamat e-mail yang sah; tulis alamat lengkap, mis. nama@domain.go.id",
        "`{value}` is not a valid e-mail address; write the whole address, e.g. nama@domain.go.id",
    ),
    "bad-phone": (
        "`{value}` bukan nomor telepon yang sah; tulis angka saja dalam tanda kutip, mis. {hint}",
        "`{value}` is not a valid phone number; write digits only, in quotes, e.g. {hint}",
    ),
    "bad-whatsapp": (
        "`{value}` bukan nomor WhatsApp yang sah; tulis dengan kode negara +62 dalam tanda kutip, mis. {hint}",
        "`{value}` is not a valid WhatsApp number; write it with the +62 country code, in quotes, e.g. {hint}",
    ),
    "url-dangerous": (
        "tautan `{value}` berbahaya dan tidak diizinkan; gunakan alamat yang diawali https://",
        "the link `{value}` is dangerous and not allowed; use an address starting with https://",
    ),
    "url-characters": (
        "tautan `{value}` memuat spasi atau karakter yang tidak diizinkan; salin ulang alamatnya",
        "the link `{value}` holds spaces or characters that are not allowed; copy the address again",
    ),
    "url-scheme": (
        "tautan `{value}` harus diawali https://",
        "the link `{value}` must start with https://",
    ),
    "url-host": (
        "tautan `{value}` tidak memuat nama situs yang sah",
        "the link `{value}` has no valid site name",
    ),
    "url-userinfo": (
        "tautan `{value}` memuat tanda @ sebelum nama situs, cara umum menyamarkan tujuan tautan; tulis alamat situsnya langsung",
        "the link `{value}` has an @ before the site name, a common way to disguise where it leads; write the site address directly",
    ),
    "url-http": (
        "tautan memakai http:// yang tidak aman; gunakan {https} bila situsnya mendukung",
        "the link uses insecure http://; use {https} if the site supports it",
    ),
    "markdown-link": (
        "tautan `{value}` di dalam teks tidak diizinkan; gunakan alamat yang diawali https://",
        "the link `{value}` in the text is not allowed; use an address starting with https://",
    ),
    "media-contact": (
        "tautan media ini memuat nomor telepon atau alamat e-mail `{value}`; tautan media tampil untuk umum tanpa pemeriksaan izin, jadi tulis nomor atau alamat itu di `kontak` (kontak lembaga, atau kontak pribadi dengan izin publikasi) dan pakai tautan grup, saluran atau halaman di sini",
        "this media link holds the phone number or e-mail address `{value}`; media links are published without a consent check, so put the number or address in `kontak` (the KIM's own contact, or a person's with consent to publish) and link a group, channel or page here",
    ),
    "media-host": (
        "tautan {kind} mengarah ke `{host}`, bukan situs {kind} yang asli ({expected})",
        "the {kind} link points at `{host}`, not at the real {kind} site ({expected})",
    ),
    # links that hide where they lead
    "url-redirect": (
        "tautan `{value}` lewat pengalih tautan milik platform, yang menyembunyikan alamat tujuan sebenarnya; "
        "buka tautan itu, lalu salin alamat tujuan aslinya dari bilah alamat peramban",
        "the link `{value}` goes through a platform's link redirector, which hides where it really leads; "
        "open the link, then copy the real destination address from the browser's address bar",
    ),
    "url-punycode": (
        "nama situs `{host}` memuat bagian berawalan xn-- (huruf non-Latin dalam bentuk sandi) yang dapat meniru "
        "nama situs lain; pastikan situsnya benar, sebaiknya salin ulang alamat tujuan aslinya dari situs resminya",
        "the site name `{host}` has a part starting with xn-- (non-Latin letters in coded form) that can imitate "
        "another site's name; make sure it is the right site, preferably by copying the address again "
        "from its official site",
    ),
    # regions, files and the whole catalogue
    **CATALOGUE,
    # agreeing with editors: what YAML 1.2 readers (and YAML 1.1 ones) would read differently
    "noncharacter": (
        "ada karakter {char} yang tidak pernah dipakai dalam teks (noncharacter Unicode), biasanya sisa salin-tempel atau berkas rusak; hapus karakter itu",
        "there is a character {char} that is never used in text (a Unicode noncharacter), usually left over from copy and paste or a damaged file; delete it",
    ),
    "comment-space": (
        "tanda # komentar harus didahului spasi; tanpa spasi, editor dan program YAML lain tidak dapat membaca berkas ini",
        "a comment's # must follow a space; without one, editors and other YAML programs cannot read this file",
    ),
    "flow-indent": (
        "baris ini melanjutkan kurung yang dibuka di baris {line}, jadi harus menjorok lebih dalam daripada kunci atau tanda '-' pemiliknya; tambahkan spasi di awal baris (tanpa itu editor dan program YAML lain menolaknya)",
        "this line goes on with the brackets opened on line {line}, so it must be indented more than the key or '-' they belong to; add spaces at the start of the line (editors and other YAML programs refuse it otherwise)",
    ),
    "quote-indent": (
        "teks dalam tanda kutip dari baris {line} berlanjut ke baris ini tanpa menjorok; bila tanda kutip penutupnya terlupa, tutup di baris {line}, bila tidak, tambahkan spasi di awal baris ini",
        "the quoted text of line {line} goes on to this line without indentation; if its closing quote was forgotten, close it on line {line}, otherwise add spaces at the start of this line",
    ),
    "leading-zero": (
        "`{value}` diawali angka 0, yang dibaca berbeda oleh tiap program (017 bisa menjadi 15); tulis tanpa 0 di depan: {number}",
        "`{value}` starts with a 0, which programs read differently (017 can become 15); write it without the leading 0: {number}",
    ),
}
