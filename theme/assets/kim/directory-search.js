// The directory's text search (directory.js). A query word matches a KIM when a word of its
// name, its place names, its keywords or the labels of its bidang begins with it. One letter
// alone only looks at names and labels: it would need every shard. A phrase (a region name,
// `buildPhrases` in directory-index.js) matches whole words in a row of the name or of one
// place name.
import { nearPrefix, needles as needlesOf, queryTerms, words } from "./util.js";
import { isPhrase, loadNames, loadShard, shardKey } from "./directory-index.js";

// How a row matched the query words (matchText).
export const TIER_NAME = 1, TIER_PLACE = 2;
const TIER_KATA = 3;

// The last few queries keep their matches, so backspacing and retyping cost nothing.
// The buffers are recycled, least recently used first.
const CACHED_QUERIES = 12;
const KATA_CACHED = 48;

// The search over the index `ix`; `villagePrefix` is VILLAGE_PREFIX of
// generator/site/textfold.py, `where` the addresses of the village files (directory-place.js).
// `ok` holds each row's tier for the query last applied (0: no match), with the words read as
// typos (`typos`) or whether it lists the rows matching the most words (`most`); `tokens` its
// tokens.
export function searcher(ix, villagePrefix, where) {
  const { N } = ix;
  const s = { ok: new Uint8Array(N).fill(1), tokens: [], key: "" };
  const textCache = new Map([["", s.ok]]);   // token key -> Uint8Array(N)
  const kataCache = new Map();   // token -> Uint8Array(N) | null
  let vocabulary = null;   // the words of names and places (built on the first query that finds nothing)
  let known = null;        // the same words, to look one up (`apart`)

  // What people write before a village's name ("desa", "kel.", "desa adat", as the
  // contribution form's village search reads it): places are named without it, so a query
  // drops it (the words of it at its start, any one word of it elsewhere), unless it is all
  // the query holds.
  const VILLAGE_PREFIX = new RegExp(villagePrefix);
  function withoutPrefixes(q) {
    const ws = words(q);
    const kept = words(ws.join(" ").replace(VILLAGE_PREFIX, "")).filter((w) => !VILLAGE_PREFIX.test(w + " x"));
    return (kept.length ? kept : ws).join(" ");
  }

  // A query that begins with an official village's whole name, its word included ("negeri
  // ngarip", "kampung gelgel"), is searched whole: without the word it named the neighbour
  // Ngarip or Gelgel, another village, whose KIMs were listed as if they were its own, as `kim
  // new` never reads it. Whether it does is asked once per query (`missing`); until the village
  // file says, the query is read without its word (`refining`).
  const wholeNames = new Map();   // a query's words -> true, false, or the promise of it
  function queryText(q) {
    const ws = words(q).join(" ");
    return wholeNames.get(ws) === true ? ws : withoutPrefixes(q);
  }
  function wholeName(q) {
    const ws = words(q).join(" ");
    if (!wholeNames.has(ws) && VILLAGE_PREFIX.test(ws)) {
      wholeNames.set(ws, import("./directory-place.js").then((m) => m.beginsVillage(ws, where, VILLAGE_PREFIX))
        .catch(() => false).then((yes) => wholeNames.set(ws, yes)));
    }
    return wholeNames.get(ws);
  }

  // A query that names an official place is not read as a typo of another name: "way panji", a
  // district without a KIM, was "corrected" to "banjit", another regency's village, and the
  // place went unnamed. Whether it does is asked once per query read as a typo (`refining`).
  const placeNames = new Map();   // a query's text -> true, false, or the promise of it
  function namedPlace(text) {
    if (!placeNames.has(text)) {
      const asking = { ...where, stem: withoutPrefixes, district: (code, name) => name };
      placeNames.set(text, import("./directory-place.js").then((m) => m.placesNamed(text, asking))
        .then((found) => Boolean(found.place), () => false).then((yes) => placeNames.set(text, yes)));
    }
    const asked = placeNames.get(text);
    return asked instanceof Promise ? asked.then(() => placeNames.get(text) === true) : null;
  }

  // The promise of whether the query, answered without its village word or read as a typo, is
  // to be answered again (read whole, or as the place it names); null when that is known
  // already, or the query has no village word and was not read as a typo.
  function refining(q) {
    const asked = wholeName(q);
    if (asked instanceof Promise) return asked.then(() => wholeNames.get(words(q).join(" ")) === true);
    return s.ok.typos && s.ok.typos.length ? namedPlace(queryText(q)) : null;
  }

  function tokenize(q) {
    const ws = [...new Set(queryTerms(queryText(q), ix.phrases))];
    // A token that begins another one adds nothing; the longest tokens fail fastest.
    return ws.filter((w) => !ws.some((u) => u !== w && u.startsWith(w))).sort((a, b) => b.length - a.length);
  }

  // What a query still waits for: the place names (which tell its phrases), then a shard
  // for each word. The newest order waits for the names file too: it holds the ages. Not the
  // village file of a query's village word (two requests, one after the other, on a slow
  // connection): it is asked for here, beside the shards, and the answer refined (`refining`).
  function missing(q, urut, namesArrived) {
    const wait = [];
    const text = words(q).length > 0;
    if (!ix.namesLoaded && (text || urut === "baru")) return [loadNames(ix, namesArrived)];
    if (!text) return wait;
    wholeName(q);
    for (const t of tokenize(q)) {
      const key = shardKey(ix, t);
      const shard = key && ix.shards.get(key);
      if (key && (shard === undefined || shard instanceof Promise)) wait.push(loadShard(ix, key));
    }
    return wait;
  }

  // The bits of the bidang whose labels have a word beginning with a token.
  function bidangMask(tok) {
    if (isPhrase(tok)) return 0;
    let m = 0;
    ix.bidangWords.forEach((w, b) => { if (b < 32 && w.includes(" " + tok)) m |= 1 << b; });
    return m >>> 0;
  }

  // The rows whose keywords begin with a token, or null when none do.
  function kataRows(tok) {
    const key = shardKey(ix, tok);
    if (!key) return null;
    let marks = kataCache.get(tok);
    if (marks !== undefined) return marks;
    marks = null;
    const shard = ix.shards.get(key) || {};
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

  // A longer word matches a subset, unless it is the one that starts using keywords.
  const narrows = (t, u) => u.startsWith(t) && (t.length >= ix.MIN_KATA || u.length < ix.MIN_KATA);

  // The query `q` applied: `s.ok` its rows; `sebagian`: cocok=sebagian (matchMost).
  function apply(q, sebagian) {
    const toks = tokenize(q);
    const place = placeNames.get(queryText(q)) === true;
    const key = (sebagian ? "~" : "") + (place ? "=" : "") + toks.join(" ");
    if (key === s.key) return;
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
      const refine = s.tokens.every((t) => toks.some((u) => narrows(t, u)));
      buf.typos = [];
      buf.most = false;
      if (!toks.length) {
        buf.fill(1);
      } else if (!matchText(buf, toks.map((t) => [t]), refine ? s.ok : null)) {
        if (!place) buf.typos = matchTypos(buf, toks, q);
        if (!buf.typos.length && sebagian && toks.length > 1) buf.most = matchMost(buf, toks);
      }
    }
    textCache.set(key, buf);
    s.ok = buf;
    s.key = key;
    s.tokens = toks;
  }

  // When nothing matched at all: each word that no name or place holds is read as the words
  // it is a typo of. A word with one such reading takes its place in the query, which is
  // read again, so that "lampug timur" is the regency's phrase as "lampung timur" is; a word
  // with more matches any of them. The words read (kept with the buffer, for the note beside
  // the results), or none when even they match nothing: no note then promises results.
  function matchTypos(buf, toks, q) {
    const near = new Map(toks.map((t) => [t, typosOf(t)]));
    const used = [...near.values()].flat();
    if (!used.length) return [];
    const one = (w) => (near.has(w) && near.get(w).length === 1 ? near.get(w)[0] : w);
    const read = tokenize(words(queryText(q)).map(one).join(" "));
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
    const needles = spellings.map((sp) => sp.flatMap(needlesOf));
    const kata = spellings.map((sp) => sp.map(kataRows));
    const labels = spellings.map((sp) => sp.reduce((m, t) => m | bidangMask(t), 0));
    const { hay, villageEnd, bid } = ix;
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

  function typosOf(tok) {
    // never a typo in a number ("Putra Aji 2" is not "Putra Aji 1"), nor in a phrase
    if (tok.length < 4 || isPhrase(tok) || /\d/.test(tok)) return [];
    if (!vocabulary) {
      const seen = new Set();
      for (let i = 0; i < N; i++) for (const w of ix.hay[i].split(" ")) if (w.length >= 4) seen.add(w);
      vocabulary = [...seen];
      known = seen;
    }
    if (vocabulary.some((w) => w.startsWith(tok)) || kataRows(tok) || bidangMask(tok)) return [];
    // "lampungtimur" (a joined form, `placeForms`) adds nothing to "lampung"
    const near = vocabulary.filter((w) => !/\d/.test(w) && nearPrefix(tok, w));
    const typos = near.filter((w) => !near.some((u) => u !== w && w.startsWith(u)));
    return typos.length ? typos : apart(tok);
  }

  // A word run together from two whole words of names and places, read as both: a hand-typed
  // address (/kim/bagelenwiyata/, notfound.js) or query. A KIM's name has no joined form in
  // the index (`placeForms`), which would grow it by every name.
  function apart(tok) {
    const found = [];
    for (let k = 4; k <= tok.length - 4; k++) {
      if (known.has(tok.slice(0, k)) && known.has(tok.slice(k))) found.push(tok.slice(0, k) + " " + tok.slice(k));
    }
    return found;
  }

  // Whether a token's keyword file could not be fetched: it was looked for in names and
  // places only.
  const unread = (t) => ix.unread.has(shardKey(ix, t));

  return Object.assign(s, { apply, missing, refining, unread, withoutPrefixes, queryText });
}
