"""sitemap.xml for every page: the theme's pages and the generated ones; robots.txt, which
tells crawlers where it is."""

from __future__ import annotations

from xml.sax.saxutils import escape

from generator.site.routes import listed


def sitemap_xml(site_url: str, theme_urls: list[str], pages: list[tuple], unlisted: set[str] = frozenset()) -> bytes:
    """`pages`: (url, lastmod or None) of the generated pages; `unlisted`: those that ask
    search engines to skip them (sample profiles)."""
    entries = {url: None for url in theme_urls if listed(url)}
    for url, lastmod in pages:
        if listed(url) and url not in unlisted:
            entries[url] = lastmod
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for url in sorted(entries):
        lastmod = entries[url]
        mod = f"<lastmod>{lastmod.isoformat()}</lastmod>" if lastmod else ""
        lines.append(f"  <url><loc>{escape(site_url + url)}</loc>{mod}</url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode()


def robots_txt(site_url: str) -> bytes | None:
    """Every page may be crawled (those not for search engines say "noindex" themselves, which
    a crawler must be allowed to read); the sitemap is named by its absolute address, so only
    for a site whose address is known."""
    if not site_url.startswith(("https://", "http://")):
        return None
    return f"User-agent: *\nAllow: /\n\nSitemap: {site_url}sitemap.xml\n".encode()
