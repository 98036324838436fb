"""Check a node tree against the format in `spec`, field by field.

Produces the plain values of every field that passed and remembers where each
field stands in the file, so that the cross-field rules can point at lines too.
A field that fails is reported and left out; checking goes on with the rest.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import math
import re
import unicodedata
from functools import cached_property
from typing import Collection

from generator.format import spec
from generator.format.contacts import contact_in_link, contacts_in, contacts_in_comments, plain_text
from generator.format.dates import said_today
from generator.format.idnumbers import after_account_word
from generator.format.masking import masked, masked_field, masked_url, redacted
from generator.format.nodes import Map, Node, Scalar, Seq, core_kind, implicit_kind
from generator.format.problems import Collector
from generator.format.source import position
from generator.model.urls import punycode_host, url_host, url_problem
from generator.model.vocab import Vocab

# The first line of a draft the contribution form downloads (data/antarmuka.yml, `kf_draft_mark`).
DRAFT_MARK = re.compile(r"\A# DRAF: ")

_HTML = re.compile(spec.HTML)
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_NULLS = frozenset(("", "~", "null", "Null", "NULL"))
_WHOLE = re.compile(r"^[+-]?[0-9]+$")
_LEADING_ZERO = re.compile(r"^[+-]?0[0-9]+$")  # octal to YAML 1.1 (or text: 018), decimal to 1.2
_DIGITS = re.compile(r"^[0-9]+$")
# inline links [text](url) (one level of parentheses inside the url) and reference definitions [x]: url
MD_LINK = re.compile(r"\]\(\s*<?([^\s>()]*(?:\([^\s)]*\))?[^\s>()]*)|^[ ]{0,3}\[[^\]]+\]:\s*<?([^\s>]+)", re.M)
_PATTERNS = {name: re.compile(p) for name, p in spec.FORMATS.items()}
_FOREIGN_SCRIPTS = ("CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE")
# How like a known key an unknown one must be for "did you mean" (difflib's ratio): a key one
# letter off a three-letter one (`urk`, 0.67) still gets its hint; `alamat` for `nama` (0.6)
# is a guess that misleads, and the list of the allowed keys serves better.
KEY_HINT_CUTOFF = 0.65
TYPE_NAMES = {
    "text": ("teks", "text"),
    "number": ("angka", "a number"),
    "date": ("tanggal YYYY-MM-DD", "a date YYYY-MM-DD"),
    "flag": ("true atau false", "true or false"),
    "list": ("daftar (butir diawali '- ')", "a list (items start with '- ')"),
    "mapping": ("kumpulan `kunci: nilai`", "a set of `key: value` pairs"),
}


def describe_node(node: Node) -> tuple[str, str]:
    if isinstance(node, Seq):
        return TYPE_NAMES["list"]
    if isinstance(node, Map):
        return TYPE_NAMES["mapping"]
    return ("nilai tunggal", "a single value")


class Checker:
    def __init__(self, vocab: Vocab, out: Collector, today: dt.date, text: str = "",
                 in_text: tuple[str, str] = spec.CONTACTS_IN_TEXT, provinces: Collection[str] = ()) -> None:
        self.vocab = vocab
        self.out = out
        self.today = today
        self.text = text  # the file's text, to point inside multi-line text
        # the kind's message codes of contacts in free text (spec.Kind), by what was found
        self.in_text = dict(zip(("phone", "email"), in_text), nik="nik-in-text")
        self.provinces = provinces  # their codes, which start an ID number (idnumbers.py)
        self.where: dict[str, tuple[int, int]] = {}
        # The scalar of each free text, by path: the rules of a kind point inside it too (`inside`).
        self.prose: dict[str, Scalar] = {}
        # The file's index of each item a checked list kept, for lists that dropped some.
        self.kept: dict[str, list[int]] = {}

    @cached_property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    def check(self, node: Node, type_: spec.Type, path: str, pos: tuple[int, int]):
        """The checked value, or None (after reporting) when the node does not fit."""
        if node is None or (type(node) is Scalar and not node.style and node.text in _NULLS):
            self.out.error(node.pos if node else pos, "empty-value", path)
            return None
        self.where[path] = node.pos
        return _DISPATCH[type(type_)](self, node, type_, path)

    # containers

    def _record(self, node: Node, t: spec.Record, path: str):
        if not isinstance(node, Map):
            self.out.error(node.pos, "wrong-type", path, expected=TYPE_NAMES["mapping"], got=describe_node(node))
            return None
        prefix = path + "." if path else ""
        value = {}
        fields, keys, check = t.fields, node.keys, self.check
        for key, child in node.values.items():
            field = fields.get(key)
            if field is None:
                refused = dict(t.refused).get(key) if t.refused else None
                if refused:
                    self.out.error(keys[key], refused, prefix + key, key=key)
                else:
                    self._unknown_key(keys[key], prefix + key, key, t)
                continue
            checked = check(child, field.type, prefix + key, keys[key])
            if checked is not None:
                value[key] = checked
        for key in t.required:
            if key not in node.values:
                self.out.error(node.pos, "missing-key", prefix + key, key=key)
        for rule in t.when:
            self._when(rule, node, value, prefix)
        for group in t.any_of:
            if not any(key in node.values for key in group):
                self.out.error(node.pos, "needs-any", path, need=" / ".join(group))
        for key, needed in t.with_keys:
            if key in node.values:
                for other in needed:
                    if other not in node.values:
                        self.out.error(keys[key], "needs-with", prefix + other, key=other, given=key)
        return value

    def _unknown_key(self, pos, path: str, key: str, t: spec.Record) -> None:
        lower = key.lower()
        close = difflib.get_close_matches(lower, t.fields, n=1, cutoff=KEY_HINT_CUTOFF)
        close = close or [f for f in t.fields if len(lower) >= 3 and f.startswith(lower)][:1]
        if close:
            self.out.error(pos, "unknown-key-hint", path, key=key, hint=close[0])
        else:
            self.out.error(pos, "unknown-key", path, key=key, allowed=", ".join(t.fields))

    def _when(self, rule: spec.When, node: Map, value: dict, prefix: str) -> None:
        if value.get(rule.key) not in rule.values:
            return
        missing = [k for k in rule.need if k not in node.values]
        if rule.any_of and len(missing) == len(rule.need):
            self.out.error(node.pos, "needs-one-of", prefix + rule.key, key=rule.key,
                           value=value[rule.key], need=" / ".join(rule.need))
        elif not rule.any_of:
            for key in missing:
                code = "consent-missing" if key == spec.CONSENT else "needs-key"
                self.out.error(node.pos, code, prefix + key, key=key, when=rule.key, value=value[rule.key])

    def _listof(self, node: Node, t: spec.ListOf, path: str):
        if not isinstance(node, Seq):
            if isinstance(node, Scalar) and isinstance(t.item, spec.Choice):
                self.out.error(node.pos, "expected-list-of-values", path, value=node.text)
            else:
                self.out.error(node.pos, "wrong-type", path, expected=TYPE_NAMES["list"], got=describe_node(node))
            return None
        if len(node.items) > t.max_items:
            self.out.error(node.pos, "list-too-long", path, count=len(node.items), limit=t.max_items)
            return None
        if len(node.items) < t.min_items:
            self.out.error(node.pos, t.empty, path, count=len(node.items), minimum=t.min_items)
            return None
        items, seen, kept = [], set(), []
        for i, child in enumerate(node.items):
            checked = self.check(child, t.item, f"{path}[{i}]", node.pos)
            if checked is None:
                continue
            if t.unique:
                if checked in seen:
                    self.out.error(child.pos, "duplicate-item", f"{path}[{i}]", value=checked)
                    continue
                seen.add(checked)
            items.append(checked)
            kept.append(i)
        if len(items) < len(node.items):
            self.kept[path] = kept
        return items

    def item_path(self, path: str, i: int) -> str:
        """The path of the `i`-th value of a checked list, as the file numbers its items."""
        return f"{path}[{self.kept[path][i] if path in self.kept else i}]"

    # scalars

    def _scalar(self, node: Node, path: str, expected: str) -> Scalar | None:
        if type(node) is Scalar:
            return node
        self.out.error(node.pos, "wrong-type", path, expected=TYPE_NAMES[expected], got=describe_node(node))
        return None

    def _text(self, node: Node, t: spec.Text, path: str):
        scalar = self._scalar(node, path, "text")
        if scalar is None:
            return None
        text = scalar.text
        # Text for every reader: YAML 1.1 (`yes`, `0274...`, a date) and 1.2, the editors' (`0812...`, `1e3`);
        # only a plain scalar has another kind than str (Scalar.kind and .core_kind, inlined).
        if not scalar.style and (implicit_kind(text) != "str" or core_kind(text) != "str"):
            if t.format == "region":
                self.out.error(scalar.pos, "bad-region", path, value=text)
            else:
                self.out.error(scalar.pos, "unquoted", path, value=text, quoted=json.dumps(text))
            return None
        if t.format != "url":
            text = text.strip()
        if not text:
            self.out.error(scalar.pos, "empty-value", path)
            return None
        limit = spec.NAME_AS_CODE_MAX if t.format in spec.CODE_FORMATS else t.max_len
        if len(text) > limit:
            self.out.error(scalar.pos, "too-long", path, length=len(text), limit=limit)
            return None
        if "\n" in text and not t.multiline:
            self.out.error(scalar.pos, "single-line", path)
            return None
        if t.format and not self._format_ok(text, t.format, scalar.pos, path):
            return None
        html = _HTML.search(text) if "<" in text or "&" in text else None  # the scan costs more than these tests
        if html:
            self.out.error(self._inside(scalar, text, html.start()), "html", path)
            return None
        if not text.isascii() and not self._script_ok(text, scalar.pos, path):
            return None
        if t.markdown and not self._links_ok(scalar, text, path):
            return None
        if t.prose:
            self.prose[path] = scalar
            self._contacts_in_text(scalar, text, path)
        return text

    def inside(self, path: str, text: str, offset: int) -> tuple[int, int]:
        """Where a character of the checked free text `text` at `path` stands in the file."""
        return self._inside(self.prose[path], text, offset)

    def _inside(self, scalar: Scalar, text: str, offset: int) -> tuple[int, int]:
        """Where a character of a scalar's text stands in the file, as near as known."""
        line, col = scalar.pos
        if scalar.style in ("|", ">"):
            return self._inside_block(line, text, offset) or (line + 1, 1)
        if "\n" not in text[:offset]:
            return line, col + offset + (0 if scalar.plain else 1)
        return line, col

    def _inside_block(self, header: int, text: str, offset: int) -> tuple[int, int] | None:
        """Where a character of a block scalar (`|` or `>`, whose header is on line `header`)
        stands: its text is its lines without their indentation, joined by line breaks or,
        folded, by spaces, so each line is found in it in turn."""
        lines = self.lines
        cursor = 0
        for number in range(header + 1, len(lines) + 1):
            source = lines[number - 1]
            content = source.lstrip(" ")
            if not content:
                continue
            start = text.find(content.rstrip(), cursor)
            if start < 0 or start > offset:
                return None
            if offset < start + len(content):
                return number, len(source) - len(content) + 1 + offset - start
            cursor = start + len(content.rstrip())
        return None

    def _contacts_in_text(self, scalar: Scalar, text: str, path: str) -> None:
        """Refuse phone numbers and e-mail addresses in free text: they belong in `kontak`.
        Nobody can tell from a text whose number it is, and texts go into every open data file,
        where no personal contact may go; in `kontak` its kind and consent are checked. And ID
        numbers, which belong nowhere in a public file."""
        for offset, kind, value in contacts_in(text, self.provinces):
            account = kind == "nik" and after_account_word(plain_text(text), offset)
            code = "nik-shaped-account" if account else self.in_text[kind]
            self.out.error(self._inside(scalar, text, offset), code, path, value=masked(value))

    def comments(self) -> None:
        """Refuse phone numbers, e-mail addresses and ID numbers in comments: a file is published
        as it is written (data/kim/<slug>.yml, and the repository), comments and all. Not
        addresses at the domains kept for examples: the templates' comments show the form with them."""
        for offset, kind, value in contacts_in_comments(self.text, self.provinces):
            code = "nik-in-comment" if kind == "nik" else "contact-in-comment"
            self.out.error(position(self.text, offset), code, value=masked(value))
        if DRAFT_MARK.match(self.text):  # a coach sent the form's draft on (kontribusi-draft.js)
            self.out.warning((1, 1), "draft-mark-left")

    def _script_ok(self, text: str, pos, path: str) -> bool:
        for word in re.findall(r"\w+", text):
            if word.isascii():
                continue
            scripts = {unicodedata.name(c, "").split(" ")[0] for c in word if c.isalpha()}
            if "LATIN" in scripts and scripts & set(_FOREIGN_SCRIPTS):
                self.out.error(pos, "mixed-script", path, word=word)
                return False
        return True

    def _format_ok(self, text: str, fmt: str, pos, path: str) -> bool:
        if fmt in spec.CODE_FORMATS:
            return True  # checked against the official list by `rules` and `kinds`, with suggestions
        if fmt == "url":
            code = url_problem(text)
            if code:
                self.out.error(pos, code, path, value=masked_url(text))
                return False
            if text.lower().startswith("http://"):
                self.out.warning(pos, "url-http", path, https=masked_url("https://" + text[7:]))
            if punycode_host(url_host(text)):
                self.out.warning(pos, "url-punycode", path, host=url_host(text))
            return True
        if _PATTERNS[fmt].match(text):
            return True
        if fmt in ("phone", "whatsapp"):
            hint = _phone_hint(text, fmt)
            self.out.error(pos, "bad-" + fmt, path, value=masked_field(text),
                           hint=json.dumps(hint if hint == PHONE_EXAMPLE else masked(hint), ensure_ascii=False))
        elif fmt == "email":
            self.out.error(pos, "bad-email", path, value=masked_field(text))
        else:
            self.out.error(pos, "bad-" + fmt, path, value=text)
        return False

    def _links_ok(self, scalar: Scalar, text: str, path: str) -> bool:
        """Every link of a Markdown text judged as a media link is (each bad one reported)."""
        if "]" not in text:
            return True  # both link forms contain one; most texts have none, and the scan costs more
        ok = True
        for match in MD_LINK.finditer(text):
            target = match.group(1) if match.group(1) is not None else match.group(2)
            code = url_problem(target)
            where = self._inside(scalar, text, match.start())
            if code:
                self.out.error(where, "url-redirect" if code == "url-redirect" else "markdown-link", path,
                               value=masked_url(target))
                ok = False
                continue
            # A chat link to someone's number says it as plainly as the text would; the text's
            # own scan (below) finds it unless the link disguises it (wa.me/%36281...).
            contact = contact_in_link(target, self.provinces)
            if contact and not contacts_in(target, self.provinces):
                self.out.error(where, "media-contact", path, value=masked(contact[1]))
            if target.lower().startswith("http://"):
                self.out.warning(where, "url-http", path, https=masked_url("https://" + target[7:]))
            if punycode_host(url_host(target)):
                self.out.warning(where, "url-punycode", path, host=url_host(target))
        return ok

    def _choice(self, node: Node, t: spec.Choice, path: str):
        scalar = self._scalar(node, path, "text")
        if scalar is None:
            return None
        value = scalar.text.strip()
        if self.vocab.has(t.vocab, value):
            if not t.only or value in t.only:
                return value
            self.out.error(scalar.pos, t.refused, path, value=value, allowed=", ".join(t.only))
            return None
        allowed = t.only or self.vocab.values(t.vocab)
        close = difflib.get_close_matches(value.lower().replace(" ", "-").replace("_", "-"), allowed, n=1, cutoff=0.6)
        if close:
            self.out.error(scalar.pos, "unknown-value-hint", path, value=value, hint=close[0])
        else:
            self.out.error(scalar.pos, "unknown-value", path, value=value, allowed=", ".join(allowed))
        return None

    def _flag(self, node: Node, t: spec.Flag, path: str):
        scalar = self._scalar(node, path, "flag")
        if scalar is None:
            return None
        if scalar.plain and scalar.text in ("true", "false"):
            return scalar.text == "true"
        self.out.error(scalar.pos, "expected-flag", path, value=scalar.text)
        return None

    def _number_scalar(self, node: Node, path: str) -> Scalar | None:
        scalar = self._scalar(node, path, "number")
        if scalar is None:
            return None
        if not scalar.plain and _looks_numeric(scalar.text):
            self.out.error(scalar.pos, "quoted-number", path, value=scalar.text)
            return None
        if scalar.plain and _LEADING_ZERO.match(scalar.text):
            # a phone number typed as a count: its fix would quote it whole (the contact red team)
            number = str(int(scalar.text)) if redacted(scalar.text) == scalar.text else redacted(scalar.text)[1:]
            self.out.error(scalar.pos, "leading-zero", path, value=scalar.text, number=number)
            return None
        return scalar

    def _whole(self, node: Node, t: spec.Whole, path: str):
        scalar = self._number_scalar(node, path)
        if scalar is None:
            return None
        if not (scalar.plain and _WHOLE.match(scalar.text)):
            self.out.error(scalar.pos, "expected-whole", path, value=scalar.text)
            return None
        number = int(scalar.text)
        if t.minimum == t.maximum and number != t.minimum:
            self.out.error(scalar.pos, "must-equal", path, value=number, minimum=t.minimum)
            return None
        if not t.minimum <= number <= t.maximum:
            self.out.error(scalar.pos, "out-of-range", path, value=number, minimum=t.minimum, maximum=t.maximum)
            return None
        return number

    def _decimal(self, node: Node, t: spec.Decimal, path: str):
        scalar = self._number_scalar(node, path)
        if scalar is None:
            return None
        # a number to YAML 1.1 and to editors' YAML 1.2 alike: not `-5.092_1`, a string to the latter
        if not (scalar.plain and scalar.kind in ("int", "float") and scalar.core_kind in ("int", "float")):
            self.out.error(scalar.pos, "expected-decimal", path, value=scalar.text)
            return None
        try:
            number = float(scalar.text.replace("_", ""))
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            self.out.error(scalar.pos, "not-a-number", path, value=scalar.text)
            return None
        if not t.minimum <= number <= t.maximum:
            swapped = t is spec.LATITUDE and spec.LONGITUDE.minimum <= number <= spec.LONGITUDE.maximum
            code = "coordinates-swapped" if swapped else "out-of-range"
            self.out.error(scalar.pos, code, path, value=scalar.text, minimum=t.minimum, maximum=t.maximum)
            return None
        return round(number, t.places)

    def _day(self, node: Node, t: spec.Day, path: str):
        scalar = self._number_scalar(node, path) if t.year else self._scalar(node, path, "date")
        if scalar is None:
            return None
        text = scalar.text.strip()
        if t.year and scalar.plain and scalar.kind == "int" and len(text) == 4:
            return self._year_value(scalar, path, t.minimum_year)
        if not _DATE.match(text):
            self.out.error(scalar.pos, "year-or-date" if t.year else "bad-date-format", path, value=text)
            return None
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            self.out.error(scalar.pos, "impossible-date", path, value=text)
            return None
        if day > self.today and not t.future:
            self.out.error(scalar.pos, "future-date", path, value=text, today=said_today(self.today))
            return None
        if day.year < t.minimum_year:
            self.out.error(scalar.pos, "date-too-old", path, value=text)
            return None
        return day

    def _year(self, node: Node, t: spec.Year, path: str):
        scalar = self._number_scalar(node, path)
        if scalar is None:
            return None
        if not (scalar.plain and _DIGITS.match(scalar.text) and len(scalar.text) == 4):
            self.out.error(scalar.pos, "bad-year", path, value=scalar.text)
            return None
        return self._year_value(scalar, path, t.minimum)

    def _year_value(self, scalar: Scalar, path: str, minimum: int):
        year = int(scalar.text)
        if year > self.today.year:
            self.out.error(scalar.pos, "future-date", path, value=scalar.text, today=said_today(self.today))
            return None
        if year < minimum:
            self.out.error(scalar.pos, "date-too-old", path, value=scalar.text)
            return None
        return year


# The method that checks each kind of spec type: Text -> Checker._text, and so on.
_DISPATCH = {kind: getattr(Checker, "_" + kind.__name__.lower())
             for kind in (spec.Record, spec.ListOf, spec.Text, spec.Choice, spec.Whole, spec.Decimal,
                          spec.Day, spec.Year, spec.Flag)}


def _looks_numeric(text: str) -> bool:
    try:
        float(text.strip())
    except ValueError:
        return False
    return True


# The valid shape, but nobody's number: only zeros after the 0800 prefix.
PHONE_EXAMPLE = "+6280000000000"


def _phone_hint(text: str, fmt: str) -> str:
    """The number in +62 form, as far as it can be guessed from what was written, if the
    field's own format (`phone` or `whatsapp`) takes it: a hint that is refused in turn
    (a WhatsApp number needs more digits than a landline) would send the writer in circles."""
    if re.search(r"[^0-9+\s().-]", text):
        return PHONE_EXAMPLE  # letters or symbols: no guess, an example
    digits = re.sub(r"^(?:\+|00)?620?|^0", "+62", re.sub(r"[^0-9+]", "", text))
    return digits if _PATTERNS[fmt].match(digits) else PHONE_EXAMPLE
