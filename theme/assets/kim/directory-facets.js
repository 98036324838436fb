// The directory's results and facet counts (directory.js), in one pass over the index's typed
// arrays: a KIM that passes every filter counts for every facet, one that fails exactly one
// facet counts only for that facet (disjunctive counts), any other is skipped.
import { newestOrder } from "./directory-index.js";
import { TIER_NAME, TIER_PLACE } from "./directory-search.js";
import { KEMITRAAN_KEYS, LAIN_KEYS } from "./directory-url.js";

// Facet dimensions, one bit each in a KIM's "fails" mask.
const D_REGION = 1, D_BIDANG = 2, D_KEMITRAAN = 4, D_MITRA = 8, D_SK = 16;
const D_AKTIF = 32, D_SEKRETARIAT = 64, D_USANG = 128, D_VERIFIKASI = 256;

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

// The pass over the index `ix`. `run(state, ok)` (`ok`: each row's tier of the text match,
// 0 for none) fills `results` (its first `n`, the chosen order; those found through keywords
// alone from `mentionedAt`, -1 when no result of a higher tier comes before them) and
// `counts`, per facet value.
export function facetPass(ix) {
  const { N, prov, kab, kec } = ix;
  const out = {
    results: new Int32Array(N), n: 0, mentionedAt: -1,
    counts: {
      prov: new Int32Array(prov.codes.length), kab: new Int32Array(kab.codes.length),
      kec: new Int32Array(kec.codes.length), bidang: new Int32Array(32), kemitraan: new Int32Array(2),
      mitra: new Int32Array(32), sk: new Int32Array(5), lain: new Int32Array(4),
    },
  };
  // the results of the lower tiers while a pass collects them
  const placed = new Int32Array(N), mentioned = new Int32Array(N);

  out.run = (state, ok) => {
    const sel = chosen(ix, state);
    const { results, counts: c } = out;
    for (const counts of Object.values(c)) counts.fill(0);
    const order = state.urut === "baru" ? newestOrder(ix) : ix.orderName;
    const { provOf, kabOf, kecOf, bid, mit, flg, skr, F } = ix;
    // One pass in the chosen order; each tier of the text match (matchText) is kept apart
    // and the tiers follow one another.
    let n = 0, n2 = 0, n3 = 0;
    for (let j = 0; j < N; j++) {
      const i = order[j];
      if (!ok[i]) continue;
      const f = flg[i];
      const fails = failsOf(ix, sel, i);
      if (fails === 0) {
        const tier = ok[i];
        if (tier === TIER_NAME) results[n++] = i;
        else if (tier === TIER_PLACE) placed[n2++] = i;
        else mentioned[n3++] = i;
        c.prov[provOf[i]]++; c.kab[kabOf[i]]++; c.kec[kecOf[i]]++;
        addBits(c.bidang, bid[i]);
        if (f & F.SEEKS) c.kemitraan[0]++;
        if (f & F.OFFERS) c.kemitraan[1]++;
        addBits(c.mitra, mit[i]);
        c.sk[skr[i]]++;
        if (f & F.ACTIVE) c.lain[0]++;
        if (f & F.SECRETARIAT) c.lain[1]++;
        if (f & F.STALE) c.lain[2]++;
        if (f & F.VERIFIED) c.lain[3]++;
      } else if ((fails & (fails - 1)) === 0) {
        // Fails one facet only: it counts towards that facet's other values. (A KIM that
        // fails a yes/no status box lacks that status, so it adds nothing there.)
        if (fails === D_REGION) { c.prov[provOf[i]]++; c.kab[kabOf[i]]++; c.kec[kecOf[i]]++; }
        else if (fails === D_BIDANG) { if (!sel.allB) addBits(c.bidang, bid[i]); }
        else if (fails === D_KEMITRAAN) { if (f & F.SEEKS) c.kemitraan[0]++; if (f & F.OFFERS) c.kemitraan[1]++; }
        else if (fails === D_MITRA) addBits(c.mitra, mit[i]);
        else if (fails === D_SK) c.sk[skr[i]]++;
      }
    }
    results.set(placed.subarray(0, n2), n);
    n += n2;
    out.mentionedAt = n && n3 ? n : -1;
    results.set(mentioned.subarray(0, n3), n);
    out.n = n + n3;
  };
  return out;
}

// What the state chooses, as ids and bits of the index.
function chosen(ix, state) {
  // -1: none chosen; -2: a region the index has no KIM in, which no row matches.
  const id = (lv, code) => (!code ? -1 : lv.id.has(code) ? lv.id.get(code) : -2);
  let K = 0, S = 0, L = 0;
  for (const v of KEMITRAAN_KEYS) if (state.kemitraan.has(v)) K |= ix.flag[v];
  for (const v of state.sk) S |= 1 << Number(v);
  for (const v of LAIN_KEYS) if (state.lain.has(v)) L |= ix.flag[v];
  return {
    prov: id(ix.prov, state.prov), kab: id(ix.kab, state.kab), kec: id(ix.kec, state.kec),
    B: bitsOf(state.bidang, ix.vocabBidang),
    // With "every chosen bidang", another bidang narrows the results: only those that pass
    // count towards it (a KIM failing the bidang facet alone adds nothing).
    allB: state.semua,
    M: bitsOf(state.mitra, ix.vocabMitra), K, S, L,
  };
}

// The facets row `i` fails, one bit each.
function failsOf(ix, sel, i) {
  const { F } = ix, f = ix.flg[i], b = ix.bid[i];
  let fails = 0;
  if (sel.kec !== -1 ? ix.kecOf[i] !== sel.kec : sel.kab !== -1 ? ix.kabOf[i] !== sel.kab : sel.prov !== -1 && ix.provOf[i] !== sel.prov) fails |= D_REGION;
  if (sel.B && (sel.allB ? (b & sel.B) !== sel.B : !(b & sel.B))) fails |= D_BIDANG;
  if (sel.K && !(f & sel.K)) fails |= D_KEMITRAAN;
  if (sel.M && !(ix.mit[i] & sel.M)) fails |= D_MITRA;
  if (sel.S && !((1 << ix.skr[i]) & sel.S)) fails |= D_SK;
  const L = sel.L;
  if ((f & L) !== L) {
    if (L & F.ACTIVE && !(f & F.ACTIVE)) fails |= D_AKTIF;
    if (L & F.SECRETARIAT && !(f & F.SECRETARIAT)) fails |= D_SEKRETARIAT;
    if (L & F.STALE && !(f & F.STALE)) fails |= D_USANG;
    if (L & F.VERIFIED && !(f & F.VERIFIED)) fails |= D_VERIFIKASI;
  }
  return fails;
}
