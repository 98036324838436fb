"""sitemap.xml for every page: the theme's pages and the generated ones; robots.txt, which
tells crawlers where it is."""

from __future__ import annotations

from xml.sax.saxutils import escape

from generator.site.i18n import LANGS
from generator.site.routes import SITEMAP, listed, other_lang, other_language, page_lang, sitemap_part

# The protocol's limits for one file (sitemaps.org): at two profiles a KIM, about 24,000 KIMs
# reach the number of addresses; the size, uncompressed, with room for the file's head and end.
MOST_URLS = 50_000
MOST_BYTES = 50 * 1024 * 1024 - 1024
_HEAD = '<?xml version="1.0" encoding="UTF-8"?>'
_NAMESPACE = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
_XHTML = 'xmlns:xhtml="http://www.w3.org/1999/xhtml"'


def sitemap_files(site_url: str, theme_urls: list[str], pages: list[tuple], unlisted: set[str] = frozenset(),
                  most: int = MOST_URLS, most_bytes: int = MOST_BYTES) -> list[tuple[str, bytes]]:
    """(path, bytes) of the sitemap: sitemap.xml alone, or, past `most` addresses or
    `most_bytes` bytes, an index at sitemap.xml of parts that hold no more each. `pages`: (url,
    lastmod or None) of the generated pages; `unlisted`: those that ask search engines to skip
    them (sample profiles)."""
    entries = {url: None for url in theme_urls if listed(url)}
    for url, lastmod in pages:
        if listed(url) and url not in unlisted:
            entries[url] = lastmod
    lines = []
    for url in sorted(entries):
        lastmod = entries[url]
        mod = f"<lastmod>{lastmod.isoformat()}</lastmod>" if lastmod else ""
        links = "".join(f'<xhtml:link rel="alternate" hreflang="{lang}" href="{_attr(site_url + page)}"/>'
                        for lang, page in alternates(url, entries))
        lines.append(f"  <url><loc>{escape(site_url + url)}</loc>{mod}{links}</url>")
    parts = _split(lines, most, most_bytes)
    urlset = f"{_NAMESPACE} {_XHTML}"
    if len(parts) == 1:
        return [(SITEMAP, _xml("urlset", urlset, lines))]
    parts = [(sitemap_part(n), _xml("urlset", urlset, part)) for n, part in enumerate(parts, 1)]
    index = [f"  <sitemap><loc>{escape(site_url + path)}</loc></sitemap>" for path, _ in parts]
    return [(SITEMAP, _xml("sitemapindex", _NAMESPACE, index)), *parts]


def alternates(url: str, listed_urls) -> list[tuple[str, str]]:
    """(hreflang, url) of the page at `url` in every language, itself included, and the
    Indonesian one again as "x-default": for a page whose version in the other language, as
    its language link names it, is listed too; none for a page in one language only (most
    guides), whose language link leads to another page."""
    lang = page_lang(url)
    other = other_language(url, lang)
    if other not in listed_urls:
        return []
    versions = {lang: url, other_lang(lang): other}
    return [(code, versions[code]) for code in LANGS] + [("x-default", versions[LANGS[0]])]


def _split(lines: list[str], most: int, most_bytes: int) -> list[list[str]]:
    parts, part, size = [], [], 0
    for line in lines:
        cost = len(line.encode()) + 1
        if part and (len(part) == most or size + cost > most_bytes):
            parts.append(part)
            part, size = [], 0
        part.append(line)
        size += cost
    return [*parts, part]


def _attr(value: str) -> str:
    return escape(value, {'"': "&quot;"})


def _xml(root: str, namespaces: str, lines: list[str]) -> bytes:
    return "\n".join([_HEAD, f"<{root} {namespaces}>", *lines, f"</{root}>", ""]).encode()


def robots_txt(site_url: str) -> bytes | None:
    """Every page may be crawled (those not for search engines say "noindex" themselves, which
    a crawler must be allowed to read); the sitemap is named by its absolute address, so only
    for a site whose address is known."""
    if not site_url.startswith(("https://", "http://")):
        return None
    return f"User-agent: *\nAllow: /\n\nSitemap: {site_url}{SITEMAP}\n".encode()
