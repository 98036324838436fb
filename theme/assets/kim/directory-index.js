// The directory's index (directory.js), as typed arrays. It is split
// (generator/site/files/searchindex.py): kim/indeks.json holds what the first results and
// every facet count need; the district and village names follow right after the first
// results; the keywords come in shards by their first two letters, fetched when a query word
// needs one. Rows come sorted by village code; a row's number is its place in every column.
import {
  addPhrase, addProvinces, DISTRICT, fetchJSON, inSlices, nameKey, nameOrder, newPhrases, nextTask, placeForms, PROVINCE,
  slugify, sortByName,
} from "./util.js";

const level = () => ({ codes: [], names: [], id: new Map(), kids: [], parent: [] });
const pad = (n, w) => (typeof n === "number" ? String(n).padStart(w, "0") : String(n));

// The index read from kim/indeks.json (at `url`, which its other files are relative to).
export function readIndex(data, url) {
  if (data.version !== 2) throw new Error("unknown index version " + data.version);
  // Names come without the prefix ("KIM ") that nearly all begin with; the rows of
  // nama_utuh hold the whole name.
  const prefix = String(data.nama_awalan || ""), whole = new Set(data.nama_utuh || []);
  const nama = (data.nama || []).map((s, i) => (whole.has(i) ? "" : prefix) + String(s));
  const N = nama.length;
  const ints = (name, Type) => {
    const col = data[name] || [];
    if (col.length !== N) throw new Error("column " + name + " has " + col.length + " rows, not " + N);
    return Type.from(col);
  };
  const slugCell = data.slug || [];
  if (slugCell.length !== N) throw new Error("the slug column does not match the names");
  const vocabBidang = (data.vocab && data.vocab.bidang) || [];
  const ix = {
    N, nama, slugCell, vocabBidang,
    bid: ints("bidang", Uint32Array),
    mit: ints("mitra_dicari", Uint32Array),
    flg: ints("flags", Uint8Array),
    skr: ints("sk", Uint8Array).map((r) => Math.min(4, r)),
    vocabMitra: (data.vocab && data.vocab.jenis_mitra) || [],
    // per bidang: " " + the words of its labels in both languages
    bidangWords: vocabBidang.map((_, b) => " " + String((data.bidang_kata || [])[b] || "")),
    prov: level(), kab: level(), kec: level(),
    desa: { number: [], parent: [], names: [] },   // villages, in tree order
    provOf: new Int32Array(N), kabOf: new Int32Array(N), kecOf: new Int32Array(N), desaOf: new Int32Array(N),
    orderName: null, orderNew: null, upd: null,
    // One space before and after every word of a row's name and places (buildHay), once
    // the names arrive; `villageEnd`: where the village's part ends.
    hay: null, villageEnd: null,
    namesLoaded: false, namesPromise: null,
    // The region names searched as phrases (`addPhrase` in util.js), from their forms.
    phrases: newPhrases(),
    // a province's term -> [code, name], every province, with KIMs or not (`addProvinces`), for
    // the note on a province that has no KIM yet
    province: new Map(),
    shards: new Map(),   // prefix -> the keyword shard, or a promise while it loads
    unread: new Set(),   // prefixes whose shard could not be fetched
  };
  readFlags(ix, data.flag || {});
  loadTree(ix, data.wilayah || []);
  readFiles(ix, data.berkas || {}, url);
  for (const list of ix.prov.kids) sortByName(list, (k) => sortName(ix.kab.names[k]));
  return ix;
}

// The bits of the index's flags column, named in the index (FLAGS in searchindex.py);
// the facets' values in the URL are the flags' names.
function readFlags(ix, flag) {
  ix.flag = flag;
  const F = { ACTIVE: 0, STALE: 0, SECRETARIAT: 0, SEEKS: 0, OFFERS: 0, SAMPLE: 0, VERIFIED: 0 };
  ({ aktif: F.ACTIVE, usang: F.STALE, sekretariat: F.SECRETARIAT, cari: F.SEEKS, tawar: F.OFFERS, contoh: F.SAMPLE, verifikasi: F.VERIFIED } = flag);
  if (!Object.values(F).every((b) => b > 0)) throw new Error("the index names no flags");
  ix.F = F;
}

// The files that follow the first results, and the keyword shards' prefix length
// (PREFIX in searchindex.py).
function readFiles(ix, f, url) {
  ix.files = { base: url, version: String(f.versi || ""), names: f.wilayah || null, kata: f.kata || null, prefixes: new Set() };
  const MIN_KATA = f.panjang_awalan | 0;
  if (MIN_KATA < 1) throw new Error("the index gives no keyword prefix length");
  ix.MIN_KATA = MIN_KATA;
  const prefixes = String(f.awalan || "");
  for (let k = 0; k + MIN_KATA <= prefixes.length; k += MIN_KATA) ix.files.prefixes.add(prefixes.slice(k, k + MIN_KATA));
}

function regionId(ix, lv, code, name, parentId) {
  let id = lv.id.get(code);
  if (id === undefined) {
    id = lv.codes.length;
    lv.codes.push(code);
    lv.names.push(name);
    lv.id.set(code, id);
    lv.kids.push([]);
    lv.parent.push(parentId);
    if (parentId >= 0 && lv !== ix.prov) (lv === ix.kab ? ix.prov : ix.kab).kids[parentId].push(id);
  }
  return id;
}

// The tree: [province, name, [[regency, name, [[district, villages]]]]], each code
// without its parent's part; villages hold one number per row, the first one the
// village's own number and then differences (0: the same village as the row before).
// Rows come in village order, so each new number is a new village: no lookup needed.
function loadTree(ix, tree) {
  const { N, desa, provOf, kabOf, kecOf, desaOf } = ix;
  let row = 0;
  for (const [pn, pName, regencies] of tree) {
    const pc = pad(pn, 2);
    const p = regionId(ix, ix.prov, pc, String(pName), -1);
    for (const [kn, kName, districts] of regencies) {
      const kc = pc + "." + pad(kn, 2);
      const k = regionId(ix, ix.kab, kc, String(kName), p);
      for (const [dn, villages] of districts) {
        const d = regionId(ix, ix.kec, kc + "." + pad(dn, 2), "", k);
        let number = 0;
        for (let j = 0; j < villages.length; j++) {
          if (row >= N) throw new Error("the region tree has more rows than the index");
          if (j === 0 || villages[j] !== 0) {
            number += villages[j];
            desa.number.push(number);
            desa.parent.push(d);
          }
          provOf[row] = p; kabOf[row] = k; kecOf[row] = d; desaOf[row] = desa.number.length - 1;
          row++;
        }
      }
    }
  }
  if (row !== N) throw new Error("the region tree has fewer rows than the index");
}

const desaCode = (ix, v) => ix.kec.codes[ix.desa.parent[v]] + "." + pad(ix.desa.number[v], 4);

// "Kabupaten Lampung Timur" and "Kota Metro" sort by their own names.
const sortName = (name) => name.replace(/^(kabupaten|kab\.|kota|kota administrasi)\s+/i, "");

// Names sort once; the passes walk this order so results come out sorted.
export async function sortNames(ix) {
  const keys = new Array(ix.N);
  await inSlices(ix.N, (i) => { keys[i] = nameKey(ix.nama[i].replace(/^KIM\s+/i, "")); });
  ix.orderName = Int32Array.from(nameOrder(keys));
}

// A slug the index left out is made from the name (`slug_cell` in searchindex.py).
export function slugOf(ix, i) {
  const cell = ix.slugCell[i];
  if (typeof cell === "string" && cell[0] !== "+") return cell;
  const base = slugify(ix.nama[i]);
  const code = desaCode(ix, ix.desaOf[i]).replace(/\./g, "-");
  if (cell === 0) return "kim-" + base + "-" + code;
  if (cell === 1) return base + "-" + code;
  return base + String(cell).slice(1);
}

export function newestOrder(ix) {
  if (!ix.orderNew) {
    const { orderName, upd } = ix;
    const rank = new Int32Array(ix.N);
    orderName.forEach((i, r) => { rank[i] = r; });
    ix.orderNew = Int32Array.from(orderName).sort((a, b) => upd[b] - upd[a] || rank[a] - rank[b]);
  }
  return ix.orderNew;
}

// Village, district, regency; the regency alone until the names arrive.
export function placeText(ix, i) {
  return [ix.desa.names[ix.desaOf[i]], ix.kec.names[ix.kecOf[i]], ix.kab.names[ix.kabOf[i]]].filter(Boolean).join(", ");
}

// ---- the files that follow the first results ----------------------------------------
const fileURL = (ix, path) => new URL(path + (ix.files.version ? "?v=" + ix.files.version : ""), ix.files.base).href;

// District and village names: for the result lines, the district select and the search;
// and each row's age, for sorting by the newest. `arrived` is called once they are in.
export function loadNames(ix, arrived) {
  if (!ix.namesPromise) {
    ix.namesPromise = (ix.files.names ? fetchJSON(fileURL(ix, ix.files.names)) : Promise.resolve({}))
      .catch((err) => {
        console.warn("Direktori KIM: place names could not be loaded.", err);
        return {};
      })
      .then(async (data) => {
        await readNames(ix, data);
        ix.namesLoaded = true;
        arrived();
      });
  }
  return ix.namesPromise;
}

async function readNames(ix, data) {
  const { N, kec, desa } = ix;
  const kn = data.kecamatan || [], dn = data.desa || [];
  kec.names = kec.codes.map((_, d) => String(kn[d] || ""));
  desa.names = desa.number.map((_, v) => String(dn[v] || ""));
  for (const list of ix.kab.kids) sortByName(list, (d) => kec.names[d]);
  // Without the ages (a file that failed), the newest order is the name order.
  const umur = data.umur && data.umur.length === N ? data.umur : new Array(N).fill(0);
  const today = data.today | 0;
  ix.upd = Int32Array.from(umur, (age) => today - age);
  // The rest comes in slices while the reader looks at the first results.
  await nextTask();
  const levels = [ix.prov.names, ix.kab.names, kec.names, desa.names], names = levels.flat();
  const all = new Array(names.length);
  await inSlices(names.length, (i) => { all[i] = placeForms(names[i]); });
  let at = 0;
  const [p, k, d, v] = levels.map((list) => all.slice(at, (at += list.length)));
  await buildHay(ix, { prov: p, kab: k, kec: d, desa: v });
  await buildPhrases(ix, p.concat(k, v), false);
  await buildPhrases(ix, d, true);
  ix.province = addProvinces(ix.phrases, data);
}

const buildPhrases = (ix, forms, district) => inSlices(forms.length, (i) => addPhrase(ix.phrases, forms[i], district));

// One space before and after every word: a query word is a word prefix when " " + word
// occurs, a region name a phrase when " " + name + " " does (`needles` in util.js). "|"
// parts the name and each form (`placeForms`) of each place name, so no phrase runs from
// one into the next; DISTRICT begins each form of the district's name, PROVINCE each of the
// province's. `villageEnd` marks where the village's part ends: a match before it is in the
// name or the village.
async function buildHay(ix, w) {
  const { N, desa, kec, kab, nama, desaOf } = ix;
  const one = (forms) => forms.join(" | ");
  const place = desa.number.map((_, v) => {
    const d = desa.parent[v], k = kec.parent[d], p = kab.parent[k];
    return one(w.desa[v]) + " " + DISTRICT + w.kec[d].join(" " + DISTRICT) + " | " + one(w.kab[k]) + " " +
      PROVINCE + w.prov[p].join(" " + PROVINCE);
  });
  const rows = new Array(N), ends = new Int32Array(N);
  await inSlices(N, (i) => {
    rows[i] = " " + one(placeForms(nama[i], false)) + " | " + place[desaOf[i]] + " ";
    rows[i].indexOf("\u0000");   // flattens the joined string here, not on the first keystroke
    ends[i] = rows[i].indexOf(DISTRICT);
  });
  ix.villageEnd = ends;
  ix.hay = rows;
}

export const isPhrase = (t) => t.includes(" ");

// The shard a token needs, or "" when it needs none (too short, or no word begins so):
// keyword shards go by a word's first MIN_KATA letters (PREFIX in searchindex.py), each
// word -> rows as gaps.
export function shardKey(ix, t) {
  const key = t.slice(0, ix.MIN_KATA);
  return t.length >= ix.MIN_KATA && !isPhrase(t) && ix.files.prefixes.has(key) ? key : "";
}

export function loadShard(ix, key) {
  const { shards, unread, files } = ix;
  let s = shards.get(key);
  if (s === undefined) {
    s = fetchJSON(fileURL(ix, files.kata + key + ".json"))
      .then((shard) => {
        // A shard of another build (the network's, beside an entry kept offline) counts
        // rows differently: unread, as one that could not be fetched.
        if (shard._ !== files.version) throw new Error("keyword file " + key + " is of another build");
        delete shard._;
        unread.delete(key);
        return shard;
      })
      .catch((err) => {
        console.warn("Direktori KIM: keywords could not be loaded.", err);
        unread.add(key);   // offline, most often: said beside the results (render)
        return {};
      })
      .then((shard) => { shards.set(key, shard); });
    shards.set(key, s);
  }
  return s;
}
