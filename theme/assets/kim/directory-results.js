// The directory's list of results (directory.js): its count, the first page of KIMs and the
// pages that follow, and the notes that qualify it (typos read, keywords not fetched, a
// region or place without a KIM).
import { fill } from "./util.js";
import { placeText, slugOf } from "./directory-index.js";

const PAGE = 50;

// `page`: the page (`app`, `el`, `T`, `V`, `D`: districtNames, `fmt`); `ix`: the index; `state`: the state;
// `search`: the text search (directory-search.js); `pass`: the results (directory-facets.js).
export function resultList(page, ix, state, search, pass) {
  const { app, el, T, V, D, fmt } = page;
  const base = app.dataset.profileBase || "";
  const items = [];   // one <li> per KIM, built when first shown and kept
  const places = [];  // its place line, filled in again when the names arrive
  let shown = 0;
  let firstPage = new Int32Array(0);   // the KIMs on the list right now, up to PAGE
  let pageNoteAt = -1;                 // and where its tier note was

  function badge(parent, text, kind) {
    const s = document.createElement("span");
    s.className = "kim-badge kim-badge--" + kind;
    s.textContent = text;
    parent.append(" ", s);
  }

  function item(i) {
    let li = items[i];
    if (li) return li;
    const { flg, F } = ix;
    li = document.createElement("li");
    li.className = "kim-result";
    const head = document.createElement("p");
    head.className = "kim-result__head";
    const a = document.createElement("a");
    a.className = "kim-result__name";
    a.href = base + encodeURIComponent(slugOf(ix, i)) + "/";
    a.textContent = ix.nama[i];
    head.appendChild(a);
    if (flg[i] & F.SAMPLE) badge(head, T.contoh_label, "contoh");
    if (!(flg[i] & F.ACTIVE)) badge(head, (V.status && V.status["tidak-aktif"]) || "", "inactive");
    if (flg[i] & F.STALE) badge(head, T.stale, "stale");
    li.appendChild(head);
    const place = document.createElement("p");
    place.className = "kim-result__place";
    place.textContent = placeText(ix, i);
    places[i] = place;
    li.appendChild(place);
    if (ix.bid[i]) li.appendChild(bidangList(ix.bid[i]));
    items[i] = li;
    return li;
  }

  function bidangList(bits) {
    const ul = document.createElement("ul");
    ul.className = "kim-result__bidang";
    const lb = V.bidang || {};
    ix.vocabBidang.forEach((v, b) => {
      if (bits & (1 << b)) {
        const tag = document.createElement("li");
        tag.textContent = lb[v] || v;
        ul.appendChild(tag);
      }
    });
    return ul;
  }

  // Before the KIMs found through their keywords alone, a note says why they are listed.
  const tierNote = document.createElement("li");
  tierNote.className = "kim-tier";
  tierNote.textContent = T.results_mentioned || "";

  function appendItems(from, to) {
    const frag = document.createDocumentFragment();
    for (let k = from; k < to; k++) {
      if (k === pass.mentionedAt) frag.appendChild(tierNote);
      frag.appendChild(item(pass.results[k]));
    }
    el.results.appendChild(frag);
  }

  function samePage(n) {
    if (firstPage.length !== n || shown > n || pageNoteAt !== pass.mentionedAt) return false;
    for (let k = 0; k < n; k++) if (firstPage[k] !== pass.results[k]) return false;
    return true;
  }

  // The region chosen by the address that has no KIM, by its name where the index gives
  // one (a province or regency with KIMs), else its code beside its known parent's name.
  const noneText = el.noneHint.textContent;
  function emptyRegion() {
    const levels = [[ix.kec, state.kec], [ix.kab, state.kab], [ix.prov, state.prov]];
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
  // Looks up `name` ("" for none) once, unless the place is `known` already; whether the
  // note for its place is showing.
  function askPlace(name, known) {
    if (name !== placeAsked) {
      placeAsked = name;
      placeShown = false;
      el.noplace.hidden = true;
      if (!name) return false;
      if (known) {
        showPlace(known);
        return true;
      }
      const where = { starts: app.dataset.villageStarts, villages: app.dataset.villages, stem: search.withoutPrefixes,
        district: (code, text) => fill(D[code.slice(0, 2)] || T.district_name, { name: text }, String) };
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

  // The list and its notes for the pass just run.
  function render() {
    const nResults = pass.n;
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
      firstPage = pass.results.slice(0, n);
      pageNoteAt = pass.mentionedAt;
      el.results.textContent = "";
      appendItems(0, shown);
    }
    el.more.hidden = shown >= nResults;
    el.empty.hidden = nResults > 0;
    renderNotes(nResults);
    el.results.removeAttribute("aria-busy");
  }

  function renderNotes(nResults) {
    const ok = search.ok;
    const typos = nResults > 0 && ok.typos && ok.typos.length ? ok.typos : null;
    const most = nResults > 0 && ok.most;
    el.typo.hidden = !typos && !most;
    if (typos) el.typo.textContent = fill(T.results_typo, { words: typos.slice(0, 5).join(", ") }, String);
    else if (most) el.typo.textContent = T.results_most;
    // Words whose keyword file could not be fetched were looked for in names and places only
    const partial = search.tokens.some(search.unread);
    el.partial.hidden = !partial;
    const empty = emptyRegion();
    // Whether the words name a place without a KIM: they alone find nothing (not the
    // filters), and the address chose no region that has none (said above instead).
    const named = nResults === 0 && !partial && !empty && search.tokens.length > 0 && !ok.some(Boolean);
    // A province the query names ("jatim") that has no KIM is that place, whatever else it
    // holds; a name of one word ("aceh") when it is all the query holds (else "aceh besar"
    // would not be Kabupaten Aceh Besar, and "aceh" alone the village Gampong Aceh).
    const alone = search.tokens.length === 1 && ix.phrases.provinceNames.get(search.tokens[0]);
    const province = named && [alone, ...search.tokens].find((t) => ix.province.has(t) && !ix.prov.id.has(ix.province.get(t)[0]));
    const place = province ? { regencies: [ix.province.get(province)], place: ix.province.get(province)[1] } : null;
    el.noneHint.hidden = askPlace(province || (named ? search.queryText(state.q) : ""), place) || partial;
    el.noneHint.textContent = empty ? fill(T.region_empty, { wilayah: empty }, String) : noneText;
  }

  // The next page of results; keyboard and screen reader users continue at its first.
  function more() {
    const from = shown;
    shown = Math.min(shown + PAGE, pass.n);
    appendItems(from, shown);
    el.more.hidden = shown >= pass.n;
    const link = item(pass.results[from]).querySelector("a");
    if (link) link.focus();
  }

  const namesArrived = () => places.forEach((p, i) => { p.textContent = placeText(ix, i); });

  return { more, namesArrived, render };
}
