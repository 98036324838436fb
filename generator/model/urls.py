"""What makes a link safe to publish. Used when validating and again when rendering."""

from __future__ import annotations

import html
import re
from functools import lru_cache
from urllib.parse import urlsplit

DANGEROUS = re.compile(r"^\s*(?:javascript|vbscript|data|file|blob|about|filesystem)\s*:", re.I)
HOST = re.compile(r"^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$")
UNSAFE_CHARS = re.compile(r"""[\s<>"'`\\^{}|\x00-\x1f\x7f]""")
# The platforms' own link redirectors, by host: the path that redirects, "" for every path.
# A link through one hides where it leads behind the platform's name (and its `u=` or `q=`
# parameter can be swapped for any address); the real destination is to be written instead.
REDIRECTORS = {
    "l.facebook.com": "", "lm.facebook.com": "", "l.messenger.com": "", "l.instagram.com": "",
    "t.co": "", "youtube.com": "/redirect", "www.youtube.com": "/redirect", "m.youtube.com": "/redirect",
    "google.com": "/url", "www.google.com": "/url", "www.google.co.id": "/url",
}


@lru_cache(maxsize=8192)  # a profile checks each of its links again for every language
def url_problem(url: str) -> str | None:
    """The message code of what is wrong with a link, or None if it may be published.

    Only absolute https:// (and, with a warning, http://) links to a plain host name
    pass: anything else, whatever its spelling or encoding, is refused, and so is a link
    through a platform's own redirector.
    """
    if DANGEROUS.match(url) or DANGEROUS.match(_strip_entities(url)):
        return "url-dangerous"
    if UNSAFE_CHARS.search(url):
        return "url-characters"
    lower = url.lower()
    if not lower.startswith(("https://", "http://")):
        return "url-scheme"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return "url-host"
    if "@" in parts.netloc:
        return "url-userinfo"
    if port is not None or not HOST.match(parts.hostname or ""):
        return "url-host"
    redirect = REDIRECTORS.get(parts.hostname)
    if redirect is not None and (not redirect or parts.path.rstrip("/").lower() == redirect):
        return "url-redirect"
    return None


def url_host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def punycode_host(host: str) -> bool:
    """A host name with a punycode (`xn--`) label: non-Latin letters that may imitate another name."""
    return host.startswith("xn--") or ".xn--" in host


def host_matches(host: str, allowed: tuple[str, ...]) -> bool:
    """The host is one of `allowed` or a subdomain of one (www., m., web.)."""
    return any(host == a or host.endswith("." + a) for a in allowed)


# Names no one can reach on the internet (RFC 2606, RFC 6761), and this machine's: a site
# address with one leads a printed QR code nowhere. A label `example` anywhere marks a
# placeholder too (example.org, kim.example.co.id).
RESERVED_ENDINGS = ("test", "invalid", "localhost", "local")
LOOPBACK = ("0.0.0.0", "::1")


def unreachable_host(url: str) -> str | None:
    """The host of `url` if it is a reserved or local name (example.org, *.test, localhost,
    127.0.0.1) that no phone scanning a poster can open, else None."""
    host = url_host(url)
    labels = host.split(".")
    if "example" in labels or labels[-1] in RESERVED_ENDINGS or host.startswith("127.") or host in LOOPBACK:
        return host
    return None


def is_safe_href(url: str) -> bool:
    return url_problem(url) is None


def _strip_entities(url: str) -> str:
    # `&#106;avascript:` and `java&#x09;script:` are decoded by browsers in attributes
    return re.sub(r"\s", "", html.unescape(url))
