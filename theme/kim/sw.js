// Direktori KIM's service worker (generator/site/sections/offline.py writes SHELL_CACHE and
// SHELL above this line). Same origin only: map tiles and anything else pass by untouched.
const PAGES_CACHE = "kim-halaman";  // pages the visitor opened; kept across deploys
const PAGES_KEPT = 200;              // the oldest go first beyond this many
// A kept page names people (a board, a contact): a copy that no visit renewed for this long
// is deleted, so a name removed from the site does not stay on a phone for good.
const PAGES_DAYS = 30;
const KEPT_AT = "X-Kim-Disimpan";    // when the kept page was made (ms): `madeAt`
const ROOT = new URL("./", self.location).href;

// A first worker keeps nothing of the shell: a page asks for the parts its visitor may need
// (offline.js), so that a first visit costs little beyond the page. A new deploy's worker
// keeps again the parts the old one held, which it deletes once it takes over.
self.addEventListener("install", (event) => {
  event.waitUntil(heldParts().then(keepParts).then(() => self.skipWaiting()));
});

async function heldParts() {
  const held = [];
  for (const name of await caches.keys()) {
    if (name === PAGES_CACHE) continue;
    const cache = await caches.open(name);
    for (const part of Object.keys(SHELL)) if (await cache.match(ROOT + part)) held.push(part);
  }
  return held;
}

// The parts of the shell named (SHELL's keys) that are not kept yet. Never the browser's HTTP
// copy unasked: right after a deploy that cache may still hold the previous deploy's pages,
// which this worker would then serve, cache first, until the next deploy. So the server is
// asked whether that copy is current ("no-cache"): it answers "not modified", without the
// page, for the page that has just loaded, and sends the page a deploy changed. A file at an
// address that names its content (the `?v=` of site/assets.py and of the directory's index
// files, Material's hashed names) cannot be stale: the copy the page has just loaded is kept
// without a question. The directory's index is the largest file of the shell: its visitor
// would pay for it twice.
const NAMED = /(\?v=\w+|^assets\/.*\.[0-9a-f]{8}\.min\.(css|js))$/;
async function keepParts(parts) {
  const cache = await caches.open(SHELL_CACHE);
  const named = parts.filter((part) => Object.prototype.hasOwnProperty.call(SHELL, part));
  const missing = [];
  for (const url of new Set(named.flatMap((part) => SHELL[part]))) {
    if (!(await cache.match(ROOT + url))) missing.push(url);
  }
  await cache.addAll(missing.map((url) => new Request(ROOT + url, { cache: NAMED.test(url) ? "default" : "no-cache" })));
}

// A new worker (its shell changed with a deploy) deletes the caches of the old one, and the
// pages kept too long.
self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n !== SHELL_CACHE && n !== PAGES_CACHE)
      .map((n) => caches.delete(n))))
    .then(forgetOld)
    .then(() => self.clients.claim()));
});

// What a page's answer online does to its kept copy. Only pages are kept: a data file opened
// in a tab (kims.json, a worklist) is a navigation too, and may weigh megabytes. A page is
// kept under its address without the query (a shared link's ?fbclid=…), once: it is looked
// up without the query too. A page the site no longer has (a KIM file removed or renamed,
// often to take a person off it) loses its copy, which would show that person offline.
async function keep(url, response) {
  const address = new URL(url);
  address.search = address.hash = "";
  const cache = await caches.open(PAGES_CACHE);
  if (response.status === 404 || response.status === 410) {
    await cache.delete(address.href);
  } else if (response.ok && (response.headers.get("Content-Type") || "").startsWith("text/html")) {
    const headers = new Headers(response.headers);
    headers.set(KEPT_AT, String(madeAt(response)));
    await cache.put(address.href, new Response(response.body, { status: response.status, headers }));
    const keys = await cache.keys();
    if (keys.length > PAGES_KEPT) await cache.delete(keys[0]);
  }
  // It reads every kept copy: not at each page, once an hour of this worker's life.
  if (Date.now() - forgotAt > 60 * 60 * 1000) await forgetOld();
}

// When the server made the page: a revisit within the page's max-age gets the browser's HTTP
// copy of it, which must not start a new PAGES_DAYS for content that may be older than a deploy
// that removed a person (a tester). Never later than now: a phone whose clock runs slow keeps
// its copies no longer than its own clock says.
function madeAt(response) {
  const made = Date.parse(response.headers.get("Date") || "");
  return Number.isNaN(made) ? Date.now() : Math.min(made, Date.now());
}

// Deletes the kept pages older than PAGES_DAYS, and those an older worker kept without a time.
let forgotAt = 0;
async function forgetOld() {
  forgotAt = Date.now();
  const cache = await caches.open(PAGES_CACHE);
  const oldest = Date.now() - PAGES_DAYS * 24 * 60 * 60 * 1000;
  await Promise.all((await cache.keys()).map(async (request) => {
    const kept = await cache.match(request);
    if (!kept || !(Number(kept.headers.get(KEPT_AT)) > oldest)) await cache.delete(request);
  }));
}

// Pages: the network first, so a deploy shows at once; the kept copy, else the offline page
// (`offlinePage`). That one is shown at the address asked for, not redirected to, so
// a reload once the network is back opens the page wanted; its links are relative to its
// own address, so a <base> points them there.
async function page(event) {
  try {
    const response = await fetch(event.request);
    event.waitUntil(keep(event.request.url, response.clone()));
    return response;
  } catch (error) {
    // Before anything kept is shown or listed (the offline page lists the kept profiles).
    await forgetOld();
    // The shell's copy first: a page kept from an older deploy names an older index.
    const kept = await caches.open(SHELL_CACHE).then((cache) => cache.match(event.request, { ignoreSearch: true }))
      || await caches.open(PAGES_CACHE).then((cache) => cache.match(event.request, { ignoreSearch: true }));
    if (kept) return kept;
    const [offline, shell] = await offlinePage(event.request.url);
    if (!shell) return Response.error();
    const html = (await shell.text()).replace(/<head[^>]*>/i, (head) => `${head}<base href="${offline}">`);
    return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
  }
}

// The offline page in the language of the page at `url`, else in the other one: a visitor
// keeps the offline page of the language they read in (offline.js). Its address and copy.
async function offlinePage(url) {
  const names = url.startsWith(ROOT + "en/") ? ["en/offline/", "offline/"] : ["offline/", "en/offline/"];
  for (const name of names) {
    const kept = await caches.match(ROOT + name);
    if (kept) return [ROOT + name, kept];
  }
  return [];
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(ROOT)) return;
  if (request.mode === "navigate") {
    event.respondWith(page(event));
  } else {
    // Files: the shell's copy (renewed with each deploy's worker), else the network. At
    // their exact address: the directory's files and the theme's scripts and stylesheets
    // carry their version in the query (site/assets.py), so a
    // new deploy's page, which reaches this worker before the new worker takes over, gets
    // the new index, not this worker's.
    event.respondWith(caches.match(request).then((kept) => kept || fetchFile(event)));
  }
});

// The directory's keyword files (kim/kata/) are fetched as words are searched: each is kept
// with the shell, whose index its row numbers refer to, so a word searched once is found
// offline too, and the next deploy's worker drops it with the index it belonged to. So are
// the theme's scripts and stylesheets beyond the shell's (the form's, a profile's map): a page
// kept for reading offline runs with them. They are this deploy's (`?v=`, site/assets.py).
// The copy is taken before the response goes to the page, whose reading would use up its body.
// Offline, a page kept from an older deploy asks for that deploy's version of a theme file
// (site/assets.py): it gets this deploy's copy, not nothing (a page without its stylesheet).
// Only a theme file: a data file of another version (an index) must not pass for its own.
async function fetchFile(event) {
  const url = new URL(event.request.url);
  const theme = url.pathname.includes("/assets/kim/") && url.searchParams.has("v");
  let response;
  try {
    response = await fetch(event.request);
  } catch (error) {
    const current = theme && await caches.open(SHELL_CACHE).then((cache) => cache.match(event.request, { ignoreSearch: true }));
    if (current) return current;
    throw error;
  }
  if (response.ok && (theme || url.pathname.includes("/kim/kata/"))) {
    const copy = response.clone();
    event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.put(event.request, copy)));
  }
  return response;
}

// A page asks for the parts of the shell its visitor may need, and, opened before this worker
// controlled it, to be kept (offline.js).
self.addEventListener("message", (event) => {
  const { page, parts } = event.data || {};
  const url = String(page || "");
  event.waitUntil(Promise.all([
    url.startsWith(ROOT) ? fetch(url).then((response) => keep(url, response)) : null,
    keepParts(Array.isArray(parts) ? parts : []),
  ]));
});
