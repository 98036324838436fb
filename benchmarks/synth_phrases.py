"""Sentence templates and vocabularies of the varied synthetic data (`synth_varied`).

A template's {fields} are filled by `synth_varied._Slots`: the KIM's own names ({nama},
{desa}, {kec}, {kab}, {kab_short}, {prov}, {anggota}, {berdiri}) and values drawn when a
template uses them ({topic}, {aud}, {dusun}, {hari}, {jam}, {n}, {kk}, {tempat}, {kanal},
{bulan}, {tahun}, {dinas}, {rt}, {pekan}, {ke}; a digit after the name draws another one).
"""

# What villages are called where they lie (regency codes first, then provinces).
LOCAL_TERM = {
    "11": "Gampong", "13": "Nagari", "18.04": "Pekon", "18.06": "Pekon", "18.10": "Pekon", "18.13": "Pekon",
    "18.12": "Tiyuh", "14.08": "Kampung", "64.03": "Kampung", "64.07": "Kampung", "64.11": "Kampung",
    "73.18": "Lembang", "73.26": "Lembang", "81.01": "Negeri", "81.71": "Negeri", "51": "Desa",
    "91": "Kampung", "92": "Kampung", "93": "Kampung", "94": "Kampung", "95": "Kampung", "96": "Kampung",
}

# KIM names: "<village> Berdaya", "Suara <village>", "Lentera Mandiri", or a local phrase.
NAME_AFTER = (
    "Berdaya", "Mandiri", "Cerdas", "Digital", "Informatif", "Kreatif", "Bersatu", "Sejahtera", "Lestari",
    "Bersinar", "Maju", "Berseri", "Gemilang", "Membangun", "Peduli", "Tangguh", "Sehat", "Bahari", "Smart",
    "Hebat", "Madani", "Berkah", "Harmoni", "Rukun", "Jaya", "Permai", "Asri", "Terpadu", "Unggul",
    "Inspiratif", "Agro", "Wisata", "Tani", "Siaga", "Bangkit", "Berbudaya", "Mekar", "Raya", "Sentosa",
    "Makmur", "Abadi", "Utama", "Muda", "Baru", "Indah", "Mulia", "Aman", "Damai", "Gotong Royong",
    "Kompak", "Prima", "Santun", "Serasi", "Terang", "Visioner", "Literasi", "Media", "Info", "Kabar",
    "Net", "Online", "Channel", "Center", "Community", "Sakti", "Perkasa", "Emas", "Hijau", "Biru",
)
NAME_BEFORE = (
    "Suara", "Gema", "Kabar", "Warta", "Cahaya", "Sinar", "Pelita", "Lentera", "Jendela", "Corong", "Info",
    "Suluh", "Obor", "Mata", "Pena", "Bintang", "Tunas", "Gerbang", "Sahabat", "Rumah", "Pojok", "Simpul",
    "Pusat", "Mimbar", "Serambi", "Beranda", "Layar", "Lensa", "Jembatan", "Bingkai", "Cakrawala", "Fajar",
    "Mentari", "Embun", "Mutiara", "Permata", "Intan", "Melati", "Kenanga", "Anggrek", "Teratai", "Cempaka",
    "Beringin", "Cendana", "Jati", "Nyiur", "Bambu", "Padi", "Kopi", "Lada", "Cengkih", "Pala", "Sagu",
    "Rotan", "Gelombang", "Samudra", "Muara", "Tepian", "Pesisir", "Bukit", "Lembah", "Gunung", "Rimba",
    "Telaga", "Tirta", "Bumi", "Langit", "Angin", "Rajawali", "Garuda", "Elang", "Merpati", "Kenari",
)
NAME_LOCAL = (
    "Guyub Rukun", "Gemah Ripah", "Sido Makmur", "Ngudi Rahayu", "Saiyo Sakato", "Sauyunan", "Tepo Seliro",
    "Mufakat", "Mappasitujue", "Huyula", "Masohi", "Mapalus", "Sipakatau", "Sabilulungan", "Silih Asih",
    "Rempug Jukung", "Tut Wuri", "Manunggal", "Sekar Arum", "Ngesti Utomo", "Mardi Utomo", "Karya Bhakti",
    "Tri Hita Karana", "Menyama Braya", "Sagilik Saguluk", "Pela Gandong", "Torang Samua", "Dalihan Na Tolu",
    "Adat Bersendi", "Sapu Lidi", "Bhinneka", "Sipakainge", "Resopa Temmangingngi", "Huyula Bersatu",
    "Sakai Sambayan", "Nemui Nyimah", "Piil Pesenggiri", "Sebiduk Semare", "Tuah Sakato", "Bumi Serasan",
    "Rumah Betang", "Huma Betang", "Wonua", "Tabe", "Kasih Sayang", "Satu Tungku", "Sitou Timou",
)

DUSUN_WORDS = (
    "Sukamaju", "Sukamakmur", "Sumbersari", "Mekarsari", "Tegalrejo", "Karangrejo", "Sidodadi", "Margomulyo",
    "Bangunrejo", "Purwosari", "Srikaton", "Wonosari", "Lubuk", "Kampung Tengah", "Kampung Darat",
    "Pulau Baru", "Sungai Jernih", "Air Terjun", "Bukit Tinggi", "Padang Rumput", "Talang", "Ujung Tanjung",
    "Pasar Lama", "Simpang Tiga", "Koto Baru", "Lorong", "Labuhan", "Teluk", "Gunung Sari", "Cikadu",
)
TEMPAT = (
    "balai desa", "kantor desa", "sekretariat KIM", "pos ronda", "masjid jami", "musala", "gereja",
    "aula kecamatan", "gedung serbaguna", "sekolah dasar", "rumah ketua RT", "posyandu", "pustaka desa",
    "balai dusun", "pendopo", "lapangan desa", "warung kopi dekat pasar", "dermaga", "gudang kelompok tani",
)

DESC_OPEN = (
    "{nama} adalah kelompok informasi masyarakat di {desa}, {kec}, {kab}, Provinsi {prov}.",
    "{nama} menjadi tempat warga {desa} mencari kabar yang bisa dipercaya, dari {kec} sampai {kab}.",
    "Di {desa}, {kec}, {nama} dikelola oleh {anggota} relawan yang ingin warganya tidak ketinggalan informasi.",
    "Kami adalah KIM dari {desa} di {kab}, Provinsi {prov}, dengan {anggota} anggota.",
    "{nama} berdiri di {desa}, salah satu desa di {kec}, {kab}.",
    "Sejak {berdiri}, {nama} mengabarkan apa yang terjadi di {desa} dan sekitarnya di {kec}.",
    "{nama} adalah wadah warga {desa} ({kec}, {kab}) untuk berbagi dan memeriksa informasi.",
    "Kelompok informasi masyarakat {nama} bekerja di {desa}, {kec}, {kab}.",
)
DESC_OLD = (
    "KIM ini tumbuh dari {basis} yang sudah lama aktif di {desa}.",
    "Awalnya para anggota bergabung dalam {basis}, lalu pada tahun {berdiri} sepakat membentuk KIM.",
    "Sebagian besar anggotanya berasal dari {basis} Dusun {dusun}.",
    "Pengurus {basis} di {desa} mendirikan KIM ini pada {berdiri} agar kabar desa lebih tertata.",
    "Cikal bakalnya adalah {basis} yang berkumpul setiap {hari} di {tempat}.",
)
DESC_NEW = (
    "KIM ini dibentuk sebagai kelompok baru pada tahun {berdiri} atas prakarsa warga dan pemerintah desa.",
    "Kelompok ini berdiri pada {berdiri} setelah sosialisasi KIM dari Diskominfo {kab_short}.",
    "Pada {berdiri}, {n} warga muda berkumpul di {tempat} dan sepakat membentuk KIM.",
    "Kami memulai pada tahun {berdiri} dengan sebuah grup WhatsApp untuk warga Dusun {dusun}.",
    "Pembentukannya diputuskan dalam musyawarah desa tahun {berdiri}.",
)
DESC_FOCUS = (
    "Pengurus menyebarkan informasi tentang {topic} serta {topic2}.",
    "Kami membantu warga memahami {topic}, terutama {aud} di Dusun {dusun}.",
    "Kabar yang paling sering kami bagikan adalah {topic} dan {topic2}.",
    "Fokus kami saat ini: {topic}, {topic2}, dan layanan informasi untuk {aud}.",
    "Setiap pekan anggota merangkum kabar tentang {topic} untuk sekitar {kk} kepala keluarga.",
    "Informasi tentang {topic} kami sampaikan lewat {kanal} dan {kanal2}.",
)
DESC_DETAIL = (
    "Setiap {hari} pukul {jam}, anggota berkumpul di {tempat} untuk memilah kabar yang benar dari yang keliru.",
    "Informasi disampaikan melalui {kanal}, {kanal2}, dan {kanal3}.",
    "Pengurus juga menampung aspirasi warga {rt} dan membawanya ke musyawarah desa.",
    "Anggota mendampingi {aud} yang kesulitan mengakses layanan daring, {n} orang pada tahun {tahun}.",
    "Pada {bulan} {tahun} kami mengadakan kelas *{topic}* yang diikuti {n} warga.",
    "Kegiatan yang paling diminati warga adalah *{topic}*.",
    "Papan informasi di {tempat} Dusun {dusun} diperbarui setiap {hari}.",
    "Bersama {dinas} kami menyusun jadwal penyuluhan untuk {aud}.",
    "Grup WhatsApp warga yang kami kelola kini beranggotakan {kk} orang.",
    "Warga Dusun {dusun} dan Dusun {dusun2} paling sering bertanya lewat {kanal}.",
    "Sejak {tahun}, buletin kami terbit {ke} kali setahun dan dibagikan di {tempat}.",
    "Relawan kami bergiliran menjaga pojok informasi di {tempat} setiap {hari} dan {hari2}.",
    "Setiap musim panen kami mencatat harga di pasar {kec} dan membagikannya ke {aud}.",
    "Kami bekerja sama dengan kader posyandu di {rt} untuk kabar kesehatan keluarga.",
)
DESC_LIST_HEAD = (
    "Program kerja tahun ini:", "Kegiatan rutin kami:", "Yang kami kerjakan bersama warga:",
    "Rencana kami sampai akhir {tahun}:", "Agenda bulanan KIM:", "Layanan kami untuk warga {desa}:",
)
DESC_LIST_ITEM = (
    "pertemuan anggota setiap {hari} di {tempat}",
    "pelatihan {topic} untuk {aud}",
    "pembaruan papan informasi di Dusun {dusun}",
    "penulisan berita kegiatan desa di {kanal}",
    "penjaringan aspirasi {aud} {rt}",
    "kelas ponsel pintar untuk {aud} setiap {hari} sore",
    "siaran kabar desa lewat {kanal} pukul {jam}",
    "pendataan {aud} Dusun {dusun} bersama perangkat desa",
    "pendampingan {n} pelaku usaha untuk {topic}",
    "pengecekan kabar bohong yang beredar di {kanal}",
    "rapat evaluasi bersama pemerintah desa setiap {ke} bulan",
    "lomba konten tentang {topic} untuk pelajar {kec}",
)

KEGIATAN = {
    "akses": ("Pembukaan pojok informasi {topic} di {tempat}", "Pemasangan papan informasi di Dusun {dusun}",
              "Layanan internet gratis di {tempat} setiap {hari}", "Pendataan warga {rt} untuk {topic}",
              "Pengumpulan jadwal {topic} dari {dinas}", "Posko informasi {topic} di Dusun {dusun}"),
    "diskusi": ("Diskusi warga tentang {topic}", "Sarasehan {topic} bersama perangkat {desa}",
                "Forum diskusi KIM {bulan_ini}", "Bincang sore tentang {topic} di {tempat}",
                "Rembuk warga Dusun {dusun} soal {topic}", "Diskusi {aud} tentang {topic} di {tempat}"),
    "implementasi": ("Pelatihan {topic} untuk {aud}", "Praktik bersama {topic} di Dusun {dusun}",
                     "Pendampingan {aud} tentang {topic}", "Kelas {topic} angkatan ke-{ke}",
                     "Pelatihan {topic} untuk {n} {aud} {desa}", "Gerakan {topic} di {rt}"),
    "networking": ("Pertemuan jejaring KIM se-{kab_short}", "Kunjungan belajar ke KIM di {kec}",
                   "Temu mitra KIM {kab}", "Silaturahmi KIM se-{kec} di {tempat}",
                   "Kunjungan KIM {kab_short} ke {desa}", "Pertemuan KIM dan kelompok {aud} se-{kec}"),
    "diseminasi": ("Sosialisasi {topic} kepada warga Dusun {dusun}", "Siaran informasi {topic} {bulan_ini}",
                   "Penyebaran informasi {topic} melalui {kanal}", "Sosialisasi {topic} di {tempat} {desa}",
                   "Kabar {topic} untuk {aud} lewat {kanal}", "Penyuluhan {topic} di Dusun {dusun}"),
    "aspirasi": ("Penyampaian aspirasi warga dalam musrenbang {desa} {bulan_ini}",
                 "Penjaringan usulan warga tentang {topic}", "Dialog warga Dusun {dusun} dengan pemerintah desa",
                 "Kotak aspirasi {aud} di {tempat}", "Rembuk usulan {rt} untuk musrenbang",
                 "Penyampaian keluhan {aud} tentang {topic}"),
    "prestasi": ("Mengikuti Lomba KIM Tingkat Provinsi {prov}", "Mengikuti Lomba KIM Tingkat {kab}",
                 "Penerimaan penghargaan KIM terbaik se-{kab_short}", "Lomba video pendek KIM {kab_short} {bulan_ini}",
                 "Juara lomba konten {topic} tingkat {kec}", "Mewakili {kec} dalam Festival KIM {kab_short}"),
}
URAIAN_KEGIATAN = (
    "Diikuti {n} peserta dari kalangan {aud} {desa}.",
    "Berlangsung {tanggal} di {tempat}, diikuti {n} orang.",
    "Narasumber dari {dinas} hadir pada {tanggal}.",
    "Hasilnya dibagikan lewat {kanal} kepada {kk} warga.",
    "Hadir {n} warga {rt}, {n2} di antaranya baru pertama kali.",
    "Dimulai pukul {jam} di {tempat} {desa}.",
    "Rekamannya ditonton {kk} kali di {kanal}.",
    "Catatan ringkasnya dibagikan ke {kk} warga {desa}.",
    "Lanjutan pertemuan {bulan} lalu di Dusun {dusun}, {n} peserta.",
    "Dibiayai kas KIM dan swadaya {n} warga {desa}.",
)

MITRA_NAME = {
    "dinas": ("{dinas}", "Dinas Komunikasi dan Informatika {kab}", "UPTD {dinas}", "Bidang Penyuluhan {dinas}"),
    "pemda": ("Pemerintah {kab}", "Pemerintah {desa}", "Pemerintah {kec}", "Bagian Prokopim {kab}"),
    "lsm": ("Yayasan {kata} {kab_short}", "Perkumpulan {kata} Nusantara", "Lembaga {kata} {prov}",
            "Yayasan Pesisir {kata}", "Jaringan Warga {kata} {kab_short}"),
    "bumn": ("PT Telkom Indonesia Witel {kab_short}", "PT PLN (Persero) UP3 {kab_short}",
             "PT Bank Rakyat Indonesia Unit {kec}", "PT Pos Indonesia KC {kab_short}", "Perum Bulog {prov}",
             "PT Pupuk Indonesia wilayah {prov}", "PT Pertamina (Persero) wilayah {prov}"),
    "bumd": ("Bank Pembangunan Daerah {prov}", "Perumda Air Minum {kab_short}", "PT {kata} {kab_short} (Perseroda)"),
    "bumdes": ("BUMDes {kata} {desa}", "BUMDes {desa} {kata}", "BUMDesa Bersama {kec}"),
    "koperasi": ("Koperasi {kata} {desa}", "Koperasi Produsen {kata} {kec}", "KUD {kata} {kec}",
                 "Koperasi Serba Usaha {kata}"),
    "perguruan-tinggi": ("Universitas {kata} {prov}", "LPPM Universitas {kab_short}", "Politeknik Negeri {prov}",
                         "Institut {kata} {kab_short}", "STIKOM {kata} {prov}"),
    "swasta": ("CV {kata} {kab_short}", "PT {kata} {kata2} Abadi", "Toko {kata} {desa}", "PT {kata} Nusantara"),
    "media": ("Radio {kata} {kab_short}", "Harian {kata} {prov}", "Portal Berita {kab_short} Terkini",
              "TV Lokal {kab_short}", "Radio Komunitas {desa}"),
    "organisasi-sosial": ("Karang Taruna {desa}", "Tim Penggerak PKK {kec}", "Palang Merah Indonesia {kab}",
                          "Pramuka Kwartir Ranting {kec}", "Forum Anak {kab_short}"),
    "tni-polri": ("Koramil {kec}", "Polsek {kec}", "Bhabinkamtibmas {desa}", "Babinsa {desa}"),
    "puskesmas": ("Puskesmas {kec}", "Puskesmas Pembantu {desa}", "Polindes {desa}"),
    "lainnya": ("Kelompok Tani {kata} {desa}", "Sanggar {kata} {kec}", "Komunitas {kata} {kab_short}"),
}
KEMITRAAN_BENTUK = {
    "dinas": ("Penyuluhan setiap {hari} pertama sejak {tahun}", "Informasi program dinas ke {kk} KK",
              "Pelatihan {n} anggota, {bulan} {tahun}", "Pendampingan lapangan di Dusun {dusun}"),
    "pemda": ("Dukungan sekretariat sejak {bulan} {tahun}", "Informasi program pemerintah ke {kk} KK",
              "Pelibatan {n} anggota dalam musrenbang {tahun}"),
    "bumn": ("Bantuan {ke} unit komputer pada {tahun}", "Pelatihan UMKM untuk {n} pelaku usaha",
             "Program TJSL {bulan} {tahun}"),
    "media": ("Liputan kegiatan warga Dusun {dusun}", "Pelatihan menulis berita, {n} anggota",
              "Siaran kabar desa setiap {hari} pukul {jam}"),
    "puskesmas": ("Penyuluhan di posyandu Dusun {dusun}", "Jadwal imunisasi untuk {kk} keluarga"),
    "perguruan-tinggi": ("KKN tematik {bulan} {tahun}", "Penelitian bersama, {n} responden",
                         "Pelatihan video untuk {n} {aud}"),
    "lainnya": ("Kegiatan {aud} Dusun {dusun} sejak {tahun}", "Tukar informasi setiap {ke} bulan sejak {tahun}",
                "Kegiatan bersama di {tempat} Dusun {dusun}", "Pendampingan {n} warga {rt}"),
}

# (title template, bidang) of offers and needs.
OFFERS = (
    ("Penyebaran informasi ke {kk} warga lewat {kanal} dan {kanal2}", ("diseminasi-informasi",)),
    ("Liputan dan dokumentasi kegiatan mitra di {desa}", ("diseminasi-informasi",)),
    ("Tempat pelatihan di {tempat} untuk {n} peserta", ("pendidikan",)),
    ("Pendataan {aud} dan pemetaan potensi {desa}", ("pelayanan-publik",)),
    ("{n} relawan untuk sosialisasi {topic}", ("kesehatan",)),
    ("Produk olahan {n} anggota untuk pameran dan pasar daring", ("umkm",)),
    ("Pemandu wisata dan informasi wisata {desa}", ("pariwisata",)),
    ("Siaran informasi mitra di {kanal} setiap {hari}", ("diseminasi-informasi",)),
    ("Jaringan {ke} KIM se-{kec} untuk menyebarkan program mitra", ("diseminasi-informasi",)),
    ("Pendampingan {aud} Dusun {dusun} mengisi formulir daring", ("literasi-digital",)),
    ("Lahan praktik {n} are untuk percontohan pertanian", ("pertanian",)),
    ("Tim penggerak kebersihan {rt} untuk kegiatan lingkungan", ("lingkungan",)),
)
NEEDS = (
    ("Pelatihan jurnalisme warga untuk {n} anggota", ("literasi-digital", "diseminasi-informasi")),
    ("Bantuan {ke} unit komputer untuk KIM {desa}", ("literasi-digital",)),
    ("Pendampingan pemasaran daring produk {aud} {desa}", ("umkm",)),
    ("Pelatihan video pendek untuk {aud} {desa}", ("literasi-digital", "seni-budaya")),
    ("Penyuluhan kesehatan keluarga di Dusun {dusun}", ("kesehatan",)),
    ("Pendampingan pengelolaan bank sampah {rt}", ("lingkungan",)),
    ("Pelatihan kesiapsiagaan bencana untuk warga {desa}", ("kebencanaan",)),
    ("Dukungan alat siaran untuk radio komunitas di {kec}", ("diseminasi-informasi",)),
    ("Pelatihan pengolahan hasil panen, {n} petani", ("pertanian", "umkm")),
    ("Promosi {ke} paket wisata {desa}", ("pariwisata",)),
    ("Narasumber untuk kelas {hari} di {tempat}", ("pendidikan",)),
    ("Kamera dan tripod untuk liputan, {kec}", ("diseminasi-informasi",)),
    ("Pelatihan media sosial untuk {n} anggota KIM {desa}", ("literasi-digital",)),
    ("Pengeras suara untuk pengumuman di Dusun {dusun}", ("diseminasi-informasi",)),
)
NEED_URAIAN = (
    "Di {desa} ada sekretariat dan {anggota} anggota yang siap belajar, tetapi belum ada pelatih.",
    "Dibutuhkan untuk sekitar {n} anggota aktif, diutamakan pemuda Dusun {dusun}.",
    "Kegiatan dapat dilaksanakan di {tempat} {desa} pada akhir pekan.",
    "Kami siap menyediakan tempat, konsumsi sederhana, dan {n} peserta dari {rt}.",
    "Sebelum {bulan} kami ingin sudah bisa melayani {kk} keluarga.",
    "Selama ini kegiatan dibiayai swadaya {n} warga {desa} dan kas KIM.",
    "Pemerintah {desa} mendukung dan menyediakan ruang di {tempat}.",
    "Peserta berasal dari Dusun {dusun} dan Dusun {dusun2}.",
)

PEMBINAAN = (
    "Sosialisasi dan pembinaan KIM se-{kab_short} tahun {tahun_ini}", "Bimtek pengelolaan media sosial angkatan {angkatan}",
    "Bimtek jurnalistik warga {tahun_ini}", "Pelatihan pengelolaan situs web KIM angkatan {angkatan}",
    "Pembinaan kelembagaan KIM se-{kec}", "Lokakarya pemetaan potensi desa {tahun_ini}",
    "Pelatihan fotografi dan video untuk KIM angkatan {angkatan}", "Sarasehan KIM dan pemerintah {kab_short} {tahun_ini}",
    "Temu KIM Provinsi {prov} {tahun_ini}", "Bimtek literasi digital untuk KIM se-{kab_short}",
)
PENYELENGGARA = (
    "Diskominfo {kab}", "Dinas Komunikasi dan Informatika {kab}", "Diskominfo Provinsi {prov}",
    "Dinas Komunikasi, Informatika dan Statistik Provinsi {prov}", "Kementerian Komunikasi dan Digital",
    "Diskominfo {kab} bersama Pemerintah {kec}",
)

# Partner types: JENIS_MITRA in vocabulary order, "lainnya" last (KIM files);
# PARTNER_JENIS: the eight types of the sample partners, in equal shares (partner files).
JENIS_MITRA = ("dinas", "pemda", "lsm", "bumn", "bumd", "bumdes", "koperasi", "perguruan-tinggi", "swasta",
               "media", "organisasi-sosial", "tni-polri", "puskesmas", "lainnya")
JENIS_MITRA_WEIGHTS = (8, 5, 3, 2, 1, 3, 2, 4, 2, 3, 3, 2, 3, 1)
PARTNER_JENIS = ("bumdes", "bumn", "dinas", "koperasi", "lsm", "puskesmas", "media", "perguruan-tinggi")
PARTNER_NAME = {
    "bumdes": ("BUMDes {kata} {desa}", "BUMDes {desa}", "BUMDesa Bersama {kec} {kata}"),
    "bumn": ("PT Energi Nusantara Persero, Unit {kab_short}", "PT Bank Rakyat Indonesia Cabang {kab_short}",
             "PT Telkom Indonesia Witel {kab_short}", "PT Pos Indonesia KC {kab_short}", "Perum Bulog Kanwil {prov}"),
    "dinas": ("Dinas Kelautan dan Perikanan {kab}", "Dinas Komunikasi dan Informatika {kab}",
              "Dinas Pertanian {kab}", "Dinas Kesehatan {kab}", "Dinas Koperasi dan UKM {kab}",
              "Dinas Pariwisata {kab}", "Badan Penanggulangan Bencana Daerah {kab}"),
    "koperasi": ("Koperasi Produsen {kata} {kec}", "Koperasi Tani {kata} {desa}", "KUD {kata} {kec}",
                 "Koperasi Nelayan {kata} {kab_short}"),
    "lsm": ("Yayasan {kata} {kab_short}", "Yayasan Pesisir {kata}", "Perkumpulan Warga {kata} {prov}",
            "Lembaga Literasi {kata} {kab_short}"),
    "puskesmas": ("Puskesmas {kec}", "Puskesmas {desa}", "UPTD Puskesmas {kec} {kata}"),
    "media": ("Radio {kata} {kab_short}", "Radio Swara {kab_short}", "Harian {kata} {prov}",
              "Portal Berita {kab_short} {kata}"),
    "perguruan-tinggi": ("Universitas {kata} {prov}", "LPPM Universitas {kab_short}", "Politeknik {kata} {prov}",
                         "Institut Teknologi {kab_short}", "STKIP {kata} {kab_short}"),
}
PARTNER_DESC = (
    ("{nama} bekerja bersama kelompok warga di {kab}, Provinsi {prov}.",
     "Lembaga ini berdiri pada {tahun} dan kini mendampingi {n} kelompok warga di {kab}.",
     "{nama} membuka programnya untuk KIM di {kec} dan sekitarnya.",
     "Mitra KIM di {kab_short} sejak {tahun}."),
    ("Setiap tahun kami memilih KIM peserta bersama Diskominfo {kab_short}.",
     "Perhatian kami pada informasi yang sampai ke warga desa, terutama di {kec}.",
     "Hasil program dibagikan lewat media KIM dan pertemuan di {kab_short}."),
    ("Kami mengutamakan desa yang belum pernah menerima program serupa.",
     "Laporan kegiatan terbuka untuk warga dan pemerintah desa.",
     "Sejak {tahun} lebih dari {n} KIM sudah ikut."),
)
# Programme forms by partner type: (those of the sample partner of that type, other fitting ones).
BENTUK_BY_JENIS = {
    "bumdes": (("magang",), ("pemasaran", "pelatihan")), "bumn": (("peralatan", "dana"), ("pelatihan",)),
    "dinas": (("pelatihan", "pendampingan"), ("siaran",)), "koperasi": (("pemasaran",), ("pendampingan",)),
    "lsm": (("pendampingan",), ("pelatihan", "penelitian")), "puskesmas": (("pelatihan",), ("pendampingan",)),
    "media": (("siaran",), ("pelatihan", "magang")),
    "perguruan-tinggi": (("kkn", "penelitian"), ("pendampingan", "pelatihan")),
}
PROGRAM_JUDUL = {
    "pelatihan": ("Pelatihan {topic} untuk KIM se-{kab_short}", "Kelas {topic} bagi pengurus KIM {kab_short}",
                  "Pelatihan {bidang} untuk {aud}"),
    "pendampingan": ("Pendampingan {topic} di desa-desa {kab_short}", "Pendampingan KIM tentang {topic}",
                     "Pendampingan {aud} untuk {bidang}"),
    "dana": ("Hibah kegiatan {bidang} {kab_short}", "Dana hibah {topic}"),
    "peralatan": ("Bantuan peralatan {bidang} untuk KIM {kab_short}", "Bantuan perangkat untuk {topic}"),
    "siaran": ("Siaran bersama tentang {topic}", "Slot siaran kabar desa tentang {bidang}"),
    "magang": ("Magang {bidang} bagi pengurus KIM", "Magang {topic} untuk pemuda {kab_short}"),
    "kkn": ("KKN tematik {bidang}", "KKN tematik {topic} di {kab_short}"),
    "penelitian": ("Penelitian bersama tentang {topic}", "Riset aksi {bidang} bersama KIM {kab_short}"),
    "pemasaran": ("Pemasaran bersama produk {bidang}", "Akses pasar untuk produk {aud}"),
}
PROGRAM_URAIAN = {
    "pelatihan": ("{n} peserta dari KIM se-{kab_short} belajar {topic} selama dua hari, termasuk praktik.",
                  "Kelas setiap {hari} selama {pekan} pekan untuk pengurus KIM dan {aud}: {topic}."),
    "pendampingan": ("Pendamping datang ke desa {pekan} kali untuk membantu KIM tentang {topic}.",
                     "Selama {pekan} pekan KIM dan {aud} di {kab_short} didampingi menyusun rencana {bidang}."),
    "dana": ("Hibah untuk {n} KIM di {kab_short} yang mengajukan rencana kegiatan {bidang}.",
             "Dana kegiatan tentang {topic}; laporan penggunaan diminta di akhir program."),
    "peralatan": ("Perangkat {bidang} untuk {n} KIM di {kab_short}, dirawat bersama pemerintah desa.",
                  "Bantuan alat untuk kegiatan {bidang}, diserahkan setelah pelatihan singkat."),
    "siaran": ("Satu slot siaran setiap {hari} untuk kabar desa tentang {topic} dari KIM peserta.",
               "KIM mengirim rekaman tentang {topic}; redaksi menyiarkannya {pekan} kali."),
    "magang": ("Pengurus KIM magang {pekan} pekan di unit usaha tentang {topic}.",
               "{n} pemuda dari {kab_short} belajar {bidang} langsung di tempat kerja mitra."),
    "kkn": ("Dua mahasiswa per KIM selama {pekan} pekan: {topic} dan pengelolaan media KIM.",
            "Mahasiswa KKN tinggal di desa dan membantu KIM tentang {topic}."),
    "penelitian": ("Dosen dan KIM menyusun pertanyaan penelitian tentang {topic}; hasilnya dibagikan ke desa.",
                   "Survei bersama di {n} desa {kab_short} tentang {topic}."),
    "pemasaran": ("Produk anggota KIM dipasarkan lewat jaringan mitra; {n} produk dikurasi setiap putaran.",
                  "Pendampingan kemasan dan penjualan daring untuk {aud} selama {pekan} pekan: {topic}."),
}
PROGRAM_SYARAT = (
    "KIM di {kab_short} yang sudah aktif setidaknya {pekan} bulan.",
    "Proposal singkat tentang {topic} yang diketahui kepala desa.",
    "KIM menyediakan tempat kegiatan dan {n} peserta dari kalangan {aud}.",
    "Diutamakan KIM di {kab_short} yang belum pernah ikut program {bidang}.",
    "Produk {aud} sudah dijual setidaknya {pekan} bulan.",
)
