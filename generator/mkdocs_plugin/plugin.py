"""The MkDocs edge: thin hooks that hand the catalogue to `site` and write its output.

Everything about KIMs is decided elsewhere (catalogue, views, site); this module
only translates between MkDocs' build steps and those plain functions.
"""

from __future__ import annotations

import gzip
import logging
import os
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import BytecodeCache
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.toc import get_toc

from generator import gcpolicy
from generator.format import catalogue
from generator.format.dates import NotADate, reference_date
from generator.mkdocs_plugin import messages
from generator.mkdocs_plugin.config import KimConfig
from generator.mkdocs_plugin.output import PageWriter, check_site, remove_others
from generator.mkdocs_plugin.postprocess import finish_page, slim_shell, theme_scripts
from generator.mkdocs_plugin.watch import watch_folders
from generator.model import caches, datafiles
from generator.model.datafiles import DataFileError
from generator.model.regions import load_regions
from generator.model.urls import unreachable_host
from generator.model.vocab import load_vocab
from generator.site import ledger
from generator.site.assets import FOLDER, assets_beside
from generator.site.cards import HEIGHT, WIDTH
from generator.site.core import (
    ALT,
    BODY,
    DESCRIPTION,
    IMAGE,
    ROBOTS,
    THEME_BODY,
    TITLE,
    Controller,
    Shell,
    Site,
)
from generator.site.files.sitemap import robots_txt, sitemap_files
from generator.site.i18n import LANGS, OG_LOCALES, Text
from generator.site.memo import Memo
from generator.site.menu import menus
from generator.site.pages import SourceError, ThemePage, catalogue_share
from generator.site.routes import SERVICE_WORKER, SITE_CARD, home_url, privacy_url
from generator.site.sections import SECTIONS
from generator.site.sections.dokumen import TEMPLATES, letter_lines
from generator.site.sections.offline import OfflineSection, service_worker

log = logging.getLogger("mkdocs.plugins.kim")

SHELLS = {"kim/_shell.md": "id", "en/kim/_shell.md": "en"}


def english_guides(files: Files) -> list[str]:
    """The guides written in English too: `en/panduan/<name>.md` beside `panduan/<name>.md`."""
    names = {f.src_uri[len("en/panduan/"):-3] for f in files.documentation_pages()
             if f.src_uri.startswith("en/panduan/") and f.src_uri.count("/") == 2}
    return sorted(n for n in names if files.get_file_from_path(f"panduan/{n}.md"))


def _first_page(item):
    """A nav section's first page, however deep (as Material's tabs link a section)."""
    while item.children:
        item = item.children[0]
    return item


def _always() -> bool:
    return True


class _DirtyIsClean(logging.Filter):
    """Drops MkDocs' warning that a dirty build may be inaccurate, and its advice to clean up
    stale files: this plugin reads every page of a dirty build, renders every page whose
    inputs changed and removes what the build did not produce, so its result equals a clean
    build's (tests/test_rebuild.py). `make site` builds with --dirty and --strict."""

    ADVICE = ("A 'dirty' build is being performed", "The directory contains stale files")

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(self.ADVICE)


_DIRTY_WARNING = _DirtyIsClean()


class _WrittenAfterFiles(logging.Filter):
    """Drops MkDocs' note that it skipped a page with no output: the pages written once the
    files they describe are (`ThemePage.after_files`), which this plugin writes itself."""

    skipped: tuple[str, ...] = ()  # MkDocs' note of each of them (`KimPlugin._files` sets them)

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(self.skipped)


WRITTEN_AFTER_FILES = _WrittenAfterFiles()


class _MemoryBytecodeCache(BytecodeCache):
    """Compiled theme templates kept in memory between the rebuilds of `mkdocs serve`
    (MkDocs makes a new environment for each). Never stale: Jinja uses a compiled template
    only if the checksum of its source is unchanged."""

    def __init__(self) -> None:
        self.codes: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        if bucket.key in self.codes:
            bucket.bytecode_from_string(self.codes[bucket.key])

    def dump_bytecode(self, bucket) -> None:
        self.codes[bucket.key] = bucket.bytecode_to_string()


class KimPlugin(BasePlugin[KimConfig]):
    serving = False  # until on_startup says `mkdocs serve` (tests may build without it)
    dirty = False  # a build into a folder that keeps an earlier build (--dirty)
    fresh = False  # the site folder was empty when the build began: nothing old to remove
    writer: PageWriter | None = None
    watch = None  # the observer of our folders during `mkdocs serve`
    memo: Memo | None = None
    # Defining on_startup keeps this instance alive across the rebuilds of `mkdocs serve`,
    # so the memo makes those rebuilds incremental.
    def on_startup(self, *, command, dirty):
        self.serving = command == "serve"
        self.dirty = dirty
        builder = logging.getLogger("mkdocs.commands.build")
        builder.addFilter(WRITTEN_AFTER_FILES)
        if dirty and not self.serving:
            builder.addFilter(_DIRTY_WARNING)
        else:
            builder.removeFilter(_DIRTY_WARNING)
        self.memo = Memo()
        self.theme_code = _MemoryBytecodeCache()

    def on_shutdown(self):
        if self.watch is not None:
            self.watch.stop()
        gcpolicy.exiting()

    def on_config(self, config):
        self.base = Path(config.config_file_path).parent
        if not config.site_url:  # `mkdocs serve` always has one: the server's
            raise PluginError(messages.both("site-url-missing"))
        try:
            self.today = reference_date(self.config.today, "today (mkdocs.yml)")
        except NotADate as exc:
            raise PluginError(str(exc)) from None
        self.site_url = config.site_url
        repo = (config.repo_url or "").rstrip("/")
        self.edit_base = self.config.edit_base or (f"{repo}/edit/main/" if repo else None)
        tiles = urlsplit(self.config.tiles)
        self.tile_origin = f"{tiles.scheme}://{tiles.hostname}"
        self.shells: dict[str, Shell] = {}
        self.writer = None
        self.page_urls: list[str] = []
        self.after_files: list[tuple[ThemePage, str, str, str]] = []  # (page, url, path, its output but the body)
        # Every build, served or not, starts from its sources' fingerprint: in a process that
        # builds more than once, nothing cached from other templates, data or settings is used.
        if self.memo is None:
            self.memo = Memo()
        self.assets = assets_beside(self.base / self.config.templates_dir)
        self.memo.begin(self.base / self.config.templates_dir, (
            sorted(self.config.items()), self.today, self.site_url, self.edit_base, self.tile_origin,
            self.assets.version))
        config.extra_css = [self._asset(path) for path in config.extra_css]
        return config

    def _asset(self, path: str) -> str:
        """A file's address as the pages link it: versioned if it is one of the theme's own."""
        name = path.partition("?")[0][len(FOLDER):]  # a configuration read twice keeps one version
        return self.assets.address(name) if path.startswith(FOLDER) else path

    def on_serve(self, server, config, builder):
        # MkDocs watches docs_dir and mkdocs.yml, the theme only with --watch-theme (which
        # `make serve` does not pass): an edited KIM file, template, theme file or data file
        # of the generator must start a rebuild too.
        folders = [self.base / self.config.data_dir, self.base / self.config.templates_dir, datafiles.folder()]
        if (self.base / self.config.mitra_dir).is_dir():
            folders.append(self.base / self.config.mitra_dir)
        if config.theme.custom_dir:
            folders.append(Path(config.theme.custom_dir))
        self.watch = watch_folders(server, folders)
        return server

    def on_files(self, files: Files, config) -> Files:
        try:
            return self._files(files, config)
        except (SourceError, DataFileError) as exc:
            raise PluginError(f"{messages.both('source-error')}:\n{exc}") from None

    def _files(self, files: Files, config) -> Files:
        gcpolicy.build_started()
        data_dir = os.path.relpath(self.base / self.config.data_dir)
        if self.serving:
            check_site(self.memo, Path(config.site_dir))
        # MkDocs has emptied the folder by now, unless the build is --dirty
        self.fresh = not os.path.isdir(config.site_dir) or not os.listdir(config.site_dir)
        mitra_dir = os.path.relpath(self.base / self.config.mitra_dir)
        folders = [data_dir] + ([mitra_dir] if os.path.isdir(mitra_dir) else [])
        result = catalogue.load(folders, self.today, memo=self.memo.files if self.serving else None)
        if result.errors:
            raise PluginError(messages.data_errors(result.problems, result.files))
        if result.warnings:
            log.info(messages.data_warnings(result.problems, result.files))
        self._check_reach(result.kims)
        # every source path starts with data_dir: one relpath for the folder, not one per KIM
        folder = os.path.relpath(os.path.abspath(data_dir), self.base)
        edit_paths = {k.source: folder + k.source[len(data_dir):] for k in result.kims}
        partners = os.path.relpath(os.path.abspath(mitra_dir), self.base)
        edit_paths.update((m.source, partners + m.source[len(mitra_dir):]) for m in result.mitra)
        privasi = self.config.privasi
        self.site = Site(result.kims, load_regions(), load_vocab(), self.today, self.site_url,
                         self.edit_base, self.base / self.config.templates_dir, self.config.tiles,
                         edit_paths, sections=SECTIONS, controller=Controller(privasi.pengendali, privasi.email),
                         memo=self.memo if self.serving else None, wilayah=result.wilayah, mitra=result.mitra,
                         guides_en=english_guides(files), drawn=self.base / self.config.cache_dir,
                         docs=Path(os.path.relpath(config.docs_dir)))
        gcpolicy.share_with_workers()  # with the page workers forked later
        self._version_imports(files, config)
        self.theme_pages = {page.src: page for page in self.site.theme_pages()}
        WRITTEN_AFTER_FILES.skipped = tuple(f"Page skipped: '{src}'." for src, page in self.theme_pages.items()
                                            if page.after_files)
        for page in self.theme_pages.values():
            inclusion = InclusionLevel.UNDEFINED if page.in_nav else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, page.src, content=f"# {Text(page.lang)(page.title)}\n",
                                        inclusion=inclusion))
        if self.serving or self.dirty:
            # A dirty build would skip unchanged Markdown pages: the home page would keep old
            # counts, and pages rendered again would name the skipped ones "None" in their
            # navigation. They are few: read them all; the dirty build still keeps the folder.
            for file in files.documentation_pages():
                file.is_modified = _always
        # The shells go first: MkDocs renders pages in this order, and the page workers
        # start as soon as both shells exist, while the theme pages are still rendered.
        shells = [File.generated(config, src, content=f"# {TITLE}\n", inclusion=InclusionLevel.NOT_IN_NAV)
                  for src in SHELLS]
        return Files([*shells, *files])

    def _check_reach(self, kims) -> None:
        """Say so when real KIMs get posters on an address no one can open: the bundled
        mkdocs.yml's example one, kept by mistake when going live. A preview (`mkdocs serve`)
        is on this machine by design."""
        host = None if self.serving else unreachable_host(self.site_url)
        real = sum(not k.contoh for k in kims)
        if host and real:
            log.info(messages.both("site-url-example", url=self.site_url, host=host, n=real))

    def _version_imports(self, files: Files, config) -> None:
        """The theme's scripts, as the pages load them: importing each other at their version."""
        for file in [f for f in files if f.src_uri.startswith(FOLDER) and f.src_uri.endswith(".js")]:
            text = Path(file.abs_src_path).read_text(encoding="utf-8")
            files.remove(file)
            files.append(File.generated(config, file.src_uri, content=self.assets.script(text)))

    def on_nav(self, nav, config, files):
        # the shells' and the English pages' menu (site/menu.py, theme/partials/menu.html)
        self.menus = menus([(item.title, _first_page(item).url) for item in nav.items],
                           {f.url for f in files.documentation_pages()})
        return nav

    def on_env(self, env, config, files):
        env.globals["kim_menu"] = self.menus
        # every page's footer links the privacy notice in the page's language (partials/footer.html)
        texts = {lang: Text(lang) for lang in LANGS}
        env.globals["kim_privacy"] = {lang: (privacy_url(lang), texts[lang]("privacy")) for lang in LANGS}
        # the interface texts, for the theme's own pages that are not ours (404.html)
        env.globals["kim_text"] = texts
        # the site's name in the page's language: its title, header and menu (main.html, partials/);
        # the home pages' titles name the site already
        names = {lang: texts[lang]("site_name") for lang in LANGS}
        env.globals["kim_site_name"] = partial(site_name, names, config.theme["language"])
        env.globals["kim_homes"] = {home_url(lang) for lang in LANGS}
        env.globals["kim_asset"] = self.assets.address  # main.html, 404.html: site/assets.py
        # Open Graph data of every page (main.html): the site's share card, the shells' placeholder
        env.globals["kim_share"] = {"site_card": SITE_CARD, "shell_image": IMAGE, "shell_robots": ROBOTS,
                                    "shell_alt": ALT, "alt": self.site.card_alt, "size": (WIDTH, HEIGHT),
                                    "locales": OG_LOCALES}
        if self.serving:
            env.bytecode_cache = self.theme_code
        self.scripts = theme_scripts(env, config)
        self.files = files
        return env

    def on_page_markdown(self, markdown, page, config, files):
        src = page.file.src_uri
        if src in SHELLS:
            page.meta.update(lang=SHELLS[src], description=DESCRIPTION, kim_page=True, kim_shell=True)
        elif src in self.theme_pages:
            theme_page = self.theme_pages[src]
            page.meta.update(lang=theme_page.lang, kim_page=True)
            if theme_page.titled_by_heading:
                page.meta.update(title=Text(theme_page.lang)(theme_page.title))
            if theme_page.shows_data:
                title = page.meta.get("title") or Text(theme_page.lang)(theme_page.title)
                page.meta.update(self._catalogue_share(title, theme_page.lang, theme_page.description))
        elif src == "index.md":
            page.meta.update(self._catalogue_share(config.site_name, config.theme["language"], "site_description"))
        elif src.startswith(f"{TEMPLATES}/"):
            return letter_lines(markdown)  # printed as the drafts of /kim/<slug>/dokumen/ are
        return markdown

    def _catalogue_share(self, title: str, lang: str, description: str) -> dict[str, str]:
        t = self.site.text[lang]
        return catalogue_share(title, t(description), self.site.samples, t)

    def on_page_content(self, html, page, config, files):
        src = page.file.src_uri
        if src in SHELLS or src in self.theme_pages:
            # The title's Markdown heading is replaced: no table of contents (and no skip
            # link) may point at it.
            page.toc = get_toc([])
        if src in SHELLS:
            return BODY
        if src in self.theme_pages:
            return THEME_BODY  # filled in on_post_page, once the page workers are running
        if src == "index.md":
            return self.site.home_page(html, page.url)
        return self.site.markdown_top(page.url) + html  # a guide's language link

    def on_post_page(self, output, page, config):
        src = page.file.src_uri
        if src in SHELLS:
            output = slim_shell(output)
        elif src in self.theme_pages and self.theme_pages[src].after_files:
            # written once the files it gives the sizes of are (on_post_build); MkDocs writes no empty page
            self.after_files.append((self.theme_pages[src], page.url, page.file.dest_uri, output))
            self.page_urls.append(page.url)
            return ""
        elif src in self.theme_pages:
            # no file of the build is written yet: the pages that show sizes wait for them (above)
            output = output.replace(THEME_BODY, self.site.theme_body(self.theme_pages[src], page.url, {}), 1)
        output = finish_page(output, self.tile_origin, self.scripts)
        if src in SHELLS:
            self.shells[SHELLS[src]] = Shell(output, page.url, partial(self.site.card_alt, SHELLS[src]))
            if len(self.shells) == len(SHELLS):
                self._start_writer(config)
        else:
            self.page_urls.append(page.url)
        return output

    def _start_writer(self, config) -> None:
        shells = tuple(tuple(s.parts) for s in self.shells.values())
        if self.serving:
            self.memo.use_shells(shells)
            self.writer = PageWriter(self.site, self.shells, Path(config.site_dir), self.memo)
            return
        self.sources = self.memo.sources + ledger.key_digest(shells) + ledger.code_fingerprint()
        self.ledger_file = self._ledger_file(config)
        # an empty folder holds no page of the last build's ledger
        kept = ledger.Ledger() if self.fresh else ledger.load(self.ledger_file, self.sources)
        self.writer = PageWriter(self.site, self.shells, Path(config.site_dir), ledger=kept, fresh=self.fresh)

    def _ledger_file(self, config) -> Path:
        """The ledger of this site folder (several configurations may share a cache folder), by
        its path from mkdocs.yml: a copy of the project with its folders keeps using it."""
        name = ledger.key_digest((os.path.relpath(config.site_dir, self.base),)).hex()
        return self.base / self.config.cache_dir / "ledger" / name

    def on_post_template(self, output_content, template_name, config):
        if template_name.endswith(".html"):  # the 404 page
            return finish_page(output_content, self.tile_origin, self.scripts)
        return output_content

    def on_build_error(self, error):
        if self.writer is not None:
            self.writer.close()
        gcpolicy.build_ended()

    def on_post_build(self, config):
        site_dir = Path(config.site_dir)
        for src in SHELLS:
            shell_dir = site_dir / Path(src).with_suffix("")
            (shell_dir / "index.html").unlink(missing_ok=True)
            shell_dir.rmdir()
        out = self.writer.out
        for path, data in self.site.files():
            out.write(path, data)
        if not self.serving:
            # What the aggregate files computed per KIM is kept for a next rebuild, which a
            # build does not have: it makes room for the workers' records (230 MB at 50,000).
            caches.clear_all()
        if OfflineSection in SECTIONS:  # a lighter build may leave it out (tests/test_statistik.py)
            # after every page and file of the offline shell is written: its name is their digest
            template = (self.base / self.config.templates_dir / "sw.js").read_text(encoding="utf-8")
            out.write(SERVICE_WORKER, service_worker(template, lambda path: (site_dir / path).read_bytes()))
        entries = self.writer.finish()
        for theme_page, url, path, output in self.after_files:
            body = self.site.theme_body(theme_page, url, out.sizes)
            out.write(path, finish_page(output.replace(THEME_BODY, body, 1), self.tile_origin, self.scripts).encode())
        (main, xml), *parts = sitemap_files(self.site_url, self.page_urls, entries, self.site.unlisted())
        # MkDocs wrote its own sitemap to the same place in this build: ours replaces it
        out.write_over(main, xml)
        # level 6, not gzip's default 9: twice as fast for every serve rebuild too, for a file
        # 4% larger, read by crawlers only
        out.write_over(main + ".gz", gzip.compress(xml, compresslevel=6, mtime=0))
        for path, data in parts:
            out.write(path, data)
        robots = robots_txt(self.site_url)
        if robots and "robots.txt" not in self._mkdocs_output(config):  # one in content/ wins
            out.write("robots.txt", robots)
        if not self.serving:
            if not self.fresh:
                removed = remove_others(site_dir, set(out.produced) | self._mkdocs_output(config))
                if removed:
                    log.info(messages.both("removed-files", n=removed))
            ledger.save(self.ledger_file, self.sources, out.ledger.rows)
            self.site.kept.prune()
        gcpolicy.build_ended()

    def _mkdocs_output(self, config) -> set[str]:
        """The files MkDocs itself wrote in this build: pages, static files, theme templates."""
        shells = {Path(src).with_suffix("").as_posix() + "/index.html" for src in SHELLS}
        written = {f.dest_uri for f in self.files if f.inclusion.is_included()} - shells
        for template in (*config.theme.static_templates, *config.extra_templates):
            written.add(template)
            if template == "sitemap.xml":
                written.add("sitemap.xml.gz")
        return written


def site_name(names: dict[str, str], default_lang: str, page) -> str:
    """The site's name (`names`, by language) as a page in its language says it: an English
    page's is "KIM Directory" (a tester read "Direktori KIM" in the English pages' header and
    titles). Asked several times for every page: looked up, not made."""
    meta = page.meta if page else {}
    return names[meta.get("lang") or default_lang]
