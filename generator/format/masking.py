"""Contacts and ID numbers as messages and reports quote them: enough for the writer to know
them, with the line and column, and no more. Messages go to public logs, pull-request
annotations and job summaries, `kim impor`'s report to whoever the office sends it."""

from __future__ import annotations

import re

from generator.format.contacts import (
    EXAMPLE_DOMAIN,
    MAIL_PROVIDERS,
    contact_in_link,
    contact_spans,
    link_as_read,
    plain_text,
)
from generator.format.spoken import masked_words

_NOT_DIGIT = re.compile(r"\D")
# Whatever 2 digits an ID starts with, for `redacted`: masking a number that is no one's harms none.
ANY_PROVINCE = frozenset(f"{code:02d}" for code in range(100))
# What `masked` keeps of a contact: an address's first character and domain, a number's
# prefix and last two digits.
_EMAIL_LOCAL = re.compile(r"([\w%+-])[\w.%+-]*(?= ?[@\uff20]| ?[(\[]at[)\]]| [Aa][Tt] )")
# An address's domain, after its "@", "(at)" or " at ", to the next address (its local part already
# masked, "s…@") or the end of the contact; its dots however written.
_AFTER_AT = re.compile(r"(?:[@\uff20]| ?[(\[]at[)\]] ?| at )(.*?)"
                       r"(?=[^\w\u2026]+[\w%+-]\u2026 ?(?:[@\uff20]|[(\[]at[)\]]| at )|$)", re.I)
_DOTS = re.compile(r" ?[(\[]dot[)\]] ?| dot | ?[.,] ?", re.I)
_DOMAIN_NAME = re.compile(r"@*([a-z0-9.-]*)")
_NUMBER = re.compile(r"\+?\(?\+?\d(?:(?:[^\w@\u2026]|_){0,3}\d)*")


def masked(contact: str) -> str:
    """A phone number or e-mail address as a message quotes it: "0812…90", "+62812…90",
    "b…@gmail.com", "wa.me/62812…91". Messages go to public logs, pull-request annotations
    and job summaries: enough for the writer to know it, with the line and column, and no
    more. (Numbers of fewer than 7 digits, no one's, stay as written.) A number in words
    keeps the words of as many digits: "nol delapan satu dua…sembilan nol" (`masked_words`)."""
    plain = plain_text(contact)
    if (said := masked_words(plain)) is not None:
        return said
    shown = _AFTER_AT.sub(_masked_domain, _EMAIL_LOCAL.sub("\\1\u2026", plain))
    return _NUMBER.sub(_masked_number, shown)


def _masked_domain(at: re.Match) -> str:
    """An address's "@" and domain as `masked` quotes them: a public mail provider's or an
    example's as written (so far as written: "gmail"), any other only by its ending ("@….id"),
    as a domain of one's own ("budisantoso.id") names its owner as plainly as the address."""
    name = _DOMAIN_NAME.match(_DOTS.sub(".", at[1].strip().lower()))[1].strip(".")
    if name and (any(provider.startswith(name) for provider in MAIL_PROVIDERS) or EXAMPLE_DOMAIN.search("@" + name)):
        return at[0]
    ending = name.rpartition(".")[2] if "." in name else ""
    return at[0][:at.start(1) - at.start()] + "\u2026" + (f".{ending}" if ending else "")


def _masked_number(run: re.Match) -> str:
    digits = _NOT_DIGIT.sub("", run.group())
    if len(digits) < 7:
        return run.group()
    plus = "+" if "+" in run.group() else ""
    prefix = 5 if plus or digits.startswith("62") else 4  # "62812", "0812", "0721"
    return f"{plus}{digits[:prefix]}\u2026{digits[-2:]}"


def masked_field(value: str) -> str:
    """A contact field's value (`telepon`, `whatsapp`, `email`) as a message quotes it: someone's
    whatever its shape, so masked even where no contact is recognised in it ("+62 0812 3456
    7891", "darto.wiyono@gmail"); what `masked` leaves whole keeps its first three and last
    two characters, for the writer to know it with the line and column."""
    shown = masked(value)
    if shown != value or len(value) <= 6:
        return shown
    return f"{value[:3]}\u2026{value[-2:]}"


def redacted(text: str) -> str:
    """`text` with each phone number, e-mail address and ID number it holds, found as in free
    text, `masked`: what a message quotes (a field's value, a link, a hint made from a number)
    never says anyone's contact or ID number in full. A number of only zeros after its prefix is
    nobody's, the examples' ("+6280000000000"), and stays."""
    out, at = [], 0
    for start, end, kind, value in sorted(contact_spans(text, ANY_PROVINCE)):  # in the text's order
        nobodys = kind == "phone" and set(_NOT_DIGIT.sub("", value)[4:]) == {"0"}
        if start >= at and not nobodys:  # the span written, Markdown and all: what is shown can be shorter
            out += [text[at:start], masked(value)]
            at = end
    return "".join(out) + text[at:]


def masked_url(url: str) -> str:
    """A link as a message quotes it: as written, or, where `contact_in_link` finds a contact in
    it ("?hp=%30812-3456-7890", "budi%2E0812%2E3456%2E7890"), as it reads it, decoded, with each
    contact `masked`: `redacted` would see no contact in the escapes, the reader of a log would."""
    shown = url
    while found := contact_in_link(shown, ANY_PROVINCE):
        read = link_as_read(shown)
        cased = read if len(read.lower()) == len(read) else read.lower()  # "İ" lowercases to two
        at = cased.lower().find(found[1])
        if at < 0 or masked(found[1]) == found[1]:
            break
        shown = cased[:at] + masked(found[1]) + cased[at + len(found[1]):]
    return shown
