// The partners' programme cards under the board's cards: the newest in the page, all of
// them in kemitraan/program.json (rows of `programme_rows` in
// generator/site/sections/kemitraan/programmes.py), fetched on the first filtering and
// filtered with the board's filters (`programmeMatches`).
import { byId, fetchJSON, fill } from "./util.js";
import { fmt, programmeCard } from "./kemitraan-cards.js";
import { areaPlaces, fold, programmeMatches } from "./kemitraan-filter.js";

// The list of programme cards, or null when the page has none; at most as many cards as
// the page holds. `provinceName(code)`: a province's name, once the board's index is there.
export function programmeList(list, L, provinceName) {
  if (!list) return null;
  const PAGE = Math.max(list.children.length, 1);
  const count = byId("kem-program-count");
  const empty = byId("kem-program-empty");
  const bidangLabel = new Map(L.bidang);
  const jenisLabel = new Map(L.jenis);
  let rows = null; // per row: [the row, what the filters read of it]
  let generation = 0;

  function prepare(data) {
    rows = data.map((r) => [r, {
      jenis: r[3],
      bidang: r[4],
      areas: r[5],
      text: fold([r[0], r[2], jenisLabel.get(r[3]) || "", ...r[6].flat()].concat(r[4].map((b) => bidangLabel.get(b) || b)).join(" ")),
      places: areaPlaces(r[5], r[6].map(([name]) => name), provinceName),
    }]);
  }

  function show(state) {
    const found = rows.filter(([, p]) => programmeMatches(p, state));
    while (list.firstChild) list.removeChild(list.firstChild);
    for (const [r] of found.slice(0, PAGE)) list.appendChild(programmeCard(r, list.dataset.partners, L));
    // as the items' count: of every programme, or once filters leave out some, of those that match
    const shown = Math.min(found.length, PAGE);
    count.textContent = found.length < rows.length
      ? fill(count.dataset.templateMatch, { shown, n: found.length }, fmt)
      : fill(count.dataset.template, { shown, total: rows.length }, fmt);
    empty.hidden = found.length > 0;
  }

  return {
    // Resolves once the cards and the count show `state` (or the file failed).
    filter(state) {
      const gen = ++generation;
      const ready = rows ? Promise.resolve() : fetchJSON(list.dataset.rows).then(prepare);
      return ready.then(() => { if (gen === generation) show(state); }, () => {});
    },
  };
}
