// A province's page (/kemitraan/<province>/) holds the open items of the province (of a
// province with many, the newest of each regency, with a link to the regency's page, which
// holds all of them and is filtered alike) and the newest programmes of partners working
// there. With filters in its address
// (?mitra=dinas, as the pages per partner type link), it shows only the cards the board
// would show for them: the items (`data-arah`, `data-mitra`, `data-bidang`, `data-kab`)
// and the programmes (`programmeMatches`), each with its words; as on the board, a query
// naming a regency or a district of the page searches it as a phrase in the place names,
// "kec. <name>" the district alone, and "jatim" or "provinsi bali" the province.
import { addProvinces, byId, fetchJSON, fill, regionPhrases, words } from "./util.js";
import { fmt } from "./kemitraan-cards.js";
import { areaPlaces, fold, hasTerms, itemPlaces, programmeMatches, searchTerms, split } from "./kemitraan-filter.js";
import { DIMS, readQuery } from "./kemitraan-url.js";

// Hide a section (and its line in the page's contents) when none of its cards is shown
// and it links no page holding more of them (a regency's page).
function hideIfEmpty(section) {
  const empty = !section.querySelector("li.kem-card:not([hidden]), a.kem-all");
  section.hidden = empty;
  const id = section.getAttribute("aria-labelledby");
  const link = id && document.querySelector('.kem-toc a[href="#' + id + '"]');
  if (link && link.parentElement) link.parentElement.hidden = empty;
}

// A card's names for `placeText`, as the page gives them (`data-tempat`): a KIM's name,
// village, district and regency, or the names of a programme's work area.
const cardPlaces = (li) => (li.dataset.tempat || "").split("|").filter(Boolean);

// The provinces' names and short forms (kemitraan/provinsi.json, `addProvinces`), fetched only
// for a search: without them, a search reads no province.
export function provincePage(container) {
  const state = readQuery();
  const searched = words(state.q).length > 0;
  if (!DIMS.some((d) => state[d]) && !searched) return;
  const provinces = searched ? fetchJSON(container.dataset.provinces).catch(() => ({})) : Promise.resolve({});
  provinces.then((data) => show(container, state, data));
}

function show(container, state, provinces) {
  const cards = Array.from(container.querySelectorAll("li.kem-card"));
  const places = new Map(cards.map((li) => [li, cardPlaces(li)]));
  // The regencies' and districts' names (a card's place line without its village).
  const named = Array.from(places.values());
  const column = (k) => [...new Set(named.map((names) => names[k]).filter(Boolean))];
  const phrases = regionPhrases(column(3), column(2));
  const provinceName = new Map(addProvinces(phrases, provinces).values());
  Object.assign(state, searchTerms(state.q, phrases));
  state.prov = ""; // every card of the page is in its province
  const placesOf = (li) => itemPlaces([...places.get(li), provinceName.get(li.dataset.kab.slice(0, 2)) || ""]);
  // a regency's page holds the cards this page leaves out: it opens filtered alike
  for (const a of container.querySelectorAll("a.kem-all")) a.search = location.search;
  let shown = 0;
  for (const li of cards) {
    const ok = DIMS.every((d) => !state[d] || split(li.dataset[d]).includes(state[d]))
      && hasTerms(fold(li.textContent), placesOf(li), state.terms);
    li.hidden = !ok;
    if (ok) shown += 1;
  }
  for (const section of container.querySelectorAll("section.kem-regency")) hideIfEmpty(section);
  for (const li of document.querySelectorAll(".kem-programmes li.kem-card--program")) {
    const areas = split(li.dataset.wilayah);
    const p = { jenis: li.dataset.mitra, bidang: split(li.dataset.bidang), areas,
      text: fold(li.textContent), places: areaPlaces(areas, cardPlaces(li), (c) => provinceName.get(c)) };
    li.hidden = !programmeMatches(p, state);
  }
  for (const section of document.querySelectorAll("section.kem-programmes")) hideIfEmpty(section);
  const note = byId("kem-filtered");
  if (note) {
    note.querySelector("span").textContent = fill(note.dataset.template, { shown, total: cards.length }, fmt);
    note.hidden = false;
  }
}
