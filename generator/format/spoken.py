"""Mobile numbers said in words, as someone reads one aloud or writes it so to get past a
scanner: digit by digit ("nol delapan satu dua …", "Kosong delapan …"), with the country
code ("enam dua delapan …", "plus enam dua delapan …"), mixed with digits ("0812 tiga empat
…", "nol 8 1 2 …", "kosong delapan 12 34 56 78") and in tens, as a number is read in pairs
("tiga puluh empat", "dua puluh", "dua belas", "sebelas": two digits each). A run is one
when the digits its words and groups stand for make a mobile number, 08 then 1-9 and 10 to 13
digits in all (62 for the 0): numbers in words otherwise ("delapan ratus warga", "dua belas
relawan", "tahun dua ribu dua puluh", "enam dua puluh", "RT nol dua RW nol delapan") are no
one's. (The form: `spokenPhones` in kontribusi-text.js.)
"""

from __future__ import annotations

import re

# What each word stands for, whole ("sepuluh", "sebelas") or as a digit of a pair.
SPOKEN_DIGITS = {"nol": "0", "kosong": "0", "satu": "1", "dua": "2", "tiga": "3", "empat": "4", "lima": "5",
                 "enam": "6", "tujuh": "7", "delapan": "8", "sembilan": "9", "sepuluh": "10", "sebelas": "11"}
_UNITS = "satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan"
_TENS = "dua|tiga|empat|lima|enam|tujuh|delapan|sembilan"
# A number's word or group, on the lowercased text: a digit's word, a pair read as tens (also
# written joined, "duapuluh", "duabelas"), its unit taken with it, or a group of digits; after
# the run's first, of 3 digits at most, as a year's ends a run: "08-12-2026 dua puluh peserta".
TOKEN = re.compile(rf"(?<!\w)(?:(?P<tens>{_TENS}) ?puluh(?: (?P<unit>{_UNITS}))?|(?P<teen>{_TENS}) ?belas"
                   rf"|(?P<word>nol|kosong|sepuluh|sebelas|{_UNITS})|(?P<digits>^\d+|\d{{1,3}}))(?!\w)")
# A run of them that may be a mobile number, from its start (a 0, 62 or +62 said or written):
# as many as a number with +62 said digit by digit has, split as digits may be, by a line's
# end or Markdown's marks too ("nol delapan **satu dua** …"). Not part of a decimal ("1.08 …").
SPOKEN_RUN = re.compile(r"(?<![\w+])(?<!\d[.,])(?:(?:plus|\+) ?)?(?:nol|kosong|enam|[06]\d*)(?!\w)"
                        r"(?:[ ,.\-\n*_`]{1,3}" + TOKEN.pattern + "){1,13}")
# A mobile number's digits in the 0 form: grouped any way ("08 1234 567 890"), it is one.
MOBILE_DIGITS = re.compile(r"^08[1-9]\d{7,10}$")


def spoken_phones(low: str) -> list[tuple[int, int]]:
    """Where in `low` (a text as the page shows it, lowercased) mobile numbers are said in
    words: from each run's start, as many of its words as make one, the most; then on after it,
    so that a number beside another is found too."""
    found, at = [], 0
    while run := SPOKEN_RUN.search(low, at):
        end = _number_end(run)
        if end:
            found.append((run.start(), end))
        at = end or run.start() + 1
    return found


def _number_end(run: re.Match) -> int | None:
    """Where the longest mobile number from `run`'s start ends, if a word says part of it (a
    number all in digits is `PHONE_RUN`'s)."""
    digits, said, end = "", False, None
    for token in TOKEN.finditer(run.group()):
        digits += _digits(token)
        said = said or token["digits"] is None
        if said and MOBILE_DIGITS.match(_zero_form(digits)):
            end = run.start() + token.end()
    return end


def _digits(token: re.Match) -> str:
    if token["tens"]:
        return SPOKEN_DIGITS[token["tens"]] + SPOKEN_DIGITS.get(token["unit"], "0")
    if token["teen"]:
        return "1" + SPOKEN_DIGITS[token["teen"]]
    return token["digits"] or SPOKEN_DIGITS[token["word"]]


def _zero_form(digits: str) -> str:
    return "0" + digits[2:] if digits.startswith("62") else digits


def masked_words(contact: str) -> str | None:
    """A mobile number said in words as a message quotes it, as "0812…90" quotes one in digits:
    the words that say its first four digits (five with 62) and those that say its last two,
    "nol delapan satu dua…sembilan nol", a group of digits cut to them. None for a contact with
    no word of a number, or whose words make none. (`contact` as `plain_text` reads it.)"""
    tokens = [(token.start(), token.end(), _digits(token), token["digits"] is not None)
              for token in TOKEN.finditer(contact.lower())]
    digits = "".join(said for _, _, said, _ in tokens)
    if all(group for *_, group in tokens) or not MOBILE_DIGITS.match(_zero_form(digits)):
        return None
    head = _edge(tokens, 5 if digits.startswith("62") else 4, True)
    tail = _edge(tokens[::-1], 2, False)
    return contact[:head] + "\u2026" + contact[tail:]


def _edge(tokens: list[tuple[int, int, str, bool]], count: int, forwards: bool) -> int:
    """Where the words saying `count` digits from the first of `tokens` end (going backwards,
    `tokens` reversed, where they start): in a group of digits, after as many as it takes."""
    for start, end, said, group in tokens:
        count -= len(said)
        if count <= 0:
            cut = -count if group else 0
            return end - cut if forwards else start + cut
    raise ValueError("fewer digits than any mobile number has")
