// The partnership board (/kemitraan/). Its HTML holds the newest cards, so it reads without
// JavaScript. With JavaScript, the filters work over the whole country from
// kemitraan/indeks.json (a short row per open item, newest first: `board_index` in
// generator/site/sections/kemitraan/files.py), fetched when first needed; the cards on
// screen, 30 at a time with "show more", come from kemitraan/data/<province>-<part>.json,
// fetched only when a card on screen needs one. The choice is kept in the address
// (kemitraan-url.js), so a shared link opens filtered.
import { addProvinces, announcer, byId, fetchJSON, fill, pageConfig, regionPhrases } from "./util.js";
import { fmt, itemCard } from "./kemitraan-cards.js";
import { bitIndex, fold, hasBit, hasTerms, itemPlaces, labelsOf, searchTerms } from "./kemitraan-filter.js";
import { programmeList } from "./kemitraan-programmes.js";
import { DIMS, readQuery, writeQuery } from "./kemitraan-url.js";

const kindOf = (a) => (a ? "ditawarkan" : "dicari");

export function board(form) {
  const list = byId("kem-cards");
  const L = pageConfig("kem-labels");
  if (!list || !L) return;
  const select = {};
  for (const d of DIMS) select[d] = byId("kem-" + d);
  if (DIMS.some((d) => !select[d])) return;
  const q = byId("kem-q");
  const count = byId("kem-count");
  const empty = byId("kem-empty");
  const clear = byId("kem-clear");
  const more = byId("kem-more");
  const status = byId("kem-status");
  const programmeCount = byId("kem-program-count");
  const announce = announcer(byId("kem-announce"));
  const PAGE = Math.max(list.children.length, 1);

  // The cards already in the page (the newest), by their row in the index.
  const nodes = new Map();
  for (const li of Array.from(list.children)) nodes.set(Number(li.dataset.row), li);

  let provinceNames = new Map(); // code -> name, every province's, from the index (`addProvinces`)
  // The regency menu comes with the index (`kabn`): the address's regency is chosen then.
  let askedRegency = "";

  let index = null; // the parsed kemitraan/indeks.json
  const regencyCounts = new Map(); // per regency code, its items: its KIMs' `n` summed
  let rows = null; // per row: {kab, regency, prov, key (its data file), offset, text, places}
  let phrases = null; // the region names searched as phrases (`regionPhrases`)
  const parts = new Map(); // data file key -> Promise of its rows
  let matches = [];
  let filtered = false; // whether `update` has run: till then the page's newest cards stand
  let limit = PAGE;
  let generation = 0;
  let touched = false; // whether the reader has changed a filter: a shared link opens unannounced
  let typing = false; // whether the last change was a keystroke in the search (`announcer`)
  // What screen readers hear once a change settles: the loading or the error, else both counts as two sentences.
  const say = () => touched && announce(status.textContent
    || [count, programmeCount].map((n) => n && n.textContent).filter(Boolean).join(". "), typing);
  const setStatus = (text) => { status.textContent = text; say(); };

  function prepare(data) {
    index = data;
    const seen = new Map();
    const labelText = new Map();
    rows = [];
    const districts = index.kec || [];
    phrases = regionPhrases(index.kabn, districts);
    provinceNames = new Map(addProvinces(phrases, index).values());
    index.n.forEach((n, j) => {
      const kab = index.kab[index.k[j]];
      regencyCounts.set(kab, (regencyCounts.get(kab) || 0) + n);
      const prov = kab.slice(0, 2);
      const regency = index.kabn[index.k[j]];
      const names = [index.nama[j], districts[j] || "", regency, provinceNames.get(prov) || ""];
      const place = names.join(" ");
      const places = itemPlaces(names);
      for (let r = 0; r < n; r += 1) {
        const i = rows.length;
        const rank = seen.get(prov) || 0;
        seen.set(prov, rank + 1);
        const labelKey = index.a[i] + "/" + index.m[i] + "/" + index.b[i];
        if (!labelText.has(labelKey)) {
          labelText.set(labelKey, [L.arah[kindOf(index.a[i])]]
            .concat(labelsOf(index.m[i], L.jenis).map((p) => p[1]), labelsOf(index.b[i], L.bidang).map((p) => p[1]))
            .join(" "));
        }
        rows.push({
          kab,
          regency,
          prov,
          key: prov + "-" + Math.floor(rank / index.bagian),
          offset: rank % index.bagian,
          text: fold([index.w[i], place, labelText.get(labelKey)].join(" ")),
          places,
        });
      }
    });
    fillRegencies(select.prov.value, askedRegency);
  }

  // The regencies of `prov` (or all) with their items, none till the index is there.
  function fillRegencies(prov, keep = select.kab.value) {
    while (select.kab.options.length > 1) select.kab.remove(1);
    (index ? index.kab : []).forEach((code, k) => {
      if (prov && code.slice(0, 2) !== prov) return;
      const option = new Option(index.kabn[k] + " (" + fmt(regencyCounts.get(code)) + ")", code);
      option.dataset.label = index.kabn[k];
      select.kab.appendChild(option);
    });
    select.kab.value = hasOption(select.kab, keep) ? keep : "";
  }

  const hasOption = (menu, value) => Array.from(menu.options).some((o) => o.value === value);

  // The values a row has in each menu.
  function values(i, d) {
    if (d === "arah") return [kindOf(index.a[i])];
    if (d === "mitra") return labelsOf(index.m[i], L.jenis).map((p) => p[0]);
    if (d === "bidang") return labelsOf(index.b[i], L.bidang).map((p) => p[0]);
    return [rows[i][d]];
  }

  function update() {
    filtered = true;
    const newest = byId("kem-newest");
    if (newest) newest.hidden = true;
    const state = { q: q.value, ...searchTerms(q.value, phrases) };
    for (const d of DIMS) state[d] = select[d].value;
    const mitraBit = bitIndex(L.jenis, state.mitra);
    const bidangBit = bitIndex(L.bidang, state.bidang);
    const fails = (i, d) => {
      if (d === "arah") return kindOf(index.a[i]) !== state.arah;
      if (d === "mitra") return mitraBit < 0 || !hasBit(index.m[i], mitraBit);
      if (d === "bidang") return bidangBit < 0 || !hasBit(index.b[i], bidangBit);
      return rows[i][d] !== state[d];
    };
    const active = DIMS.filter((d) => state[d]);
    const counts = {};
    for (const d of DIMS) counts[d] = new Map();
    matches = [];
    // A row counts in a menu when it passes every other filter (one pass: at most one failed).
    for (let i = 0; i < rows.length; i += 1) {
      if (!hasTerms(rows[i].text, rows[i].places, state.terms)) continue;
      let failed = null;
      let failures = 0;
      for (const d of active) {
        if (fails(i, d)) {
          failures += 1;
          failed = d;
          if (failures > 1) break;
        }
      }
      if (failures > 1) continue;
      if (failures === 0) matches.push(i);
      for (const d of (failures === 0 ? DIMS : [failed])) {
        for (const v of values(i, d)) counts[d].set(v, (counts[d].get(v) || 0) + 1);
      }
    }
    for (const d of DIMS) {
      for (const option of Array.from(select[d].options).slice(1)) {
        option.textContent = (option.dataset.label || option.value) + " (" + fmt(counts[d].get(option.value) || 0) + ")";
      }
    }
    empty.hidden = matches.length > 0;
    writeQuery(state);
    limit = PAGE;
    Promise.all([render(false), programmes && programmes.filter(state)]).then(([current]) => { if (current) say(); });
  }

  function readURL() {
    const state = readQuery();
    q.value = state.q;
    for (const d of DIMS) {
      if (d === "kab") fillRegencies(select.prov.value, state.kab);
      select[d].value = state[d] && hasOption(select[d], state[d]) ? state[d] : "";
    }
    askedRegency = state.kab;
  }

  function loadPart(key) {
    if (!parts.has(key)) {
      const url = form.dataset.data + key + ".json?v=" + encodeURIComponent(index.versi);
      const promise = fetchJSON(url);
      promise.catch(() => parts.delete(key)); // to try again on the next change
      parts.set(key, promise);
    }
    return parts.get(key);
  }

  // The card of row `i`, from its data file.
  function card(i, data) {
    return itemCard({
      row: i,
      kind: kindOf(index.a[i]),
      fields: data[rows[i].offset],
      regency: rows[i].regency, province: rows[i].prov,
      types: labelsOf(index.m[i], L.jenis).map((p) => p[1]),
      bidang: labelsOf(index.b[i], L.bidang).map((p) => p[1]),
      profiles: form.dataset.profiles,
    }, L);
  }

  // Show the first `limit` matches, fetching the data files their cards need; resolves to
  // whether they were shown, or false when a later change came.
  function render(focusNew) {
    const gen = ++generation;
    const want = matches.slice(0, limit);
    const keys = Array.from(new Set(want.filter((i) => !nodes.has(i)).map((i) => rows[i].key)));
    const before = list.children.length;
    if (keys.length) setStatus(L.teks.loading);
    return Promise.all(keys.map(loadPart)).then((files) => {
      if (gen !== generation) return false;
      const loaded = new Map(keys.map((key, n) => [key, files[n]]));
      for (const i of want) if (!nodes.has(i)) nodes.set(i, card(i, loaded.get(rows[i].key)));
      while (list.firstChild) list.removeChild(list.firstChild);
      for (const i of want) list.appendChild(nodes.get(i));
      showCount(want.length);
      const rest = matches.length - want.length;
      more.hidden = rest <= 0;
      more.textContent = fill(L.teks.more, { n: Math.min(PAGE, rest) }, fmt);
      status.textContent = "";
      if (focusNew && list.children[before]) {
        const link = list.children[before].querySelector("a");
        if (link) link.focus();
      }
      return true;
    }).catch(() => {
      if (gen !== generation) return;
      count.textContent = ""; // not the count of cards this change did not show (found by the tester)
      setStatus(L.teks.error);
    });
  }

  const programmes = programmeList(byId("kem-program-cards"), L, (code) => provinceNames.get(code));

  // The index is fetched when it is first needed: at once for a shared link with filters,
  // else on the first touch of the filters or of "show more". Reading the newest cards
  // costs nothing more than the page.
  let loading = null;
  function ready() {
    if (!loading) {
      if (!rows) setStatus(L.teks.loading);
      loading = fetchJSON(form.dataset.index)
        .then((data) => {
          prepare(data);
          status.textContent = "";
        });
      loading.catch(() => {
        loading = null; // to try again on the next touch
        setStatus(L.teks.error);
      });
    }
    return loading;
  }
  // A change of the reader's, answered once the index is there (said loading, if it takes a while).
  const later = (fn, keystroke = false) => () => {
    touched = true; typing = keystroke;
    if (status.textContent) say(); ready().then(fn, () => {});
  };

  // "{shown} of {total}": the cards on screen, as the note on the newest and "show more"
  // tell, of every open item; once filters leave out some, of the items that match.
  const total = Number(form.dataset.total) || 0;
  function showCount(shown) {
    const narrowed = rows !== null && matches.length < rows.length;
    count.textContent = narrowed
      ? fill(count.dataset.templateMatch, { shown, n: matches.length }, fmt)
      : fill(count.dataset.template, { shown, total: rows ? rows.length : total }, fmt);
  }
  showCount(list.children.length);
  more.hidden = total <= PAGE;
  more.textContent = fill(L.teks.more, { n: Math.min(PAGE, total - PAGE) }, fmt);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    later(update)();
  });
  form.addEventListener("focusin", () => { ready().catch(() => {}); }, { once: true });
  q.addEventListener("input", later(update, true));
  for (const d of DIMS) {
    select[d].addEventListener("change", () => {
      if (d === "prov") fillRegencies(select.prov.value);
      later(update)();
    });
  }
  clear.addEventListener("click", () => {
    q.value = "";
    for (const d of DIMS) select[d].value = "";
    askedRegency = "";
    fillRegencies("");
    later(update)();
    q.focus();
  });
  more.addEventListener("click", later(() => {
    if (!filtered) update();
    limit += PAGE;
    render(true).then((current) => { if (current) say(); });
  }));
  readURL();
  form.hidden = false;
  const nojs = byId("kem-nojs");
  if (nojs) nojs.hidden = true;
  if (q.value || askedRegency || DIMS.some((d) => select[d].value)) later(update)();
}
