// The places of the official list a directory search names, read when it finds no KIM
// (directory-results.js, askPlace), so that "check the spelling" is not said of a real place that has
// no KIM yet. Loaded only then: the first results do without it. The places come from the
// contribution form's village files (data/desa/, `village_files` in
// generator/site/sections/kontribusi.py): each holds the villages whose name starts alike,
// with the names of their districts and regencies.
import { fetchJSON, villageFileKey, words } from "./util.js";

const files = new Map();   // address -> its JSON, or null when it could not be fetched
function file(url) {
  if (!files.has(url)) files.set(url, fetchJSON(url).catch(() => null));
  return files.get(url);
}

const WITHOUT_LEVEL = /^(kabupaten|kota administrasi|kota) /;
const wordText = (s) => words(s).join(" ");
// "kec. ciawigebang", "kabupaten kuningan": the name after its level's word ("kota" begins
// names of villages too, and a city's whole name is matched as it is)
const LEVEL = /^(?:kecamatan|kec|kabupaten|kab) (?=\S)/;

// The regencies, districts and villages called `query` (a query's words, as `stem` reads a
// village's name; its level's word aside): {regencies: up to five [code, name], place: the
// first one's name as the list writes it, a district's as `district` writes it; "" for none}.
// `starts` is the address of the list of village files, `villages` their folder's.
export async function placesNamed(query, { starts, villages, stem, district }) {
  const name = query.replace(LEVEL, "");
  const keys = await file(starts);
  const key = keys && [villageFileKey(name, 2), villageFileKey(name, 3)].find((s) => keys.includes(s));
  const shard = key && await file(villages + key + ".json");
  const regencies = new Map();
  let place = "";
  const add = (code, text) => {
    if (!place) place = text;
    if (regencies.size < 5 && shard.b[code]) regencies.set(code, shard.b[code]);
  };
  if (shard) {
    for (const [code, text] of Object.entries(shard.b)) {
      const w = wordText(text);
      if (w === name || w.replace(WITHOUT_LEVEL, "") === name) add(code, text);
    }
    for (const [code, text] of Object.entries(shard.k)) if (wordText(text) === name) add(code.slice(0, 5), district(text));
    for (const [code, text] of shard.v) if (stem(text) === name) add(code.slice(0, 5), text);
  }
  return { regencies: [...regencies], place };
}
