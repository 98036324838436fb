"""Phone numbers and e-mail addresses where they do not belong: in free text and in comments
(a KIM's or a partner's file is published as written), and ID numbers (idnumbers.py). Found,
not judged: the checker says what to do with them.

A mobile number (08 then 1-9, +62 8, 62 8, 0062 8) is someone's wherever it stands and
whatever the text calls it: "rekening 0812 3456 7890" and "maju-081234567890" are refused,
as every number in "0812 3456 7890 · 0813 1111 2222"; inside a longer number, with an
operator's prefix only ("Token listrik 1234 5678 0890 1234 5678" holds none). Another number that looks like a
phone's (a landline's, "(0721) 345678", or any run of 9 to 13 digits from 0) is not one
- when the words just before it say what else it is: a bank account's or a registration's
  ("No. rekening BRI 0123 456 789", "NIB 0220001234567", "NPWP", "NIK"; `NUMBER_LABEL`: a
  number after "NIK" is refused as an ID's, by idnumbers.py),
  with no name or phone's word between ("Daftar BPJS Pak RT 0721345678" is a phone's);
- when it is joined to a word by "-", "_" or "=" in a link's path or query
  ("kim/sinar-0721345678", "?id=0721345678"), but for a key that says it is a phone's
  ("?telp=0721345678") and a number written with +62 or a space;
and no number at all is in a YouTube video's ID ("youtu.be/0812345678a"; `VIDEO_ID`), the
video's whatever its 11 characters hold but for digits alone ("youtu.be/08123456789").
A mobile number said in words ("nol delapan satu dua …") is spoken.py's to find.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Collection, Iterator, Sequence
from urllib.parse import unquote

from generator.format import spec
from generator.format.idnumbers import id_numbers
from generator.format.shown import readings
from generator.format.spoken import MOBILE_DIGITS, spoken_phones

# A list's number before a mobile number, "1.081234567890" (not a decimal's "-5.0812…", nor
# an amount's "1.081.234").
_LIST_NUMBER = (r"(?:(?<=(?<![\w.,+-])\d\.)|(?<=(?<![\w.,+-])\d\d\.))(?=08[1-9]\d{7,10}(?![\d.,]))")

# In free text: what may be a phone number (+62, (+62), 62, 0 or an area code in parentheses,
# then digits in groups split by up to three spaces, dots, dashes, line breaks or Markdown's
# marks, "0812**3456**7890" as the page shows it; `_is_phone` decides) and e-mail addresses.
# Possessive, so that a long run of digits is read once. Not part of a longer number
# ("Rp 12.075.000") or of a code ("0412.15/KPTS/2020", "0812abc"), but for a mobile number
# (08 or 62 8 then 1-9), which is someone's whatever touches it: "Hp081234567890",
# "@darto_081234567890", "081234567890/Pak Darto" (the last branch), and split by "/" or ","
# ("0812/3456/7890", "0812,3456,7890", "1/0812/3456/7890", the first): only a mobile number's groups, its prefix
# whole and not closed by a year, as a decree's ("0412.15/KPTS/2020", "085/417/2024",
# "0812/143/2024") or an amount's are split so too, and never two numbers run together.
_GROUPS = r"\d*+(?:[ .\-\u2013\u2014\n*_`]{1,3}\d++)*+"
PHONE_RUN = re.compile(r"(?<![\d+])(?<!\d[.,])08[1-9]\d(?:[/,]\d{3,4}+[/,](?!(?:19|20)\d\d(?!\d))\d{3,4}+|[/,]\d{7,8}+)"
                       r"(?![/,]?\d)|"
                       r"(?<!\w(?<!_))(?!(?<=\+)[\d(])(?<!\d[.,])"
                       r"(?:\(0\d++\)|\(\+62\) ?|\+6[ .-]?2(?:[ .-]?\(\d++\))?|0|62)" + _GROUPS
                       + r"(?![\w/])|(?<!\d)(?!(?<=\+)\d)(?:(?<!\d[.,])|" + _LIST_NUMBER + r")"
                       r"(?:\+6[ .-]?2[ .-]?|62|0)8[1-9]" + _GROUPS + r"(?!\d)")
# A mobile number's digits however it starts: "0812", "62812", "0062812", "620812".
MOBILE_START = re.compile(r"^(?:(?:00)?620?|0)8[1-9]")
# What a number is said to be just before it, when not a phone's: a bank account's, the label
# owning the number ("No. rekening BRI 0123 0100 1234 567", "rek. Bank Jateng: 0123456789")
# with at most a bank's name and its holder ("rekening BNI a.n. KIM Maju 0123 456 789"), or a
# registration's, right before it ("NIB 0220001234567", "Nomor Pokok Wajib Pajak 0123456789")
# or after the name of the body a business registration belongs to ("NIB BUMDes Maju Jaya
# 0220001234567", "NPWP KIM 0123456789": `_BODY`, up to 3 words of its name). Not a phone's
# word in between ("rekening atau telp 0721 345678"), nor a person or a phone's word after a
# registration ("KTP Bu Sari (0721) 345678", "e-KTP tlp. 0721 345678", "NIB BUMDes Pak Darto").
_NOT_NAME = r"(?!(?:telp?|tlp|telepon|telpon|hp|wa|whatsapp|hub|hubungi|kontak|atau|dan|a\.? ?n)(?!\w))"
_BODY = (r"(?: (?:bumdes|kim|koperasi)(?: " + _NOT_NAME + r"(?!(?:pak|bu|bapak|ibu|bpk)(?!\w))[A-Za-z]{1,20}){0,3}"
         r"(?!\w))?")
NUMBER_LABEL = re.compile(r"(?<!\w)(?:(?:rek(?:ening)?|norek)\.?(?:[ :]{1,3}(?:bank )?" + _NOT_NAME + r"[A-Za-z]{2,12})?"
                          r"(?:[ ,:]{1,3}a\.? ?n\.?(?: " + _NOT_NAME + r"[A-Za-z]{1,20}\.?){1,3})?"
                          r"|(?:nib|npwp|nomor induk berusaha|nomor pokok wajib pajak)" + _BODY + r"|nik|nip"
                          r"|nuptk|npsn|nisn|nkk|ktp|siup|tdp|bpjs|pirt|token(?: listrik| pln)?|id pelanggan(?: pln)?)"
                          r"(?!\w)[ :.#-]{0,3}", re.I)
# A YouTube video's address, on YouTube's own hosts (not "myyoutu.be"): its ID, the last 11
# characters, is the video's when it holds a letter ("youtu.be/0812345678a"); of digits only,
# "youtu.be/08123456789", it is as much a phone number as anywhere.
VIDEO_ID = re.compile(r"(?<![\w-])(?:(?:www\.|m\.)?youtube\.com/(?:watch\?(?:[\w=%.-]*&)?v=|shorts/|embed/|live/)"
                      r"|youtu\.be/)(?=[0-9_-]{0,10}[A-Za-z])[A-Za-z0-9_-]{11}(?![A-Za-z0-9_-])", re.I)
# The part of a link before a number that names it, a path's word or a query's key
# ("kim/sinar-0721345678", "/?id=0721345678"): the number is the page's (`_said_otherwise`).
# Not a key that says it is a phone's ("?telp=", "&no_hp=").
_PHONE_KEY = r"(?:no|nomor|tel|telp|tlp|telepon|telpon|phone|hp|nohp|notelp|wa|whatsapp|kontak|contact|mobile|ponsel)"
IN_LINK = re.compile(r"^\S*/\S*(?:\w[-_]|[?&;](?!(?:[\w.-]*[_.-])?" + _PHONE_KEY + r"(?:[_.-][\w.-]*)?=)"
                     r"[^\s?&;=]*=)$", re.I)
# A mobile number without its 0 right after a phone's word ("Info WA: 812-3456-7890"), or its
# key or folder in a link ("?wa=81234567890", "/kontak/812-3456-7890"): the number is group 1, a
# phone when the 0 before it makes a mobile number.
AFTER_PHONE_WORD = re.compile(r"(?<!\w)(?:wa|hp|telp|tlp|telepon|hubungi|kontak)(?!\w)(?:[.:]? {0,2}|[=/])"
                              r"(8[1-9][0-9]*(?:[ .\-]{1,2}[0-9]+)*)(?![\w/])", re.I)
# A mobile operator's prefix (0811-0819, 0821-0823, 0831-0838, 0851-0859, 0877-0878, 0881-0889,
# 0895-0899), however the number starts: what a mobile number inside a longer one must have.
OPERATOR_START = re.compile(r"^(?:(?:00)?620?|0)8(?:1[1-9]|2[1-3]|3[1-8]|5[1-9]|7[78]|8[1-9]|9[5-9])")
# Digits and a separator right before a run of `PHONE_RUN`: the run is inside a longer number.
AFTER_DIGITS = re.compile(r"\d[ .\-\u2013\u2014\n*_`]{1,3}$")
# A letter O typed for a mobile number's 0 ("O812-3456-7890"), read as the 0 it stands for.
LETTER_O = re.compile(r"(?<!\w)[Oo](?=8[1-9](?:[ .\-]?\d){7})")
# What every such phone number starts with: most texts have none, and this scan is five times
# cheaper than the one above (which checks what stands before every character).
_MAYBE_PHONE = re.compile(r"[068+(][\d ().+\-\u2013\u2014\n*_`/,]{7}")
# What every ID number (idnumbers.py) starts with: a digit, then digits and separators (on the
# plain text, whose digits are ASCII; a quarter of the cost of `\d` and a repeated group).
_MAYBE_ID = re.compile(r"[0-9][0-9 \t\n.,/_:\\*`\u2013\u2014-]{7}")
# (also with "@" written as "(at)", "[at]" or the full-width "＠", and "." as "(dot)" or
# "[dot]", to get past a scraper; or with a space around the last dots, or " dot ", before a
# common mail domain's ending, "budi@gmail. com", "budi@gmail .com"). A space before "@" makes
# a handle or a place ("ig @kim.maju.id", "Meeting @ zoom.us", "Kumpul @ ds.way hui"), unless
# a personal mail provider's domain follows, in any case and with its dots spaced, written
# " dot " or as a comma ("budi @ GMAIL.COM", "budi @ gmail dot com", "budi@gmail,com"), also
# after "@" said as " at " ("budi at gmail dot com": such a domain makes it no preposition). With a
# space after "@" only, or "(at)", the domain must end as a mail domain does (`_MAIL_TLDS`):
# not "desa (at) dusun.sri", nor "@ 09.00".
_SPACED_DOT = r"(?: ?\. ?| dot )(?:com|net|org|id|co|ac|go|or|sch|web|biz)(?![\w-])"
MAIL_PROVIDERS = ("gmail.com", "yahoo.com", "yahoo.co.id", "ymail.com", "hotmail.com", "outlook.com", "live.com",
              "icloud.com", "proton.me", "protonmail.com", "mail.com", "aol.com", "rocketmail.com", "zoho.com",
              "gmx.com")
_MAIL_TLDS = ("com", "net", "org", "id", "info", "io", "me", "co", "edu", "biz", "gov")


def _any_case(domain: str) -> str:
    """A provider's domain in any case, its dots written any of the ways above (JavaScript's
    regular expressions have no case-insensitive group)."""
    return "(?: ?[.,] ?| dot )".join("".join(f"[{c}{c.upper()}]" for c in label) for label in domain.split("."))


_DOMAIN = r"[A-Za-z0-9-]++(?:(?:\.| ?[(\[]dot[)\]] ?)[A-Za-z0-9-]++|" + _SPACED_DOT + r")++"
EMAIL_IN_TEXT = re.compile(r"(?<![\w.%+-])[\w.%+-]++(?:(?: ?[@\uff20] ?| [Aa][Tt] )(?:"
                           + "|".join(map(_any_case, MAIL_PROVIDERS)) + r")(?![\w-]|\.\w)|[@\uff20]" + _DOMAIN
                           + r"|(?:[@\uff20] | ?[(\[]at[)\]] ?)" + _DOMAIN
                           + "(?:" + "|".join(rf"(?<=[.\]) ]{tld})" for tld in _MAIL_TLDS) + "))")
_NOT_DIGIT = re.compile(r"\D")
# The domains kept for examples (RFC 2606): the templates' comments show the form with them.
EXAMPLE_DOMAIN = re.compile(r"[@\uff20\])]\s?example\.(?:org|com|net)$|\.example$", re.I)


_QUANTIFIER = re.compile(r"[*+?]|\{\d*,?\d*\}")
# Python's `\d`, `\w` and `\W` read any Unicode digit and letter, JavaScript's ASCII ones only:
# in its u-mode, these properties (inside a character class, `\w` without its brackets; `\W`,
# a complement, outside one only). Its `\b` is a border between ASCII letters too: "éS.E."
# holds a degree for JavaScript, none for Python.
_UNICODE_CLASSES = {"\\d": "\\p{Nd}", "\\D": "\\P{Nd}", "\\w": "\\p{L}\\p{N}_"}
_WORD = "[\\p{L}\\p{N}_]"
_BORDER = f"(?:(?<={_WORD})(?!{_WORD})|(?<!{_WORD})(?={_WORD}))"


def _js_escape(escape: str, in_class: bool) -> str:
    if in_class:
        if escape == "\\W":  # a complement u-mode cannot write inside brackets: fail the build, not the form
            raise ValueError("write [^\\W…] as (?!…)\\w: JavaScript's \\W is ASCII's")
        return _UNICODE_CLASSES.get(escape, escape)
    return {"\\w": _WORD, "\\W": "[^\\p{L}\\p{N}_]", "\\b": _BORDER}.get(escape, _UNICODE_CLASSES.get(escape, escape))


def for_javascript(pattern: re.Pattern) -> str:
    """A pattern's source for the contribution form's JavaScript, to run with the `u` flag.
    JavaScript has no possessive quantifiers: each `X*+` is written as the atomic
    `(?=(?<pN>X*))\\k<pN>` (what the lookahead matched, taken whole, never given back).
    Merely greedy, `0812 3456 7890 1234/x` would give back its last group and find a phone
    number where the validator finds none. And its `\\d`, `\\w` and `\\b` are Unicode's, as
    Python's are: else `bimà@gmail.com` is no e-mail address and `é0812 3456 7890` a phone
    number. A named group, `(?P<name>…)`, is written as JavaScript names it, `(?<name>…)`."""
    source, out, starts, count = pattern.pattern, [], [], 0
    i = atom = 0  # `atom`: where, in `out`, the last atom starts
    while i < len(source):
        char = source[i]
        quantifier = _QUANTIFIER.match(source, i) if out else None
        if quantifier and not (char == "?" and out[-1] == "("):
            end = quantifier.end()
            if end < len(source) and source[end] == "+":
                count += 1
                name = f"p{count}"
                out[atom:] = [f"(?=(?<{name}>", *out[atom:], quantifier.group(), f"))\\k<{name}>"]
                end += 1
            else:
                out.append(quantifier.group())
            i = end
            continue
        atom = len(out)
        if char == "\\":
            width = 6 if source[i + 1] == "u" else 2
            out.append(_js_escape(source[i:i + width], False))
            i += width
        elif char == "[":
            close, inner = i + 1, []
            while source[close] != "]":
                width = 2 if source[close] == "\\" else 1
                inner.append(_js_escape(source[close:close + width], True))
                close += width
            out.append("[" + "".join(inner) + "]")
            i = close + 1
        elif char == "(":
            starts.append(len(out))
            named = source.startswith("(?P<", i)
            out.append("(?<" if named else char)
            i += 4 if named else 1
        elif char == ")":
            atom = starts.pop()
            out.append(char)
            i += 1
        else:
            out.append(char)
            i += 1
    return "".join(out)


def comments(text: str) -> Iterator[tuple[int, str]]:
    """Each comment's text and where it starts: a "#" at a line's start or after a space or
    tab (inside quotes too, which only makes a text's contact reported twice). Found with
    `find`: a regular expression tried at every character of every file cost a tenth of
    the validation."""
    at = text.find("#")
    while at != -1:
        end = text.find("\n", at)
        end = len(text) if end == -1 else end
        if at == 0 or text[at - 1] in " \t\n":
            yield at + 1, text[at + 1:end]
            at = text.find("#", end)
        else:
            at = text.find("#", at + 1)


def contacts_in(text: str, provinces: Collection[str] = ()) -> list[tuple[int, str, str]]:
    """The phone numbers (in digits or in words) and e-mail addresses in `text`, and with the `provinces`' codes its ID
    numbers (idnumbers.py), as the page shows them and in its links' addresses and titles
    (shown.py): (offset, "phone", "email" or "nik", as written, the Markdown it shows not). Digits that are
    both are said once: a mobile number after an ID's word as a phone ("NIK 0812 3456 7890"),
    else as an ID, the graver ("6281 2345 0101 0001" holds a phone number's digits).
    (A list, not a generator: it runs for every text of every file, and most hold neither.)"""
    return [(start, kind, value) for start, _, kind, value in contact_spans(text, provinces)]


def contact_spans(text: str, provinces: Collection[str] = ()) -> list[tuple[int, int, str, str]]:
    """`contacts_in`'s contacts with where each ends in `text`: (start, end, kind, as written). What
    the page shows can be shorter than what is written ("0812 [3456](https://x) 7890"), so a
    contact's written span runs from its first shown character's place to its last's. A number
    found in digits is not found again in words ("0812 3456 7890 tiga kali": once)."""
    found, numbers = [], []
    for shown, origin in readings(plain_text(text)):
        low = shown.lower()
        if "@" in shown or "\uff20" in shown or "(at)" in shown or "[at]" in shown or " at " in low:
            found += [(origin[m.start()], origin[m.end() - 1] + 1, "email", _written(text, origin[m.start():m.end()]))
                      for m in EMAIL_IN_TEXT.finditer(shown)]
        in_digits = _numbers_in(text, shown, origin, provinces)
        numbers += in_digits
        if "delapan" in low or "8" in shown:  # what every mobile number in words holds
            said = [(origin[start], origin[end - 1] + 1, "phone", _written(text, origin[start:end]))
                    for start, end in spoken_phones(low)]
            numbers += [span for span in said if not any(a < span[1] and span[0] < b for a, b, *_ in in_digits)]
    return sorted(found) + sorted(numbers, key=_kind_then_start)


def _written(text: str, where: Sequence[int]) -> str:
    """The characters of `text` at `where`, on one line (a message is one)."""
    return "".join(text[at] for at in where).replace("\n", " ")


def _kind_then_start(number: tuple[int, int, str, str]) -> tuple[bool, int]:
    return number[2] == "nik", number[0]


def _numbers_in(text: str, plain: str, origin: Sequence[int], provinces: Collection[str]) -> list[tuple]:
    """The phone and ID numbers of `plain`, whose characters stand at `origin` in `text`:
    (start, end, kind, as written)."""
    phones = _phones(plain) if _MAYBE_PHONE.search(plain) else []
    ids = id_numbers(plain, provinces) if provinces and _MAYBE_ID.search(plain) else []
    if ids and phones:
        ids = [span for span in ids if span not in phones]
        phones = [(start, end) for start, end in phones if not any(a < end and start < b for a, b in ids)]
    return [(origin[start], origin[end - 1] + 1, kind, _written(text, origin[start:end]))
            for kind, spans in (("phone", phones), ("nik", ids)) for start, end in spans]


def _phones(plain: str) -> list[tuple[int, int]]:
    """Where the phone numbers of `PHONE_RUN`'s runs are, but for a run a label owns that is no
    phone's (`_labels_own`), a video's ID and a number said to be something else (a mobile
    number is someone's whatever it is said to be); and the mobile numbers written without
    their 0 after a phone's word. (The form: `phonesIn` in kontribusi-text.js.)"""
    matches = list(PHONE_RUN.finditer(plain))
    labelled = {m.end() for m in NUMBER_LABEL.finditer(plain)} if matches else set()
    runs = [(m.start() + start, m.start() + end) for m in matches
            if not (m.start() in labelled and _labels_own(m.group()))
            for start, end in _numbers(m.group(), plain[m.end():m.end() + 1],
                                       bool(AFTER_DIGITS.search(plain, max(0, m.start() - 4), m.start())))]
    if runs:
        videos = [m.end() for m in VIDEO_ID.finditer(plain)]
        runs = [(start, end) for start, end in runs
                if not _said_otherwise(plain, start, end, labelled)
                and not any(video - 11 <= start and end <= video for video in videos)]
    bare = [m.span(1) for m in AFTER_PHONE_WORD.finditer(plain)
            if MOBILE_DIGITS.match("0" + _NOT_DIGIT.sub("", m.group(1))) and _is_phone("0" + m.group(1))]
    return sorted(runs + bare)


def _said_otherwise(plain: str, start: int, end: int, labelled: set[int]) -> bool:
    """Whether the number at `start` is said to be something else: by a label just before it,
    or as a link's word or key it is joined to, written in its 0 form without a space (a
    name's "Bu Sari-0721 345678" or "Rumah_Pak_Darto_0721345678" is no link's). Never a
    mobile number."""
    number = plain[start:end]
    if MOBILE_START.match(_NOT_DIGIT.sub("", number)):
        return False
    if start in labelled:
        return True
    token = plain[max(plain.rfind(" ", 0, start), plain.rfind("\n", 0, start)) + 1:start]
    return number[0] == "0" and not any(space in number for space in " \n") and bool(IN_LINK.match(token))


_GROUP = re.compile(r"\d+")


def _labels_own(run: str) -> bool:
    """Whether a whole run after a label ("rekening", "token", "NIB") is the label's number even
    though its first groups make a mobile number: longer than any phone number ("Token listrik
    0812 3456 7890 1234 5678"), or grouped as an account is and no phone, a group of 1 or 2
    digits beside one of 5 or more ("081-00-1234567-8"). A mobile number's length, grouped as
    one, stays a phone ("No. rekening BNI 0812 3456 789")."""
    groups = [len(group) for group in _GROUP.findall(run)]
    return sum(groups) > 13 or (min(groups[1:], default=3) < 3 and max(groups[1:], default=0) >= 5)


def _numbers(run: str, after: str, inside: bool) -> list[tuple[int, int]]:
    """Where in a run of `PHONE_RUN` its phone numbers are: the run, if one; else each mobile
    number in it, as many groups from one's start as make one ("0812 3456 7890 0813 1111 2222",
    "08.00-12.00 081234567890", "RT 01 0812 3456 7890"), for the docstring's promise that a
    number beside another is still found. Not in a run before "/", a code's ("0812 3456 7890
    1234/x", as "0412.15/KPTS/2020" is). Inside a longer number (the run after other digits, or
    from its second group), only an operator's prefix makes a mobile number (`OPERATOR_START`):
    "Token listrik 1234 5678 0890 1234 5678" holds none."""
    digits = _NOT_DIGIT.sub("", run)
    if _is_phone(run) and not (inside and MOBILE_START.match(digits) and not OPERATOR_START.match(digits)):
        return [(0, len(run))]
    if after == "/":
        return []
    groups = [m.span() for m in _GROUP.finditer(run)]
    found, first = [], 0
    while first < len(groups):
        start = groups[first][0] if first else 0  # the run's own "+62" or "(+62)" with it
        last = None
        for end in range(first, len(groups)):
            digits = _NOT_DIGIT.sub("", run[start:groups[end][1]])
            if len(digits) > 15:  # no phone number is longer
                break
            operator = OPERATOR_START if inside or first else MOBILE_START
            if operator.match(digits) and _is_phone(run[start:groups[end][1]]):
                last = end
        if last is not None:
            found.append((start, groups[last][1]))
        first = first + 1 if last is None else last + 1
    return found


def plain_text(text: str) -> str:
    """`text` with any script's digits as ASCII ones, Unicode's spaces and dashes as " " and
    "-", and "@" and "." written otherwise ("＠", "﹫", "．") as themselves: one character for
    one, so offsets stay the text's. "０８１２", "٠٨١٢" and a number split by no-break spaces
    are read as plainly as "0812"; so is a letter O for a mobile number's 0 (`LETTER_O`), and
    "İ" and "ı" as "I" and "i" (`DOTTED_I`).
    (The form: `plain` in kontribusi-text.js.)"""
    text = text if text.isascii() else text.translate(_plain_table(text))
    return LETTER_O.sub("0", text) if "8" in text else text


# The Turkish dotted capital I and dotless small i, which Python's case-insensitive patterns
# read as an "i" and JavaScript's do not ("Rekening BRİ 3471…"): read as I and i by both.
DOTTED_I = {"\u0130": "I", "\u0131": "i"}


def _plain_table(text: str) -> dict[int, str]:
    """What `plain_text` reads each of `text`'s characters beyond ASCII as, where not as itself."""
    table = {}
    for char in set(text):
        if char.isascii():
            continue
        digit = unicodedata.decimal(char, None)
        category = unicodedata.category(char)
        if digit is not None:
            table[ord(char)] = str(digit)
        elif char in DOTTED_I:
            table[ord(char)] = DOTTED_I[char]
        elif category == "Zs":
            table[ord(char)] = " "
        elif category == "Pd" or char == "\u2212":
            table[ord(char)] = "-"
        elif (plain := unicodedata.normalize("NFKC", char)) in ("@", "."):
            table[ord(char)] = plain
    return table


@cache  # a property of the Unicode data: the same every call, 50 ms to find
def digit_zeros() -> list[int]:
    """The code point of each script's digit zero (each script's ten digits follow it), for the
    form's `plain`: JavaScript tells a digit (\\p{Nd}) but not its value."""
    return [cp for cp in range(0x110000) if unicodedata.decimal(chr(cp), None) == 0]


# Numbers only organisations have: toll-free ("0800-1-500-808") and call centres' ("0804-1-500-400").
ORGANISATION_PREFIXES = ("0800", "0804")
TOLL_FREE_MOST = 11  # digits of the longest ("0800-1-234567"): more after the prefix is a number hidden there
_COUNTRY_CODE = re.compile(r"^(?:00)?620?")
_MOBILE_62 = re.compile(r"^620?8")


def _is_phone(run: str) -> bool:
    """Whether a run of `PHONE_RUN` is an Indonesian phone number: a mobile number (10 to 13
    digits) in groups of 3 digits or more after the first, whatever the first, or of one digit
    each ("0 8 1 2 3 4 5 6 7 8 9 0"); else 9 to 13
    digits in the 0 form, and written with its country code (+62, "+6 2", 0062), or with an area or mobile prefix
    of 3 to 5 digits ("0812", "(0721)"), so that neither a time ("08.00-12.00"), a date
    ("02-10-2026") nor both ("08.12.2026 09.30") is one. Not a toll-free or a call centre's
    number (`ORGANISATION_PREFIXES`, at most 11 digits): an organisation's, never a person's;
    but a mobile number after such a prefix is ("0800 812 3456 7890", "08000812345678")."""
    digits = _NOT_DIGIT.sub("", run)
    groups = [group for group in _NOT_DIGIT.split(run) if group]
    if run.startswith(("+", "(+", "0062")) or (run.startswith("62") and _MOBILE_62.match(digits)):
        digits = "0" + _COUNTRY_CODE.sub("", digits)  # "+62 0812…": its 0 form's 0 kept, or not
    elif MOBILE_DIGITS.match(digits) and (all(len(group) >= 3 for group in groups[1:])
                                          or all(len(group) == 1 for group in groups)):
        return True
    elif run.startswith("62") or len(groups[0]) < 3:
        return False
    if digits.startswith(ORGANISATION_PREFIXES):
        rest = digits[len(ORGANISATION_PREFIXES[0]):]
        return len(digits) > TOLL_FREE_MOST and bool(MOBILE_DIGITS.match(rest if rest[:1] == "0" else "0" + rest))
    return digits[1:2] != "0" and 9 <= len(digits) <= 13


def contacts_in_comments(text: str, provinces: Collection[str] = ()) -> list[tuple[int, str, str]]:
    """The phone numbers, e-mail addresses and ID numbers in the comments of a file's `text`:
    (offset in the text, kind, as written), but for the example domains' addresses."""
    return [(start + offset, kind, value) for start, body in comments(text)
            for offset, kind, value in contacts_in(body, provinces) if not EXAMPLE_DOMAIN.search(value)]


_MEDIA_CONTACT = re.compile(spec.MEDIA_CONTACT)
# What a decoded link may hide inside a contact and no reader sees: zero-width characters and
# the soft hyphen ("budi%E2%80%8B@gmail.com"), dropped before reading it.
INVISIBLE = re.compile(r"[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]")


def link_as_read(url: str) -> str:
    """A link as `contact_in_link` reads it: decoded, its invisible characters gone."""
    return INVISIBLE.sub("", unquote(url))


def contact_in_link(url: str, provinces: Collection[str] = ()) -> tuple[str, str] | None:
    """The phone number or e-mail address a link carries to a chat service (wa.me, t.me...),
    read as the service reads it, case, percent-escapes and invisible characters aside (WA.ME/,
    wa%2Eme/, %36 for "6"); most links hold no "@", "=" or "me/", and are not searched. Else the first number
    or address its path or query holds as a text would ("facebook.com/darto.0812.3456.7890"),
    and with the `provinces`' codes the first ID number ("facebook.com/sari.3471015508900001"):
    a page named after someone's number publishes it as plainly. (kind, as written): "contact"
    for a chat service's, else `contacts_in`'s kind."""
    link = link_as_read(url).lower()
    found = _MEDIA_CONTACT.search(link) if any(mark in link for mark in ("@", "=", "me/")) else None
    if found:
        return "contact", found.group()
    in_text = contacts_in(link, provinces)
    return in_text[0][1:] if in_text else None
