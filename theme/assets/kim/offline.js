// Offline reading (generator/site/sections/offline.py): registers the site's service worker
// from every page, asks it to keep the page it was opened on and the parts of the shell its
// visitor may need, and on the offline page lists the profiles kept in this browser. From every page too, the link to the other language
// takes the address's query and fragment along (util.js).
import { byId, keepAddressAcrossLanguages } from "./util.js";
// The menu button's keyboard (menu.js) comes with this module, which every page loads:
// another script tag would add its bytes to each of the 20,000 profiles.
import "./menu.js";
// The share control (bagikan.js) likewise: on a profile, a partner's page, the board.
import "./bagikan.js";

keepAddressAcrossLanguages();

const root = new URL("../../", import.meta.url);
// Whether a worker answered this page: a second page of a visit, or a visitor come back. Read
// now, before a first worker takes the page over.
const controlled = "serviceWorker" in navigator && navigator.serviceWorker.controller !== null;

// The parts of the shell (sw.js) this visitor may need. None when the browser asks to save
// data. Else the offline page of the page's language, with the files a kept page reads with;
// and that language's home page and directory with its index, the heavy part, once the visitor
// uses the directory: on its page, or at a second page (one arriving from a shared link to a
// profile reads that profile and leaves).
function parts() {
  const connection = navigator.connection || {};
  if (connection.saveData || /^(slow-)?2g$/.test(connection.effectiveType || "")) return [];
  const lang = location.pathname.startsWith(root.pathname + "en/") ? "en/" : "";
  const directory = controlled || location.pathname === root.pathname + lang + "kim/";
  return directory ? [lang + "offline/", lang + "kim/"] : [lang + "offline/"];
}

// The first page of a visit was loaded before the worker ran: it asks to be kept.
function register() {
  navigator.serviceWorker.register(new URL("sw.js", root), { scope: root.pathname })
    .then(() => navigator.serviceWorker.ready)
    .then((reg) => reg.active.postMessage({ page: controlled ? null : location.href.split("#")[0], parts: parts() }))
    .catch(() => {});
}

// Once the page has loaded: what the worker keeps must not compete with the page's own files
// on a slow connection.
if ("serviceWorker" in navigator) {
  if (document.readyState === "complete") register();
  else addEventListener("load", register, { once: true });
}

const list = byId("kim-offline-saved");
const PROFILE = /\/kim\/[a-z0-9-]+\/$/;
// As sw.js keeps pages (PAGES_DAYS, KEPT_AT): a copy past its days, which the worker has not
// deleted yet, is not listed (tests/test_kept_pages.py holds the two files to one number).
const PAGES_DAYS = 30;

async function savedProfiles() {
  const found = [];
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (!PROFILE.test(new URL(request.url).pathname)) continue;
      const copy = await cache.match(request);
      if (!(Number(copy.headers.get("X-Kim-Disimpan")) > Date.now() - PAGES_DAYS * 24 * 60 * 60 * 1000)) continue;
      const html = await copy.text();
      const kept = new DOMParser().parseFromString(html, "text/html");
      // a KIM's former address (a page that sends on to its profile) is not a profile of its own
      if (kept.querySelector('meta[http-equiv="refresh"]')) continue;
      const title = kept.querySelector("h1");
      // a sample profile says so under its name (.kim-sample): listed, it is labelled as everywhere
      found.push([request.url, title ? title.textContent : request.url, kept.querySelector(".kim-sample") !== null]);
    }
  }
  return found;
}

if (list) {
  // Shown in place of a page not kept (sw.js), under a <base> pointing at offline/: the
  // in-page links ("Skip to content") would lead there, away from the address asked for.
  const here = location.href.split("#")[0];
  for (const link of document.querySelectorAll('a[href^="#"]')) link.href = here + link.getAttribute("href");
}

if (list && "caches" in window) {
  savedProfiles().then((found) => {
    if (!found.length) return;
    list.textContent = "";
    for (const [url, title, sample] of found) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = url;
      link.textContent = title;
      item.append(link);
      if (sample) {
        const label = document.createElement("span");
        label.className = "kim-badge kim-badge--contoh";
        label.textContent = list.dataset.contoh;
        item.append(" ", label);
      }
      list.append(item);
    }
  });
}
