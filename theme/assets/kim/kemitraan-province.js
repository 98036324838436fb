// A province's page (/kemitraan/<province>/) holds every open item of the province and
// the newest programmes of partners working there. With filters in its address
// (?mitra=dinas, as the pages per partner type link), it shows only the cards the board
// would show for them: the items (`data-arah`, `data-mitra`, `data-bidang`, `data-kab`)
// and the programmes (`programmeMatches`), each with its words.
import { byId } from "./util.js";
import { fmt } from "./kemitraan-cards.js";
import { fold, hasWords, programmeMatches, split, words } from "./kemitraan-filter.js";
import { DIMS, readQuery } from "./kemitraan-url.js";

// Hide a section (and its line in the page's contents) when none of its cards is shown.
function hideIfEmpty(section) {
  const empty = !section.querySelector("li.kem-card:not([hidden])");
  section.hidden = empty;
  const id = section.getAttribute("aria-labelledby");
  const link = id && document.querySelector('.kem-toc a[href="#' + id + '"]');
  if (link && link.parentElement) link.parentElement.hidden = empty;
}

export function provincePage(container) {
  const state = readQuery();
  state.terms = words(state.q);
  if (!DIMS.some((d) => state[d]) && !state.terms.length) return;
  state.prov = ""; // every card of the page is in its province
  const cards = Array.from(container.querySelectorAll("li.kem-card"));
  let shown = 0;
  for (const li of cards) {
    const ok = DIMS.every((d) => !state[d] || split(li.dataset[d]).includes(state[d]))
      && hasWords(fold(li.textContent), state.terms);
    li.hidden = !ok;
    if (ok) shown += 1;
  }
  for (const section of container.querySelectorAll("section.kem-regency")) hideIfEmpty(section);
  for (const li of document.querySelectorAll(".kem-programmes li.kem-card--program")) {
    const p = { jenis: li.dataset.mitra, bidang: split(li.dataset.bidang), areas: split(li.dataset.wilayah),
      text: fold(li.textContent) };
    li.hidden = !programmeMatches(p, state);
  }
  for (const section of document.querySelectorAll("section.kem-programmes")) hideIfEmpty(section);
  const note = byId("kem-filtered");
  if (note) {
    note.querySelector("span").textContent = (note.dataset.template || "{shown} / {total}")
      .replace("{shown}", fmt(shown)).replace("{total}", fmt(cards.length));
    note.hidden = false;
  }
}
