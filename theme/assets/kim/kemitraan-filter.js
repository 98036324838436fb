// What the board's filters keep: shared by the board (over kemitraan/indeks.json and
// kemitraan/program.json) and the pages per province (over the cards in their HTML), so
// that both show the same for the same address.
import { fold as foldMarks } from "./util.js";

export const fold = (s) => foldMarks(s).replace(/\s+/g, " ");
export const words = (s) => fold(s).split(" ").filter(Boolean);
export const split = (s) => (s || "").split(" ").filter(Boolean);
export const hasBit = (mask, bit) => Math.floor(mask / 2 ** bit) % 2 === 1;

// The [value, label] pairs of `vocab` whose bits are set in `mask` (the index's masks over
// the partner types and bidang).
export function labelsOf(mask, vocab) {
  const out = [];
  vocab.forEach((pair, bit) => { if (hasBit(mask, bit)) out.push(pair); });
  return out;
}

// Whether every search word is in `text` (folded).
export const hasWords = (text, terms) => terms.every((w) => text.includes(w));

// A work area (codes; none for the whole country) holds the province or regency `code`
// or lies within it: `in_region` in generator/site/sections/kemitraan/programmes.py.
export const inRegion = (areas, code) => !areas.length || areas.some((a) => a.startsWith(code) || code.startsWith(a));

// Whether a partner's programme passes the filters `state` ({terms, arah, mitra, bidang,
// prov, kab}): none does when a direction is chosen (a programme is neither a request nor
// an offer); else its partner is of the chosen type, it works in the chosen bidang and
// in the chosen province and regency, and it holds every word. `p`: {jenis, bidang,
// areas, text (folded)}.
export function programmeMatches(p, state) {
  return !state.arah && (!state.mitra || p.jenis === state.mitra)
    && (!state.bidang || p.bidang.includes(state.bidang))
    && (!state.prov || inRegion(p.areas, state.prov)) && (!state.kab || inRegion(p.areas, state.kab))
    && hasWords(p.text, state.terms);
}

// The bit of `value` in a vocabulary's masks, or -1.
export const bitIndex = (vocab, value) => vocab.findIndex((p) => p[0] === value);
