"""JSON written into a page's <script> elements: any value (`script_json`), and a KIM's
structured data for search engines (schema.org JSON-LD, `json_ld`)."""

from __future__ import annotations

from markupsafe import Markup

from generator.model.kim import Kim
from generator.model.urls import is_safe_href
from generator.site.jsonout import json_text
from generator.site.routes import profile_url


def json_ld_data(kim: Kim) -> str:
    """The KIM's structured data (schema.org) as `script_json` writes it, but for its "url",
    the last of its sorted keys, which differs between the languages: `json_ld` adds it."""
    p = kim.place
    address = {"@type": "PostalAddress", "addressLocality": p.name, "addressRegion": p.province,
               "addressCountry": "ID"}
    if kim.alamat:
        address["streetAddress"] = kim.alamat
    data = {"@context": "https://schema.org", "@type": "Organization", "name": kim.nama, "address": address}
    if kim.koordinat:
        data["geo"] = {"@type": "GeoCoordinates", "latitude": kim.koordinat[0], "longitude": kim.koordinat[1]}
    if kim.berdiri:
        data["foundingDate"] = str(kim.berdiri) if isinstance(kim.berdiri, int) else kim.berdiri.isoformat()
    same_as = [m.url for m in kim.media if m.url and is_safe_href(m.url)]
    if same_as:
        data["sameAs"] = same_as
    emails = [c.email for c in kim.kontak if c.jenis == "lembaga" and c.email]
    if emails:
        data["email"] = emails[0]
    assert max(data) < "url"  # sorted keys: "url" goes last
    return script_json(data)[:-1]


def json_ld(kim: Kim, site_url: str, lang: str, data: str | None = None) -> Markup:
    """The KIM's structured data with its page's address; `data`: its `json_ld_data`."""
    data = data if data is not None else json_ld_data(kim)
    return Markup(f'{data},"url":{script_json(site_url + profile_url(kim.slug, lang))}}}')


def script_json(value) -> Markup:
    """JSON for a <script type="application/...json"> element of a page.

    "<", ">" and "&" never appear raw, so no text can close the element ("</script>").
    """
    text = json_text(value)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
