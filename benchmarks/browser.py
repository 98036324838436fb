"""Browser figures for a built site: the directory page and one profile page, in Chromium.

    python -m benchmarks.browser SITE_DIR        # prints one JSON object

The site is served from a local HTTP server that records every response it sends; each
response body is counted as if gzip-compressed (level 6, what a typical server sends;
headers are not counted). Debian's Chromium is driven through Playwright, with a fresh
browser context (empty cache) per page. Nothing leaves the machine: map tile requests are
answered with a 1x1 PNG stub (and not counted), any other non-local host fails to resolve.

Directory (`kim/`): the page's script marks its first results with
`performance.mark("kim:first-results")` and sets `#kim-app[data-state=ready]`; the bytes
counted are every response requested up to that mark. Without the mark (older
directory.js), readiness is the first rendered result and the time is not measured.
Facet data is the `kim/*.json` the directory fetched before first results and during the
first facet click. Then a query is typed letter by letter (150 ms apart), two facet boxes
are clicked and the province changed; the script measures each answer as
`performance.measure("kim:update")`, read back at the end.

Profile (`kim/<slug>/`): the page is loaded, its map scrolled into view (so Leaflet and its
CSS load), and every response until the network is idle is counted, without map tiles.

The service worker of offline reading is blocked for both measurements: what is counted is
what the page itself loads. Its cost is measured apart (`worker`): the profile opened again
in a fresh context that allows the worker, and every response beyond the page's own counted,
until the worker has installed and kept what the page asks of it (on a first visit to a
profile, the offline page of its language; the directory and its index wait until the
visitor uses them: sw.js, offline.js) and the network is idle. A first visit pays it once,
in the background after the page's `load` event; it does not delay the page, but it is data
a visitor's phone downloads.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlsplit

from .sitesize import gz, profile_sizes

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

READY_JS = """() => {
  const app = document.getElementById("kim-app");
  if (!app) return false;
  if (app.dataset.state) return app.dataset.state === "ready";
  const list = document.getElementById("kim-results");
  return !app.hidden && !!list && list.children.length > 0;
}"""

TIMING_JS = """() => {
  const app = document.getElementById("kim-app");
  const mark = performance.getEntriesByName("kim:first-results")[0];
  return {origin: performance.timeOrigin, now: performance.now(),
          mark: mark ? mark.startTime : null, state: app ? (app.dataset.state || null) : null};
}"""

UPDATES_JS = """() => performance.getEntriesByName("kim:update").map((e) => e.duration)"""


def kim_options() -> dict:
    """The kim plugin's options in the project's mkdocs.yml ({} if it cannot be read)."""
    import yaml

    try:
        config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
        for plugin in config.get("plugins") or []:
            if isinstance(plugin, dict) and isinstance(plugin.get("kim"), dict):
                return plugin["kim"]
    except (OSError, yaml.YAMLError):
        pass
    return {}


def tile_origin() -> str:
    """The map tile host: the kim plugin's `tiles` option in mkdocs.yml, else its default."""
    from generator.mkdocs_plugin.config import KimConfig

    template = kim_options().get("tiles", KimConfig.tiles.default)
    parts = urlsplit(template)
    return f"{parts.scheme}://{parts.netloc}"


class Recorder(SimpleHTTPRequestHandler):
    """Serves a folder and logs (time received, path, file sent, bytes) for every body sent."""

    log: list[dict] = []

    def log_message(self, *args):
        pass

    def send_head(self):
        self._received = time.time()
        return super().send_head()

    def copyfile(self, source, outputfile):
        data = source.read()
        self.log.append({"t": self._received, "path": urlsplit(self.path).path,
                         "file": getattr(source, "name", ""), "raw": len(data)})
        outputfile.write(data)


class Sizes:
    """gzip sizes of the files served, computed once per file."""

    def __init__(self) -> None:
        self.cache: dict[str, int] = {}

    def __call__(self, entry: dict) -> int:
        name = entry["file"]
        if name not in self.cache:
            self.cache[name] = gz(Path(name).read_bytes())
        return self.cache[name]

    def total(self, entries: list[dict]) -> dict:
        return {"gzip": sum(self(e) for e in entries), "raw": sum(e["raw"] for e in entries),
                "requests": len(entries)}


def village_name(site: Path) -> str:
    """A village name to type: one from the directory's data files, else a common one."""
    names: list[str] = []
    for path in sorted((site / "kim").glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(data, dict):
            continue
        if isinstance(data.get("desa"), list):  # wilayah.json: village names
            names += [v for v in data["desa"] if isinstance(v, str)]
        if isinstance(data.get("regions"), dict):  # older indeks.json: code -> name
            names += [v for k, v in data["regions"].items() if isinstance(v, str) and k.count(".") == 3]
    names = sorted({n for n in names if len(n) >= 5 and n.isascii()})
    return names[len(names) // 2] if names else "Sukamaju"


def _json(entries: list[dict]) -> list[dict]:
    """The directory's data files: kim/**.json."""
    return [e for e in entries if e["path"].startswith("/kim/") and e["path"].endswith(".json")]


def measure_directory(context, base: str, log: list, sizes: Sizes, site: Path) -> dict:
    log.clear()
    page = context.new_page()
    page.goto(base + "kim/", wait_until="commit")
    page.wait_for_function(READY_JS, timeout=180_000)
    timing = page.evaluate(TIMING_JS)
    cut = (timing["origin"] + (timing["mark"] if timing["mark"] is not None else timing["now"])) / 1000
    first = [e for e in log if e["t"] <= cut + 0.001]
    data = _json(first)
    out = {
        "ready_signal": "kim:first-results mark" if timing["mark"] is not None else "first result rendered (no mark)",
        "first_results_ms": None if timing["mark"] is None else round(timing["mark"], 1),
        "first_results": sizes.total(first),
        "first_results_files": sorted({e["path"] for e in first}),
        "json_first_results": sizes.total(data),
    }

    # Interactions. A desktop viewport shows the filters; a narrow one needs the toggle.
    toggle = page.locator(".kim-filters-toggle")
    if toggle.count() and toggle.is_visible():
        toggle.click()
    village = village_name(site)
    typing_from = len(log)
    page.click("#kim-q")
    page.keyboard.type("sinar", delay=150)
    page.wait_for_timeout(300)
    page.fill("#kim-q", "")
    page.wait_for_timeout(300)
    page.keyboard.type(village, delay=150)
    page.wait_for_timeout(300)
    page.fill("#kim-q", "")
    page.wait_for_timeout(300)
    typing = _json(log[typing_from:])
    boxes = page.locator("#kim-filters input[type=checkbox]")
    click_from = len(log)
    boxes.nth(0).check()
    page.wait_for_timeout(500)
    click = _json(log[click_from:])
    boxes.nth(1).check()
    page.wait_for_timeout(300)
    page.select_option("#kim-prov", index=1)
    page.wait_for_timeout(500)
    durations = page.evaluate(UPDATES_JS)
    out["json_typing"] = sizes.total(typing)
    out["json_facet_click"] = sizes.total(click)
    out["json_after_facet_click"] = sizes.total(data + click)
    out["json_session"] = sizes.total(_json(list(log)))
    out["typed"] = ["sinar", village]
    out["interactions"] = (len("sinar") + len(village) + 2  # letters, and clearing the box twice
                           + 2 + 1)                         # two facet boxes, one province
    if durations:
        out["updates"] = {"count": len(durations), "median_ms": round(statistics.median(durations), 1),
                          "max_ms": round(max(durations), 1)}
    else:
        out["updates"] = None
    page.close()
    return out


def measure_profile(context, base: str, log: list, sizes: Sizes, slug: str) -> dict:
    log.clear()
    page = context.new_page()
    page.goto(f"{base}kim/{slug}/", wait_until="load")
    out = _load_profile(page, log, sizes, slug)
    page.close()
    return out


def measure_worker(context, base: str, log: list, sizes: Sizes, slug: str, own: dict) -> dict:
    """The profile's first visit with the service worker allowed: what the worker adds to the
    page's own load (`own`, measured with the worker blocked)."""
    log.clear()
    page = context.new_page()
    page.goto(f"{base}kim/{slug}/", wait_until="load")
    installed = page.evaluate("""() => "serviceWorker" in navigator &&
      Promise.race([navigator.serviceWorker.ready.then(() => true),
                    new Promise((done) => setTimeout(() => done(false), 60000))])""")
    visit = _load_profile(page, log, sizes, slug)
    page.close()
    total = visit.get("total_gzip", 0)
    return {"installed": bool(installed), "first_visit_gzip": total,
            "first_visit_requests": visit.get("total_requests", 0),
            "added_gzip": total - own.get("total_gzip", 0),
            "added_requests": visit.get("total_requests", 0) - own.get("total_requests", 0),
            "added_files": sorted(set(visit.get("files", [])) - set(own.get("files", [])))}


def _load_profile(page, log: list, sizes: Sizes, slug: str) -> dict:
    """Scroll the loaded profile's map into view, wait for the network to idle: what was sent."""
    has_map = page.locator("#kim-map").count() > 0
    if has_map:
        page.locator("#kim-map").scroll_into_view_if_needed()
        try:
            page.wait_for_selector("#kim-map.kim-map--live", timeout=15_000)
        except Exception:
            has_map = "map did not start"
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    entries = list(log)
    html = [e for e in entries if e["path"] == f"/kim/{slug}/"]
    out = {"slug": slug, "map": has_map, **{f"total_{k}": v for k, v in sizes.total(entries).items()},
           "files": sorted({e["path"] for e in entries})}
    if html:
        out["html_raw"] = html[0]["raw"]
        out["html_gzip"] = sizes(html[0])
    return out


def measure(site: Path, slug: str | None = None) -> dict:
    """All browser figures for the site in `site` (see the module docstring)."""
    import functools

    from playwright.sync_api import sync_playwright

    from tests.browser import CHROMIUM_ARGS, TILE, Server, chromium_path

    try:
        executable = chromium_path()
    except BaseException as missing:  # pytest.skip / pytest.fail outside pytest
        raise SystemExit(f"chromium is not available: {missing}") from None
    log: list[dict] = []
    handler = functools.partial(type("Rec", (Recorder,), {"log": log}), directory=str(site))
    server = Server(handler=handler)
    sizes = Sizes()
    origin = tile_origin()
    tiles: list[str] = []
    failed: list[str] = []

    def stub_tile(route):
        tiles.append(route.request.url)
        route.fulfill(status=200, content_type="image/png", body=TILE)

    slug = slug or profile_sizes(site).get("largest_with_map")
    # Any host but this machine fails to resolve: nothing can leave it.
    args = [*CHROMIUM_ARGS, "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"]
    result: dict = {"tile_origin": origin}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=executable, args=args)
            try:
                for name in ("directory", "profile", "worker"):
                    context = browser.new_context(viewport={"width": 1280, "height": 900},
                                                  service_workers="allow" if name == "worker" else "block")
                    context.route(origin + "/**", stub_tile)
                    context.on("requestfailed", lambda r: failed.append(r.url))
                    if name == "directory":
                        result["directory"] = measure_directory(context, server.url, log, sizes, site)
                    elif slug and name == "profile":
                        result["profile"] = measure_profile(context, server.url, log, sizes, slug)
                    elif slug:
                        result["worker"] = measure_worker(context, server.url, log, sizes, slug, result["profile"])
                    context.close()
            finally:
                browser.close()
    finally:
        server.close()
    result["tile_requests_stubbed"] = len(tiles)
    result["failed_requests"] = sorted(set(failed))
    result["chromium"] = executable
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.browser", description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="a built site folder")
    parser.add_argument("--slug", help="the profile to load (default: the largest page with a map)")
    args = parser.parse_args(argv)
    json.dump(measure(args.site.resolve(), args.slug), sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
