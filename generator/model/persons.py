"""Whether two names in KIM files are one person's, for the checks that keep one person's
consent from being lent to another (`kim impor`, the pull request's ownership check).

Forms of address and degrees are set aside ("H. Wulan Sari, S.Pd." is Wulan Sari); nothing
else is, so that a doubt counts as another person.
"""

from __future__ import annotations

import re

from generator.model.regionmatch import fold

# What is stripped before two names are compared, a closed list: the validator's PERSON_TITLE
# also takes initials typed without a space ("D.Ayu", "M.Yusuf") for degrees, and two people
# would then share one consent. Forms of address lead the name: the titles, with or without
# their dot ("Hj Nur", "KH. Ahmad", "Ustadzah Nur"), and the everyday ones of Indonesia's
# languages ("Pak Darto", "Mbah Darto", "Daeng Darto"). Degrees follow a comma (a name has
# none: whatever follows one, "SE", "SH, MH", is degrees), or a space when they are the common
# ones by name ("Darto S.Pd"): after a space, any "X.Yyy" would be initials too. (The
# contribution form compares names with these too.)
FORMS_OF_ADDRESS = re.compile(r"^(?:(?:Bapak|Bpk|Pak|Ibu|Bu|Mbah|Kang|Mas|Mbak|Teh|Uda|Uni|Abang|Bang|Kak|Daeng|"
                              r"Cak|Ning|Bli|Sdr|Sdri|Saudara|Saudari|H|Hj|Hjh|Haji|Hajah|KH|Kyai|Kiai|Ust|Ustadz|"
                              r"Ustadzah|Ustaz|Ustazah|Dr|Drs|Dra|Ir|Prof)\.?\s+)+", re.I)
_NAMED_DEGREE = (r"(?:S\.(?:Pd|Ag|Sos|Kom|Kep|Ked|Si|Psi|Kes|Farm|Hut|Th|IP|Hum|Ak|Tr|[EHTP])|A\.Md|"
                 r"M\.(?:Pd|Ag|Si|Kom|Kes|Sc|Hum|Ak|Kn|Psi|M))(?:\.[A-Z][a-z]{0,3})*\.?")
DEGREES = re.compile(r"\s*,.*$|(?:\s+" + _NAMED_DEGREE + r")+\s*$")


def bare_name(name: str) -> str:
    """A name without its forms of address and degrees: "H. Wulan Sari, S.Pd." is "Wulan Sari"."""
    return DEGREES.sub("", FORMS_OF_ADDRESS.sub("", name.strip()))


def _person(name: str) -> str:
    """A name as a person is compared: "H. Wulan Sari, S.Pd." is "wulan sari"."""
    return fold(bare_name(name))


def same_person(one: str, other: str) -> bool:
    """Whether two names are one person's; a name that is only a title is no one's."""
    return bool(_person(one)) and _person(one) == _person(other)
