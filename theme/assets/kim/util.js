// What the site's page scripts (alamat-lama.js, directory.js, kemitraan.js, kontribusi.js, map.js,
// mitra.js, notfound.js) share.
// An ES module without a build step: each page script imports it, and its template lists it
// as <link rel="modulepreload"> so it downloads beside the page script, not after it.

export const byId = (id) => document.getElementById(id);
// The page's module ran: nojs.js leaves its block `el` ([data-kim-needs]) in the page.
export const started = (el) => el.setAttribute("data-kim-started", "");

// The link to this page in the other language (.kim-lang) takes the page's query and fragment
// along when followed: the directory's and the board's filters, the form's ?ubah=, the part
// of the page being read (#provinsi), which mean the same there. Read then, not at load: the
// page's script keeps the address up to date. Called by offline.js, which every page loads.
export function keepAddressAcrossLanguages() {
  const link = document.querySelector(".kim-lang a");
  if (!link) return;
  const carry = () => {
    link.href = withThisQueryAndFragment(link.href);
  };
  // "click" as well: some screen readers activate a link with a click event alone.
  for (const type of ["pointerdown", "keydown", "focus", "click"]) link.addEventListener(type, carry);
}

// The address `href` with this page's query and fragment in place of its own: what the reader
// was looking at, which the same page elsewhere (the other language, a former address's
// current one: alamat-lama.js) shows too.
export function withThisQueryAndFragment(href) {
  const url = new URL(href);
  url.search = location.search;
  url.hash = location.hash;
  return url.href;
}

// The value of JSON `text`, or null when it is broken.
export function parseJSON(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    return null;
  }
}

// The JSON block a page's script reads (written by the Python side with `script_json`),
// or null when it is missing or broken: the script then leaves the page as it is.
export function pageConfig(id) {
  const node = byId(id);
  return node ? parseJSON(node.textContent) : null;
}

// Lower case without accents: `fold` in generator/site/textfold.py.
const MARKS = /\p{M}+/gu;
export const fold = (s) => s.toLowerCase().normalize("NFKD").replace(MARKS, "");

// Folded text in today's spelling where the old one is certain: the 1947 reform's oe -> u
// and the 1972 reform's dj -> j, tj -> c ("Poerworedjo", "Tjilatjap"): `modern` in
// textfold.py. Not j -> y, nj -> ny, sj -> sy nor ch -> kh: today's words keep j, nj
// ("panjang"), sj ("masjid") and ch in names ("Chandra", "Achmad").
const OLD = /oe|dj|tj/g;
const NEW = { oe: "u", dj: "j", tj: "c" };
export const modern = (s) => s.replace(OLD, (m) => NEW[m]);

// The words of `s`, folded, in today's spelling and split on what is not a letter or a
// digit (`page_words` in generator/site/textfold.py).
const NONWORD = /[^\p{L}\p{N}]+/gu;
export const words = (s) => modern(fold(s)).split(NONWORD).filter(Boolean);

// How a place name is searched: its words; for a name of several words also joined, as
// people write "Suka Maju" and "Sukamaju", "Jemur Wonosari" and "Jemurwonosari" alike
// (joined in today's spelling: "Kramat" "Jati" is "kramacati" as "Kramatjati" is); and
// its words as written, if they differ, so that "kramat" still begins "Kramatjati" and
// "administrasi" is found where the index left it out (`place_words` in searchindex.py).
// "Administrasi" after "Kota" or "Kabupaten" goes from the first form: people write "Kota
// Jakarta Pusat". With `joined` false, no joined form (a KIM's name).
const ADMINISTRASI = /^(kota|kabupaten) administrasi /;
const ADMIN = /^(kabupaten|kota|provinsi) /;
export function placeForms(name, joined = true) {
  const now = words(name).join(" ").replace(ADMINISTRASI, "$1 ");
  const forms = [now];
  const bare = now.replace(ADMIN, "");   // "tanahdatar", not "kabupatentanahdatar"
  if (joined && bare.includes(" ")) forms.push(modern(bare.replace(/ /g, "")));
  const was = fold(name).split(NONWORD).filter(Boolean).join(" ");
  if (was !== now) forms.push(was);
  return forms;
}

// The contribution form's village file (data/desa/<key>.json) a folded name is in: its first
// `length` characters (two, or three where many names start alike), each a letter or digit
// or else "_" (`shard_key` in generator/site/sections/kontribusi.py).
export const villageFileKey = (folded, length) =>
  [...folded.trim().slice(0, length).padEnd(length)].map((c) => (/^[a-z0-9]$/.test(c) ? c : "_")).join("");

// What marks a district's names in a hay: "|k cibingbin ". A query's "kec. cibingbin"
// becomes the term DISTRICT + "cibingbin", which matches only there.
export const DISTRICT = "|k ";
// And a province's: "|p jawa timur ". A query's "jatim", "jawa timur" or "provinsi bali"
// becomes the term PROVINCE + "jawa timur" (`addProvince`), which matches only there.
export const PROVINCE = "|p ";

// Region names of more than one word, folded ("lampung timur", also without "kabupaten" or
// "kota"): a query holding one searches it as a phrase (`queryTerms`), so "lampung timur"
// finds the regency, not every place or item in Lampung with "Timur" somewhere. Also the
// names of one word and the joined forms (`placeForms`), so that "suka maju" is the phrase
// of "Sukamaju", and the districts' names, for "kecamatan <name>". The directory and the
// partnership board search alike. {names, joined, districts, parts: Sets, longest: most
// words of one}; `parts`, the words of the names of several words ("telukbetung" of
// "Telukbetung Timur"), for a query that writes one of them apart ("teluk betung").
export const newPhrases = () => ({
  names: new Set(), joined: new Set(), districts: new Set(), parts: new Set(), longest: 0,
  provinces: new Map(), provinceNames: new Map(),
});
export function addPhrase(phrases, forms, district = false) {
  for (const form of forms) {
    if (district) phrases.districts.add(form);
    for (const p of [form, form.replace(ADMIN, "")]) {
      if (!p.includes(" ")) {
        phrases.joined.add(p);
        continue;
      }
      phrases.names.add(p);
      for (const word of p.split(" ")) phrases.parts.add(word);
      phrases.longest = Math.max(phrases.longest, p.split(" ").length);
    }
  }
}
// A province of the names file (`provinsi`: its official name's forms, then the short forms
// in everyday use, which generator/data/singkatan_provinsi.yml owns): `provinces` maps its
// short forms and its name of several words, spaced or joined, to its term; `provinceNames`
// every form of its name, one word too, read as the province only after "provinsi" ("bali"
// alone is also the village Bali Sadhar's word). The term's province.
export function addProvince(phrases, forms, shortForms) {
  const term = PROVINCE + forms[0];
  for (const form of forms) {
    phrases.provinceNames.set(form, term);
    if (forms[0].includes(" ")) phrases.provinces.set(form, term);
  }
  for (const form of shortForms) phrases.provinces.set(form, term);
  phrases.longest = Math.max(phrases.longest, ...shortForms.map((f) => f.split(" ").length));
  return term;
}

// Every province of the region list and the regencies named as a province's form and more,
// as the page's file gives them (`province_names` in generator/site/provincenames.py:
// `provinsi`, [code, name, short forms...]; `kab_awalan`, "Kota Administrasi Jakarta Pusat"),
// added to `phrases`: "jatim", "jawa timur", "provinsi bali" name the province
// (`addProvince`), "jakarta pusat" the city, with KIMs there or not, not the province
// "jakarta" and "pusat" anywhere in it. The directory and the board read them alike. Each
// province's term -> [code, name].
export function addProvinces(phrases, data) {
  const terms = new Map();
  for (const [code, name, ...short] of data.provinsi || []) {
    terms.set(addProvince(phrases, placeForms(String(name)), short.map(String)), [String(code), String(name)]);
  }
  for (const name of data.kab_awalan || []) addPhrase(phrases, placeForms(String(name)));
  return terms;
}

// The phrases of region `names` and of `districts`' names (marked as districts).
export function regionPhrases(names, districts = []) {
  const phrases = newPhrases();
  for (const name of names) addPhrase(phrases, placeForms(name));
  for (const name of districts) addPhrase(phrases, placeForms(name), true);
  return phrases;
}

// The words a query writes before a place name, by the level they name.
const LEVEL = new Map([
  ["kab", "kabupaten"], ["kabupaten", "kabupaten"], ["kota", "kota"], ["kec", "kecamatan"],
  ["kecamatan", "kecamatan"], ["distrik", "kecamatan"], ["prov", "provinsi"], ["provinsi", "provinsi"],
]);

// How many words of `seq` from `k` on (at most `longest`, at least `least`) name a place
// of `set`, written with `before`, with spaces or joined; 0 when none do.
function placeRun(seq, k, set, longest, least, before = "") {
  for (let len = Math.min(longest, seq.length - k); len >= least; len -= 1) {
    const run = seq.slice(k, k + len);
    if (set.has(before + run.join(" ")) || (len > 1 && set.has(before + modern(run.join(""))))) return len;
  }
  return 0;
}

// The longest run of words from `k` on that `map` holds (spaced or joined): [its length, its
// value], or [0, ""].
function mapRun(seq, k, map, longest) {
  const len = placeRun(seq, k, map, longest, 1);
  if (!len) return [0, ""];
  const run = seq.slice(k, k + len);
  return [len, map.get(run.join(" ")) || map.get(modern(run.join("")))];
}

// A query's search terms: its words, where the longest run of words naming a region
// (`addPhrase`), with spaces or joined, is one term, a phrase, and two words that together
// are one word of a region's name are that word. A level word ("kab.",
// "kota", "kec.", "kecamatan", "distrik", "provinsi") before a place name makes the name
// that level's ("kab bandung" is "kabupaten bandung", not Kota Bandung; "kec cibingbin"
// the district), also before a name no KIM's place has; at the end it is dropped, and
// alone kept.
export function queryTerms(q, phrases) {
  const seq = words(q);
  const levels = !seq.every((w) => LEVEL.has(w));
  const p = phrases || newPhrases();
  const terms = [];
  for (let k = 0; k < seq.length;) {
    const len = placeRun(seq, k, p.names, p.longest, 2) || placeRun(seq, k, p.joined, p.longest, 2);
    const [inProvince, province] = mapRun(seq, k, p.provinces, p.longest);
    if (inProvince && inProvince >= len) {   // "jatim", "jawa timur": the province, not "timur" anywhere
      terms.push(province);
      k += inProvince;
      continue;
    }
    const level = levels && !len && LEVEL.get(seq[k]);
    const apart = !len && !level && k + 1 < seq.length ? modern(seq[k] + seq[k + 1]) : "";
    if (apart && p.parts.has(apart)) {   // "teluk betung": the word "telukbetung" of a place
      terms.push(apart);
      k += 2;
      continue;
    }
    if (!level) {
      const n = Math.max(len, 1);
      terms.push(seq.slice(k, k + n).join(" "));
      k += n;
      continue;
    }
    k += seq[k + 1] === "administrasi" ? 2 : 1;
    const longest = Math.max(p.longest, 1);
    if (level === "provinsi") {
      const [n, named] = mapRun(seq, k, p.provinceNames, longest);
      if (n) terms.push(named);
      k += n;
      continue;
    }
    const n = level === "kecamatan" ? placeRun(seq, k, p.districts, longest, 1)
      : placeRun(seq, k, p.names, longest, 1, level + " ");
    // A place of that level without a KIM ("kab. pekalongan", in Jawa Tengah) is not the
    // village Pekalongan in Lampung: its first word, after the level's, matches no KIM's place.
    if (k >= seq.length) continue;
    const run = seq.slice(k, k + Math.max(n, 1)).join(" ");
    terms.push(level === "kecamatan" ? DISTRICT + run : level + " " + run);
    k += Math.max(n, 1);
  }
  return terms;
}

// What a hay (`" "` before and after every word, "|" between names, DISTRICT before each
// district's, PROVINCE before each province's) holds when it matches a term: a word as the
// start of a word; a phrase as whole words of one name, with spaces or joined; a district's
// or province's name whole.
export function needles(t) {
  const at = [DISTRICT, PROVINCE].find((mark) => t.startsWith(mark)) || " ";
  const name = at === " " ? t : t.slice(at.length);
  if (!name.includes(" ")) return at === " " ? [at + name] : [at + name + " "];
  return [at + name + " ", at + modern(name.replace(/ /g, "")) + " "];
}

// Whether `word` is within one edit (a letter wrong, missing, extra or two swapped) of
// some start of `name`: "pekalngan" and "pekaongan" find Pekalongan. Both folded.
export function nearPrefix(word, name) {
  const n = word.length;
  if (n < 4) return false; // too short to tell a typo from another name
  let i = 0;
  while (i < n && word[i] === name[i]) i++;
  if (i === n) return true;
  const rest = word.slice(i + 1);
  return name.startsWith(rest, i + 1) || name.startsWith(rest, i) || name.startsWith(word.slice(i), i + 1) ||
    (word[i + 1] === name[i] && word[i] === name[i + 1] && name.startsWith(word.slice(i + 2), i + 2));
}

// A name as a slug: `slugify` in generator/format/scaffold.py (its apostrophes dropped, so
// that "Pu'uk" and "Pu\u2019uk" are one slug).
export const slugify = (text) => text.replace(/['`\u2018\u2019\u02bc]/g, "").normalize("NFKD")
  .replace(/[^\x00-\x7f]/g, "").toLowerCase()
  .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").replace(/^kim-/, "");

// A slug cut after its last whole word within `limit` characters: `fit_slug` in
// generator/format/scaffold.py (an address ending mid-word reads as a typo on a poster).
export const fitSlug = (slug, limit = 80) => {
  if (slug.length <= limit) return slug;
  const cut = slug.slice(0, limit + 1).lastIndexOf("-");  // a hyphen just past the limit ends a word
  return slug.slice(0, cut > 0 ? cut : limit);
};

// Numbers in the page's language ("id" or "en"). Only counts are shown, whole and not
// negative, so thousands are grouped here: Intl.NumberFormat's first use loads its locale
// data, a long task on a slow phone while the directory starts.
export const numberFormat = (lang) => {
  const sep = lang === "en" ? "," : ".";
  return { format: (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, sep) };
};

// Names sorted as Indonesian readers expect: case and accents aside, "2" before "10".
export const nameCollator = () => new Intl.Collator("id", { sensitivity: "base", numeric: true });

// A name's key for sorting with plain string comparison, nearly as nameCollator sorts
// (punctuation aside): folded, each number padded. A collator's first use loads its locale
// data, and comparing 10,000 names with it is a long task on a slow phone.
export const nameKey = (s) => fold(s).replace(/\d+/g, (d) => d.padStart(12, "0"));

// Indices of `keys` (nameKey strings) in the keys' order, ties kept in place. Sorting
// strings without a compare function runs no script per comparison.
export function nameOrder(keys) {
  const tagged = keys.map((k, i) => k + "\u0000" + String(i).padStart(7, "0"));
  tagged.sort();
  return tagged.map((t) => +t.slice(-7));
}

// The ids sorted in place by the names name(id) gives.
export function sortByName(ids, name) {
  const was = ids.slice();
  nameOrder(was.map((id) => nameKey(name(id)))).forEach((j, i) => { ids[i] = was[j]; });
  return ids;
}

// The turn back to the browser between slices of long work, so that a tap or a keystroke
// never waits long behind it. A chain of timeouts would be slowed to 4 ms each.
export const nextTask = () => (globalThis.scheduler && scheduler.yield
  ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0)));

// step(i) for every i below n, in slices of about 10 ms.
export async function inSlices(n, step) {
  for (let i = 0; i < n;) {
    const until = performance.now() + 10;
    do step(i++); while (i < n && (i & 31 || performance.now() < until));
    if (i < n) await nextTask();
  }
}

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

// What a page tells screen readers of its search, through its one visually hidden live region
// `node`: `announce(text, typing)` says `text` once nothing has changed for `delay` ms;
// `announce(null)` drops what is waiting. Counts written as they changed were read out on every
// keystroke, up to eight times for one word and often the same (found by a tester with a
// screen reader); the visible counts stay, but are not live. Only a keystroke (`typing`) is
// silent when its text is what was last said: a filter chosen, a clear or a retry giving the
// same count or error again is still an answer the reader waits for (found by the tester).
export function announcer(node, delay = 700) {
  let timer = 0;
  let said = "";
  return (text, typing = false) => {
    clearTimeout(timer);
    if (!node || text === null) return;
    timer = setTimeout(() => {
      if (typing && text === said) return;
      said = text;
      node.textContent = text;
    }, delay);
  };
}

// Interface text with its values: "{n}" is a number, "{n|KIM|KIMs}" the word for the count
// n ("KIM" for 1, else "KIMs"), as `plural` in generator/model/plurals.py reads it.
const PLURAL = /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g;
export const fill = (text, values, format) => String(text || "")
  .replace(PLURAL, (_, k, one, other) => (values[k] === 1 ? one : other))
  .replace(/\{(\w+)\}/g, (m, k) => (k in values ? format(values[k]) : m));
