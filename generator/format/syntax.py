"""What the YAML reader (libyaml) found wrong, in our words, Indonesian and English.

The `detail` of the `yaml-syntax` message (`messages.MESSAGES`), by form: `yamlnode` maps
each of libyaml's own texts to a form, so no parser wording reaches a volunteer.
"""

SYNTAX: dict[str, tuple[str, str]] = {
    "colon": (
        "ada tanda ':' yang tidak diharapkan; periksa indentasi baris ini, dan apit dengan tanda kutip teks yang memuat ': '",
        "an unexpected ':'; check this line's indentation, and put text containing ': ' in quotes",
    ),
    "flow-colon": (
        "ada tanda ':' yang tidak diharapkan di dalam kurung; beri spasi sesudah ':', atau apit nilainya dengan tanda kutip",
        "an unexpected ':' inside brackets; put a space after the ':', or put the value in quotes",
    ),
    "no-colon": (
        "baris ini tidak berbentuk `kunci: nilai`",
        "this line is not of the form `key: value`",
    ),
    "key": (
        "indentasi baris ini tidak sejajar dengan kunci di atasnya",
        "this line's indentation does not line up with the keys above it",
    ),
    "after-value": (
        "ada teks sesudah tanda kutip atau kurung penutup; pindahkan teks itu ke dalam tanda kutip, atau hapus",
        "there is text after a closing quote or bracket; move it inside the quotes, or remove it",
    ),
    "dash": (
        "butir daftar harus diawali '- ' dengan indentasi yang sama",
        "list items must start with '- ' at the same indentation",
    ),
    "dash-here": (
        "butir daftar ('- ') harus dimulai di baris baru di bawah kuncinya; bila tanda - bagian dari teks, apit nilainya dengan tanda kutip",
        "a list item ('- ') must start on a new line below its key; if the - belongs to the text, put the value in quotes",
    ),
    "question": (
        "tanda ? di awal nilai dibaca YAML sebagai penanda kunci; apit nilainya dengan tanda kutip",
        "YAML reads a ? at the start of a value as a key marker; put the value in quotes",
    ),
    "bracket": (
        "kurung [ yang dibuka di sini belum ditutup dengan ]",
        "the [ opened here is not closed with ]",
    ),
    "brace": (
        "kurung { yang dibuka di sini belum ditutup dengan }",
        "the { opened here is not closed with }",
    ),
    "flow-item": (
        "di dalam kurung, pisahkan tiap butir dengan koma; teks sesudah tanda kutip penutup harus masuk ke dalam tanda kutip",
        "inside brackets, separate the items with commas; text after a closing quote belongs inside the quotes",
    ),
    "end-of-file": (
        "berkas berakhir sebelum nilai ini selesai; periksa kurung [ atau { yang belum ditutup",
        "the file ends before this value is complete; look for a [ or { that is not closed",
    ),
    "unclosed-quote": (
        "tanda kutip yang dibuka di sini belum ditutup",
        "the quote opened here is never closed",
    ),
    "quote-document": (
        "tanda kutip yang dibuka di sini belum ditutup sebelum baris '---' atau '...'; tutup tanda kutipnya",
        "the quote opened here is not closed before the '---' or '...' line; close the quote",
    ),
    "token": (
        "karakter '{char}' tidak boleh mengawali nilai; apit nilainya dengan tanda kutip",
        "a value cannot start with '{char}'; put the value in quotes",
    ),
    "escape": (
        "garis miring terbalik di dalam tanda kutip ganda; gunakan tanda kutip tunggal",
        "a backslash inside double quotes; use single quotes instead",
    ),
    "escape-code": (
        "kode \\x, \\u atau \\U di dalam tanda kutip ganda tidak lengkap atau tidak sah; ketik karakternya langsung, atau gunakan tanda kutip tunggal",
        "a \\x, \\u or \\U code inside double quotes is incomplete or invalid; type the character itself, or use single quotes",
    ),
    "tag": (
        "tanda ! tidak boleh mengawali nilai (`{tag}`); apit nilainya dengan tanda kutip",
        "a value cannot start with ! (`{tag}`); put it in quotes",
    ),
    "anchor": (
        "YAML membaca '{char}' di awal nilai sebagai anchor atau alias; apit nilainya dengan tanda kutip",
        "YAML reads a '{char}' at the start of a value as an anchor or alias; put the value in quotes",
    ),
    "block-indicator": (
        "angka sesudah | atau > harus 1 sampai 9; hapus angka 0 itu",
        "the digit after | or > must be 1 to 9; remove the 0",
    ),
    "block-header": (
        "sesudah | atau > tidak boleh ada teks di baris yang sama; mulai teksnya di baris berikutnya, menjorok ke dalam",
        "nothing may follow | or > on its line; start the text on the next line, indented",
    ),
    "node": (
        "nilai tidak ditemukan di sini; periksa baris '---' atau '...' yang salah tempat",
        "no value found here; look for a misplaced '---' or '...' line",
    ),
    "document-end": (
        "ada isi sesudah baris '...' (akhir dokumen) atau sesudah direktif %; hapus baris '...' atau % itu",
        "there is content after a '...' line (end of document) or after a % directive; delete that '...' or % line",
    ),
    "directive": (
        "baris yang diawali % (direktif YAML) tidak diperlukan dalam berkas KIM; hapus baris ini",
        "a line starting with % (a YAML directive) is not needed in a KIM file; delete it",
    ),
}
