// The directory's search and facets. A plain ES module without libraries or inline code,
// so it runs under a CSP of script-src 'self'. The index is split (generator/site/files/searchindex.py):
// kim/indeks.json holds what the first results and every facet count need; the district
// and village names follow right after the first results; the keywords come in shards by
// their first two letters, fetched when a query word needs one. The state lives in the URL
// query, so a shared link restores it. Each keystroke or click is answered with one pass
// over typed arrays: a KIM that passes every filter counts for every facet, one that fails
// exactly one facet counts only for that facet (disjunctive counts), any other is skipped.
//
// For benchmarks and tests: performance.mark("kim:first-results") once the first results
// are in the page, performance.measure("kim:update") from each input or change event to
// the moment the list and counts show it; #kim-app gets data-state="ready" with the first
// results and data-busy="1" while an update waits for a file.
import {
  addPhrase, announcer, byId, DISTRICT, fetchJSON, fill, inSlices, nameKey, nameOrder, nearPrefix,
  needles as needlesOf, newPhrases, nextTask, numberFormat, pageConfig, placeForms, queryTerms, slugify, sortByName,
  words,
} from "./util.js";

(() => {
  const app = byId("kim-app");
  const L = pageConfig("kim-labels");
  if (!app || !L) return;
  const T = L.text || {};
  const V = L.vocab || {};
  const el = {
    fallback: byId("kim-fallback"), form: byId("kim-form"), q: byId("kim-q"),
    prov: byId("kim-prov"), kab: byId("kim-kab"), kec: byId("kim-kec"),
    filters: byId("kim-filters"), clear: byId("kim-clear"), toggle: byId("kim-filters-toggle"),
    apply: byId("kim-apply"), modeNote: byId("kim-bidang-mode-note"), wrap: byId("kim-results-wrap"),
    modeShown: byId("kim-mode-shown"), modes: document.querySelectorAll("#kim-app input[name='bidang_cocok']"),
    bidang: byId("kim-facet-bidang"), kemitraan: byId("kim-facet-kemitraan"),
    mitra: byId("kim-facet-mitra"), sk: byId("kim-facet-sk"), lain: byId("kim-facet-lain"),
    count: byId("kim-count"), sort: byId("kim-sort"), results: byId("kim-results"), more: byId("kim-more"),
    empty: byId("kim-empty"), emptyClear: byId("kim-empty-clear"), partial: byId("kim-partial"),
    noneHint: byId("kim-none-hint"), typo: byId("kim-typo"),
    noplace: byId("kim-noplace"), noplaceText: byId("kim-noplace-text"), noplaceLinks: byId("kim-noplace-links"),
  };

  const PAGE = 50;
  const announce = announcer(byId("kim-announce"));
  const numbers = numberFormat(document.documentElement.lang);
  const fmt = (n) => numbers.format(n);

  // Facet dimensions, one bit each in a KIM's "fails" mask.
  const D_REGION = 1, D_BIDANG = 2, D_KEMITRAAN = 4, D_MITRA = 8, D_SK = 16;
  const D_AKTIF = 32, D_SEKRETARIAT = 64, D_USANG = 128, D_VERIFIKASI = 256;
  // The bits of the index's flags column, named in the index (FLAGS in searchindex.py);
  // the facets' values in the URL are the flags' names.
  let flag = {}, F_ACTIVE = 0, F_STALE = 0, F_SECRETARIAT = 0, F_SEEKS = 0, F_OFFERS = 0, F_SAMPLE = 0, F_VERIFIED = 0;
  const KEMITRAAN = [["cari", T.seeks_partners], ["tawar", T.offers_partners]];
  const LAIN = [["aktif", T.active], ["sekretariat", T.secretariat], ["usang", T.stale], ["verifikasi", T.verified]];
  const SK = V.sk_tingkat || {};
  const SK_LABELS = [
    T.sk_level_none,
    SK.desa + "/" + SK.kelurahan,
    SK.kecamatan,
    SK.kabupaten + "/" + SK.kota,
    SK.provinsi,
  ];

  // ---- state, mirrored in the URL query -------------------------------------------
  const state = {
    q: "", prov: "", kab: "", kec: "",
    bidang: new Set(), kemitraan: new Set(), mitra: new Set(), sk: new Set(), lain: new Set(),
    semua: false,   // bidang: every chosen one (true) or any of them
    sebagian: false,   // words: a query no KIM matches in full lists those matching the most (matchMost)
    urut: "nama",
  };

  function readURL() {
    const p = new URLSearchParams(location.search);
    const list = (k) => new Set((p.get(k) || "").split(",").map((s) => s.trim()).filter(Boolean));
    state.q = p.get("q") || "";
    state.prov = p.get("prov") || "";
    state.kab = p.get("kab") || "";
    state.kec = p.get("kec") || "";
    for (const k of ["bidang", "kemitraan", "mitra", "sk", "lain"]) state[k] = list(k);
    state.semua = p.get("bidang_cocok") === "semua";
    state.sebagian = p.get("cocok") === "sebagian";
    state.urut = p.get("urut") === "baru" ? "baru" : "nama";
  }

  function writeURL() {
    const parts = [];
    const add = (k, v) => { if (v) parts.push(k + "=" + v); };
    const many = (k, order) => add(k, order.filter((v) => state[k].has(v)).map(encodeURIComponent).join(","));
    add("q", encodeURIComponent(state.q.trim()).replace(/%20/g, "+"));
    if (state.sebagian) add("cocok", "sebagian");
    add("prov", encodeURIComponent(state.prov));
    add("kab", encodeURIComponent(state.kab));
    add("kec", encodeURIComponent(state.kec));
    many("bidang", vocabBidang);
    if (state.semua) add("bidang_cocok", "semua");
    many("kemitraan", KEMITRAAN.map((x) => x[0]));
    many("mitra", vocabMitra);
    many("sk", ["0", "1", "2", "3", "4"]);
    many("lain", LAIN.map((x) => x[0]));
    if (state.urut !== "nama") add("urut", state.urut);
    const search = parts.length ? "?" + parts.join("&") : "";
    if (search === location.search) return false;
    try {
      history.replaceState(history.state, "", location.pathname + search + location.hash);
    } catch (e) { /* a sandboxed or throttled history: the page still works */ }
    return true;
  }

  // ---- the index, as typed arrays ---------------------------------------------------
  // Rows come sorted by village code; a row's number is its place in every column.
  let N = 0;
  let vocabBidang = [], vocabMitra = [];
  let nama, slugCell, provOf, kabOf, kecOf, desaOf, bid, mit, flg, skr, upd, hay = null;
  let bidangWords = [];   // per bidang: " " + the words of its labels in both languages
  const level = () => ({ codes: [], names: [], id: new Map(), kids: [], parent: [] });
  const prov = level(), kab = level(), kec = level();
  const desa = { number: [], parent: [], names: [] };   // villages, in tree order
  let orderName = null, orderNew = null;
  let textOk, results, nResults = 0, shown = 0;
  // How a row matched the query words (matchText), and the results of the lower tiers while
  // a pass collects them; `mentionedAt`: where the rows found through keywords alone begin
  // (-1 when no result of a higher tier comes before them).
  const TIER_NAME = 1, TIER_PLACE = 2, TIER_KATA = 3;
  let villageEnd, placed, mentioned, mentionedAt = -1;
  let counts = null;
  let ready = false;
  const files = { base: null, names: null, kata: null, prefixes: new Set(), version: "" };

  function regionId(lv, code, name, parentId) {
    let id = lv.id.get(code);
    if (id === undefined) {
      id = lv.codes.length;
      lv.codes.push(code);
      lv.names.push(name);
      lv.id.set(code, id);
      lv.kids.push([]);
      lv.parent.push(parentId);
      if (parentId >= 0 && lv !== prov) parentOf(lv).kids[parentId].push(id);
    }
    return id;
  }
  const parentOf = (lv) => (lv === kab ? prov : kab);
  const pad = (n, w) => (typeof n === "number" ? String(n).padStart(w, "0") : String(n));

  // The tree: [province, name, [[regency, name, [[district, villages]]]]], each code
  // without its parent's part; villages hold one number per row, the first one the
  // village's own number and then differences (0: the same village as the row before).
  // Rows come in village order, so each new number is a new village: no lookup needed.
  function loadTree(tree) {
    let row = 0;
    for (const [pn, pName, regencies] of tree) {
      const pc = pad(pn, 2);
      const p = regionId(prov, pc, String(pName), -1);
      for (const [kn, kName, districts] of regencies) {
        const kc = pc + "." + pad(kn, 2);
        const k = regionId(kab, kc, String(kName), p);
        for (const [dn, villages] of districts) {
          const d = regionId(kec, kc + "." + pad(dn, 2), "", k);
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

  const desaCode = (v) => kec.codes[desa.parent[v]] + "." + pad(desa.number[v], 4);

  function load(data, url) {
    if (data.version !== 2) throw new Error("unknown index version " + data.version);
    // Names come without the prefix ("KIM ") that nearly all begin with; the rows of
    // nama_utuh hold the whole name.
    const prefix = String(data.nama_awalan || ""), whole = new Set(data.nama_utuh || []);
    nama = (data.nama || []).map((s, i) => (whole.has(i) ? "" : prefix) + String(s));
    N = nama.length;
    const ints = (name, Type) => {
      const col = data[name] || [];
      if (col.length !== N) throw new Error("column " + name + " has " + col.length + " rows, not " + N);
      return Type.from(col);
    };
    slugCell = data.slug || [];
    if (slugCell.length !== N) throw new Error("the slug column does not match the names");
    bid = ints("bidang", Uint32Array);
    mit = ints("mitra_dicari", Uint32Array);
    flg = ints("flags", Uint8Array);
    skr = ints("sk", Uint8Array).map((r) => Math.min(4, r));
    vocabBidang = (data.vocab && data.vocab.bidang) || [];
    vocabMitra = (data.vocab && data.vocab.jenis_mitra) || [];
    bidangWords = vocabBidang.map((_, b) => " " + String((data.bidang_kata || [])[b] || ""));
    flag = data.flag || {};
    ({ aktif: F_ACTIVE, usang: F_STALE, sekretariat: F_SECRETARIAT, cari: F_SEEKS, tawar: F_OFFERS, contoh: F_SAMPLE, verifikasi: F_VERIFIED } = flag);
    if (![F_ACTIVE, F_STALE, F_SECRETARIAT, F_SEEKS, F_OFFERS, F_SAMPLE, F_VERIFIED].every((b) => b > 0)) throw new Error("the index names no flags");
    provOf = new Int32Array(N); kabOf = new Int32Array(N); kecOf = new Int32Array(N); desaOf = new Int32Array(N);
    loadTree(data.wilayah || []);

    const f = data.berkas || {};
    files.base = url;
    files.version = String(f.versi || "");
    files.names = f.wilayah || null;
    files.kata = f.kata || null;
    MIN_KATA = f.panjang_awalan | 0;
    if (MIN_KATA < 1) throw new Error("the index gives no keyword prefix length");
    const prefixes = String(f.awalan || "");
    for (let k = 0; k + MIN_KATA <= prefixes.length; k += MIN_KATA) files.prefixes.add(prefixes.slice(k, k + MIN_KATA));

    textOk = new Uint8Array(N).fill(1);
    textKey = "";
    textTokens = [];
    textCache.clear();
    textCache.set("", textOk);
    results = new Int32Array(N);
    placed = new Int32Array(N);
    mentioned = new Int32Array(N);

    for (const list of prov.kids) sortByName(list, (k) => sortName(kab.names[k]));

    counts = {
      prov: new Int32Array(prov.codes.length), kab: new Int32Array(kab.codes.length),
      kec: new Int32Array(kec.codes.length), bidang: new Int32Array(32), kemitraan: new Int32Array(2),
      mitra: new Int32Array(32), sk: new Int32Array(5), lain: new Int32Array(4),
    };
  }

  // "Kabupaten Lampung Timur" and "Kota Metro" sort by their own names.
  const sortName = (name) => name.replace(/^(kabupaten|kab\.|kota|kota administrasi)\s+/i, "");

  // Names sort once; the passes walk this order so results come out sorted.
  async function sortNames() {
    const keys = new Array(N);
    await inSlices(N, (i) => { keys[i] = nameKey(nama[i].replace(/^KIM\s+/i, "")); });
    orderName = Int32Array.from(nameOrder(keys));
  }

  // A slug the index left out is made from the name (`slug_cell` in searchindex.py).
  function slugOf(i) {
    const cell = slugCell[i];
    if (typeof cell === "string" && cell[0] !== "+") return cell;
    const base = slugify(nama[i]);
    const code = desaCode(desaOf[i]).replace(/\./g, "-");
    if (cell === 0) return "kim-" + base + "-" + code;
    if (cell === 1) return base + "-" + code;
    return base + String(cell).slice(1);
  }

  function newestOrder() {
    if (!orderNew) {
      const rank = new Int32Array(N);
      orderName.forEach((i, r) => { rank[i] = r; });
      orderNew = Int32Array.from(orderName).sort((a, b) => upd[b] - upd[a] || rank[a] - rank[b]);
    }
    return orderNew;
  }

  // ---- the files that follow the first results ----------------------------------------
  const fileURL = (path) => new URL(path + (files.version ? "?v=" + files.version : ""), files.base).href;

  // District and village names: for the result lines, the district select and the search;
  // and each row's age, for sorting by the newest.
  let namesLoaded = false, namesPromise = null;
  function loadNames() {
    if (!namesPromise) {
      namesPromise = (files.names ? fetchJSON(fileURL(files.names)) : Promise.resolve({}))
        .catch((err) => {
          console.warn("Direktori KIM: place names could not be loaded.", err);
          return {};
        })
        .then(async (data) => {
          const kn = data.kecamatan || [], dn = data.desa || [];
          kec.names = kec.codes.map((_, d) => String(kn[d] || ""));
          desa.names = desa.number.map((_, v) => String(dn[v] || ""));
          for (const list of kab.kids) sortByName(list, (d) => kec.names[d]);
          // Without the ages (a file that failed), the newest order is the name order.
          const umur = data.umur && data.umur.length === N ? data.umur : new Array(N).fill(0);
          const today = data.today | 0;
          upd = Int32Array.from(umur, (age) => today - age);
          // The rest comes in slices while the reader looks at the first results.
          await nextTask();
          const levels = [prov.names, kab.names, kec.names, desa.names], names = levels.flat();
          const all = new Array(names.length);
          await inSlices(names.length, (i) => { all[i] = placeForms(names[i]); });
          let at = 0;
          const [p, k, d, v] = levels.map((list) => all.slice(at, (at += list.length)));
          await buildHay({ prov: p, kab: k, kec: d, desa: v });
          await buildPhrases(p.concat(k, v), false);
          await buildPhrases(d, true);
          namesLoaded = true;
          namesArrived();
        });
    }
    return namesPromise;
  }

  // One space before and after every word: a query word is a word prefix when " " + word
  // occurs, a region name a phrase when " " + name + " " does (`needles` in util.js). "|"
  // parts the name and each form (`placeForms`) of each place name, so no phrase runs from
  // one into the next; DISTRICT begins each form of the district's name. `villageEnd` marks
  // where the village's part ends: a match before it is in the name or the village.
  async function buildHay(w) {
    const one = (forms) => forms.join(" | ");
    const place = desa.number.map((_, v) => {
      const d = desa.parent[v], k = kec.parent[d], p = kab.parent[k];
      return one(w.desa[v]) + " " + DISTRICT + w.kec[d].join(" " + DISTRICT) + " | " + one(w.kab[k]) + " | " + one(w.prov[p]);
    });
    const rows = new Array(N), ends = new Int32Array(N);
    await inSlices(N, (i) => {
      rows[i] = " " + one(placeForms(nama[i], false)) + " | " + place[desaOf[i]] + " ";
      rows[i].indexOf("\u0000");   // flattens the joined string here, not on the first keystroke
      ends[i] = rows[i].indexOf(DISTRICT);
    });
    villageEnd = ends;
    hay = rows;
  }

  // The region names searched as phrases (`addPhrase` in util.js), from their forms.
  const phrases = newPhrases();
  const buildPhrases = (forms, district) => inSlices(forms.length, (i) => addPhrase(phrases, forms[i], district));

  // Keyword shards, by a word's first MIN_KATA letters (PREFIX in searchindex.py): word -> rows as gaps.
  let MIN_KATA = 0;
  const shards = new Map();   // prefix -> the shard, or a promise while it loads
  const unread = new Set();   // prefixes whose shard could not be fetched
  // The shard a token needs, or "" when it needs none (too short, or no word begins so).
  function shardKey(t) {
    const key = t.slice(0, MIN_KATA);
    return t.length >= MIN_KATA && !isPhrase(t) && files.prefixes.has(key) ? key : "";
  }

  function loadShard(key) {
    let s = shards.get(key);
    if (s === undefined) {
      s = fetchJSON(fileURL(files.kata + key + ".json"))
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

  // What a query still waits for: the place names (which tell its phrases), then a shard
  // for each word. The newest order waits for the names file too: it holds the ages.
  function missing(q) {
    const wait = [];
    const text = words(q).length > 0;
    if (!namesLoaded && (text || state.urut === "baru")) return [loadNames()];
    if (!text) return wait;
    for (const t of tokenize(q)) {
      const key = shardKey(t);
      const s = key && shards.get(key);
      if (key && (s === undefined || s instanceof Promise)) wait.push(loadShard(key));
    }
    return wait;
  }

  // ---- text search ------------------------------------------------------------------
  // A query word matches a KIM when a word of its name, its place names, its keywords or
  // the labels of its bidang begins with it. One letter alone only looks at names and
  // labels: it would need every shard. A phrase (a region name, see buildPhrases) matches
  // whole words in a row of the name or of one place name.
  let textKey = null, textTokens = null;

  // What people write before a village's name ("desa", "kel.", "pekon": VILLAGE_PREFIX in
  // generator/site/textfold.py, as the contribution form's village search reads it): places
  // are named without it, so a query drops it, unless it is all the query holds.
  const VILLAGE_PREFIX = new RegExp(L.villagePrefix);
  function withoutPrefixes(q) {
    const ws = words(q);
    const kept = ws.filter((w) => !VILLAGE_PREFIX.test(w + " x"));
    return (kept.length ? kept : ws).join(" ");
  }

  function tokenize(q) {
    const ws = [...new Set(queryTerms(withoutPrefixes(q), phrases))];
    // A token that begins another one adds nothing; the longest tokens fail fastest.
    return ws.filter((w) => !ws.some((u) => u !== w && u.startsWith(w))).sort((a, b) => b.length - a.length);
  }

  const isPhrase = (t) => t.includes(" ");

  // The bits of the bidang whose labels have a word beginning with a token.
  function bidangMask(tok) {
    if (isPhrase(tok)) return 0;
    let m = 0;
    bidangWords.forEach((w, b) => { if (b < 32 && w.includes(" " + tok)) m |= 1 << b; });
    return m >>> 0;
  }

  // The rows whose keywords begin with a token, or null when none do.
  const KATA_CACHED = 48;
  const kataCache = new Map();   // token -> Uint8Array(N) | null
  function kataRows(tok) {
    const key = shardKey(tok);
    if (!key) return null;
    let marks = kataCache.get(tok);
    if (marks !== undefined) return marks;
    marks = null;
    const shard = shards.get(key) || {};
    for (const word in shard) {
      if (!word.startsWith(tok)) continue;
      if (!marks) marks = new Uint8Array(N);
      let row = -1;
      for (const gap of shard[word]) {
        row += gap + 1;
        marks[row] = 1;
      }
    }
    if (kataCache.size >= KATA_CACHED) kataCache.delete(kataCache.keys().next().value);
    kataCache.set(tok, marks);
    return marks;
  }

  // The last few queries keep their matches, so backspacing and retyping cost nothing.
  // The buffers are recycled, least recently used first.
  const CACHED_QUERIES = 12;
  const textCache = new Map();   // token key -> Uint8Array(N)

  // A longer word matches a subset, unless it is the one that starts using keywords.
  const narrows = (t, u) => u.startsWith(t) && (t.length >= MIN_KATA || u.length < MIN_KATA);

  function applyText() {
    const toks = tokenize(state.q);
    const key = (state.sebagian ? "~" : "") + toks.join(" ");
    if (key === textKey) return;
    let buf = textCache.get(key);
    if (buf) {
      textCache.delete(key);
    } else {
      if (textCache.size >= CACHED_QUERIES) {
        const oldest = textCache.keys().next().value;
        buf = textCache.get(oldest);
        textCache.delete(oldest);
      } else buf = new Uint8Array(N);
      // When every old token begins some new token, the new matches are a subset of the old.
      const prev = textOk;
      const refine = textTokens !== null && textTokens.every((t) => toks.some((u) => narrows(t, u)));
      buf.typos = [];
      buf.most = false;
      if (!toks.length) {
        buf.fill(1);
      } else if (!matchText(buf, toks.map((t) => [t]), refine ? prev : null)) {
        buf.typos = matchTypos(buf, toks);
        if (!buf.typos.length && state.sebagian && toks.length > 1) buf.most = matchMost(buf, toks);
      }
    }
    textCache.set(key, buf);
    textOk = buf;
    textKey = key;
    textTokens = toks;
  }

  // When nothing matched at all: each word that no name or place holds is read as the words
  // it is a typo of. A word with one such reading takes its place in the query, which is
  // read again, so that "lampug timur" is the regency's phrase as "lampung timur" is; a word
  // with more matches any of them. The words read (kept with the buffer, for the note beside
  // the results), or none when even they match nothing: no note then promises results.
  function matchTypos(buf, toks) {
    const near = new Map(toks.map((t) => [t, typosOf(t)]));
    const used = [...near.values()].flat();
    if (!used.length) return [];
    const one = (w) => (near.has(w) && near.get(w).length === 1 ? near.get(w)[0] : w);
    const read = tokenize(words(withoutPrefixes(state.q)).map(one).join(" "));
    return matchText(buf, read.map((t) => [t, ...(near.get(t) || [])]), null) ? used : [];
  }

  // With cocok=sebagian, asked for by the page of a missing address (notfound.js): the words
  // of an old /kim/<slug>/ address, some of which the KIM's name or place does not hold (a
  // new name, "ulubelu" for Ulu Belu, "sembilan" for IX). When no KIM matches them all, the
  // rows that match the most of them are marked, however many that is. Whether any matched.
  function matchMost(buf, toks) {
    const held = new Uint8Array(N), one = new Uint8Array(N);
    let most = 0;
    for (const t of toks) {
      if (!matchText(one, [[t]], null)) continue;
      // one[i] is a tier (matchText): each matching word counts once
      for (let i = 0; i < N; i++) if ((held[i] += one[i] ? 1 : 0) > most) most = held[i];
    }
    for (let i = 0; i < N; i++) buf[i] = most > 0 && held[i] === most ? 1 : 0;
    return most > 0;
  }

  // Marks in `buf` the rows that hold, for every token, one of its spellings (a word
  // beginning so in the name or a place, a keyword or a bidang label; a phrase whole);
  // only rows marked in `within`, if given. A row's mark is its tier: TIER_NAME when every
  // token is in its name or village, TIER_PLACE when some are only in its district, regency
  // or province, TIER_KATA when some are only in its keywords or bidang labels (the tester's
  // village search listed KIMs that merely mention the village first). Whether any row matched.
  function matchText(buf, spellings, within) {
    const needles = spellings.map((s) => s.flatMap(needlesOf));
    const kata = spellings.map((s) => s.map(kataRows));
    const labels = spellings.map((s) => s.reduce((m, t) => m | bidangMask(t), 0));
    const m = needles.length;
    let any = 0;
    for (let i = 0; i < N; i++) {
      if (within && !within[i]) { buf[i] = 0; continue; }
      const h = hay[i], end = villageEnd[i];
      let tier = TIER_NAME;
      for (let j = 0; j < m; j++) {
        // plain loops: this runs for every KIM on every keystroke
        const ks = kata[j], ns = needles[j];
        let at = -1;
        for (let a = 0; a < ns.length && (at === -1 || at >= end); a++) {
          const p = h.indexOf(ns[a]);
          if (p !== -1 && (at === -1 || p < at)) at = p;
        }
        if (at === -1) {
          let hit = (bid[i] & labels[j]) !== 0;
          for (let a = 0; !hit && a < ks.length; a++) hit = ks[a] !== null && ks[a][i] === 1;
          if (!hit) { tier = 0; break; }
          tier = TIER_KATA;
        } else if (at >= end && tier === TIER_NAME) tier = TIER_PLACE;
      }
      buf[i] = tier;
      any |= tier;
    }
    return any !== 0;
  }

  // The words of names and places (built on the first query that finds nothing).
  let vocabulary = null;
  function typosOf(tok) {
    // never a typo in a number ("Putra Aji 2" is not "Putra Aji 1"), nor in a phrase
    if (tok.length < 4 || isPhrase(tok) || /\d/.test(tok)) return [];
    if (!vocabulary) {
      const seen = new Set();
      for (let i = 0; i < N; i++) for (const w of hay[i].split(" ")) if (w.length >= 4) seen.add(w);
      vocabulary = [...seen];
    }
    if (vocabulary.some((w) => w.startsWith(tok)) || kataRows(tok) || bidangMask(tok)) return [];
    // "lampungtimur" (a joined form, `placeForms`) adds nothing to "lampung"
    const near = vocabulary.filter((w) => !/\d/.test(w) && nearPrefix(tok, w));
    return near.filter((w) => !near.some((u) => u !== w && w.startsWith(u)));
  }

  // ---- the pass: results and every facet count --------------------------------------
  function bitsOf(set, vocab) {
    let m = 0;
    for (const v of set) { const b = vocab.indexOf(v); if (b >= 0 && b < 32) m |= 1 << b; }
    return m >>> 0;
  }

  function addBits(arr, m) {
    while (m) {
      const low = m & -m;
      arr[31 - Math.clz32(low)]++;
      m = (m ^ low) >>> 0;
    }
  }

  function compute() {
    applyText();
    // -1: none chosen; -2: a region the index has no KIM in, which no row matches.
    const chosen = (lv, code) => (!code ? -1 : lv.id.has(code) ? lv.id.get(code) : -2);
    const selProv = chosen(prov, state.prov), selKab = chosen(kab, state.kab), selKec = chosen(kec, state.kec);
    const selB = bitsOf(state.bidang, vocabBidang);
    // With "every chosen bidang", another bidang narrows the results: only those that pass
    // count towards it (a KIM failing the bidang facet alone adds nothing).
    const allB = state.semua;
    const selM = bitsOf(state.mitra, vocabMitra);
    let selK = 0, selS = 0, selL = 0;
    for (const [v] of KEMITRAAN) if (state.kemitraan.has(v)) selK |= flag[v];
    for (const v of state.sk) selS |= 1 << Number(v);
    for (const [v] of LAIN) if (state.lain.has(v)) selL |= flag[v];

    const c = counts;
    c.prov.fill(0); c.kab.fill(0); c.kec.fill(0); c.bidang.fill(0); c.kemitraan.fill(0);
    c.mitra.fill(0); c.sk.fill(0); c.lain.fill(0);
    const order = state.urut === "baru" ? newestOrder() : orderName;
    // One pass in the chosen order; each tier of the text match (matchText) is kept apart
    // and the tiers follow one another.
    let n = 0, n2 = 0, n3 = 0;
    for (let j = 0; j < N; j++) {
      const i = order[j];
      if (!textOk[i]) continue;
      const f = flg[i];
      let fails = 0;
      if (selKec !== -1 ? kecOf[i] !== selKec : selKab !== -1 ? kabOf[i] !== selKab : selProv !== -1 && provOf[i] !== selProv) fails |= D_REGION;
      if (selB && (allB ? (bid[i] & selB) !== selB : !(bid[i] & selB))) fails |= D_BIDANG;
      if (selK && !(f & selK)) fails |= D_KEMITRAAN;
      if (selM && !(mit[i] & selM)) fails |= D_MITRA;
      if (selS && !((1 << skr[i]) & selS)) fails |= D_SK;
      if ((f & selL) !== selL) {
        if (selL & F_ACTIVE && !(f & F_ACTIVE)) fails |= D_AKTIF;
        if (selL & F_SECRETARIAT && !(f & F_SECRETARIAT)) fails |= D_SEKRETARIAT;
        if (selL & F_STALE && !(f & F_STALE)) fails |= D_USANG;
        if (selL & F_VERIFIED && !(f & F_VERIFIED)) fails |= D_VERIFIKASI;
      }
      if (fails === 0) {
        const tier = textOk[i];
        if (tier === TIER_NAME) results[n++] = i;
        else if (tier === TIER_PLACE) placed[n2++] = i;
        else mentioned[n3++] = i;
        c.prov[provOf[i]]++; c.kab[kabOf[i]]++; c.kec[kecOf[i]]++;
        addBits(c.bidang, bid[i]);
        if (f & F_SEEKS) c.kemitraan[0]++;
        if (f & F_OFFERS) c.kemitraan[1]++;
        addBits(c.mitra, mit[i]);
        c.sk[skr[i]]++;
        if (f & F_ACTIVE) c.lain[0]++;
        if (f & F_SECRETARIAT) c.lain[1]++;
        if (f & F_STALE) c.lain[2]++;
        if (f & F_VERIFIED) c.lain[3]++;
      } else if ((fails & (fails - 1)) === 0) {
        // Fails one facet only: it counts towards that facet's other values. (A KIM that
        // fails a yes/no status box lacks that status, so it adds nothing there.)
        if (fails === D_REGION) { c.prov[provOf[i]]++; c.kab[kabOf[i]]++; c.kec[kecOf[i]]++; }
        else if (fails === D_BIDANG) { if (!allB) addBits(c.bidang, bid[i]); }
        else if (fails === D_KEMITRAAN) { if (f & F_SEEKS) c.kemitraan[0]++; if (f & F_OFFERS) c.kemitraan[1]++; }
        else if (fails === D_MITRA) addBits(c.mitra, mit[i]);
        else if (fails === D_SK) c.sk[skr[i]]++;
      }
    }
    results.set(placed.subarray(0, n2), n);
    n += n2;
    mentionedAt = n && n3 ? n : -1;
    results.set(mentioned.subarray(0, n3), n);
    nResults = n + n3;
  }

  // ---- the controls -----------------------------------------------------------------
  const facetOpts = [];   // {group, index, input, wrap, n, last}

  function option(fieldset, group, value, index, text) {
    const wrap = document.createElement("div");
    wrap.className = "kim-opt";
    const input = document.createElement("input");
    input.type = "checkbox";
    input.id = "kim-f-" + group + "-" + value;
    input.name = group;
    input.value = value;
    input.checked = state[group].has(value);
    const label = document.createElement("label");
    label.htmlFor = input.id;
    const n = document.createElement("span");
    n.className = "kim-opt__n";
    const none = document.createElement("span");   // says why a box is disabled
    none.className = "kim-sr";
    label.append(String(text == null ? value : text), " ", n, none);
    wrap.append(input, label);
    fieldset.appendChild(wrap);
    facetOpts.push({ group, index, input, wrap, n, none, last: -1, zero: false });
  }

  function buildFacets() {
    const lb = V.bidang || {}, lm = V.jenis_mitra || {};
    vocabBidang.forEach((v, b) => option(el.bidang, "bidang", v, b, lb[v]));
    KEMITRAAN.forEach(([v, text], b) => option(el.kemitraan, "kemitraan", v, b, text));
    vocabMitra.forEach((v, b) => option(el.mitra, "mitra", v, b, lm[v]));
    SK_LABELS.forEach((text, rank) => option(el.sk, "sk", String(rank), rank, text));
    LAIN.forEach(([v, text], b) => option(el.lain, "lain", v, b, text));
  }

  function selectOption(sel, code, name) {
    const o = document.createElement("option");
    o.value = code;
    o.dataset.name = name;
    o.textContent = name;
    sel.appendChild(o);
    return o;
  }

  function resetSelect(sel) {
    while (sel.options.length > 1) sel.remove(1);
  }

  const regionOpts = { prov: [], kab: [], kec: [] };  // [id, option] pairs now in each select

  function fillProv() {
    resetSelect(el.prov);
    const ids = sortByName(prov.codes.map((_, id) => id), (p) => prov.names[p]);
    regionOpts.prov = ids.map((id) => [id, selectOption(el.prov, prov.codes[id], prov.names[id])]);
    el.prov.value = state.prov;
  }

  function fillKab() {
    resetSelect(el.kab);
    const p = state.prov ? prov.id.get(state.prov) : undefined;
    const ids = p === undefined ? [] : prov.kids[p];
    regionOpts.kab = ids.map((id) => [id, selectOption(el.kab, kab.codes[id], kab.names[id])]);
    el.kab.disabled = p === undefined;
    el.kab.value = state.kab;
  }

  function fillKec() {
    resetSelect(el.kec);
    const k = state.kab ? kab.id.get(state.kab) : undefined;
    const ids = k === undefined ? [] : kab.kids[k];
    // Until the names arrive a district shows its code.
    regionOpts.kec = ids.map((id) => [id, selectOption(el.kec, kec.codes[id], kec.names[id] || kec.codes[id])]);
    el.kec.disabled = k === undefined;
    el.kec.value = state.kec;
  }

  // A region code of the official list's shape is kept even when the index has no KIM
  // there (a partner's link to its working area): the answer is then none, said with the
  // region's name. Anything else is dropped. A deeper code fixes its parents.
  const REGION_CODE = { prov: /^\d\d$/, kab: /^\d\d\.\d\d$/, kec: /^\d\d\.\d\d\.\d\d$/ };
  function sanitize() {
    if (!REGION_CODE.kec.test(state.kec)) state.kec = "";
    if (state.kec) state.kab = state.kec.slice(0, 5);
    else if (!REGION_CODE.kab.test(state.kab)) state.kab = "";
    if (state.kab) state.prov = state.kab.slice(0, 2);
    else if (!REGION_CODE.prov.test(state.prov)) state.prov = "";
    const keep = (k, allowed) => { state[k] = new Set([...state[k]].filter((v) => allowed.includes(v))); };
    keep("bidang", vocabBidang);
    keep("kemitraan", KEMITRAAN.map((x) => x[0]));
    keep("mitra", vocabMitra);
    keep("sk", ["0", "1", "2", "3", "4"]);
    keep("lain", LAIN.map((x) => x[0]));
  }

  // On narrow screens the filters fold behind one button so results come first. The page
  // comes with the button and the panel closed, so nothing moves when this script starts;
  // the panel ends with "Tampilkan N KIM", which closes it and goes to the results.
  function setPanel(open) {
    el.filters.classList.toggle("kim-filters--closed", !open);
    el.toggle.setAttribute("aria-expanded", String(open));
  }

  function bindPanel() {
    el.toggle.addEventListener("click", () => setPanel(el.filters.classList.contains("kim-filters--closed")));
    el.apply.addEventListener("click", () => {
      setPanel(false);
      el.wrap.scrollIntoView({ block: "start" });
      el.count.focus({ preventScroll: true });
    });
  }

  function activeFilters() {
    return (state.prov ? 1 : 0) + state.bidang.size + state.kemitraan.size + state.mitra.size + state.sk.size + state.lain.size;
  }

  // ---- rendering --------------------------------------------------------------------
  const base = app.dataset.profileBase || "";
  const items = [];   // one <li> per KIM, built when first shown and kept
  const places = [];  // its place line, filled in again when the names arrive

  // Village, district, regency; the regency alone until the names arrive.
  function placeText(i) {
    const v = desaOf[i], d = kecOf[i];
    return [desa.names[v], kec.names[d], kab.names[kabOf[i]]].filter(Boolean).join(", ");
  }

  function badge(parent, text, kind) {
    const s = document.createElement("span");
    s.className = "kim-badge kim-badge--" + kind;
    s.textContent = text;
    parent.append(" ", s);
  }

  function item(i) {
    let li = items[i];
    if (li) return li;
    li = document.createElement("li");
    li.className = "kim-result";
    const head = document.createElement("p");
    head.className = "kim-result__head";
    const a = document.createElement("a");
    a.className = "kim-result__name";
    a.href = base + encodeURIComponent(slugOf(i)) + "/";
    a.textContent = nama[i];
    head.appendChild(a);
    if (flg[i] & F_SAMPLE) badge(head, T.contoh_label, "contoh");
    if (!(flg[i] & F_ACTIVE)) badge(head, (V.status && V.status["tidak-aktif"]) || "", "inactive");
    if (flg[i] & F_STALE) badge(head, T.stale, "stale");
    li.appendChild(head);
    const place = document.createElement("p");
    place.className = "kim-result__place";
    place.textContent = placeText(i);
    places[i] = place;
    li.appendChild(place);
    if (bid[i]) {
      const ul = document.createElement("ul");
      ul.className = "kim-result__bidang";
      const lb = V.bidang || {};
      vocabBidang.forEach((v, b) => {
        if (bid[i] & (1 << b)) {
          const tag = document.createElement("li");
          tag.textContent = lb[v] || v;
          ul.appendChild(tag);
        }
      });
      li.appendChild(ul);
    }
    items[i] = li;
    return li;
  }

  // Before the KIMs found through their keywords alone, a note says why they are listed.
  const tierNote = document.createElement("li");
  tierNote.className = "kim-tier";
  tierNote.textContent = T.results_mentioned || "";

  function appendItems(from, to) {
    const frag = document.createDocumentFragment();
    for (let k = from; k < to; k++) {
      if (k === mentionedAt) frag.appendChild(tierNote);
      frag.appendChild(item(results[k]));
    }
    el.results.appendChild(frag);
  }

  // A value that would give no result cannot be chosen (a chosen one can always be undone).
  function setCount(node, c) {
    if (node.last !== c) {
      node.n.textContent = "(" + fmt(c) + ")";
      node.last = c;
    }
    const zero = c === 0 && !node.input.checked;
    if (node.zero !== zero) {
      node.zero = zero;
      node.input.disabled = zero;
      node.none.textContent = zero ? " " + (T.facet_none || "") : "";
      node.wrap.classList.toggle("kim-opt--zero", zero);
    }
  }

  function renderRegion(pairs, arr, chosen) {
    for (const pair of pairs) {
      const c = arr[pair[0]];
      if (pair[2] !== c) {
        pair[1].textContent = pair[1].dataset.name + " (" + fmt(c) + ")";
        pair[1].disabled = c === 0 && pair[1].value !== chosen;
        pair[2] = c;
      }
    }
  }

  let firstPage = new Int32Array(0);   // the KIMs on the list right now, up to PAGE
  let pageNoteAt = -1;                 // and where its tier note was
  function samePage(n) {
    if (firstPage.length !== n || shown > n || pageNoteAt !== mentionedAt) return false;
    for (let k = 0; k < n; k++) if (firstPage[k] !== results[k]) return false;
    return true;
  }

  // The region chosen by the address that has no KIM, by its name where the index gives
  // one (a province or regency with KIMs), else its code beside its known parent's name.
  const noneText = el.noneHint.textContent;
  function emptyRegion() {
    const levels = [[kec, state.kec], [kab, state.kab], [prov, state.prov]];
    const missing = levels.findIndex(([lv, code]) => code && !lv.id.has(code));
    if (missing < 0) return "";
    const known = levels.slice(missing + 1).find(([lv, code]) => code && lv.id.has(code));
    const code = levels[missing][1];
    return known ? code + ", " + known[0].names[known[0].id.get(known[1])] : code;
  }

  // ---- a place without a KIM ----------------------------------------------------------
  // A search that finds no KIM but names a village, district or regency of the official list
  // says that the place may have no KIM yet, with the guide to forming one and the regency's
  // page, which names its coach: "check the spelling" misled a tester whose district has none.
  let placeAsked = "", placeShown = false;
  // Looks up `name` ("" for none) once; whether the note for its place is showing.
  function askPlace(name) {
    if (name !== placeAsked) {
      placeAsked = name;
      placeShown = false;
      el.noplace.hidden = true;
      if (!name) return false;
      const where = { starts: app.dataset.villageStarts, villages: app.dataset.villages, stem: withoutPrefixes,
        district: (text) => fill(T.district_name, { name: text }, String) };
      import("./directory-place.js")
        .then((m) => m.placesNamed(name, where))
        .then((found) => { if (placeAsked === name && found.place) showPlace(found); })
        .catch((err) => console.warn("Direktori KIM: the places could not be looked up.", err));
    }
    return placeShown;
  }

  function showPlace({ regencies, place }) {
    el.noplaceText.textContent = fill(T.results_noplace, { tempat: place }, String);
    const links = el.noplaceLinks;
    while (links.children.length > 1) links.lastChild.remove();
    for (const [code, text] of regencies) {
      const a = document.createElement("a");
      a.href = app.dataset.regions + code + "/";
      a.textContent = fill(T.results_noplace_coach, { wilayah: text }, String);
      const li = document.createElement("li");
      li.appendChild(a);
      links.appendChild(li);
    }
    placeShown = true;
    el.noplace.hidden = false;
    el.noneHint.hidden = true;
  }

  function render() {
    const c = counts;
    for (const o of facetOpts) {
      const v = o.group === "bidang" ? c.bidang[o.index]
        : o.group === "kemitraan" ? c.kemitraan[o.index]
        : o.group === "mitra" ? c.mitra[o.index]
        : o.group === "sk" ? c.sk[o.index] : c.lain[o.index];
      setCount(o, v);
    }
    renderRegion(regionOpts.prov, c.prov, state.prov);
    renderRegion(regionOpts.kab, c.kab, state.kab);
    renderRegion(regionOpts.kec, c.kec, state.kec);

    el.count.textContent = fill(T.results, { n: nResults }, fmt);
    el.apply.textContent = fill(T.show_n, { n: nResults }, fmt);
    // Which way the chosen bidang combine, in the panel and, once it matters, by the count.
    const mode = state.semua ? T.bidang_all_note : T.bidang_any_note;
    el.modeNote.textContent = mode;
    el.modeShown.textContent = mode;
    el.modeShown.hidden = state.bidang.size < 2;
    const n = Math.min(PAGE, nResults);
    if (!samePage(n)) {
      shown = n;
      firstPage = results.slice(0, n);
      pageNoteAt = mentionedAt;
      el.results.textContent = "";
      appendItems(0, shown);
    }
    el.more.hidden = shown >= nResults;
    el.empty.hidden = nResults > 0;
    const typos = nResults > 0 && textOk && textOk.typos && textOk.typos.length ? textOk.typos : null;
    const most = nResults > 0 && textOk && textOk.most;
    el.typo.hidden = !typos && !most;
    if (typos) el.typo.textContent = fill(T.results_typo, { words: typos.slice(0, 5).join(", ") }, String);
    else if (most) el.typo.textContent = T.results_most;
    // Words whose keyword file could not be fetched were looked for in names and places only
    const partial = (textTokens || []).some((t) => unread.has(shardKey(t)));
    el.partial.hidden = !partial;
    const empty = emptyRegion();
    // Whether the words name a place without a KIM: they alone find nothing (not the
    // filters), and the address chose no region that has none (said above instead).
    const named = nResults === 0 && !partial && !empty && textTokens.length > 0 && !textOk.some(Boolean);
    el.noneHint.hidden = askPlace(named ? withoutPrefixes(state.q) : "") || partial;
    el.noneHint.textContent = empty ? fill(T.region_empty, { wilayah: empty }, String) : noneText;
    el.results.removeAttribute("aria-busy");

    const active = activeFilters();
    const name = el.filters.getAttribute("aria-label") || "";
    el.toggle.textContent = active ? name + " (" + fmt(active) + ")" : name;
  }

  // The URL follows each change just after the frame that shows it: history.replaceState
  // is a round trip to the browser (median 5 ms, up to 40 ms on a slow CPU) that should not
  // delay the answer. Safari refuses more than 100 calls in 30 seconds, so past a budget of
  // 40 calls, refilled at 1.5 a second, the URL waits for a 300 ms pause. Leaving the page
  // writes it at once.
  let urlTimer = 0, urlFrame = false, urlBudget = 40, urlStamp = 0;
  function flushURL() {
    if (urlTimer) { clearTimeout(urlTimer); urlTimer = 0; }
    if (ready && writeURL()) urlBudget -= 1;
  }

  function scheduleURL() {
    const now = performance.now();
    urlBudget = Math.min(40, urlBudget + (now - urlStamp) * 0.0015);
    urlStamp = now;
    if (urlTimer) { clearTimeout(urlTimer); urlTimer = 0; }
    if (urlBudget >= 1) {
      if (!urlFrame) {
        urlFrame = true;
        requestAnimationFrame(() => { urlFrame = false; if (!urlTimer) urlTimer = setTimeout(flushURL, 0); });
      }
    } else urlTimer = setTimeout(flushURL, 300);
  }

  // ---- answering a change -------------------------------------------------------------
  // Every change bumps `generation`. One that waits for a file answers only if no later
  // change came meanwhile: that one answers instead, and only its event is measured.
  let generation = 0, firstShown = false;
  // Whether the first answer is told: it is when the reader typed the query while the index
  // loaded, not when it came from a shared link (found by the tester).
  let sayFirst = false;

  function update(ev) {
    // A count still waiting would be said for a query the reader has moved past, while this
    // change waits for its keyword files (heard on a slow connection by the tester).
    if (ev) announce(null);
    if (!ready) return;
    const mine = ++generation;
    for (const key of unread) shards.delete(key);   // fetched again, once for each change
    // The place names come first: they tell which words are a phrase, and so which
    // keyword files the query needs.
    const step = () => {
      if (mine !== generation) return;
      const wait = missing(state.q);
      if (!wait.length) {
        answer(ev);
        return;
      }
      app.dataset.busy = "1";
      el.results.setAttribute("aria-busy", "true");
      // A file that failed leaves its part of the search empty; the answer still comes.
      Promise.all(wait)
        .catch((err) => console.error("Direktori KIM: a search file failed.", err))
        .then(step);
    };
    step();
  }

  function answer(ev) {
    compute();
    render();
    // A change the reader made is told to screen readers with what qualifies its count.
    if (ev || sayFirst) {
      announce([el.count, el.typo, el.partial].filter((n) => !n.hidden).map((n) => n.textContent).join(" "),
        Boolean(ev) && ev.type === "input");
    }
    sayFirst = false;
    delete app.dataset.busy;
    if (ev) {
      try {
        performance.measure("kim:update", { start: ev.timeStamp, end: performance.now() });
      } catch (e) { /* a browser without User Timing Level 3: nothing to measure */ }
    }
    if (!firstShown) {
      firstShown = true;
      app.dataset.state = "ready";
      if (performance.mark) performance.mark("kim:first-results");
      // The place names come once the first results are painted, not before.
      requestAnimationFrame(() => setTimeout(loadNames, 0));
    }
    scheduleURL();
  }

  function namesArrived() {
    places.forEach((p, i) => { p.textContent = placeText(i); });
    if (state.kab && counts) {
      fillKec();
      renderRegion(regionOpts.kec, counts.kec, state.kec);
    }
  }

  function syncControls() {
    el.q.value = state.q;
    el.sort.value = state.urut;
    fillProv();
    fillKab();
    fillKec();
    for (const o of facetOpts) o.input.checked = state[o.group].has(o.input.value);
    for (const r of el.modes) r.checked = (r.value === "semua") === state.semua;
  }

  // ---- events -----------------------------------------------------------------------
  window.addEventListener("pagehide", flushURL);
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") flushURL(); });
  el.q.addEventListener("input", (ev) => { state.q = el.q.value; update(ev); });
  el.form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    state.q = el.q.value;
    update(ev);
    // On a phone, "Go" should put the keyboard away and show the results.
    if (window.matchMedia && window.matchMedia("(pointer: coarse)").matches) el.q.blur();
  });
  el.sort.addEventListener("change", (ev) => { state.urut = el.sort.value === "baru" ? "baru" : "nama"; update(ev); });
  el.prov.addEventListener("change", (ev) => {
    state.prov = el.prov.value; state.kab = ""; state.kec = "";
    fillKab(); fillKec(); update(ev);
  });
  el.kab.addEventListener("change", (ev) => {
    state.kab = el.kab.value; state.kec = "";
    fillKec(); update(ev);
  });
  el.kec.addEventListener("change", (ev) => { state.kec = el.kec.value; update(ev); });
  el.filters.addEventListener("change", (ev) => {
    const t = ev.target;
    if (t instanceof HTMLInputElement && t.type === "radio" && t.name === "bidang_cocok") {
      state.semua = t.value === "semua";
      update(ev);
      return;
    }
    if (!(t instanceof HTMLInputElement) || t.type !== "checkbox" || !state[t.name]) return;
    if (t.checked) state[t.name].add(t.value); else state[t.name].delete(t.value);
    update(ev);
  });
  el.clear.addEventListener("click", (ev) => {
    const urut = state.urut;
    state.q = ""; state.prov = ""; state.kab = ""; state.kec = "";
    for (const k of ["bidang", "kemitraan", "mitra", "sk", "lain"]) state[k].clear();
    state.semua = false;
    state.sebagian = false;
    state.urut = urut;
    syncControls();
    update(ev);
  });
  el.emptyClear.addEventListener("click", () => {
    el.clear.click();
    el.q.focus();
  });
  el.more.addEventListener("click", () => {
    const from = shown;
    shown = Math.min(shown + PAGE, nResults);
    appendItems(from, shown);
    el.more.hidden = shown >= nResults;
    // Keyboard and screen reader users continue at the first new result.
    const link = item(results[from]).querySelector("a");
    if (link) link.focus();
  });

  // ---- start ------------------------------------------------------------------------
  readURL();
  const linkedQuery = state.q;
  // A module runs late on a slow phone: what the reader typed into the box by then wins over
  // the address's query, which follows it with the first results (found by the tester).
  if (el.q.value) state.q = el.q.value;
  else el.q.value = state.q;
  el.sort.value = state.urut;

  const indexURL = new URL(app.dataset.index, location.href).href;
  fetchJSON(indexURL)
    .then(async (data) => {
      // Reading the index, sorting the names (in slices) and the first results are tasks of
      // their own: one long task would hold up a tap on a slow phone.
      load(data, indexURL);
      await sortNames();
      await nextTask();
      state.q = el.q.value;   // whatever was typed while the index loaded
      sayFirst = state.q !== linkedQuery;
      sanitize();
      buildFacets();
      bindPanel();
      syncControls();
      ready = true;
      update(null);
    })
    .catch((err) => {
      // Without the index, fall back to the plain lists below, as without JavaScript. The
      // reader typing in the search hid with it was left on the page's body, told nothing
      // (found by a tester with a screen reader): focus takes the note there, which is read,
      // and else the note is announced.
      const wasIn = app.contains(document.activeElement);
      app.hidden = true;
      if (el.fallback) {
        el.fallback.hidden = false;
        if (wasIn) el.fallback.focus();
        else announce(el.fallback.textContent.trim());
      }
      console.error("Direktori KIM: the search index could not be loaded.", err);
    });
})();
