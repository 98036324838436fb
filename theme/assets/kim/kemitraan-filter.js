// What the board's filters keep: shared by the board (over kemitraan/indeks.json and
// kemitraan/program.json) and the pages per province (over the cards in their HTML), so
// that both show the same for the same address.
import { DISTRICT, fold as foldMarks, modern, needles, placeForms, PROVINCE, queryTerms } from "./util.js";

// Folded text in today's spelling, as util.js's `words` reads a query.
export const fold = (s) => modern(foldMarks(s)).replace(/\s+/g, " ");
export const split = (s) => (s || "").split(" ").filter(Boolean);
export const hasBit = (mask, bit) => Math.floor(mask / 2 ** bit) % 2 === 1;

// The [value, label] pairs of `vocab` whose bits are set in `mask` (the index's masks over
// the partner types and bidang).
export function labelsOf(mask, vocab) {
  const out = [];
  vocab.forEach((pair, bit) => { if (hasBit(mask, bit)) out.push(pair); });
  return out;
}

// Place names for `hasTerms`: one space before and after every word and "|" between the
// names and their forms (`placeForms`: "suka maju | sukamaju"), so a phrase matches whole
// words of one name, and `marks[i]` (DISTRICT, PROVINCE) before each form of `names[i]`, so
// that "kec. X" finds X as the district alone and "jatim" the province (the hay of
// directory-index.js).
export const placeText = (names, marks = []) => " " + names.flatMap((n, i) => placeForms(n)
  .map((f) => (marks[i] || "") + f)).join(" | ") + " ";

// A KIM's item's `placeText`: its names end with its district's, regency's and province's
// (on the board after its KIM's, on a province's page after its KIM's and village's), the
// district and the province marked.
const TAIL = [DISTRICT, "", PROVINCE];
export const itemPlaces = (names) => placeText(names, names.map((_, i) => TAIL[i - names.length + TAIL.length]));

// A partner's programme's `placeText`: the names of its work area (`names`, of the codes
// `areas`), and the province of each (`provinceName(code)`), as a KIM's places end with its
// province's: "jatim" finds a programme working in Jawa Timur or in Surabaya.
export function areaPlaces(areas, names, provinceName) {
  const provinces = [...new Set(areas.map((a) => provinceName(a.slice(0, 2))).filter(Boolean))];
  return placeText(names.concat(provinces), names.map(() => "").concat(provinces.map(() => PROVINCE)));
}

// Whether an item holds every search term: a word anywhere in `text` (folded) or beginning
// a form of a place name, a phrase as whole words of one of its `places` (`placeText`: its
// KIM's name and its place names; `needles` in util.js).
export const hasTerms = (text, places, terms) => terms.every((t) => (!t.includes(" ") && text.includes(t))
  || needles(t).some((n) => places.includes(n)));

// A work area (codes; none for the whole country) holds the province or regency `code`
// or lies within it: `in_region` in generator/site/sections/kemitraan/programmes.py.
export const inRegion = (areas, code) => !areas.length || areas.some((a) => a.startsWith(code) || code.startsWith(a));

// A query's terms (`queryTerms`), and those of them naming no place (`unplaced`): a
// programme working all over Indonesia works in every place a query names, as the province
// and regency filters keep it (`inRegion`), so it holds the other terms alone. A term of
// several words is a place (a region's name, or one after its level: `queryTerms`), as is a
// word naming a regency, district or province.
export function searchTerms(q, phrases) {
  const terms = queryTerms(q, phrases);
  const place = (t) => t.includes(" ") || phrases.joined.has(t) || phrases.provinceNames.has(t);
  return { terms, unplaced: terms.filter((t) => !place(t)) };
}

// Whether a partner's programme passes the filters `state` ({terms, unplaced, mitra,
// bidang, prov, kab}): its partner is of the chosen type, it works in the chosen bidang and
// in the chosen province and regency, and it holds every term (`hasTerms`; a phrase in the
// names of its work area; of a nationwide one, every term naming no place). The kind of
// item (`arah`, a KIM's request or offer) leaves programmes alone, as the page's note on
// them says: a partner choosing requests still sees the programmes beside them. `p`: {jenis, bidang, areas, text (folded), places (`placeText`)}.
export function programmeMatches(p, state) {
  return (!state.mitra || p.jenis === state.mitra)
    && (!state.bidang || p.bidang.includes(state.bidang))
    && (!state.prov || inRegion(p.areas, state.prov)) && (!state.kab || inRegion(p.areas, state.kab))
    && hasTerms(p.text, p.places, p.areas.length ? state.terms : state.unplaced);
}

// The bit of `value` in a vocabulary's masks, or -1.
export const bitIndex = (vocab, value) => vocab.findIndex((p) => p[0] === value);
