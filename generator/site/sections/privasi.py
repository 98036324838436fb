"""The privacy notice, `/privasi/` and `/en/privasi/`.

It names the personal data controller from the plugin's configuration (mkdocs.yml:
`plugins: - kim: privasi: {pengendali: ..., email: ...}`, checked by `config.py`, so a
build without a controller stops), says what personal data the site publishes and where,
the legal basis, how to withdraw consent and what removal cannot undo. Its text is in
data/antarmuka.yml (`priv_*`), with the one consent statement (`consent_statement`) that
the contribution form, the guides and the GitHub issue forms share.
"""

from __future__ import annotations

from functools import partial
from typing import Iterator

from generator.site.core import Site
from generator.site.i18n import LANGS
from generator.site.pages import Page, ThemePage, root_for, unsized
from generator.site.routes import other_language, privacy_url, regions_url, source
from generator.site.sections.kontribusi import github_target

WITHDRAWAL_FORM = "4-cabut-izin-data-pribadi.yml"  # in .github/ISSUE_TEMPLATE/


class PrivacySection:
    """The notice in both languages; nothing when the Site was made without a controller
    (page-rendering tests), which a build never is (config.py requires one)."""

    def __init__(self, site: Site) -> None:
        self.site = site
        repo, _branch = github_target(site.edit_base)
        self.withdrawal_form = f"https://github.com/{repo}/issues/new?template={WITHDRAWAL_FORM}"

    def theme_pages(self) -> list[ThemePage]:
        if self.site.controller is None:
            return []
        return [ThemePage(source(privacy_url(lang)), lang, "privacy_notice", unsized(partial(self.body, lang)))
                for lang in LANGS]

    def shell_pages(self, lang: str) -> Iterator[Page]:
        return iter(())

    def files(self) -> Iterator[tuple[str, bytes]]:
        return iter(())

    def body(self, lang: str, url: str) -> str:
        site = self.site
        root = root_for(url)
        return site.render("privasi.html", t=site.text[lang], root=root, other_url=other_language(url, lang),
                           regions=root + regions_url(lang),
                           controller=site.controller, withdrawal_form=self.withdrawal_form,
                           consent_id=site.text["id"]("consent_statement"))
