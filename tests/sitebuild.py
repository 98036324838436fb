"""Build a small site in a temporary folder with the real plugin, theme and content."""

from __future__ import annotations

import shutil
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator.model.regions import load_regions
from generator.model.vocab import load_vocab
from generator.site.assets import assets_beside
from generator.site.core import Controller, Site
from generator.site.sections import SECTIONS

ROOT = Path(__file__).parent.parent
FIXTURE_KIMS = ROOT / "tests" / "examples" / "valid" / "kims"
TODAY = "2026-11-27"
EDIT_BASE = "https://github.com/direktori-kim/direktori-kim/edit/main/"
# The theme's scripts and stylesheets, as the built pages link them: `ASSET("kim.css")`.
ASSET = assets_beside(ROOT / "theme" / "kim").address


def build_site(where: Path, kims: Path = FIXTURE_KIMS, appended: dict[str, str] | None = None,
               mitra: Path | None = None) -> Path:
    """Copy the project's site sources, `kims` and the partner files `mitra` (by default
    the `mitra/` folder beside `kims`, if any) into `where`, build, return site/.

    `appended`: text added to the end of pages or theme files, by their path in the project
    ("content/panduan/media.md", "theme/assets/kim/util.js"), or new ones."""
    for name in ("content", "theme"):
        shutil.copytree(ROOT / name, where / name, dirs_exist_ok=True)
    for path, text in (appended or {}).items():
        (where / path).parent.mkdir(parents=True, exist_ok=True)  # a page of its own: content/en/panduan/
        with open(where / path, "a", encoding="utf-8") as fh:
            fh.write(text)
    shutil.copy(ROOT / "mkdocs.yml", where / "mkdocs.yml")
    if kims.exists():
        shutil.copytree(kims, where / "kims", dirs_exist_ok=True)
    mitra = mitra if mitra is not None else kims.parent / "mitra"
    if mitra.is_dir():
        shutil.copytree(mitra, where / "mitra", dirs_exist_ok=True)
    config = load_config(str(where / "mkdocs.yml"), site_dir=str(where / "site"))
    config.plugins["kim"].config.today = TODAY
    build(config)
    return where / "site"


def all_files(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def site_model(kims: list, today, edit_base: str | None = EDIT_BASE, regions=None,
               sections=SECTIONS, controller: Controller | None = None, wilayah=None,
               docs: Path | None = None, mitra=()) -> Site:
    """The generator's Site for `kims` (and partners `mitra`), with the real templates: pages
    without a build (`docs`: the pages' sources, e.g. ROOT / "content", for the pages filling
    in templates)."""
    return Site(kims, regions or load_regions(), load_vocab(), today, "https://kim.example.org/", edit_base,
                ROOT / "theme" / "kim", "https://tile.openstreetmap.org/{z}/{x}/{y}.png", sections=sections,
                controller=controller, wilayah=wilayah, docs=docs, mitra=mitra)
