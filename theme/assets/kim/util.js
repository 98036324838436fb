// What the site's page scripts (directory.js, kemitraan.js, kontribusi.js, map.js, mitra.js) share.
// An ES module without a build step: each page script imports it, and its template lists it
// as <link rel="modulepreload"> so it downloads beside the page script, not after it.

export const byId = (id) => document.getElementById(id);

// The JSON block a page's script reads (written by the Python side with `script_json`),
// or null when it is missing or broken: the script then leaves the page as it is.
export function pageConfig(id) {
  const node = byId(id);
  try {
    return node ? JSON.parse(node.textContent) : null;
  } catch (e) {
    return null;
  }
}

// Lower case without accents: `fold` in generator/site/files/searchindex.py.
const MARKS = /\p{M}+/gu;
export const fold = (s) => s.toLowerCase().normalize("NFKD").replace(MARKS, "");

// A name as a slug: `name_slug` in searchindex.py, `default_slug` in generator/format/scaffold.py.
export const slugify = (text) => text.normalize("NFKD").replace(/[^\x00-\x7f]/g, "").toLowerCase()
  .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").replace(/^kim-/, "");

// Numbers in the page's language ("id" or "en").
export const numberFormat = (lang) => new Intl.NumberFormat(lang === "en" ? "en" : "id");

// Names sorted as Indonesian readers expect: case and accents aside, "2" before "10".
export const nameCollator = () => new Intl.Collator("id", { sensitivity: "base", numeric: true });

// A file of this site; rejects on an HTTP error.
function fetchOk(url) {
  return fetch(url, { credentials: "same-origin" }).then((r) => {
    if (!r.ok) throw new Error("HTTP " + r.status + " " + url);
    return r;
  });
}

// A file of this site as JSON, or as text.
export const fetchJSON = (url) => fetchOk(url).then((r) => r.json());
export const fetchText = (url) => fetchOk(url).then((r) => r.text());

// Interface text with its values: "{n}" is a number, "{n|KIM|KIMs}" the word for the count
// n ("KIM" for 1, else "KIMs"), as `plural` in generator/site/i18n.py reads it.
const PLURAL = /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g;
export const fill = (text, values, format) => String(text || "")
  .replace(PLURAL, (_, k, one, other) => (values[k] === 1 ? one : other))
  .replace(/\{(\w+)\}/g, (m, k) => (k in values ? format(values[k]) : m));
