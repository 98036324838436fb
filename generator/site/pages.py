"""What the site is made of, for every part of it: the kinds of page and the `Section`
protocol. Sections and the core both import this module; neither imports the other's
internals (sections are handed to the `Site` when it is built)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Callable, Iterator, Mapping, Protocol

from generator.site.routes import SITE_CARD, site_card

if TYPE_CHECKING:
    from generator.site.i18n import Text

Sizes = Mapping[str, int]  # of the files the build wrote, in bytes by path


class SourceError(ValueError):
    """A file the site is made from, beside the KIM data (a guide's template), cannot be
    used: the message names it and says what to change, in Indonesian, then English. The
    builder stops on it (the MkDocs edge says so in both languages)."""


@dataclass(frozen=True)
class ThemePage:
    """A page MkDocs renders through the theme, at `src` (e.g. "kim/index.md"), whose
    body `body(url, sizes)` supplies (`sizes`: of the files written so far, by path, which
    only a page rendered after them shows; `unsized`); `title` is a key of data/antarmuka.yml. `key()`, where given,
    holds everything the body shows beyond the build's settings, so that `serve` can reuse
    an unchanged body (`Site.theme_body`)."""

    src: str
    lang: str
    title: str
    body: Callable[[str, Sizes], str]
    in_nav: bool = False
    key: Callable[[], tuple] | None = None
    # The page shows the catalogue (its KIMs, partners or counts): while that holds samples, the
    # page's preview says so (`catalogue_share`). A form, a notice or a guide does not.
    shows_data: bool = False
    # Titled by its heading (`title`), not by its label in the menu: the board's label,
    # "Kemitraan", was also the title of the guide /panduan/kemitraan/ (found by a tester).
    titled_by_heading: bool = False
    # The key of its own description (its preview's), where the site's says too little of it.
    description: str = "site_description"
    # Its body gives the sizes of files the build writes (/data/): it is rendered once they are
    # written, with their sizes in bytes by path.
    after_files: bool = False


def unsized(body: Callable[[str], str]) -> Callable[[str, Sizes], str]:
    """The `ThemePage.body` of a page that shows no file's size, made by `body(url)`."""
    return partial(_without_sizes, body)


def _without_sizes(body: Callable[[str], str], url: str, sizes: Sizes) -> str:
    return body(url)


@dataclass(frozen=True)
class Deferred:
    """A shell page not rendered yet: `make()` renders it. `key()` holds everything the
    page depends on beyond the build's settings, so that `serve` can reuse an unchanged
    page; a function, because a fresh build never asks for it."""

    url: str
    key: Callable[[], tuple]
    make: Callable[[], "Page"]


@dataclass(frozen=True)
class DeferredFile:
    """A file of `Section.files` not made yet: `make()` makes its bytes. `key()`, as for
    `Deferred`, holds everything the file is made from beyond the build's settings, so that
    a rebuild leaves an unchanged file alone without making it."""

    key: Callable[[], tuple]
    make: Callable[[], bytes]


@dataclass(frozen=True)
class Page:
    url: str  # relative to the site root, ends with "/"
    title: str
    description: str
    body: str
    lastmod: dt.date | None = None
    image: str = SITE_CARD  # its share card (og:image), relative to the site root
    whole: bool = False  # `body` is the whole document (a poster, an embed): no shell around it
    # Invented (sample) data: search engines are asked to skip the page, and the sitemap leaves
    # it out, so that no sample KIM or partner is ever found as a real one.
    noindex: bool = False


def counted(title: str, description: str, contoh: bool, label: str) -> tuple[str, str, str]:
    """The title, description and share card of a page whose description states counts (a
    region's KIMs, the board's requests): counts that include sample KIMs (`contoh`) say so
    with `label`, "(data contoh)", in the title (a chat app cuts a description after two lines)
    and the description, and the page shares the site's sample card, as a sample profile shares
    its regency's: a preview must not pass invented numbers for real ones."""
    if not contoh:
        return title, description, SITE_CARD
    text, stop = (description[:-1], ".") if description.endswith(".") else (description, "")
    return f"{title} {label}", f"{text} {label}{stop}", site_card(True)


def titled(title: str, description: str, contoh: bool, t: Text) -> tuple[str, str]:
    """A KIM's or partner's page title and description; a sample's marked "(contoh)" and
    "(data contoh)" (`t`, the page's texts): a chat app's preview shows them, and may crop
    away the band of the sample card. A sample partner's name says "(contoh)" already; an
    English reader is told in English too."""
    if not contoh:
        return title, description
    marked = title if t.says_sample(title) else f"{title} ({t('contoh_label')})"
    return marked, counted(title, description, True, t("contoh_feed"))[1]


def catalogue_share(title: str, description: str, samples: tuple[int, int] | None,
                    t: Callable[..., str]) -> dict[str, str]:
    """The title, description and share card of a page about the whole catalogue, as page
    settings for the theme (main.html): while the catalogue holds samples (`Site.samples`), its
    title says "(data contoh)" (a chat app cuts a description after two lines) and so does its
    description, and it shares the sample card, as a page whose counts include them (`counted`)."""
    marked, text, card = counted(title, description, samples is not None, t("contoh_feed"))
    return {"description": text, "kim_card": card, **({"title": marked} if samples else {})}


def catalogue_title(title: str, samples: tuple[int, int] | None, t: Callable[..., str]) -> str:
    """`title` as a page about the whole catalogue gives it (`catalogue_share`): marked while
    the catalogue holds samples, so a shared link says so as the page does."""
    return catalogue_share(title, "", samples, t).get("title", title)


def root_for(url: str) -> str:
    """The relative path from a page at `url` back to the site root."""
    return "../" * url.count("/")


class Section(Protocol):
    """A part of the site (e.g. the partnership board). Built with the `Site` as context;
    shell pages sit two folders deep (`kemitraan/<jenis>/`), like profiles, or deeper
    (`Shell` then climbs the extra folders in the theme's links); a `whole` page (its own
    document, no shell) may sit anywhere."""

    def theme_pages(self) -> list[ThemePage]: ...

    def shell_pages(self, lang: str) -> Iterator[Page | Deferred]: ...

    def files(self) -> Iterator[tuple[str, bytes | DeferredFile]]: ...
