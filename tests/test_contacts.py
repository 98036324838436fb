"""Phone numbers and e-mail addresses in free text: the contribution form runs the validator's
patterns with their possessive quantifiers written as atomic lookaheads (JavaScript has no
possessive ones) and Unicode's digits and letters (JavaScript's `\\d` and `\\w` are ASCII);
both must find the same. (The browser's port: tests/test_kontribusi.py.)"""

import datetime as dt
import json
import re
import time

import pytest

from generator.format import catalogue, contacts, idnumbers, masking, rules, shown, spoken
from generator.format.contacts import contact_in_link
from generator.format.kinds import PERSON_TITLE
from generator.model.persons import same_person
from generator.model.regions import load_regions
from generator.model.vocab import load_vocab
from generator.site.richtext import lead, render_markdown

PROVINCES = frozenset(load_regions().provinces)

# Texts as volunteers write them, with the look-alikes contacts.py's comments name: times,
# dates, amounts, decree numbers and codes.
CORPUS = [
    "Hubungi 0812-3456-7890 atau 0812 3456 7891.", "Telp. (0721) 345678, (+62) 812-3456-7890.",
    "WA +62 812 3456 7890 / +62.812.3456.7891 / +62-(812)-3456-7892", "6281234567890 dan 62 21 345678",
    "0812–3456–7891 atau 0812 - 3456 - 7892", "Buka pukul 08.00-12.00 dan 13.00 - 16.00 WIB.",
    "Rapat 02-10-2026, 2026-10-02 dan 12.10.2026.", "Dana Rp 12.075.000, Rp12.075.000,- dan Rp 1.250.000.000.",
    "SK Nomor 0412.15/KPTS/2020 dan 141/07/SK/2019; kode 0812abc.", "Nomor 08123456789012345678 terlalu panjang.",
    "tulis ke siti (at) example.org, siti[at]example.org, siti＠example.org atau budi.s@kim.example.id",
    "Alamat e-mail: a.b-c+d%e@sub-domain.example.co.id.", "Bukan e-mail: @akun, nama@, siti at example.org.",
    "HP 0812345 (terlalu pendek), 021-5551234, (021) 5551234 dan 0800 1234 567.",
    "Nomor 0812 3456 7890 1234/x dan 0812-3456-7890/abc", "x" * 50 + "0" * 40 + " 9" * 40, "",
    "Koordinat -5.092, 105.38; tahun 1945-2026; RT 01/RW 02; 16 anggota, 62 kegiatan.",
    # Letters and digits of other scripts, which Python's `\d` and `\w` match (the tester's
    # first three): full-width, Arabic-Indic and mathematical (beyond 16 bits) digits, accented
    # letters touching a number or an address.
    "Tulis ke bimà@gmail.com atau José.siti@kim.example.id; bukan siti@gmail.comé.",
    "WA 0８１２３４５６７８９ atau 0٨١٢ ٣٤٥٦ ٧٨٩٠; bukan ٠٨١٢٣٤٥٦٧٨٩٠ atau ０８１２-３４５６-７８９０.",
    "é0812 3456 7890, 0812 3456 7890é, ٣.0812 3456 7891 dan Ñ+62 812 3456 7890.",
    "Nomor 0𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗 dan (0٧٢١) ٣٤٥٦٧٨; kode ABÇ0812-3456-7890, Rp٣.0812.000.",
    # The red-team tester's: a number split by a line break, Markdown's marks, no-break or thin
    # spaces, a minus sign or underscores, and addresses with other "@" and "." characters.
    "Hub 0812\n3456 7890, 0812**3456**7890, `0812`3456`7890` dan 0812\u00a03456\u20097890.",
    "Nomor 0812\u22123456\u22127890 atau 0812_3456_7890; tulis budi@gmail\uff0ecom atau budi\ufe6bgmail.com.",
    # The privacy tester's: a mobile number before "/", glued to letters or grouped oddly (a
    # landline is not, nor a date and time); numbers in a media link's path.
    "HP/WA 081234567891/Pak Darto, 0812-3456-7892/Darto, Hp081234567893, WA+6281234567894.",
    "Instagram @darto_081234567895; nomor lain 08 1234 567 896 dan 0 812 3456 7897; bukan kode0721345678.",
    "Rapat 08.12.2026 09.30 WIB, 08 12 2026; kode 0721.15/KPTS/2020 dan Nomor 0812 3456 7890 1234/x.",
    "https://www.facebook.com/darto.0812.3456.7898 dan https://kim.example.id/hub-pak-darto-081234567899",
    # The privacy tester's second round: the 0 form's 0 after the country code, the 0062 prefix,
    # a mobile number split by "/" or ","; not a decree's number, a date or two numbers.
    "Hub +62 0812-3456-7890, +62 081234567891, (+62) 0812 3456 7892, 62 0812 3456 7893 atau +6208123456789.",
    "Atau 0062 812 3456 7894, 0812/3456/7895, 0812/34567896 dan 0812,3456,7897; bukan 188.45/123/KPTS/2024,"
    " 02/10/2026 atau Rp 0,5; dua nomor 081234567898/081234567899, kode 0812/3456/7891/2026.",
    # The contact red team's letter numbers: a classification, a number and a year.
    "Surat Nomor 085/417/2024, 081/0123/2024, 089/123/2024 dan 0812/143/2024.",
    # and its addresses with "." written as a word
    "Tulis ke nur.aini [at] gmail [dot] com atau nur(at)kim(dot)example(dot)id; bukan rapat [dot] desa.",
]


# What is and is not a contact, as written (the form must find the same: they join CORPUS).
FOUND = [
    # an address with a space before or after "@"; not a place, a handle or a time after one
    ("Tulis ke budi @ gmail.com.", ["budi @ gmail.com"]), ("Tulis ke budi@ gmail.com.", ["budi@ gmail.com"]),
    ("Tulis ke budi @gmail.com atau siti @ yahoo.co.id.", ["budi @gmail.com", "siti @ yahoo.co.id"]),
    ("Rapat @ Balai Desa; ikuti @kim_maju dan kami @kim.maju; Jumat @ 09.00.", []),
    ("Posyandu @ Ds.Way Hui setiap Selasa; Senam sehat @ Jl.Ir. Sutami", []),
    ("Bimtek @ Kec.Way Jepara; Kumpul @ Gg.Ros No. 3", []),
    # a place in lower case after a spaced "@" or "(at)": no mail domain ends so
    *((text, []) for text in (
        "Kumpul @ ds.way hui jam 08.00", "Senam pagi @ kec.way jepara", "Ronda malam @ pos.rt 03",
        "Rapat @ balai.rw 02", "Pengajian @ masjid.al ikhlas", "Bazar UMKM @ gor.kab", "Foto bersama @ kantor.pos",
        "Kegiatan di balai desa (at) dusun.sri")),
    # a handle, or a place, after a space and "@", whatever domain follows, but a mail provider's
    *((text, []) for text in (
        "Kunjungi kami juga di ig @kim.sukamaju.id", "Info lengkap: ig @kimmaju.id, fb KIM Maju",
        "Follow @diskominfo.lamtim.go.id untuk info", "Tulis @kim.maju.id di postingan",
        "Balas @ kimmaju.id dengan foto", "Meeting @ zoom.us 09.00", "Foto oleh tim @ bumdes.id")),
    ("Tulis ke budi @gmail.com, budi @ GMAIL.COM atau sari @Outlook.com", ["budi @gmail.com", "budi @ GMAIL.COM",
                                                                         "sari @Outlook.com"]),
    ("Tulis ke budi@ kim.desa.id atau budi@gmail,com; bukan budi@ kantor.pos", ["budi@ kim.desa.id", "budi@gmail,com"]),
    # or a space around a dot, or "dot", before a mail domain's ending; not before a word
    ("Tulis ke budi @ gmail . com, budi@gmail .com, budi@gmail. com atau budi @ gmail dot com.",
     ["budi @ gmail . com", "budi@gmail .com", "budi@gmail. com", "budi @ gmail dot com"]),
    ("Tulis ke budi@gmail.com. Go ke sana; admin@kim. dan x@y. di rumah", ["budi@gmail.com"]),
    # a second number after the first, whatever joins them
    ("HP 0812 3456 7890 · 0813 1111 2222", ["0812 3456 7890", "0813 1111 2222"]),
    ("HP 0812 3456 7890 / 0813 1111 2222", ["0812 3456 7890", "0813 1111 2222"]),
    ("HP 0812 3456 7890 atau 0813 1111 2222", ["0812 3456 7890", "0813 1111 2222"]),
    ("Telp. (0721) 345678 / (0721) 345679", ["(0721) 345678", "(0721) 345679"]),
    # as the page shows a link's text and what follows it, its target gone
    ("Hubungi [0812 3456](https://x.example) 7890 atau [Pak Darto](https://wa.me/6281234567891)",
     ["0812 3456 7890", "6281234567891"]),
    # and what stands before it: the page shows no bracket ("0812 3456 7890")
    ("Hubungi 0812 [3456](https://x.example) 7890; 0813 [1111 2222](https://x.example).",
     ["0812 3456 7890", "0813 1111 2222"]),
    # its title and its address's parentheses gone too, an image's "!" with them (the red team's)
    ('Hubungi 0812 [3456](https://x.example "judul") 7890 ya.', ["0812 3456 7890"]),
    ("Hubungi 0812 [3456](https://x.example 'judul') 7890 atau 0813 [1111](https://x.example (judul)) 2222",
     ["0812 3456 7890", "0813 1111 2222"]),
    ("Hubungi 0812 [3456](https://x.example/(a)) 7890 atau 0813 [1111](https://x.example/a?q=(1)) 2222",
     ["0812 3456 7890", "0813 1111 2222"]),
    ("Hubungi 0812 ![3456](https://x.example/a.png) 7890", ["0812 3456 7890"]),
    # an address split by a link, as the page shows it whole
    ("Tulis ke budi@[gmail.com](https://x.example), [sari](https://x.example)@gmail.com, "
     "[nur@](https://x.example)gmail.com atau dewi[@](https://x.example)gmail.com",
     ["budi@gmail.com", "sari@gmail.com", "nur@gmail.com", "dewi@gmail.com"]),
    # a backslash before punctuation, which the page does not show; a link's title, which it publishes
    ("Hubungi 0812\\-3456\\-7890, 0813\\.1111\\.2222, budi\\@gmail.com atau sari@gmail\\.com",
     ["budi@gmail.com", "sari@gmail.com", "0812-3456-7890", "0813.1111.2222"]),
    ('Lihat [info](https://x.example "0812\\-3456\\-7890") dan [foto](https://x.example (0813 1111 2222))',
     ["0812-3456-7890", "0813 1111 2222"]),
    # a hard line break, a line break as any other (the meta description joins the lines)
    ("Hubungi 0812\\\n3456   \n7890", ["0812 3456 7890"]),
    # spaces and tabs in a row, which the page shows as one space
    ("Hubungi 0812    3456    7890 atau 0813\t1111\t\t2222, budi  \t@gmail.com",
     ["budi\t@gmail.com", "0812 3456 7890", "0813\t1111\t2222"]),
    ("Hubungi [kami](https://x.example) di 0812 \t 3456  -  7890", ["0812 3456 - 7890"]),
    # a number a link's brackets only seemed to part from its label
    ("Donasi ke rekening BRI [0123 456 789](https://bri.co.id) a.n. KIM Maju", []),
    # a mobile number in a run of numbers, whatever stands beside it; not a time, a date or a code
    ("Hubungi 081234567890 - 081311112222", ["081234567890", "081311112222"]),
    ("Hubungi 0812 3456 7890 0813 1111 2222", ["0812 3456 7890", "0813 1111 2222"]),
    ("WA 0812 3456 7890 08.00-16.00 WIB", ["0812 3456 7890"]),
    ("Rapat tiap Senin 08.00-12.00 081234567890 (Pak Darto).", ["081234567890"]),
    ("Hubungi Pak Darto di RT 01 0812 3456 7890.", ["0812 3456 7890"]),
    ("Telp 0721 345678 0812 3456 7890", ["0812 3456 7890"]), ("Hubungi 0812 3456 7890 1234", ["0812 3456 7890"]),
    ("WA +62 812 3456 7890 0813 1111 2222", ["+62 812 3456 7890", "0813 1111 2222"]),
    ("WA ++6281234567890 atau +6 2812 3456 7890", ["+6281234567890", "+6 2812 3456 7890"]),
    ("1.081234567890 Pak Darto\n12.081311112222 Bu Sari", ["081234567890", "081311112222"]),
    ("Koordinat -5.0812345678, 105.08123456789; Rp 1.081.234.567", []),
    ("Buka 08.00-12.00 13.00-16.00, rapat 02-10-2026 08.30; SK 0812 3456 7890 1234/x", []),
    # a mobile number without its 0 after a phone's word, in one-digit groups, with a letter O for
    # its 0, or an address with a comma for its last dot; not without a phone's word, nor too short
    ("Info WA: 812-3456-7890 (Pak Darto); Info WA 812 3456 7890", ["812-3456-7890", "812 3456 7890"]),
    ("Telp. 812 3456 789, hp:81234567890 atau kontak 8123 4567", ["812 3456 789", "81234567890"]),
    ("Hubungi 0 8 1 2 3 4 5 6 7 8 9 0", ["0 8 1 2 3 4 5 6 7 8 9 0"]),
    ("Hubungi O812-3456-7890 atau o812 3456 7890", ["O812-3456-7890", "o812 3456 7890"]),
    ("Kode O812 dan kamar 812 3456 7890; Rapat 0 8 1 2; tulis budi@gmail,com", ["budi@gmail,com"]),
    # a number said to be an account's or a registration's, but for a mobile number
    ("No. rekening BNI 0123 456 789 a.n. KIM Maju", []), ("No. rekening BRI 0123 0100 1234 567", []),
    ("NIB 0220001234567, NPWP: 0123456789012; No. rek. Bank Jateng: 0123456789.", []),
    ("No. rekening BNI 0812 3456 789", ["0812 3456 789"]), ("NIB 0812345678901", ["0812345678901"]),
    ("Rekening atau telp 0274 345678", ["0274 345678"]), ("Kantor 0220001234567", ["0220001234567"]),
    ("Donasi ke rekening BNI a.n. KIM Maju 0123 456 789; Nomor Induk Berusaha 0220001234567", []),
    ("Nomor Pokok Wajib Pajak 0123456789", []),
    # a registration's after the name of the body it belongs to, but for a mobile number or a person
    ("NIB BUMDes 0220001234567; NIB BUMDes Maju Jaya 0220001234567; NPWP BUMDes 0123456789", []),
    ("NPWP Koperasi Sri Rejeki: 0123456789; Nomor Induk Berusaha KIM Maju 0220001234567", []),
    ("NIB BUMDes Maju 0812345678901; NIB BUMDes Pak Darto 0274345678", ["0812345678901", "0274345678"]),
    ("NPWP BUMDes hubungi 0274 345678; NIB BUMDes Maju Jaya Sejahtera Abadi 0274345678",
     ["0274 345678", "0274345678"]),
    # a whole run a label owns, longer than a phone number or grouped as an account, though it
    # starts as a mobile number does; of a mobile number's length and grouping, a phone
    ("Rekening BRI 0812-01-000123-50-7 a.n. KIM Maju; Rek. BRI: 0812 0100 1234 507", []),
    ("No rek Mandiri 081-00-1234567-8; Token listrik 0812 3456 7890 1234 5678; rek BRI 081201000123507", []),
    ("Rek. BRI: 0812 3456 7890; Token listrik 0812 3456 78901; ID pelanggan 0812-3456-7890",
     ["0812 3456 7890", "0812 3456 78901", "0812-3456-7890"]),
    ("Hubungi 0812 0100 1234 507; telp 081-00-1234567-8", ["0812 0100 1234", "081-00-1234567-8"]),
    # inside a longer number, only an operator's prefix makes a mobile one: a token's groups are not
    ("Token listrik 1234 5678 0890 1234 5678; kode 1234 5678 0890-1234-5678", []),
    ("Token 1234 0890 1234 5678, HP 1234 0812 3456 7890 dan 0890 1234 5678", ["0812 3456 7890", "0890 1234 5678"]),
    # but not a label with a name or a phone's word before the number
    ("Pengurusan e-KTP tlp. 0274 345678 (rumah Bu Sari)", ["0274 345678"]),
    ("Info BPJS telpon (0274) 345678", ["(0274) 345678"]), ("Daftar BPJS Pak RT 0274345678", ["0274345678"]),
    ("Tanya soal KTP Bu Sari (0274) 345678", ["(0274) 345678"]),
    ("Rekening BNI hubungi 0274 345678 atau rek. a.n. Sari hp 0274 345679", ["0274 345678", "0274 345679"]),
    # a YouTube video's ID, a number in a slug or a query; but a mobile number in a slug
    ("https://youtu.be/0812345678a dan https://www.youtube.com/watch?v=08AbCdEfGhI", []),
    ("https://www.youtube.com/watch?feature=share&v=0812345678X atau youtube.com/shorts/0812345678Y", []),
    # but an "ID" of digits alone, or on another host, is a number
    ("youtu.be/08123456789 dan https://www.youtube.com/watch?v=08123456789", ["08123456789", "08123456789"]),
    ("https://www.youtube.com/shorts/08123456789 atau myyoutu.be/0812345678a", ["08123456789", "0812345678"]),
    ("https://kim.example.id/kim/sinar-0721345678/ dan https://kim.example.id/?id=0721345678", []),
    ("https://kim.example.id/kim/sinar-081234567890/", ["081234567890"]),
    # but not a name's joined word, a number with +62 or a space, or a query's phone key
    ("Hubungi Bu Sari-0274 345678, Bu Sari–0274 345678 atau Bu Sari-+62 721 345678",
     ["0274 345678", "0274 345678", "+62 721 345678"]),
    ("Rumah_Pak_Darto_0274345678; https://example.id/?telp=0274345678&x=1", ["0274345678", "0274345678"]),
    ("https://example.id/?a=1&no_hp=0274345678 dan https://kim.example.id/kim/sinar_0274345678/", ["0274345678"]),
    ("Video youtube.com/watch?v=0812345678 (bukan ID)", ["0812345678"]),
    # an organisation's toll-free or call centre's number, however written; but a landline or a mobile beside it
    ("Bebas pulsa 0800-1-500-808, 0800 1234 567 atau +62 800 1500 808; call centre 0804-1-500-400", []),
    ("Layanan 0804 1 500 400 atau (021) 500 4000; HP 0800 1234 567 0812 3456 7890", ["(021) 500 4000",
                                                                                    "0812 3456 7890"]),
    # but a mobile number behind its prefix, or split by "/" after one (the red team's)
    ("Bebas pulsa 0800 812 3456 7890, 0804 812 3456 7890 atau 08000812345678",
     ["0800 812 3456 7890", "0804 812 3456 7890", "08000812345678"]),
    ("Hub 0800/0812/3456/7890 atau 1/0812/3456/7890", ["0812/3456/7890", "0812/3456/7890"]),
    # "@" said as " at " before a personal mail provider's domain; not the preposition otherwise
    ("Tulis ke budi at gmail dot com atau Siti.R AT Yahoo.co.id.", ["budi at gmail dot com", "Siti.R AT Yahoo.co.id"]),
    ("Rapat at balai desa; info at yahoo groups; meet at gmail office", []),
    # a mobile number written in words, digit by digit, however separated; not other numbers in words
    ("Hubungi nol delapan satu dua tiga empat lima enam tujuh delapan sembilan nol.",
     ["nol delapan satu dua tiga empat lima enam tujuh delapan sembilan nol"]),
    ("WA: Kosong Delapan, lima dua - satu satu. satu dua dua dua tiga tiga",
     ["Kosong Delapan, lima dua - satu satu. satu dua dua dua tiga tiga"]),
    ("Rapat pukul delapan, nol delapan kali; delapan ratus warga; nol delapan satu dua tiga empat lima enam tujuh",
     []),
    # with +62 said or written, mixed with digits, or read in tens ("puluh", "belas": two digits each)
    ("WA enam dua delapan satu dua tiga empat lima enam tujuh delapan sembilan; Plus enam dua delapan satu satu "
     "dua dua tiga tiga empat empat lima", ["enam dua delapan satu dua tiga empat lima enam tujuh delapan sembilan",
                                            "Plus enam dua delapan satu satu dua dua tiga tiga empat empat lima"]),
    ("HP +62 delapan satu dua, tiga empat lima enam, tujuh delapan sembilan",
     ["+62 delapan satu dua, tiga empat lima enam, tujuh delapan sembilan"]),
    ("Hub 0812 tiga empat lima enam tujuh delapan; nol 8 1 2 3 4 5 6 7 8 9; kosong delapan 12 34 56 78.",
     ["0812 tiga empat lima enam tujuh delapan", "nol 8 1 2 3 4 5 6 7 8 9", "kosong delapan 12 34 56 78"]),
    ("Telp nol delapan satu dua, tiga puluh empat, lima puluh enam, tujuh delapan sembilan",
     ["nol delapan satu dua, tiga puluh empat, lima puluh enam, tujuh delapan sembilan"]),
    ("Kosong delapan sebelas, dua belas, dua puluh, tiga puluh empat; nol delapan duapuluh satu sembilan sembilan "
     "sembilan delapan delapan delapan", ["Kosong delapan sebelas, dua belas, dua puluh, tiga puluh empat",
                                          "nol delapan duapuluh satu sembilan sembilan sembilan delapan delapan delapan"]),
    # split as digits may be, by Markdown's marks or a line's end
    ("Hub nol delapan **satu dua** tiga empat lima enam tujuh delapan atau nol delapan satu dua\ntiga empat lima "
     "enam tujuh delapan", ["nol delapan **satu dua** tiga empat lima enam tujuh delapan",
                            "nol delapan satu dua tiga empat lima enam tujuh delapan"]),
    # a run longer than a number: its first 13 digits, the most a number has; two apart, each;
    # a number in digits followed by a word, once
    ("nol delapan satu dua tiga empat lima enam tujuh delapan nol delapan lima dua satu satu satu dua",
     ["nol delapan satu dua tiga empat lima enam tujuh delapan nol delapan lima"]),
    ("nol delapan satu dua tiga empat lima enam tujuh delapan; nol delapan lima dua satu satu satu dua dua dua",
     ["nol delapan satu dua tiga empat lima enam tujuh delapan", "nol delapan lima dua satu satu satu dua dua dua"]),
    ("Hubungi 0812 3456 7890 tiga kali", ["0812 3456 7890"]),
    # numbers in words in prose, dates, RT and RW, a toll-free number: no one's
    ("Ada delapan ratus warga, dua belas relawan dan tiga puluh empat peserta dari dua desa pukul delapan", []),
    ("Sejak tahun dua ribu dua puluh; enam dua puluh; RT nol dua RW nol delapan; nol delapan kali", []),
    ("Tanggal nol delapan bulan nol delapan dua ribu dua puluh enam; nol delapan nol nol satu lima nol nol", []),
    ("Skor enam dua delapan satu; rapat 08-12-2026 dua puluh peserta; 08 12 2026 delapan belas", []),
]
CORPUS += [text for text, _ in FOUND]

# ID numbers, NIK or KK (idnumbers.py), found with the province codes, as (kind, as written). A
# NIK: province, regency and district, a day of birth (a woman's plus 40), month and year, a
# serial; a KK: the same but its date of issue. "3471 0155 0890 0001": Kota Yogyakarta, 15-08-1990.
IDS = [
    # 16 digits shaped as one, however grouped, whatever label stands before it (an NPWP too)
    ("NIK: 3471 0155 0890 0001", [("nik", "3471 0155 0890 0001")]),
    ("Bu Sari 3471.0155.0890.0001, suaminya 3471-0112-0319-0002", [("nik", "3471.0155.0890.0001"),
                                                                   ("nik", "3471-0112-0319-0002")]),
    ("No. KTP 347101 550890 0001; Kartu Keluarga 3471011203190002", [("nik", "347101 550890 0001"),
                                                                     ("nik", "3471011203190002")]),
    ("NPWP 3471 0155 0890 0001 (NPWP baru perorangan)", [("nik", "3471 0155 0890 0001")]),
    ("Daftar NIK3471015508900001 di https://kim.example.id/p/3471015508900001",
     [("nik", "3471015508900001"), ("nik", "3471015508900001")]),
    ("Peserta **9103 0145 1201 0003** dan ３４７１ ０１５５ ０８９０ ０００１", [("nik", "9103 0145 1201 0003"),
                                                                      ("nik", "３４７１ ０１５５ ０８９０ ０００１")]),
    ("Rapat 12-10-2026 3471 0155 0890 0001", [("nik", "3471 0155 0890 0001")]),
    # joined by up to 3 separators of any mix, as the page shows the digits together (the red team's)
    *((text, [("nik", text)]) for text in (
        "3471/1255/0890/0001", "3471,1255,0890,0001", "3471_1255_0890_0001", "3471:1255:0890:0001",
        "3471\t1255\t0890\t0001", "3471 - 1255 - 0890 - 0001",
        "3471 — 1255 — 0890 — 0001",
        "3471 1255-0890-0001", "3471.1255 0890.0001", "34.711.255.0-890.0001")),
    # or by any run of spaces and tabs, which the page shows as one space
    *((text, [("nik", "3471 1255 0890 0001")]) for text in (
        "3471  1255  0890  0001", "3471    1255    0890    0001")),
    ("3471\t\t1255 \t 0890\t\t\t0001", [("nik", "3471\t1255 0890\t0001")]),
    # as the page shows it, without the backslashes
    ("3471\\-1255\\-0890\\-0001", [("nik", "3471-1255-0890-0001")]),
    ("NIK: 3471 1255-0890-0001; NPWP 34.711.255.0-890.0001", [("nik", "3471 1255-0890-0001"),
                                                               ("nik", "34.711.255.0-890.0001")]),
    ("Rumah Bu Sari 3471/1255/0890/0001, RT 02", [("nik", "3471/1255/0890/0001")]),
    ("Rapat 12-10-2026, 3471 1255 0890 0001", [("nik", "3471 1255 0890 0001")]),
    ("Kode 3471 1255 0890 0001 2345", [("nik", "3471 1255 0890 0001")]),
    # as the page shows Markdown: a line break, bold or italic marks, a link's text before the rest
    ("NIK 3471 1255\n0890 0001; *3471* 1255 0890 0001", [("nik", "3471 1255 0890 0001"),
                                                        ("nik", "3471* 1255 0890 0001")]),
    ("**3471** 1255 0890 0001 dan 3471**1255**0890**0001", [("nik", "3471** 1255 0890 0001"),
                                                             ("nik", "3471**1255**0890**0001")]),
    ("Lihat [3471 1255](https://x.example) 0890 0001.", [("nik", "3471 1255 0890 0001")]),
    ("NIK 3471 [0155 0890](https://x.example) 0001", [("nik", "3471 0155 0890 0001")]),
    ('NIK 3471 [0155](https://x.example "t") 0890 0001', [("nik", "3471 0155 0890 0001")]),
    ("[3471 1255 0890 0001](https://x.example/3471125508900001)", [("nik", "3471 1255 0890 0001"),
                                                                   ("nik", "3471125508900001")]),
    # after a NIK, KTP or KK word, 12 digits or more however mistyped, but a mobile number's
    ("Nomor Induk Kependudukan 3471 0155 0890 001 (kurang satu angka)", [("nik", "3471 0155 0890 001")]),
    ("NIK 3471 0123 4567 0001 dan No KK: 347101234567", [("nik", "3471 0123 4567 0001"), ("nik", "347101234567")]),
    ("e-KTP no. 34710155089000012; KTP nomor 3471 0155 0890 0001 2", [("nik", "34710155089000012"),
                                                                     ("nik", "3471 0155 0890 0001 2")]),
    ("NIK 0274 3456 7890 (bukan telepon)", [("nik", "0274 3456 7890")]),
    ("NIK 0812 3456 7890", [("phone", "0812 3456 7890")]),
    # after the label as the red team wrote it: glued, spaced, with a word or two of whose
    *((text, [("nik", text.rpartition(" ")[2])]) for text in (
        "NoKK: 347112550890000", "KTP-el: 347112550890000", "NIK-nya 347101550890", "NIK ketua: 347112550890000",
        "NIK (ketua): 347101550890", "NIK:   347101550890", "N I K 3471015508900", "NIK: 3471/1255/0890/000")),
    ("Ketua NIK 3471 0155 0890 0001 HP 0812 3456 7890", [("phone", "0812 3456 7890"), ("nik", "3471 0155 0890 0001")]),
    # and not both for the same digits: the ID's, when more than a phone number's
    ("NIK 0812 3456 7890 1234; kode 6281 2345 1090 0001", [("nik", "0812 3456 7890 1234"),
                                                          ("nik", "6281 2345 1090 0001")]),
    # not another number of 16 digits or more, an amount, a decree's, a region's code, a date
    ("Token listrik 1234 5678 9012 3456; token 1234 5678 9012 3456 7890; 12345678901234567890", []),
    ("Dana Rp 12.075.000 dan Rp 3.471.012.345.670.001; SK No. 3471/0123/2020, 188.45/123/KPTS/2024", []),
    ("Dana Rp 3.471.015.508.900.001 dan Rp 3,471,015,508,900,001; token listrik 1234 5678 9012 3456 7890", []),
    ("Perekaman e-KTP 12-10-2026, 08.00-12.00; KK 2019/2024, 2025", []),
    ("Kode desa 33.74.01.1001 (3374011001); lahir 15-08-1990, 1990-08-15; tahun 2019 2020 2021 2022", []),
    ("NIB 1234567890123; NPWP 01.234.567.8-901.000; NPWP BUMDes 0123 4567 8901 2345", []),
    ("Virtual account BNI 8808 1234 5678 9012; rekening BRI 0123 0100 1234 567; ID pelanggan PLN 123456789012", []),
    # nor an ID's word without a number, or before a date, a span of years, a time or a count
    ("Daftar tanpa NIK; bawa KTP dan KK asli. Perekaman e-KTP 12-10-2026 pukul 08.00-12.00", []),
    ("Data KK 2019-2024: 1.250 KK, 4.870 jiwa; KK 1.250.000 rupiah; 120 KK 34710123", []),
    # nor a count after one, of fewer than 12 digits (the red team's)
    ("Perekaman e-KTP 36548123 jiwa se-provinsi; Jumlah KK: 12345678; Jumlah NIK 12345678 terdata; KK 12500000", []),
    ("NIK 0274 345678 (bukan telepon); No KK: 3471012345", []),
]
CORPUS += [text for text, _ in IDS]


@pytest.mark.parametrize("text, found", FOUND)
def test_what_is_and_is_not_a_contact(text, found):
    assert [value for _, _, value in contacts.contacts_in(text)] == found


@pytest.mark.parametrize("text, found", IDS)
def test_what_is_and_is_not_an_id_number(text, found):
    assert [(kind, value) for _, kind, value in contacts.contacts_in(text, PROVINCES)] == found


def test_a_reference_style_link_is_read_as_the_page_shows_it_as_written():
    """The profile renders no reference-style link (`[text][1]`, `[1]: https://…`): it shows
    them as typed, so their digits stay apart, as the checks read them. (Should the renderer
    take them, the checks must read them as they would then show.) A definition's address is
    checked as a link's all the same."""
    text = "Hubungi [0812 3456][1] 7890.\n\n[1]: https://example.org"
    assert "Hubungi [0812 3456][1] 7890." in render_markdown(text) and "<a " not in render_markdown(text)
    assert contacts.contacts_in(text) == []
    assert [p.code for p in _described("Hubungi [kami][1].\n\n[1]: https://wa.me/%36281234567890")] == [
        "media-contact"]


@pytest.mark.parametrize("text", [text for text in CORPUS if re.search(r"[\[\\\n]", text) and not re.search(r"!\[|[*_]", text)])
def test_a_text_is_read_as_the_page_shows_it(text):
    """The reading the checks make of Markdown (shown.py) is markdown-it's, as the profile and
    its meta description show it (`lead`). (Not for emphasis, whose marks the checks read as
    separators, nor the "!" of an image-shaped link, which the page shows, images being off,
    and the reading drops, to read "0812 ![3456](…) 7890" as "0812 *3456* 7890" is read.)"""
    paragraph = text.replace("\n\n", "\n")
    assert " ".join(shown.readings(paragraph)[0][0].split()) == lead(paragraph, most=len(text))


@pytest.mark.parametrize("text, first", [
    ('Lihat [info](https://x.example "0812\\-3456\\-7890")', "0812"), ("Tulis ke [budi](https://x.example)@gmail.com", "budi"),
    ("Hubungi\\\n0812\\-3456\\-7890", "0812"), ("Hubungi [0812](<https://x.example/a b> 'x') 3456 7890", "0812")])
def test_a_contact_is_placed_at_its_first_shown_character_as_written(text, first):
    """What the validator's line and column point at (the form's field, its text's offset)."""
    (offset, _, _), = contacts.contacts_in(text)
    assert text[offset:].startswith(first)


def test_a_long_run_of_spaces_is_read_once():
    """A line's end is looked for from a run's first space only: from each, 40,000 spaces took
    ten seconds (a link's "[" before them makes the text Markdown to read)."""
    started = time.perf_counter()
    assert contacts.contacts_in("[a](https://x.example" + " " * 40_000) == []
    assert time.perf_counter() - started < 1


def test_an_id_number_in_a_comment_is_found_however_its_groups_are_joined():
    found = contacts.contacts_in_comments("nama: KIM Maju  # KK: 3471/1255/0890/0001\n", PROVINCES)
    assert [(kind, value) for _, kind, value in found] == [("nik", "3471/1255/0890/0001")]


def test_without_the_province_codes_no_id_number_is_looked_for():
    """What a link or a message is searched with: contacts only (`redacted` masks IDs itself)."""
    assert contacts.contacts_in("NIK: 3471015508900001") == []


@pytest.mark.parametrize("url, found", [("https://youtu.be/08123456789", ("phone", "08123456789")),
                                        ("https://youtu.be/0812345678a", None)])
def test_a_media_links_video_id_of_digits_is_a_number(url, found):
    assert contact_in_link(url) == found


# Links with an ID number (the red team's), found with the province codes (the form's test runs them too).
ID_LINKS = {"https://www.facebook.com/sari.3471125508900001": "3471125508900001",
            "https://kim.example.id/?nik=3471125508900001": "3471125508900001",
            "https://lembaga.example.id/relawan/3471125508900001": "3471125508900001",
            "https://lembaga.example.id/relawan/1234567890123456": None}


@pytest.mark.parametrize("url", ID_LINKS)
def test_a_link_named_after_an_id_number_holds_it(url):
    assert contact_in_link(url, PROVINCES) == (ID_LINKS[url] and ("nik", ID_LINKS[url]))


# An ID-shaped number right after an account's or a registration's word (idnumbers.py
# `ACCOUNT_WORD`) is refused saying why; with other words between, as any ID number (the
# form's test runs them too). The codes the validator gives a KIM's description.
ACCOUNTS = {
    "Donasi ke rekening BRI 3471 0155 0890 0001 a.n. KIM Maju.": ["nik-shaped-account"],
    "Transfer lewat virtual account BNI: 3471015508900001": ["nik-shaped-account"],
    "Bayar via VA 3471-0155-0890-0001 atau QRIS NMID 3471125508900001.": ["nik-shaped-account"] * 2,
    "No. rekening a.n. KIM Maju Jaya: 3471 0155 0890 0001": ["nik-shaped-account"],
    "Nomor registrasi\n3471 0155 0890 0001, No. Reg. 3471 0155 0890 0002": ["nik-shaped-account", "nik-in-text"],
    "Rekening Bu Sari 3471 0155 0890 0001; Java 3471 0155 0890 0001": ["nik-in-text", "nik-in-text", "person-in-text"],
    "NIK ketua 3471 0155 0890 0001; rekening BRI 0812 3456 7890": ["phone-in-text", "nik-in-text"],
    # a bank's name of words, a holder "atas nama" or in brackets, the word spaced or joined,
    # the number in bold, "İ" (the red team's): as the treasurer writes the account
    "Rekening BRI atas nama KIM Maju 3471015508900001": ["nik-shaped-account"],
    "Donasi: rekening Bank Rakyat Indonesia 3471015508900001": ["nik-shaped-account"],
    "rekening BPD Papua 3471015508900001, rekening BRI (a.n. Bendahara KIM) 3471015508900002":
        ["nik-shaped-account"] * 2,
    "virtual  account 3471015508900001; virtual-account 3471015508900002": ["nik-shaped-account"] * 2,
    "rekening **3471015508900001**": ["nik-shaped-account"],
    "Rekening BRİ 3471015508900001": ["nik-shaped-account"],
    # as the page shows a link's text: a label's number, however linked; a title's, as text
    "Donasi ke rekening BRI [0123 456 789](https://bri.co.id) a.n. KIM Maju.": [],
    'Hubungi [kami](https://x.example "0812\\-3456\\-7890").': ["phone-in-text"],
}
CORPUS += list(ACCOUNTS)


def _described(text: str) -> list:
    kim = ("versi: 1\nslug: maju-bersama-pekalongan\nnama: KIM Maju Bersama\nstatus: aktif\n"
           f"wilayah: 18.07.04.2001\ndeskripsi: {json.dumps(text)}\ndiperbarui: 2026-11-01\n")
    return catalogue.check_bytes(kim.encode(), "kims/18/18.07/maju-bersama-pekalongan.yml",
                                 dt.date(2026, 11, 27)).problems


@pytest.mark.parametrize("text", ACCOUNTS)
def test_an_id_shaped_number_after_an_accounts_word_is_refused_saying_why(text):
    assert [p.code for p in _described(text)] == ACCOUNTS[text]


def test_the_account_message_says_it_cannot_be_told_from_a_nik_and_what_to_do():
    problem, = _described("Donasi: rekening BRI 3471 0155 0890 0001")
    assert (problem.line, problem.col, problem.field) == (6, 34, "deskripsi")
    assert problem.message() == (
        "`3471…01` ditulis sebagai nomor rekening, virtual account, QRIS atau registrasi, tetapi bentuknya sama "
        "dengan NIK atau nomor KK (16 angka: kode provinsi, kabupaten dan kecamatan, lalu tanggal) sehingga tidak "
        "dapat dibedakan dari NIK; nomor seperti ini tidak dimuat, agar tidak ada NIK yang tersembunyi di balik kata "
        "semacam itu. Hapus nomornya: untuk donasi, sebutkan bank dan nama pemilik rekening saja dan minta donatur "
        "menghubungi kontak yang tercantum di berkas ini, atau tautkan halaman donasi resmi")
    assert problem.message("en") == (
        "`3471…01` is written as an account, virtual account, QRIS or registration number, but it has the shape of "
        "a NIK or KK number (16 digits: a province's, regency's and district's code, then a date), so it cannot be "
        "told from a NIK; such numbers are not published, so that no NIK hides behind such a word. Remove the "
        "number: for donations, name the bank and the account holder only and ask donors to get in touch through the "
        "contact this file lists, or link an official donation page")


def _found(pattern: re.Pattern, text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in pattern.finditer(text)]


def _as_python(source: str) -> str:
    """JavaScript's named groups, back-references and Unicode properties in Python's spelling
    (whether JavaScript's properties match what Python's classes do, the browser tells)."""
    for js, python in (("\\p{L}\\p{N}_", "\\w"), ("\\p{Nd}", "\\d"), ("\\P{Nd}", "\\D")):
        source = source.replace(js, python)
    return re.sub(r"\\k<(\w+)>", r"(?P=\1)", re.sub(r"\(\?<(?=\w)", "(?P<", source))


@pytest.mark.parametrize("pattern", [contacts.PHONE_RUN, contacts.EMAIL_IN_TEXT, contacts.AFTER_PHONE_WORD,
                                     contacts.LETTER_O, idnumbers.DIGIT_RUN, idnumbers.ID_LABEL,
                                     idnumbers.ACCOUNT_WORD, shown.MARKDOWN, rules.POST_TAIL, spoken.SPOKEN_RUN,
                                     spoken.TOKEN],
                         ids=["phone", "email", "after-word", "letter-o", "digit-run", "id-label", "account-word",
                              "markdown", "post-tail", "spoken-run", "spoken-token"])
def test_the_forms_patterns_find_what_the_validators_find(pattern):
    derived = contacts.for_javascript(pattern)
    assert not re.search(r"\\[dDwW]", derived)  # no ASCII-only class left
    python = _as_python(derived)
    assert not re.search(r"(?<!\\)[+*?}]\+", python)  # no possessive quantifier left
    atomic = re.compile(python, pattern.flags)
    for text in [*CORPUS, *(text.lower() for text in CORPUS)]:  # the spoken patterns read it lowercased
        assert _found(atomic, text) == _found(pattern, text), text


# Titles next to names, and look-alikes (names.py): a title's border is between any script's letters.
TITLED = ["Dipandu Ibu Sri.", "Kelas Ibu Hamil", "Wati, S.Pd. hadir", "Dr.Wati", "Hj. Wati", "JoséS.E. hadir",
          "éIbu Wati", "Ibuñ Wati", "budi daya", "Pak Kades", "ÖDr. Wati", "M.Kom.", "A.Md hadir"]


def test_a_pattern_with_named_groups_and_borders_finds_in_javascript_what_python_finds():
    """PERSON_TITLE names its groups and marks words' borders as only Python reads them: written
    for JavaScript, `(?P<name>` is `(?<name>` and `\\b` a border of Unicode's letters."""
    derived = contacts.for_javascript(PERSON_TITLE)
    assert "(?P" not in derived and not re.search(r"\\[bdDwW]", derived)
    assert "(?<address>" in derived and "(?<degree>" in derived
    python = re.compile(_as_python(derived), PERSON_TITLE.flags)
    assert [_found(python, text) for text in TITLED] == [_found(PERSON_TITLE, text) for text in TITLED]
    assert _found(PERSON_TITLE, "JoséS.E. hadir") == [] and _found(PERSON_TITLE, "Dr.Wati") == [(0, "Dr.")]


def test_a_non_word_is_unicodes_in_javascript_or_the_build_fails():
    """JavaScript's `\\W` is ASCII's even in u-mode: outside brackets it is written as the
    complement of Unicode's letters and digits; inside them u-mode has no way to, so the build
    stops rather than have the form read "ñ" as a non-word where the validator does not."""
    assert contacts.for_javascript(re.compile(r"a\W")) == "a[^\\p{L}\\p{N}_]"
    with pytest.raises(ValueError, match="ASCII"):
        contacts.for_javascript(re.compile(r"(?![^\W_])"))


def test_merely_greedy_patterns_would_find_more():
    """Why the form's patterns are atomic, not just greedy: a greedy run gives back its
    last group ("... 1234/x") and the rest reads as a phone number."""
    greedy = re.compile(re.sub(r"(?<!\\)([+*?}])\+", r"\1", contacts.PHONE_RUN.pattern))
    text = "Nomor 0812 3456 7890 1234/x"

    def phones(pattern: re.Pattern) -> list[tuple[int, str]]:
        return [found for found in _found(pattern, text) if contacts._is_phone(found[1])]
    assert phones(greedy) != phones(contacts.PHONE_RUN) == []


def test_the_corpus_holds_contacts_and_look_alikes():
    found = [value for text in CORPUS for _, _, value in contacts.contacts_in(text)]
    assert "0812-3456-7890" in found and "siti (at) example.org" in found
    assert not any(value.startswith(("08.00", "02-10", "12.075", "0412")) for value in found)
    assert {"bimà@gmail.com", "0８１２３４５６７８９", "0٨١٢ ٣٤٥٦ ٧٨٩٠", "0𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗"} <= set(found)
    # written in any script's digits from the first, split otherwise, or "@" and "." otherwise
    assert {"٠٨١٢٣٤٥٦٧٨٩٠", "０８１２-３４５６-７８９０", "0812 3456 7890", "0812**3456**7890",
            "0812\u00a03456\u20097890", "0812\u22123456\u22127890", "0812_3456_7890",
            "budi@gmail\uff0ecom", "budi\ufe6bgmail.com"} <= set(found)
    # a mobile number glued to letters, or before "/", is someone's; grouped oddly, still one
    assert {"081234567891", "0812-3456-7892", "081234567893", "+6281234567894", "081234567895",
            "08 1234 567 896", "0 812 3456 7897", "0812.3456.7898", "081234567899"} <= set(found)
    assert [value for _, _, value in contacts.contacts_in("é0812 3456 7890, 0812 3456 7890é")] == [
        "0812 3456 7890", "0812 3456 7890"]
    # with its country code before the 0 form's 0 (or 0062), split by "/" or ","
    assert {"+62 0812-3456-7890", "+62 081234567891", "(+62) 0812 3456 7892", "62 0812 3456 7893",
            "+6208123456789", "0062 812 3456 7894", "0812/3456/7895", "0812/34567896", "0812,3456,7897",
            "081234567898", "081234567899"} <= set(found)
    assert not any(value.startswith(("188", "02/10", "0,5")) or value.endswith("/2026") for value in found)
    assert not any(value.startswith(("085/", "081/", "089/", "0812/143")) for value in found)
    assert {"nur.aini [at] gmail [dot] com", "nur(at)kim(dot)example(dot)id"} <= set(found)
    # but not another number, nor a date and time, a code or a longer number
    assert not any(value.startswith(("0721", "08.12")) or "2026" in value for value in found)
    assert contacts.contacts_in("Nomor 0812 3456 7890 1234/x; 0721345678/x; Hp0721345678") == []


@pytest.mark.parametrize("written, shown", [
    ("0812-3456-7890", "0812…90"), ("+6281234567890", "+62812…90"), ("(+62) 812-3456-7890", "+62812…90"),
    ("0８１２ ３４５６ ７８９０", "0812…90"), ("(0721) 345678", "0721…78"), ("budi.s@gmail.com", "b…@gmail.com"),
    ("siti (at) example.org", "s… (at) example.org"), ("budi @ gmail.com", "b… @ gmail.com"),
    ("budi @ gmail dot com", "b… @ gmail dot com"), ("budi@Yahoo.co.id", "b…@Yahoo.co.id"), ("d@gmail", "d…@gmail"),
    # a domain but a public provider's or an example's may be the person's own: only its ending
    ("budi@budisantoso.id", "b…@….id"), ("budi.s@kim-maju.or.id", "b…@….id"), ("budi@mail.budi.web.id", "b…@….id"),
    ("budi (at) budisantoso (dot) id", "b… (at) ….id"), ("budi@gmail.com.budi.id", "b…@….id"),
    ("sari@lembaga.example", "s…@lembaga.example"), ("budi@budisantoso", "b…@…"),
    ("wa.me/6281234567891", "wa.me/62812…91"),
    ("?phone=62(812)34567895", "?phone=62812…95"), ("0812345", "0812…45"), ("021-345", "021-345"),
    # every address of a value, each its own domain's way (the red team: only the first was)
    ("budi@gmail.com / sari@sarikeluarga.id", "b…@gmail.com / s…@….id"),
    ("budi (at) gmail (dot) com, sari (at) sarikeluarga (dot) id", "b… (at) gmail (dot) com, s… (at) ….id"),
])
def test_a_contact_is_quoted_masked(written, shown):
    assert masking.masked(written) == shown


def test_a_message_value_holds_no_contact_in_full():
    """Whatever a message quotes (a link, a field's value, a hint) is `redacted`: its contacts
    masked, the rest as written; the examples' number, nobody's, stays."""
    assert masking.redacted("https://wa.me/6281234567891 dan 2026-10-02, 18.07.04.2001") == \
        "https://wa.me/62812…91 dan 2026-10-02, 18.07.04.2001"
    assert masking.redacted('"+6281234567890" atau "+6280000000000"') == '"+62812…90" atau "+6280000000000"'
    assert masking.redacted("tulis ke budi@gmail.com, bukan 08.00-12.00") == "tulis ke b…@gmail.com, bukan 08.00-12.00"
    # an ID number, whatever two digits start it: masking no one's number harms none
    assert masking.redacted("NIK 3471 0155 0890 0001 atau 0001 0155 0890 0001") == "NIK 3471…01 atau 0001…01"
    # a number before an address (the reviewer: found after it, the number stayed whole)
    assert masking.redacted("hubungi 0812-3456-7890 atau budi@gmail.com") == "hubungi 0812…90 atau b…@gmail.com"


@pytest.mark.parametrize("one, other, same", [
    ("Nur Aini, SE", "Nur Aini", True), ("Ustadzah Nur Aini", "Nur Aini", True), ("Hj Nur Aini", "Nur Aini", True),
    ("Drs Nur Aini", "Nur Aini", True), ("Nur Aini, SKM", "Nur Aini", True), ("KH. Nur Aini", "Nur Aini", True),
    ("Ahmad, S.Pd.,", "Ahmad", True), ("Sdr. Darto", "Darto", True), ("H. Wulan Sari, S.Pd.", "Wulan Sari", True),
    # the regional forms of address
    ("Mas Darto", "Darto", True), ("Uni Nur Aini", "Nur Aini", True), ("Uda Darto", "Darto", True),
    ("Kang Darto", "Darto", True), ("Teh Nur Aini", "Nur Aini", True), ("Ning Nur Aini", "Nur Aini", True),
    ("Cak Darto", "Darto", True),
    # initials are no degree
    ("Darto M.Yusuf", "Darto", False), ("Nur Aini", "Nur Asih", False),
])
def test_names_compare_without_titles_and_degrees_however_written(one, other, same):
    """The contact red team: a board member written "Nur Aini, SE" and her contact "Nur Aini"
    were two people, and `contact-not-role-holder`, an error, refused a valid file."""
    assert same_person(one, other) is same



# A free-text role and the KIM's post it names ("": none, another body's), whatever follows.
OTHER_POSTS = {role: "" for role in (
    "Sekretaris Desa", "Ketua Kelompok Tani Sri Rejeki", "Ketua Rukun Tetangga 03", "Bendahara Desa",
    "Sekretaris Kecamatan", "Ketua Gapoktan", "Ketua KWT", "Ketua Tim Penggerak PKK", "Ketua Kader Posyandu",
    "Ketua Linmas", "Ketua Dasawisma", "Ketua Remaja Masjid", "Ketua Panitia Lomba", "Ketua R.T. 03",
    "Ketua Rukun Warga", "Koordinator Lapangan", "Pembina dari Diskominfo", "Ketua Ikatan Remaja",
    "Ketua Viñas")}
OTHER_POSTS |= {"Ketua Harian": "ketua", "Ketua 2": "ketua", "Ketua 2019-2024": "ketua", "Ketua & Admin": "ketua",
                "Ketua dan Admin": "ketua", "Ketua - Humas": "ketua", "Ketua IV": "ketua", "Ketua.": "ketua",
                "Bendahara KIM": "bendahara", "Koordinator Bidang Humas": "koordinator",
                "Wakil Ketua I": "wakil-ketua", "Pembina": "pembina", "Anggota Pengurus": "anggota"}


@pytest.mark.parametrize("role", OTHER_POSTS)
def test_a_post_word_names_the_kims_post_only_before_what_can_follow_it(role):
    assert rules.board_post(role, load_vocab().values("jabatan")) == OTHER_POSTS[role]


# Whose contact a post's is: (name, `peran` as written) with the board's chair Ahmad and
# secretary Budi; whether `contact-not-role-holder` refuses it (the form's test runs them too).
HOLDERS = {("Siti", "Sekretaris (KIM)"): True, ("Siti", "Sekertaris"): True, ("Siti", "sekretaris kim"): True,
           ("Siti", "Ketua KIM"): True, ("Siti", "Ketua, KIM Maju"): True, ("Siti", "Wakil Ketua (KIM)"): False,
           ("Budi", "Sekretaris (KIM)"): False, ("Mas Budi", "Sekertaris"): False,
           ("Cak Budi", "sekretaris kim"): False,
           ("Ning Ahmad", "Ketua KIM"): False, ("Uni Ahmad", "ketua"): False, ("Uda Ahmad", "ketua"): False,
           ("Teh Ahmad", "ketua"): False, ("Kang Budi", "Sekretaris"): False,
           # a post's word reads as the post whatever else the role says (a former chair's too)
           ("Siti", "Sekretaris/Humas"): True, ("Sari Lestari", "Ketua Kelompok Informasi Masyarakat"): True,
           ("Sari Lestari", "Ketua K.I.M."): True, ("Sari Lestari", "Ketua Umum"): True,
           ("Sari Lestari", "Ketua I"): True, ("Sari Lestari", "Ketua periode 2024-2029"): True,
           ("Sari Lestari", "Ketua (2019–2024)"): True, ("Sari Lestari", "Ketua/Admin"): True,
           ("Sari Lestari", "Pak Ketua"): True, ("Sari Lestari", "Ktua"): True,
           ("Sari Lestari", "Mantan Ketua"): True, ("Ahmad", "Ketua/Admin"): False,
           ("Sari Lestari", "Admin media sosial"): False, ("Sari Lestari", "Ketua RT 01"): False,
           ("Sari Lestari", "Sekretaris PKK"): False,
           # a post of another body, however it is named: what follows the word tells
           **{("Sari Lestari", role): post == "ketua" for role, post in OTHER_POSTS.items()}}


@pytest.mark.parametrize("name, role", HOLDERS)
def test_a_contact_for_a_post_written_freely_is_its_holders(name, role):
    text = f"""versi: 1
slug: maju-bersama-pekalongan
nama: KIM Maju Bersama
status: aktif
wilayah: 18.07.04.2001
pengurus:
  - {{jabatan: ketua, nama: Ahmad, izin_publikasi: 2026-10-01}}
  - {{jabatan: sekretaris, nama: Budi, izin_publikasi: 2026-10-01}}
kontak:
  - {{jenis: pribadi, nama: {json.dumps(name)}, peran: {json.dumps(role)}, email: kim@example.org,
     izin_publikasi: 2026-10-01}}
diperbarui: 2026-11-01
"""
    result = catalogue.check_bytes(text.encode(), "kims/18/18.07/maju-bersama-pekalongan.yml", dt.date(2026, 11, 27))
    refused = [(p.code, p.field) for p in result.problems] == [("contact-not-role-holder", "kontak[0].nama")]
    assert refused is HOLDERS[name, role] and (refused or result.problems == [])
