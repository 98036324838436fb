"""The site's own browser code (theme/assets/kim/*.js) as source: ES modules sharing util.js,
and no value the Python side owns typed again in JavaScript. What the scripts do is tested
in the browser (test_directory.py, test_kemitraan.py, test_kontribusi.py, test_browser.py: the
partners' list, mitra.js)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from generator.format.checker import MD_LINK, PHONE_EXAMPLE
from generator.format.kinds import PERSON_TITLE
from generator.format.names import NAME_FLAGS
from generator.model import urls
from generator.model.vocab import load_vocab
from generator.site.assets import Assets, assets_beside
from generator.site.files import searchindex
from generator.site.sections.kontribusi import FORM_PATTERNS, js_flags, js_regex

from .sitebuild import ROOT

ASSETS = ROOT / "theme" / "assets" / "kim"
SCRIPTS = {p.name: p.read_text(encoding="utf-8") for p in ASSETS.glob("*.js")}
# Modules that page scripts import; a page loads none of them by itself.
IMPORTED = {name for text in SCRIPTS.values() for name in re.findall(r'^import (?:.* from )?"\./([\w-]+\.js)";$', text, re.M)}
# and those they import only when needed (the form's edit mode, a search that finds no KIM)
LAZY = {name for text in SCRIPTS.values() for name in re.findall(r'\bimport\("\./([\w-]+\.js)"\)', text)}
LIBRARIES = {"util.js"} | IMPORTED | LAZY
# The one classic script: the no-JavaScript look where a page's module did not start, in ES5 for
# the browsers that run no module (test_compat.py).
CLASSIC = {"nojs.js"}
PAGE_SCRIPTS = {name: text for name, text in SCRIPTS.items() if name not in LIBRARIES | CLASSIC}
TEMPLATES = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "theme" / "kim").glob("*.html")}

# What util.js defines once, and how a copy of it would show in a page script.
SHARED = {
    "byId": "getElementById(",
    "numberFormat": r"(?=(\d{3})+$)",
    "nameCollator": "Intl.Collator(",
    "fold": '.normalize("NFKD")',
    "fetchJSON": "credentials:",
    "nameKey": 'padStart(12, "0")',
    "nextTask": "scheduler.yield",
    "pageConfig": "JSON.parse(",
    "fill": r"replace(/\{(\w+)\}/g",
}


def test_every_page_script_is_a_module_that_imports_util():
    assert set(PAGE_SCRIPTS) == {"alamat-lama.js", "directory.js", "kemitraan.js", "kirim.js", "kontribusi.js",
                                 "map.js", "mitra.js", "notfound.js", "offline.js"}
    for name, text in PAGE_SCRIPTS.items():
        assert re.search(r'^import \{[^}]+\} from "\./util\.js";$', text, re.M), name
        assert '"use strict"' not in text, name  # modules are strict already
    for name, text in TEMPLATES.items():
        for tag in re.findall(r"<script\b[^>]*\bsrc=[^>]*>", text):
            if "nojs.js" in tag:   # classic, so deferred as modules are: it runs after them
                assert tag == '<script src="{{ root }}{{ asset("nojs.js") }}" defer>', (name, tag)
            else:
                assert 'type="module"' in tag and "defer" not in tag, (name, tag)


def test_util_is_preloaded_beside_each_script_on_the_critical_path():
    macro = TEMPLATES["_macros.html"]
    assert re.search(r'<link rel="modulepreload" href="\{\{ root \}\}\{\{ asset\("util\.js"\) \}\}">\n<script type="module"',
                     macro)
    for name, page in (("directory.html", "directory"), ("kemitraan_kartu.html", "kemitraan"),
                       ("kontribusi.html", "kontribusi"), ("mitra.html", "mitra")):
        assert f'{{{{ m.page_script(root, "{page}") }}}}' in TEMPLATES[name], name
    # the board's script imports modules of its own: the pages preload them all beside it
    board = {name for name in IMPORTED if name.startswith("kemitraan-")}
    assert len(board) > 3 and all(f'"{name[:-3]}"' in TEMPLATES["kemitraan_kartu.html"] for name in board)
    for name in ("kemitraan.html", "kemitraan_provinsi.html"):
        assert "{{ board_script(root) }}" in TEMPLATES[name], name


def test_the_board_script_is_split_into_small_modules():
    for name, text in SCRIPTS.items():
        if name.startswith("kemitraan"):
            assert text.count("\n") <= 300, name


def test_the_directory_script_is_split_into_modules_preloaded_beside_it():
    modules = {name for name in IMPORTED if name.startswith("directory-")}
    assert modules == set(re.findall(r'^import \{[^}]+\} from "\./(directory-[\w-]+\.js)";$',
                                     PAGE_SCRIPTS["directory.js"], re.M))
    assert len(modules) > 4
    preloaded = re.search(r'\{%- for name in \(([^)]*)\) %\}\n<link rel="modulepreload" href="\{\{ root \}\}'
                          r'\{\{ asset\("directory-" ~ name ~ "\.js"\) \}\}">', TEMPLATES["directory.html"])
    assert {f"directory-{name}.js" for name in re.findall(r'"([\w-]+)"', preloaded.group(1))} == modules


def test_the_form_script_is_split_into_small_modules_preloaded_beside_it():
    modules = {name for name in IMPORTED if name.startswith("kontribusi-")}
    assert modules == set(re.findall(r'^import \{[^}]+\} from "\./(kontribusi-[\w-]+\.js)";$',
                                     PAGE_SCRIPTS["kontribusi.js"], re.M))
    assert len(modules) > 5
    for name in modules | {"kontribusi.js"}:
        assert SCRIPTS[name].count("\n") <= 450, name  # well under the 500 lines of a module of generator/
    preloaded = re.search(r'\{%- for name in \(([^)]*)\) %\}\n<link rel="modulepreload" href="\{\{ root \}\}'
                          r'\{\{ asset\("kontribusi-" ~ name ~ "\.js"\) \}\}">', TEMPLATES["kontribusi.html"])
    assert {f"kontribusi-{name}.js" for name in re.findall(r'"([\w-]+)"', preloaded.group(1))} == modules


def test_no_page_script_copies_a_shared_helper():
    util = SCRIPTS["util.js"]
    for helper, sign in SHARED.items():
        assert re.search(rf"^export (const|function) {helper}\b", util, re.M), helper
        assert sign in util, helper
        for name, text in SCRIPTS.items():   # a classic script cannot import util.js
            assert name in {"util.js"} | CLASSIC or sign not in text, f"{name} has its own {helper} ({sign})"


def test_the_directory_reads_the_flag_bits_from_the_index():
    flags = {name: value for name, value in vars(searchindex).items() if name.startswith("FLAG_")}
    assert sorted(searchindex.FLAGS.values()) == sorted(flags.values())  # every flag has a name
    entry = searchindex.entry([], dt.date(2026, 1, 1), load_vocab(), str, [], "v")
    assert entry["flag"] == searchindex.FLAGS
    assert entry["berkas"]["panjang_awalan"] == searchindex.PREFIX
    index = SCRIPTS["directory-index.js"]
    assert "data.flag" in index and "f.panjang_awalan" in index
    directory = "".join(text for name, text in SCRIPTS.items() if name.startswith("directory"))
    # No bit is typed in: every flag is 0 until the index names it, and so is the prefix length.
    assert re.search(r"\{ ACTIVE: 0, STALE: 0, SECRETARIAT: 0, SEEKS: 0, OFFERS: 0, SAMPLE: 0, VERIFIED: 0 \}", index)
    assert not re.search(r"\b(F_[A-Z]+ = |[A-Z]+: )[1-9]", directory)
    assert re.search(r"\bMIN_KATA = f\.panjang_awalan \| 0;", index)


@pytest.mark.parametrize("flags, js", [(0, "u"), (re.I, "iu"), (re.I | re.M | re.S, "imsu")])
def test_the_forms_flags_are_the_python_patterns(flags, js):
    """A flag changed in Python reaches the form: every pattern the form gets has its flags from
    the compiled pattern, `u` always (a str pattern reads Unicode)."""
    pattern = re.compile(r"\bkim\b", flags)
    assert js_flags(pattern.flags) == js and js_regex(pattern)[1] == js
    assert FORM_PATTERNS["personTitle"] is PERSON_TITLE and js_flags(NAME_FLAGS) == "iu"


@pytest.mark.parametrize("flags", [re.X, re.A])
def test_a_flag_javascript_has_not_fails_the_build(flags):
    with pytest.raises(ValueError, match="no JavaScript flag"):
        js_regex(re.compile("kim", flags))


def test_the_form_gets_the_validators_patterns_from_its_config():
    assert js_regex(urls.DANGEROUS) == [urls.DANGEROUS.pattern, "iu"]
    assert js_regex(MD_LINK) == [MD_LINK.pattern, "mu"]
    assert js_regex(urls.HOST)[1] == js_regex(urls.UNSAFE_CHARS)[1] == "u"
    form = "".join(text for name, text in SCRIPTS.items() if name.startswith("kontribusi"))
    for name in ("dangerous", "host", "unsafe", "mdLink"):
        assert f'pattern("{name}"' in form, name
    for fragment in ("javascript|vbscript", "{0,61}", r"[^\s>()]*", "^{}|", PHONE_EXAMPLE):
        assert fragment not in form, fragment
    assert "C.phoneExample" in form
    # the village prefixes and the phone formats the form normalises by are Python's
    assert "tiyuh" not in form and "new RegExp(C.villagePrefix)" in form
    assert "C.fieldFormats[" in form and "new RegExp(F[format])" in form


def test_a_script_imports_its_modules_at_the_version_the_pages_link():
    script = ('import {\n  byId,\n} from "./util.js";\nimport "./menu.js";\nconst patch = import("./yamlpatch.js");\n'
              'const leaflet = new URL("../vendor/leaflet/", import.meta.url);\n')
    assert Assets("0a1b2c3d").script(script) == (
        'import {\n  byId,\n} from "./util.js?v=0a1b2c3d";\nimport "./menu.js?v=0a1b2c3d";\n'
        'const patch = import("./yamlpatch.js?v=0a1b2c3d");\n'
        'const leaflet = new URL("../vendor/leaflet/", import.meta.url);\n')
    assert Assets("0a1b2c3d").address("kim.css") == "assets/kim/kim.css?v=0a1b2c3d"


def test_the_version_changes_with_any_byte_of_the_theme_files(tmp_path):
    (tmp_path / "kim").mkdir()
    folder = tmp_path / "assets" / "kim"
    folder.mkdir(parents=True)
    (folder / "util.js").write_text("export const a = 1;\n")
    (folder / "kim.css").write_text("body {}\n")
    first = assets_beside(tmp_path / "kim").version
    assert assets_beside(tmp_path / "kim").version == first
    (folder / "kim.css").write_text("body { }\n")
    assert assets_beside(tmp_path / "kim").version != first
    assert re.fullmatch(r"[0-9a-f]{8}", first)
