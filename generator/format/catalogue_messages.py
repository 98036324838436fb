"""The messages about regions, files and the catalogue as a whole (partners, slugs,
fulfilled needs, work areas), in Bahasa Indonesia and English: a part of
`messages.MESSAGES`, kept apart for its size."""

CATALOGUE: dict[str, tuple[str, str]] = {
    "bad-region": (
        '`{value}` bukan kode wilayah desa/kelurahan; tulis kode Kemendagri dalam tanda kutip, mis. "18.07.04.2001"',
        '`{value}` is not a village code; write the Kemendagri code in quotes, e.g. "18.07.04.2001"',
    ),
    "region-name": (
        "`{value}` adalah nama, bukan kode wilayah; desa/kelurahan yang cocok: {hint}",
        "`{value}` is a name, not a region code; matching villages: {hint}",
    ),
    "unknown-region-part": (
        "kode `{value}` tidak ada di daftar resmi Kemendagri (bagian `{part}` tidak dikenal); kode terdekat: {hint}. Bila desa/kelurahan ini baru (pemekaran) dan belum ada di daftar, kode-kode itu bukan kodenya: jangan dipakai, minta pengelola direktori memperbarui daftar wilayah (README.md, bagian \"Region data\")",
        "code `{value}` is not in the official Kemendagri list (part `{part}` is unknown); nearest codes: {hint}. If this village is new (split from another) and not in the list yet, those codes are not its code: do not use them, ask the directory's maintainers to update the region list (README.md, section \"Region data\")",
    ),
    "unknown-village": (
        "kode `{value}` tidak ada di daftar resmi Kemendagri untuk {district_word} {district}; kode terdekat: {hint}. Bila {villages} ini baru (pemekaran) dan belum ada di daftar, kode-kode itu bukan kodenya: jangan dipakai, minta pengelola direktori memperbarui daftar wilayah (README.md, bagian \"Region data\")",
        "code `{value}` is not in the official Kemendagri list for the district {district}; nearest codes: {hint}. If this village is new (split from another) and not in the list yet, those codes are not its code: do not use them, ask the directory's maintainers to update the region list (README.md, section \"Region data\")",
    ),
    "folder-mismatch": (
        "kode wilayah {code} berarti berkas ini harus ada di folder kims/{expected}, bukan {actual}; pindahkan berkasnya",
        "region code {code} means this file belongs in the folder kims/{expected}, not {actual}; move the file",
    ),
    "settings-folder": (
        "berkas _wilayah.yml berisi pengaturan satu kabupaten/kota, jadi harus ada di folder kabupaten/kotanya, mis. kims/18/18.07/; {folder} bukan folder kabupaten/kota. Pindahkan berkasnya",
        "a _wilayah.yml file holds the settings of one regency, so it belongs in that regency's folder, e.g. kims/18/18.07/; {folder} is not a regency folder. Move the file",
    ),
    "settings-unknown-regency": (
        "folder {code} bukan kode kabupaten/kota dalam daftar resmi Kemendagri; kode terdekat: {hint}",
        "the folder {code} is not a regency code of the official Kemendagri list; nearest codes: {hint}",
    ),
    "mobile-in-institution": (
        "`{value}` adalah nomor ponsel; pastikan ini nomor layanan milik lembaga, bukan nomor pribadi seorang petugas",
        "`{value}` is a mobile number; make sure it is the institution's own service number, not an officer's personal one",
    ),
    "free-mail-in-institution": (
        "`{value}` adalah alamat layanan e-mail gratis; pastikan ini alamat kantor atau unit, bukan alamat pribadi seorang petugas",
        "`{value}` is an address at a free mail service; make sure it is the office's or unit's, not an officer's personal one",
    ),
    "person-in-unit": (
        "`unit` tampaknya memuat nama orang (`{value}`); tulis nama unit atau kantornya saja (mis. LPPM, TJSL, Humas). Bila ini memang nama unit, abaikan peringatan ini",
        "`unit` seems to hold a person's name (`{value}`); write the unit's or office's name only (e.g. LPPM, CSR, public relations). If it is a unit's name, ignore this warning",
    ),
    "person-in-partner-text": (
        "teks ini tampaknya menyebut nama orang (`{value}`), padahal berkas mitra tidak mencatat orang; sebut unit atau kantornya saja (mis. LPPM, TJSL), dengan kontak lembaganya di `kontak`. Bila ini bukan nama orang, abaikan peringatan ini",
        "this text seems to name a person (`{value}`), but partner files record no person; name the unit or office only (e.g. LPPM, CSR), with its institutional contact in `kontak`. If it is no person's name, ignore this warning",
    ),
    "bad-area": (
        "`{value}` bukan kode wilayah kerja; tulis kode provinsi (mis. \"18\"), kabupaten/kota (\"18.07\") atau kecamatan (\"18.07.04\") dari daftar Kemendagri, dalam tanda kutip",
        "`{value}` is not a work-area code; write a province (e.g. \"18\"), regency (\"18.07\") or district (\"18.07.04\") code of the Kemendagri list, quoted",
    ),
    "area-name": (
        "`{value}` adalah nama, bukan kode wilayah kerja; tulis kodenya dalam tanda kutip. Wilayah yang cocok: {hint}",
        "`{value}` is a name, not a work-area code; write its code, quoted. Matching regions: {hint}",
    ),
    "area-village": (
        "`{value}` adalah kode desa/kelurahan; wilayah kerja paling rinci sampai kecamatan: tulis kode kecamatannya, \"{code}\" ({name})",
        "`{value}` is a village code; a work area goes down to districts at most: write its district's code, \"{code}\" ({name})",
    ),
    "area-undotted": (
        "`{value}` ditulis tanpa titik atau tanpa angka 0 di depan bagian-bagiannya (seperti kode BPS); kode Kemendagri-nya \"{code}\" ({name}): tulis itu, dalam tanda kutip",
        "`{value}` is written without the dots or the leading zeros of its parts (as BPS codes are); its Kemendagri code is \"{code}\" ({name}): write that, quoted",
    ),
    "area-within": (
        "`{value}` ({name}) terletak di dalam `{outer}` ({outer_name}), yang juga ada di daftar ini; hapus salah satunya: `{outer}` saja sudah mencakup seluruhnya, `{value}` saja membatasi wilayah kerja ke {name}",
        "`{value}` ({name}) lies within `{outer}` ({outer_name}), which is in this list too; remove one of them: `{outer}` alone covers all of it, `{value}` alone keeps the work area to {name}",
    ),
    "empty-work-area": (
        "daftar wilayah kerja kosong; tulis kode provinsi, kabupaten/kota atau kecamatan tempat mitra bekerja, mis. [\"18.07\"], atau hapus baris `wilayah_kerja` bila mitra bekerja di seluruh Indonesia",
        "the work-area list is empty; write the province, regency or district codes where the partner works, e.g. [\"18.07\"], or delete the `wilayah_kerja` line if the partner works all over Indonesia",
    ),
    "unknown-area": (
        "kode `{value}` tidak ada di daftar resmi Kemendagri; kode terdekat: {hint}",
        "code `{value}` is not in the official Kemendagri list; nearest codes: {hint}",
    ),
    "unknown-area-far": (
        "kode `{value}` tidak ada di daftar resmi Kemendagri, begitu pula wilayah di atasnya; periksa setiap bagian kodenya",
        "code `{value}` is not in the official Kemendagri list, nor is the region above it; check each part of the code",
    ),
    "programme-dates": (
        "program berakhir (`hingga` {hingga}) sebelum dimulai (`mulai` {mulai}); periksa kedua tanggal",
        "the programme ends (`hingga` {hingga}) before it starts (`mulai` {mulai}); check both dates",
    ),
    "programme-ended": (
        "program ini sudah berakhir pada {hingga} dan tidak lagi tampil sebagai program terbuka di papan kemitraan; bila program masih berjalan, undur tanggal `hingga`, bila tidak, biarkan sebagai catatan",
        "this programme ended on {hingga} and no longer shows as open on the partnership board; if it still runs, move `hingga` later, otherwise leave it as a record",
    ),
    "partner-personal-contact": (
        "mitra hanya mencantumkan kontak lembaga (kantor atau unitnya), bukan kontak pribadi seseorang; tulis `jenis: lembaga` dengan e-mail atau nomor kantor",
        "a partner lists only institutional contacts (its office's or unit's), never a person's; write `jenis: lembaga` with the office's e-mail or number",
    ),
    "partner-contact-person": (
        "kontak mitra adalah kontak lembaga, jadi tidak memuat nama, jabatan atau izin seseorang; hapus `{key}`, dan bila perlu tulis nama unitnya di `unit` (mis. LPPM, TJSL)",
        "a partner's contact is the institution's, so it holds no person's name, role or consent; remove `{key}`, and name the unit in `unit` if needed (e.g. its CSR office)",
    ),
    "duplicate-partner-slug": (
        "slug `{slug}` sudah dipakai oleh mitra lain ({other}); pilih slug lain, mis. tambahkan nama unit atau kotanya",
        "slug `{slug}` is already used by another partner ({other}); choose another, e.g. add the unit's or the city's name",
    ),
    "slug-filename": (
        "slug `{slug}` harus sama dengan nama berkas `{file}` tanpa .yml; samakan keduanya",
        "slug `{slug}` must equal the file name `{file}` without .yml; make them the same",
    ),
    "duplicate-slug": (
        "slug `{slug}` sudah dipakai oleh {other}; pilih slug lain, mis. tambahkan nama desa",
        "slug `{slug}` is already used by {other}; choose another, e.g. add the village name",
    ),
    # former addresses (`slug_lama`): a renamed KIM's old slug, a merged KIM's slug
    "former-slug-in-use": (
        "`{slug}` masih menjadi slug {other}. Bila KIM itu berganti nama atau bergabung ke KIM ini, hapus berkas {other} dalam perubahan yang sama: alamatnya lalu mengarah ke sini. Bila {other} KIM lain yang tetap memakai alamatnya, hapus `{slug}` dari `slug_lama` berkas ini",
        "`{slug}` is still the slug of {other}. If that KIM was renamed or merged into this one, delete {other} in the same change: its address then leads here. If {other} is a different KIM that keeps its address, remove `{slug}` from this file's `slug_lama`",
    ),
    "former-slug-in-use-unknown": (
        "`{slug}` adalah alamat lama KIM ini ({this}, `slug_lama`), tetapi juga slug {other}, dan satu alamat tidak dapat mengarah ke keduanya. Bila {other} KIM baru, KIM itu memilih slug lain (ganti nama berkas dan `slug`-nya), agar kode QR KIM ini yang sudah dicetak tetap berlaku; bila alamat lama KIM ini memang dilepas, hapus `{slug}` dari `slug_lama` berkas ini",
        "`{slug}` is a former address of this KIM ({this}, `slug_lama`), but also the slug of {other}, and one address cannot lead to both. If {other} is a new KIM, it chooses another slug (rename its file and `slug`), so that this KIM's printed QR codes keep working; if this KIM's former address is truly to be given up, remove `{slug}` from this file's `slug_lama`",
    ),
    "former-slug-own": (
        "`{slug}` adalah slug KIM ini sendiri, dan slug sekarang tidak dapat sekaligus menjadi alamat lamanya: hapus `{slug}` dari `slug_lama`",
        "`{slug}` is this KIM's own slug, and a KIM's current slug cannot also be its former address: remove `{slug}` from `slug_lama`",
    ),
    "former-slug-taken": (
        "`{slug}` sudah menjadi alamat lama {other}; satu alamat lama hanya mengarah ke satu KIM, jadi hapus `{slug}` dari salah satu berkas",
        "`{slug}` is already a former address of {other}; a former address leads to one KIM only, so remove `{slug}` from one of the files",
    ),
    "slug-is-former": (
        "slug `{slug}` adalah alamat lama {other} (`slug_lama`) dan mengarah ke KIM itu; pilih slug lain, mis. tambahkan nama desa",
        "slug `{slug}` is a former address of {other} (`slug_lama`) and leads to that KIM; choose another, e.g. add the village name",
    ),
    # a partner file's former addresses (`slug_lama`), as a KIM file's above
    "partner-former-slug-in-use": (
        "`{slug}` masih menjadi slug {other}. Bila mitra itu berganti nama menjadi mitra ini, hapus berkas {other} dalam perubahan yang sama: alamatnya lalu mengarah ke sini. Bila {other} mitra lain yang tetap memakai alamatnya, hapus `{slug}` dari `slug_lama` berkas ini",
        "`{slug}` is still the slug of {other}. If that partner was renamed to this one, delete {other} in the same change: its address then leads here. If {other} is a different partner that keeps its address, remove `{slug}` from this file's `slug_lama`",
    ),
    "partner-former-slug-in-use-unknown": (
        "`{slug}` adalah alamat lama mitra ini ({this}, `slug_lama`), tetapi juga slug {other}, dan satu alamat tidak dapat mengarah ke keduanya. Bila {other} mitra baru, mitra itu memilih slug lain (ganti nama berkas dan `slug`-nya), agar tautan lama ke mitra ini tetap berlaku; bila alamat lama mitra ini memang dilepas, hapus `{slug}` dari `slug_lama` berkas ini",
        "`{slug}` is a former address of this partner ({this}, `slug_lama`), but also the slug of {other}, and one address cannot lead to both. If {other} is a new partner, it chooses another slug (rename its file and `slug`), so that old links to this partner keep working; if this partner's former address is truly to be given up, remove `{slug}` from this file's `slug_lama`",
    ),
    "partner-former-slug-own": (
        "`{slug}` adalah slug mitra ini sendiri, dan slug sekarang tidak dapat sekaligus menjadi alamat lamanya: hapus `{slug}` dari `slug_lama`",
        "`{slug}` is this partner's own slug, and a partner's current slug cannot also be its former address: remove `{slug}` from `slug_lama`",
    ),
    "partner-former-slug-taken": (
        "`{slug}` sudah menjadi alamat lama {other}; satu alamat lama hanya mengarah ke satu mitra, jadi hapus `{slug}` dari salah satu berkas",
        "`{slug}` is already a former address of {other}; a former address leads to one partner only, so remove `{slug}` from one of the files",
    ),
    "partner-slug-is-former": (
        "slug `{slug}` adalah alamat lama {other} (`slug_lama`) dan mengarah ke mitra itu; pilih slug lain, mis. tambahkan nama unit atau kotanya",
        "slug `{slug}` is a former address of {other} (`slug_lama`) and leads to that partner; choose another, e.g. add the unit's or the city's name",
    ),
    "partner-renamed": (
        "`{slug}` adalah alamat lama mitra `{new}` (mitra/{new}.yml, `slug_lama`): berkas mitranya berganti nama. Tautan ini masih mengarah ke mitra itu; tulis slug barunya, `{new}`",
        "`{slug}` is a former address of the partner `{new}` (mitra/{new}.yml, `slug_lama`): its file was renamed. This link still leads to that partner; write its new slug, `{new}`",
    ),
    "unknown-partner-hint": (
        "`{slug}` bukan slug berkas mitra yang ada (mitra/{slug}.yml tidak ditemukan); mungkin maksudnya `{hint}`?",
        "`{slug}` is not the slug of an existing partner file (mitra/{slug}.yml was not found); did you mean `{hint}`?",
    ),
    "unknown-partner": (
        "`{slug}` bukan slug berkas mitra yang ada (mitra/{slug}.yml tidak ditemukan); tulis slug mitra yang memenuhi kebutuhan ini persis seperti nama berkasnya, atau tambahkan dulu berkas mitranya",
        "`{slug}` is not the slug of an existing partner file (mitra/{slug}.yml was not found); write the slug of the partner that fulfilled this need exactly as its file is named, or add the partner's file first",
    ),
    "fulfilled-but-open": (
        "`{key}` hanya diisi bila kebutuhan ini sudah terpenuhi, tetapi statusnya `{status}`; tulis `status: terpenuhi`, atau hapus `{key}` bila kebutuhan ini belum terpenuhi",
        "`{key}` is only written when this need has been fulfilled, but its status is `{status}`; write `status: terpenuhi`, or remove `{key}` if the need is not fulfilled yet",
    ),
    "sk-village-level": (
        "{village} ({code}) adalah {expected}, jadi SK tingkat desa/kelurahan ditulis `{expected}`, bukan `{value}`",
        "{village} ({code}) is a {expected}, so a village-level SK says `{expected}`, not `{value}`",
    ),
    "sk-regency-level": (
        "{regency} berarti SK tingkat ini biasanya `{expected}`, bukan `{value}`",
        "{regency} means an SK at this level is usually `{expected}`, not `{value}`",
    ),
    "sk-before-founding": (
        "SK bertanggal {date}, sebelum KIM berdiri ({founded}); periksa kedua tanggal",
        "the SK is dated {date}, before the KIM was founded ({founded}); check both dates",
    ),
    "pembinaan-before-founding": (
        "pembinaan bertanggal {date}, sebelum KIM berdiri ({founded}); periksa kedua tanggal",
        "the coaching is dated {date}, before the KIM was founded ({founded}); check both dates",
    ),
    "sk-term-before-date": (
        "masa berlaku SK berakhir {until}, sebelum tanggal SK itu sendiri ({date}); periksa kedua tanggal",
        "the SK's term ends on {until}, before the SK's own date ({date}); check both dates",
    ),
    "coordinates-far": (
        "titik koordinat berjarak {km} km dari KIM lain di {regency}; periksa lintang dan bujurnya",
        "the coordinates are {km} km from the other KIMs in {regency}; check the latitude and longitude",
    ),
    "symlink": (
        "tautan simbolik tidak diizinkan di folder kims/ dan tidak diikuti; ganti dengan berkas biasa",
        "symbolic links are not allowed in kims/ and are not followed; replace it with a regular file",
    ),
    "folder-in-partners": (
        "folder mitra/ hanya berisi berkas mitra, langsung di dalamnya (mitra/<slug>.yml); isi folder ini tidak dibaca: pindahkan berkasnya",
        "the mitra/ folder holds partner files directly (mitra/<slug>.yml); this folder is not read: move its files",
    ),
    "partners-among-kims": (
        "folder bernama mitra/ di antara berkas KIM tidak dibaca; berkas mitra diletakkan di folder mitra/ di akar repositori",
        "a folder named mitra/ among the KIM files is not read; partner files go in the mitra/ folder at the repository's root",
    ),
    "stray-file": (
        "berkas ini tidak termasuk data KIM; folder kims/ hanya berisi berkas .yml",
        "this file is not KIM data; the kims/ folder holds only .yml files",
    ),
    "wrong-extension": (
        "berkas KIM harus berakhiran .yml; ganti nama berkasnya",
        "KIM files must end in .yml; rename the file",
    ),
    "unreadable": (
        "berkas tidak dapat dibaca ({reason})",
        "the file cannot be read ({reason})",
    ),
    # KIMs and partners that were renamed, removed or added twice (acrossfiles: unknown partners, one KIM twice)
    "unknown-partner-met": (
        "`{slug}` bukan slug berkas mitra yang ada (mitra/{slug}.yml tidak ditemukan); kebutuhan yang sudah terpenuhi ini tetap tercatat, tampil tanpa tautan ke halaman mitra. Bila berkas mitranya berganti nama, tulis slug barunya; bila berkasnya dihapus, biarkan catatan ini apa adanya",
        "`{slug}` is not the slug of an existing partner file (mitra/{slug}.yml was not found); this need, already fulfilled, stays on record and shows without a link to the partner's page. If the partner's file was renamed, write its new slug; if it was removed, leave this record as it is",
    ),
    "same-kim": (
        "KIM ini bernama sama dengan {other}, di desa/kelurahan yang sama ({code}), jadi tampil dua kali di direktori; bila salah satu berkas dibuat untuk mengganti nama atau slug KIM, hapus berkas yang lama dan tambahkan slug-nya ke `slug_lama` berkas yang dipertahankan, agar alamatnya tetap berlaku; bila keduanya KIM yang berbeda, beri nama yang membedakannya",
        "this KIM has the same name as {other}, in the same village ({code}), so the directory lists it twice; if one of the files was made to rename the KIM or change its slug, delete the old one and add its slug to the kept file's `slug_lama`, so that its address keeps working; if they are two different KIMs, give them names that tell them apart",
    ),
    "unknown-partner-link": (
        "`{slug}` bukan slug berkas mitra yang ada (mitra/{slug}.yml tidak ditemukan); kemitraan ini tampil tanpa tautan ke halaman mitra. Tulis slug mitra persis seperti nama berkasnya (lihat /mitra/), atau hapus `slug_mitra` bila mitra ini belum punya halaman",
        "`{slug}` is not the slug of an existing partner file (mitra/{slug}.yml was not found); this partnership shows without a link to the partner's page. Write the partner's slug exactly as its file is named (see /mitra/), or remove `slug_mitra` if the partner has no page yet",
    ),
    "unknown-partner-link-hint": (
        "`{slug}` bukan slug berkas mitra yang ada (mitra/{slug}.yml tidak ditemukan); kemitraan ini tampil tanpa tautan ke halaman mitra. Mungkin maksudnya `{hint}`?",
        "`{slug}` is not the slug of an existing partner file (mitra/{slug}.yml was not found); this partnership shows without a link to the partner's page. Did you mean `{hint}`?",
    ),
    "real-kim-names-sample-partner": (
        "`{slug}` adalah mitra contoh (rekaan, `contoh: true`), sedangkan KIM ini nyata: profilnya tidak menautkan lembaga rekaan itu, halaman mitra contoh tidak mencantumkan KIM ini, dan kebutuhan yang dipenuhinya tidak mengisi tempat di program mitra contoh. Tulis di `{field}` slug berkas mitra yang sebenarnya (lihat /mitra/); contoh di panduan hanya menunjukkan cara menulisnya",
        "`{slug}` is a sample partner (invented, `contoh: true`) and this KIM is real: its profile does not link that invented institution, the sample partner's page does not list this KIM, and a need it met takes no place in the sample partner's programmes. Write in `{field}` the slug of the real partner's file (see /mitra/); the guide's example only shows how to write it",
    ),
    "sample-kim-names-real-partner": (
        "KIM ini data contoh (`contoh: true`), sedangkan `{slug}` mitra yang nyata: profil ini tidak menautkan mitra itu, halamannya tidak mencantumkan KIM rekaan ini, dan kebutuhan yang dipenuhinya tidak mengisi tempat di program mitra itu. Tulis di `{field}` slug mitra contoh",
        "this KIM is sample data (`contoh: true`) and `{slug}` is a real partner: this profile does not link that partner, its page does not list this invented KIM, and a need it met takes no place in that partner's programmes. Write in `{field}` a sample partner's slug",
    ),
    "real-kim-sample-settings": (
        "KIM ini nyata, sedangkan pengaturan kabupaten/kotanya, {settings}, data contoh (`contoh: true`): formulir kontribusi tidak menemukan pembina untuk kabupaten/kota ini, dan halaman wilayahnya menampilkan pembina dan target rekaan bertanda contoh. Ganti isi {settings} dengan kontak lembaga pembina yang sebenarnya dan target yang nyata, lalu hapus `contoh: true`",
        "this KIM is real and its regency's settings, {settings}, are sample data (`contoh: true`): the contribution form finds no coach for this regency, and its region page shows an invented coach and target, labelled as samples. Replace the content of {settings} with the real coaching institution's contact and the real target, then remove `contoh: true`",
    ),
    "partner-type-differs": (
        "jenis `{jenis}` berbeda dengan jenis dalam berkas mitra `{slug}` (`{partner}`); tulis `{partner}`, atau periksa apakah `slug_mitra` menunjuk mitra yang dimaksud",
        "type `{jenis}` differs from the type in the partner file `{slug}` (`{partner}`); write `{partner}`, or check that `slug_mitra` names the partner meant",
    ),
    "unknown-partner-met-hint": (
        "`{slug}` bukan slug berkas mitra yang ada (mitra/{slug}.yml tidak ditemukan); kebutuhan yang sudah terpenuhi ini tetap tercatat, tampil tanpa tautan ke halaman mitra. Mungkin maksudnya `{hint}`?",
        "`{slug}` is not the slug of an existing partner file (mitra/{slug}.yml was not found); this need, already fulfilled, stays on record and shows without a link to the partner's page. Did you mean `{hint}`?",
    ),
}
