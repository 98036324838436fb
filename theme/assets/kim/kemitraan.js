// The partnership board's filters (/kemitraan/). Plain JavaScript, no libraries and no
// inline code (CSP script-src 'self'). Every open item is already a card in the HTML, so
// the page works without JavaScript; this script only shows and hides cards by their
// data-* attributes, keeps the choice in the URL query (a shared link restores it), and
// writes counts with textContent.
(() => {
  "use strict";

  const byId = (id) => document.getElementById(id);
  const form = byId("kem-form");
  const list = byId("kem-cards");
  if (!form || !list || !window.URLSearchParams || !window.history || !history.replaceState) return;

  const DIMS = ["arah", "mitra", "bidang", "prov", "kab"];
  const select = {};
  for (const d of DIMS) select[d] = byId("kem-" + d);
  if (DIMS.some((d) => !select[d])) return;
  const q = byId("kem-q");
  const count = byId("kem-count");
  const empty = byId("kem-empty");
  const clear = byId("kem-clear");
  const nojs = byId("kem-nojs");

  const lang = document.documentElement.lang || "id";
  const numberFormat = new Intl.NumberFormat(lang === "id" ? "id-ID" : "en");
  const fmt = (n) => numberFormat.format(n);
  const MARKS = /\p{M}+/gu;
  const fold = (s) => s.toLowerCase().normalize("NFKD").replace(MARKS, "").replace(/\s+/g, " ");
  const words = (s) => fold(s).split(" ").filter(Boolean);
  const split = (s) => (s || "").split(" ").filter(Boolean);

  const cards = Array.from(list.querySelectorAll(":scope > li")).map((li) => ({
    li,
    arah: [li.dataset.arah],
    mitra: split(li.dataset.mitra),
    bidang: split(li.dataset.bidang),
    prov: [li.dataset.prov],
    kab: [li.dataset.kab],
    text: fold(li.textContent),
  }));

  // The regency list follows the chosen province: keep every option to rebuild from.
  const regencies = Array.from(select.kab.options).slice(1).map((o) => ({
    value: o.value, label: o.dataset.label || o.textContent, prov: o.dataset.prov || "",
  }));

  function fillRegencies(prov) {
    const keep = select.kab.value;
    while (select.kab.options.length > 1) select.kab.remove(1);
    for (const r of regencies) {
      if (prov && r.prov !== prov) continue;
      const option = document.createElement("option");
      option.value = r.value;
      option.dataset.label = r.label;
      option.dataset.prov = r.prov;
      option.textContent = r.label;
      select.kab.appendChild(option);
    }
    select.kab.value = regencies.some((r) => r.value === keep && (!prov || r.prov === prov)) ? keep : "";
  }

  function hasOption(el, value) {
    return Array.from(el.options).some((o) => o.value === value);
  }

  function current() {
    const state = { terms: words(q.value) };
    for (const d of DIMS) state[d] = select[d].value;
    return state;
  }

  // Does a card pass every filter, leaving out dimension `skip` (for that menu's counts)?
  function passes(card, state, skip) {
    for (const d of DIMS) {
      if (d !== skip && state[d] && !card[d].includes(state[d])) return false;
    }
    return state.terms.every((w) => card.text.includes(w));
  }

  function writeURL(state) {
    const params = new URLSearchParams();
    if (q.value.trim()) params.set("q", q.value.trim());
    for (const d of DIMS) if (state[d]) params.set(d, state[d]);
    const query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
  }

  function update() {
    const state = current();
    let shown = 0;
    for (const card of cards) {
      const ok = passes(card, state, null);
      card.li.hidden = !ok;
      if (ok) shown += 1;
    }
    // Each menu counts the cards its options would show, given the other filters.
    for (const d of DIMS) {
      const counts = new Map();
      for (const card of cards) {
        if (!passes(card, state, d)) continue;
        for (const v of card[d]) counts.set(v, (counts.get(v) || 0) + 1);
      }
      for (const option of Array.from(select[d].options).slice(1)) {
        option.textContent = (option.dataset.label || option.value) + " (" + fmt(counts.get(option.value) || 0) + ")";
      }
    }
    count.textContent = (count.dataset.template || "{shown} / {total}")
      .replace("{shown}", fmt(shown)).replace("{total}", fmt(cards.length));
    empty.hidden = shown > 0;
    writeURL(state);
  }

  function readURL() {
    const params = new URLSearchParams(location.search);
    q.value = params.get("q") || "";
    for (const d of DIMS) {
      if (d === "kab") fillRegencies(select.prov.value);
      const value = params.get(d) || "";
      select[d].value = value && hasOption(select[d], value) ? value : "";
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    update();
  });
  q.addEventListener("input", update);
  for (const d of DIMS) {
    select[d].addEventListener("change", () => {
      if (d === "prov") fillRegencies(select.prov.value);
      update();
    });
  }
  clear.addEventListener("click", () => {
    q.value = "";
    for (const d of DIMS) select[d].value = "";
    fillRegencies("");
    update();
    q.focus();
  });

  readURL();
  form.hidden = false;
  if (nojs) nojs.hidden = true;
  update();
})();
