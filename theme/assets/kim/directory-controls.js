// The directory's filters (directory.js): the region selects and the facets' boxes, each
// with the count of KIMs it would give, and the panel they fold into on a phone.
import { sortByName } from "./util.js";
import { FACETS, KEMITRAAN_KEYS, LAIN_KEYS } from "./directory-url.js";

// `page`: the page's elements (`el`), texts (`T`), vocabulary labels (`V`) and number
// format (`fmt`); `ix`: the index; `state`: the state the controls show and change.
export function controls(page, ix, state) {
  const { el, T, V, fmt } = page;
  const { prov, kab, kec } = ix;
  const facetOpts = [];   // {group, index, input, wrap, n, none, last, zero}
  const regionOpts = { prov: [], kab: [], kec: [] };  // [id, option, last count] in each select

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
    const lb = V.bidang || {}, lm = V.jenis_mitra || {}, SK = V.sk_tingkat || {};
    const skLabels = [
      T.sk_level_none, SK.desa + "/" + SK.kelurahan, SK.kecamatan, SK.kabupaten + "/" + SK.kota, SK.provinsi,
    ];
    const kemitraan = [T.seeks_partners, T.offers_partners];
    const lain = [T.active, T.secretariat, T.stale, T.verified];
    ix.vocabBidang.forEach((v, b) => option(el.bidang, "bidang", v, b, lb[v]));
    KEMITRAAN_KEYS.forEach((v, b) => option(el.kemitraan, "kemitraan", v, b, kemitraan[b]));
    ix.vocabMitra.forEach((v, b) => option(el.mitra, "mitra", v, b, lm[v]));
    skLabels.forEach((text, rank) => option(el.sk, "sk", String(rank), rank, text));
    LAIN_KEYS.forEach((v, b) => option(el.lain, "lain", v, b, lain[b]));
  }

  function selectOption(sel, code, name) {
    const o = document.createElement("option");
    o.value = code;
    o.dataset.name = name;
    o.textContent = name;
    sel.appendChild(o);
    return o;
  }

  // The options of a select under the region chosen in its parent (`ids`), none when there
  // is none (`disabled`).
  function fillSelect(sel, lv, ids, disabled, value, name = (id) => lv.names[id]) {
    while (sel.options.length > 1) sel.remove(1);
    const pairs = ids.map((id) => [id, selectOption(sel, lv.codes[id], name(id))]);
    sel.disabled = disabled;
    sel.value = value;
    return pairs;
  }

  function fillProv() {
    const ids = sortByName(prov.codes.map((_, id) => id), (p) => prov.names[p]);
    regionOpts.prov = fillSelect(el.prov, prov, ids, el.prov.disabled, state.prov);
  }

  function fillKab() {
    const p = state.prov ? prov.id.get(state.prov) : undefined;
    regionOpts.kab = fillSelect(el.kab, kab, p === undefined ? [] : prov.kids[p], p === undefined, state.kab);
  }

  function fillKec() {
    const k = state.kab ? kab.id.get(state.kab) : undefined;
    // Until the names arrive a district shows its code.
    regionOpts.kec = fillSelect(el.kec, kec, k === undefined ? [] : kab.kids[k], k === undefined, state.kec,
      (id) => kec.names[id] || kec.codes[id]);
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

  // Every count of the pass (`counts` of directory-facets.js) beside its value.
  function renderCounts(c) {
    for (const o of facetOpts) setCount(o, c[o.group][o.index]);
    renderRegion(regionOpts.prov, c.prov, state.prov);
    renderRegion(regionOpts.kab, c.kab, state.kab);
    renderRegion(regionOpts.kec, c.kec, state.kec);
    const active = (state.prov ? 1 : 0) + FACETS.reduce((n, k) => n + state[k].size, 0);
    const name = el.filters.getAttribute("aria-label") || "";
    el.toggle.textContent = active ? name + " (" + fmt(active) + ")" : name;
  }

  // The districts again once their names arrive.
  function namesArrived(counts) {
    if (state.kab && counts) {
      fillKec();
      renderRegion(regionOpts.kec, counts.kec, state.kec);
    }
  }

  function sync() {
    el.q.value = state.q;
    el.sort.value = state.urut;
    fillProv();
    fillKab();
    fillKec();
    for (const o of facetOpts) o.input.checked = state[o.group].has(o.input.value);
    for (const r of el.modes) r.checked = (r.value === "semua") === state.semua;
  }

  return { buildFacets, fillKab, fillKec, namesArrived, renderCounts, sync };
}

// On narrow screens the filters fold behind one button so results come first. The page
// comes with the button and the panel closed, so nothing moves when this script starts;
// the panel ends with "Tampilkan N KIM", which closes it and goes to the results.
export function bindPanel(el) {
  const setPanel = (open) => {
    el.filters.classList.toggle("kim-filters--closed", !open);
    el.toggle.setAttribute("aria-expanded", String(open));
  };
  el.toggle.addEventListener("click", () => setPanel(el.filters.classList.contains("kim-filters--closed")));
  // Esc closes the open panel from any of its 40-odd controls, focus back on its button
  // (where Shift+Tab through all of them led before); on a wide screen there is no button.
  el.filters.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !el.toggle.getClientRects().length) return;
    setPanel(false);
    el.toggle.focus();
  });
  el.apply.addEventListener("click", () => {
    setPanel(false);
    el.wrap.scrollIntoView({ block: "start" });
    el.count.focus({ preventScroll: true });
  });
}
