"""The browsers Indonesian villagers use (README, "Browser baseline"): every script shipped
under theme/ parses at the baseline's syntax (acorn, from npm, as `make test-deps` installs it),
and neither the site's scripts nor its stylesheets use what is newer than the baseline, except
the few uses listed here with why the page reads the same without them."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess

import pytest

from .sitebuild import ROOT

THEME = ROOT / "theme"
ACORN = ROOT / "node_modules" / "acorn"

# Parses each file given as `path:sourceType:ecmaVersion` and prints its problems as JSON. At
# ecmaVersion 2020 a module may use import() and import.meta (Chrome 63 and 64, below any browser
# that runs modules: 61); the rest of ES2020's syntax came in Chrome 80 and is refused here.
PARSE = r"""
const acorn = require(process.argv[1]);
const fs = require("fs");
const NEWER = {
  ChainExpression: "optional chaining (?.)",
  "LogicalExpression:??": "nullish coalescing (??)",
  "Literal:bigint": "a BigInt literal",
  "ExportAllDeclaration:as": "export * as",
};
function walk(node, found) {
  if (!node || typeof node.type !== "string") return;
  const sign = node.type === "LogicalExpression" && node.operator === "??" ? "LogicalExpression:??"
    : node.type === "Literal" && node.bigint !== undefined ? "Literal:bigint"
    : node.type === "ExportAllDeclaration" && node.exported ? "ExportAllDeclaration:as" : node.type;
  if (NEWER[sign]) found.push(`${node.loc.start.line}:${node.loc.start.column + 1}: ${NEWER[sign]}`);
  for (const key of Object.keys(node)) {
    const value = node[key];
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === "object") walk(child, found);
    }
  }
}
const problems = {};
for (const arg of process.argv.slice(2)) {
  const [file, sourceType, version] = arg.split(":");
  const found = [];
  try {
    walk(acorn.parse(fs.readFileSync(file, "utf8"), { ecmaVersion: Number(version), sourceType, locations: true }), found);
  } catch (err) {
    found.push(`${err.loc ? err.loc.line + ":" + (err.loc.column + 1) : "?"}: ${err.message}`);
  }
  if (found.length) problems[file] = found;
}
console.log(JSON.stringify(problems));
"""

MODULE, SCRIPT = "module", "script"
# Loaded by a <script> without type="module": nojs.js (ES5: it must run in the browsers that run
# no module), Material's storage helpers, the service worker, and the vendored Leaflet.
CLASSIC = {"assets/kim/nojs.js": 5, "assets/javascripts/scope.js": 2019, "kim/sw.js": 2019,
           "assets/vendor/leaflet/leaflet.js": 2019}


def parse_problems(files: dict[str, tuple[str, int]]) -> dict[str, list[str]]:
    """`files`: path -> (sourceType, ecmaVersion). What acorn and the walk above find wrong."""
    node = shutil.which("node")
    if not node or not (ACORN / "package.json").exists():
        if os.environ.get("CI"):
            pytest.fail(f"node and {ACORN} are required in CI (make test-deps)")
        pytest.skip("node or acorn is missing: run `make test-deps`")
    args = [f"{path}:{kind}:{version}" for path, (kind, version) in files.items()]
    out = subprocess.run([node, "-e", PARSE, str(ACORN), *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def shipped_scripts() -> dict[str, tuple[str, int]]:
    found = {}
    for path in sorted(THEME.rglob("*.js")):
        name = path.relative_to(THEME).as_posix()
        found[str(path)] = (SCRIPT, CLASSIC[name]) if name in CLASSIC else (MODULE, 2020)
    return found


def test_every_shipped_script_parses_at_the_baseline():
    scripts = shipped_scripts()
    assert len([p for p in scripts if "/assets/kim/" in p]) > 30
    assert parse_problems(scripts) == {}


@pytest.mark.parametrize(("source", "kind", "version", "problem"), [
    ("const a = b?.c;", MODULE, 2020, "optional chaining (?.)"),
    ("const a = b ?? c;", MODULE, 2020, "nullish coalescing (??)"),
    ("const a = 1n;", MODULE, 2020, "a BigInt literal"),
    ("a ||= b;", MODULE, 2020, "Unexpected token"),
    ("class A { #x = 1; }", MODULE, 2020, "Unexpected character '#'"),
    ("await fetch(a);", MODULE, 2020, "Cannot use keyword 'await' outside an async function"),
    ("const r = /a/d;", MODULE, 2020, "Invalid regular expression flag"),
    ("const r = /[a]/v;", MODULE, 2020, "Invalid regular expression flag"),
    ("var f = () => 1;", SCRIPT, 5, "Unexpected token"),
])
def test_syntax_past_the_baseline_is_found(tmp_path, source, kind, version, problem):
    path = tmp_path / "newer.js"
    path.write_text(source + "\n", encoding="utf-8")
    assert problem in " ".join(parse_problems({str(path): (kind, version)})[str(path)])


def test_what_the_baseline_has_parses(tmp_path):
    path = tmp_path / "older.js"
    path.write_text('import { a } from "./a.js";\nconst m = import("./b.js");\nconst u = import.meta.url;\n'
                    "try { a(); } catch { /* ES2019 */ }\nconst r = /(?<=x)(?<n>\\p{L})/su;\n"
                    "export async function f() { for await (const x of [m]) ({ ...x }); }\n", encoding="utf-8")
    assert parse_problems({str(path): (MODULE, 2020)}) == {}


# Runtime APIs newer than the baseline (Chrome 78), with the version that brought them.
NEWER_APIS = {
    r"(?<!this)\.at\(": "Array/String at (92)",   # not a class's own at(), called on `this` (yamlpatch.js)
    r"\bObject\.hasOwn\b": "Object.hasOwn (93)",
    r"\bstructuredClone\b": "structuredClone (98)",
    r"\.replaceAll\(": "String replaceAll (85)",
    r"\.replaceChildren\(": "replaceChildren (86)",
    r"\bPromise\.any\b": "Promise.any (85)",
    r"\.findLast(Index)?\(": "findLast (97)",
    r"\b(Object|Map)\.groupBy\b": "groupBy (117)",
    r"\.(toSorted|toReversed|toSpliced)\(": "change-array-by-copy (110)",
    r"\bIntl\.(Segmenter|DisplayNames|ListFormat)\b": "Intl.Segmenter, DisplayNames (87, 81)",
    r"\bAbortSignal\.(timeout|any)\b": "AbortSignal.timeout (103)",
    r"\bURL\.canParse\b": "URL.canParse (120)",
    r"\b(WeakRef|FinalizationRegistry)\b": "WeakRef (84)",
    r"\b(De)?[Cc]ompressionStream\b": "CompressionStream (80)",
    r"\bcheckVisibility\b": "checkVisibility (105)",
    r"\.showPicker\(": "showPicker (99)",
    r"\bscheduler\.": "scheduler.yield (129)",
    r"\.inert\b": "inert (102)",
    r"\bnavigator\.(canShare|share)\b": "Web Share (Android Chrome 61, files 75; not every WebView)",
}
# The uses the audit allows: (file, API) -> why the page works the same without it.
ALLOWED_APIS = {
    ("util.js", "scheduler.yield (129)"): "feature-detected (globalThis.scheduler &&): a timeout otherwise",
    ("menu.js", "inert (102)"): "an older browser keeps the property as a mark; focus may leave the drawer",
    ("kirim.js", "Web Share (Android Chrome 61, files 75; not every WebView)"):
        "feature-detected: without it the form offers download, e-mail and WhatsApp",
    ("bagikan.js", "Web Share (Android Chrome 61, files 75; not every WebView)"):
        "feature-detected: without it the share control offers its WhatsApp link and copying",
}


def test_no_script_uses_an_api_newer_than_the_baseline_unless_listed():
    found = {}
    for path in sorted((THEME / "assets" / "kim").glob("*.js")):
        text = path.read_text(encoding="utf-8")
        for pattern, api in NEWER_APIS.items():
            if re.search(pattern, text) and (path.name, api) not in ALLOWED_APIS:
                found.setdefault(path.name, []).append(api)
    assert found == {}
    assert all(re.search(next(p for p, a in NEWER_APIS.items() if a == api), (THEME / "assets" / "kim" / name)
                         .read_text(encoding="utf-8")) for name, api in ALLOWED_APIS)   # no stale entry


# CSS newer than the baseline. Refused: what lays out or colours whole blocks, which an older
# browser would leave collapsed, unstyled or unreadable.
REFUSED_CSS = {
    r"\b\d*\.?\d+(dvh|svh|lvh|dvw|svw|lvw)\b": "dynamic viewport units (108)",
    r"@container\b": "container queries (105)",
    r"@layer\b": "cascade layers (99)",
    r"color-mix\(": "color-mix() (111)",
    r"^\s*&": "nesting (112)",
    r"\baspect-ratio\s*:": "aspect-ratio (88)",
    r"(?<![\w-])inset\s*:": "inset (87)",
}
# Allowed as enhancements: a rule or declaration an older browser drops, and the page reads the
# same (a dropped selector list drops its whole rule: none of these shows or hides anything).
ENHANCING_CSS = {
    r":is\(": ":is() (88): focus outlines (the browser's own remain), print and forced-colours tweaks",
    r":has\(": ":has() (105): tighter cells for tables of six columns or more",
    r":focus-visible": ":focus-visible (86): the browser's own focus ring remains",
    r"container-type|\d+cqi\b": "cq units (105): a wide table's caption stays at the table's width",
    r"accent-color": "accent-color (93): the browser's own checkbox colour",
    r"\bmax\(": "max() (79): a select's 16px floor against zoom on focus",
    r"\bmin\(": "min() (79): grid columns of a form's fields, which an older browser stacks in one",
    r"\bclamp\(": "clamp() (79): heading sizes on a phone, Material's own otherwise",
}


def css_rules(text: str) -> list[tuple[str, str]]:
    """(selector, declarations) of each innermost rule of a stylesheet, comments removed."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return re.findall(r"([^{};]*)\{([^{}]*)\}", text)


def test_no_stylesheet_needs_css_newer_than_the_baseline():
    refused, unlisted = {}, {}
    for path in sorted((THEME / "assets" / "kim").glob("*.css")):
        text = re.sub(r"/\*.*?\*/", "", path.read_text(encoding="utf-8"), flags=re.S)
        for pattern, what in REFUSED_CSS.items():
            if re.search(pattern, text, re.M):
                refused.setdefault(path.name, []).append(what)
        for selector, body in css_rules(text):
            newer = [p for p in ENHANCING_CSS if re.search(p, selector)]
            if newer and re.search(r"\b(display|visibility|content)\s*:", body):
                unlisted.setdefault(path.name, []).append(selector.strip())
    assert refused == {}
    assert unlisted == {}   # an older browser would drop a rule that shows or hides something


def test_a_word_broken_anywhere_breaks_on_older_browsers_too():
    """`overflow-wrap: anywhere` (Chrome 80) lets a long word shrink its box; Chrome 78 drops
    it, and a long name or badge would widen the page on a phone: each rule with it also says
    `word-break: break-word`, which older Chromium reads the same way."""
    alone = [(path.name, selector.strip()) for path in sorted((THEME / "assets" / "kim").glob("*.css"))
             for selector, body in css_rules(path.read_text(encoding="utf-8"))
             if "overflow-wrap: anywhere" in body and "word-break: break-word" not in body]
    assert alone == []


# What each page shows whatever its scripts do: (address, its module, what must be visible,
# what must not be). Without JavaScript the same, but for the directory's <noscript> note.
FALLBACKS = [
    ("", "offline.js", ["#kim-home-q", "#kim-terbaru", "#kim-permintaan"], []),
    ("kim/", "directory.js", ["#kim-fallback", "#wilayah", ".kim-byregion a"], ["#kim-app"]),
    ("kim/sinar-harapan-pekalongan/", "map.js", ["h1", ".kim-facts", "#kim-map p"], []),
    ("kemitraan/", "kemitraan.js", ["#kem-nojs", "#kem-cards li", ".kem-provinces a"], ["#kem-form"]),
    ("kontribusi/", "kontribusi.js", ["#kf-nojs", "#formulir"], ["#kf-form"]),
    ("mitra/", "mitra.js", ["h1", ".kim-mitra-list li"], ["#mitra-filter"]),
]
# A module the browser cannot run (too old for its syntax), one that throws, and util.js, which
# every page script imports, failing: the whole page script with it.
BROKEN = {"syntax": "export const = ;\n", "throws": 'throw new Error("rusak");\n'}


def open_page(browser, server, path: str, javascript: bool = True, broken: tuple[str, str] | None = None):
    from .browser import Watch

    context = browser.new_context(java_script_enabled=javascript, viewport={"width": 360, "height": 740})
    Watch(context, server.url)
    page = context.new_page()
    if broken:
        name, body = broken
        page.route(re.compile(rf"/assets/kim/{re.escape(name)}(\?|$)"),
                   lambda route: route.fulfill(status=200, content_type="text/javascript", body=body))
    page.goto(server.url + path, wait_until="load")
    page.wait_for_timeout(300)
    return context, page


def assert_fallback(page, shown: list[str], hidden: list[str]) -> None:
    assert [s for s in shown if not page.locator(s).first.is_visible()] == []
    assert [s for s in hidden if page.locator(s).is_visible()] == []


@pytest.mark.parametrize(("path", "module", "shown", "hidden"), FALLBACKS)
def test_without_javascript_every_page_shows_its_content(browser, server, path, module, shown, hidden):
    context, page = open_page(browser, server, path, javascript=False)
    try:
        assert_fallback(page, [s.replace("#kim-fallback", "#kim-nojs") for s in shown], hidden)
    finally:
        context.close()


@pytest.mark.parametrize("failure", [*BROKEN, "util.js"])
@pytest.mark.parametrize(("path", "module", "shown", "hidden"), FALLBACKS)
def test_a_module_that_fails_leaves_the_page_as_without_javascript(browser, server, path, module, shown, hidden,
                                                                  failure):
    broken = ("util.js", BROKEN["syntax"]) if failure == "util.js" else (module, BROKEN[failure])
    context, page = open_page(browser, server, path, broken=broken)
    try:
        assert_fallback(page, shown, hidden)
    finally:
        context.close()


def test_a_working_module_keeps_its_block(browser, server):
    """The other way round: where the modules run, the directory's search and the partners'
    filter stay, and the fallback note is hidden."""
    for path, block, note in (("kim/", "#kim-app", "#kim-fallback"), ("mitra/", "#mitra-filter", None)):
        context, page = open_page(browser, server, path)
        try:
            assert page.locator(block).is_visible() and page.locator(block).get_attribute("data-kim-started") == ""
            assert note is None or page.locator(note).is_hidden()
        finally:
            context.close()


# A browser before Chrome 84 lays out flex rows without their `gap`.
NO_FLEX_GAP = ".md-typeset ul { gap: 0 !important; }"


@pytest.mark.parametrize(("path", "row"), [("kim/sinar-harapan-pekalongan/", ".kim-jumps")])
def test_a_row_of_words_keeps_its_spaces_without_flex_gap(browser, server, path, row):
    """A profile's links to its sections ran into one another ("TentangPetaKontak") where
    flex gap is not supported: margins keep them apart."""
    context, page = open_page(browser, server, path)
    try:
        page.set_viewport_size({"width": 1024, "height": 800})   # items side by side
        page.add_style_tag(content=NO_FLEX_GAP)
        boxes = page.locator(f"{row} > li").evaluate_all(
            "items => items.map((li) => { const r = li.getBoundingClientRect(); return [r.left, r.right, r.top]; })")
        pairs = [(a, b) for a, b in zip(boxes, boxes[1:]) if a[2] == b[2]]   # side by side on one line
        assert pairs and min(b[0] - a[1] for a, b in pairs) >= 8
    finally:
        context.close()
