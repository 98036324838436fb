"""sitemap.xml for every page: the theme's pages and the generated ones; robots.txt, which
tells crawlers where it is."""

from __future__ import annotations

from xml.sax.saxutils import escape

from generator.site.routes import SITEMAP, listed, sitemap_part

# The protocol's limit for one file (sitemaps.org): at two profiles a KIM, about 24,000 KIMs.
MOST_URLS = 50_000
_HEAD = '<?xml version="1.0" encoding="UTF-8"?>'
_NAMESPACE = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def sitemap_files(site_url: str, theme_urls: list[str], pages: list[tuple], unlisted: set[str] = frozenset(),
                  most: int = MOST_URLS) -> list[tuple[str, bytes]]:
    """(path, bytes) of the sitemap: sitemap.xml alone, or, past `most` addresses, an index
    at sitemap.xml of parts that hold `most` each. `pages`: (url, lastmod or None) of the
    generated pages; `unlisted`: those that ask search engines to skip them (sample profiles)."""
    entries = {url: None for url in theme_urls if listed(url)}
    for url, lastmod in pages:
        if listed(url) and url not in unlisted:
            entries[url] = lastmod
    lines = []
    for url in sorted(entries):
        lastmod = entries[url]
        mod = f"<lastmod>{lastmod.isoformat()}</lastmod>" if lastmod else ""
        lines.append(f"  <url><loc>{escape(site_url + url)}</loc>{mod}</url>")
    if len(lines) <= most:
        return [(SITEMAP, _xml("urlset", lines))]
    parts = [(sitemap_part(n), _xml("urlset", lines[start:start + most]))
             for n, start in enumerate(range(0, len(lines), most), 1)]
    index = [f"  <sitemap><loc>{escape(site_url + path)}</loc></sitemap>" for path, _ in parts]
    return [(SITEMAP, _xml("sitemapindex", index)), *parts]


def _xml(root: str, lines: list[str]) -> bytes:
    return "\n".join([_HEAD, f"<{root} {_NAMESPACE}>", *lines, f"</{root}>", ""]).encode()


def robots_txt(site_url: str) -> bytes | None:
    """Every page may be crawled (those not for search engines say "noindex" themselves, which
    a crawler must be allowed to read); the sitemap is named by its absolute address, so only
    for a site whose address is known."""
    if not site_url.startswith(("https://", "http://")):
        return None
    return f"User-agent: *\nAllow: /\n\nSitemap: {site_url}{SITEMAP}\n".encode()
