// The places of the official list a directory search names, read when it finds no KIM
// (directory-results.js, askPlace), so that "check the spelling" is not said of a real place that has
// no KIM yet. Loaded only then: the first results do without it. The places come from the
// contribution form's village files (data/desa/, `village_files` in
// generator/site/files/villages.py): each holds the villages, districts and regencies whose
// name starts alike, with the names of the villages' districts and regencies.
import { fetchJSON, villageFileKey, words } from "./util.js";

const files = new Map();   // address -> its JSON, or null when it could not be fetched
function file(url) {
  if (!files.has(url)) files.set(url, fetchJSON(url).catch(() => null));
  return files.get(url);
}

const WITHOUT_LEVEL = /^(kabupaten|kota)( administrasi)? /;   // "Kabupaten Administrasi Kepulauan Seribu"
const wordText = (s) => words(s).join(" ");
// "kec. ciawigebang", "distrik kurik": the name after its level's word
const LEVEL = /^(?:kecamatan|kec|distrik) (?=\S)/;
// "kab. bima", "kota bogor": that regency alone, which its village file lists under "bima",
// "bogor" (`village_files` in generator/site/files/villages.py); not Kampung Solok for "kab. solok". "Kota"
// begins names of villages too ("Kota Agung"), which are matched whole as well.
const REGENCY = /^(kabupaten|kab|kota)( administrasi)? (?=\S)/;

// The key of the village file (data/desa/<key>.json) that holds the places called `query`, among
// `keys`, the files there are; undefined for none. Read from the query's words in today's
// spelling, as the directory reads a query: the files hold a name under every key a page
// computes for it (generator/site/files/villages.py), which a test checks with this function.
export const fileKey = (query, keys) => {
  const name = words(query).join(" ");
  return [villageFileKey(name, 2), villageFileKey(name, 3)].find((s) => keys.includes(s));
};

// The village file of the names that start as `name` does, or null. `starts` is the address
// of the list of village files, `villages` their folder's.
async function shardOf(name, { starts, villages }) {
  const keys = await file(starts);
  const key = keys && fileKey(name, keys);
  return key ? file(villages + key + ".json") : null;
}

// Whether the words `query` ("negeri ngarip tanggamus") begin with the whole name of an
// official village that begins with a village word (Negeri Ngarip; `prefix`, the searcher's
// VILLAGE_PREFIX), word for word; not a village called the word alone ("Jorong", "Kelurahan").
export async function beginsVillage(query, where, prefix) {
  const shard = await shardOf(query, where);
  return !!shard && shard.v.some(([, text]) => {
    const name = wordText(text);
    return prefix.test(name) && (query + " ").startsWith(name + " ");
  });
}

// Whether `query` is the village name `village` and then the name of its district, its regency or
// both ("hajimena natar", "hajimena, kec. natar", "hajimena natar lampung selatan"), as `kim new` reads "Sukamaju, Bogor".
function within(query, village, code, shard) {
  if (!query.startsWith(village + " ")) return false;
  const rest = query.slice(village.length + 1).replace(LEVEL, "");
  const district = wordText(shard.k[code.slice(0, 8)]);
  const regency = wordText(shard.b[code.slice(0, 5)]).replace(WITHOUT_LEVEL, "");
  return [district, regency, district + " " + regency].includes(rest);
}

// The regencies, districts and villages called `query` (a query's words, whole or as `stem`
// reads a village's name; its level's word aside; or a village's name then its district's or
// regency's, `within`): {regencies: up to five [code, name],
// place: the first one's name as the list writes it, a district's as `district(code, name)`
// writes it (in Papua "Distrik Kurik", not "Kec. Kurik"); "" for none}. `where` holds the
// addresses of the village files (`shardOf`).
export async function placesNamed(query, where) {
  const { stem, district } = where;
  const level = (query.match(REGENCY) || ["", ""])[1].replace(/^kab$/, "kabupaten");
  const name = level ? query.replace(REGENCY, "") : query.replace(LEVEL, "");
  const regencies = new Map();
  let place = "";
  const add = (code, text, shard) => {
    if (!place) place = text;
    if (regencies.size < 5 && shard.b[code]) regencies.set(code, shard.b[code]);
  };
  const regency = (w) => (level ? w.replace(WITHOUT_LEVEL, "$1 ") === level + " " + name
    : w === name || w.replace(WITHOUT_LEVEL, "") === name);
  const shard = await shardOf(name, where);
  if (shard) {
    for (const [code, text] of Object.entries(shard.b)) if (regency(wordText(text))) add(code, text, shard);
  }
  // a village or district called so: not after "kab."; after "kota", one whose name begins so
  const whole = level === "kota" ? await shardOf(query, where) : level ? null : shard;
  if (whole) {
    const called = level ? query : name;
    for (const [code, text] of Object.entries(whole.k)) {
      if (wordText(text) === called) add(code.slice(0, 5), district(code, text), whole);
    }
    for (const [code, text] of whole.v) {
      const names = [wordText(text), stem(text)];
      if (names.some((v) => v === called || within(called, v, code, whole))) add(code.slice(0, 5), text, whole);
    }
  }
  return { regencies: [...regencies], place };
}
