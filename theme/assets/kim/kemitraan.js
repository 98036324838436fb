// The partnership board (/kemitraan/) and the pages per province (/kemitraan/<province>/).
// A plain ES module, no libraries and no inline code (CSP script-src 'self'); text is only
// ever written with textContent.
//
// The board's HTML holds the newest cards, so it reads without JavaScript (and the pages
// per province hold every open item). With JavaScript, the filters work over the whole
// country from kemitraan/indeks.json (a short row per open item, newest first: see
// generator/site/sections/kemitraan/files.py, `board_index`), fetched when first needed; the cards on screen,
// 30 at a time with "show more", come from kemitraan/data/<province>-<part>.json, fetched
// only when a card on screen needs one. The choice is kept in the URL query, so a shared
// link opens filtered.
//
// On a province's page, filters in its address (?mitra=dinas, as the pages per partner
// type link) show only the matching cards.
import { byId, fetchJSON, fold as foldMarks, numberFormat, pageConfig } from "./util.js";

const DIMS = ["arah", "mitra", "bidang", "prov", "kab"];
const numbers = numberFormat(document.documentElement.lang);
const fmt = (n) => numbers.format(n);
const fold = (s) => foldMarks(s).replace(/\s+/g, " ");
const words = (s) => fold(s).split(" ").filter(Boolean);
const split = (s) => (s || "").split(" ").filter(Boolean);
const hasBit = (mask, bit) => Math.floor(mask / 2 ** bit) % 2 === 1;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// The head of a card on the board, a KIM's item and a partner's programme alike: the card
// `li` (class kem-card--<modifier>), its kind, its title linking to `href`, and the line of
// who posts it with their name and the sample badge. Returns the card and that line, which
// the caller goes on filling.
function cardHead(modifier, kindText, judul, href, nama, contoh, L) {
  const li = el("li", "kem-card kem-card--" + modifier);
  li.appendChild(el("p", "kem-kind", kindText));
  const h3 = el("h3", "kem-title");
  const a = el("a", "", judul);
  a.href = href;
  h3.appendChild(a);
  li.appendChild(h3);
  const who = el("p", "kem-kim");
  who.appendChild(el("strong", "", nama));
  if (contoh) {
    who.appendChild(document.createTextNode(" "));
    who.appendChild(el("span", "kim-badge kim-badge--contoh", L.teks.contoh));
  }
  li.appendChild(who);
  return { li, who };
}

// ---- a province's page ----------------------------------------------------------------

function provincePage(container) {
  const params = new URLSearchParams(location.search);
  const state = {};
  for (const d of DIMS) state[d] = params.get(d) || "";
  const terms = words(params.get("q") || "");
  if (!DIMS.some((d) => state[d]) && !terms.length) return;
  const cards = Array.from(container.querySelectorAll("li.kem-card"));
  let shown = 0;
  for (const li of cards) {
    const ok = DIMS.every((d) => d === "prov" || !state[d] || split(li.dataset[d]).includes(state[d]))
      && (!terms.length || terms.every((w) => fold(li.textContent).includes(w)));
    li.hidden = !ok;
    if (ok) shown += 1;
  }
  for (const section of container.querySelectorAll("section.kem-regency")) {
    const empty = !section.querySelector("li.kem-card:not([hidden])");
    section.hidden = empty;
    const link = document.querySelector('.kem-toc a[href="#' + section.getAttribute("aria-labelledby") + '"]');
    if (link && link.parentElement) link.parentElement.hidden = empty;
  }
  const note = byId("kem-filtered");
  if (note) {
    note.querySelector("span").textContent = (note.dataset.template || "{shown} / {total}")
      .replace("{shown}", fmt(shown)).replace("{total}", fmt(cards.length));
    note.hidden = false;
  }
}

// ---- the board ------------------------------------------------------------------------

function board(form) {
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
  const PAGE = Math.max(list.children.length, 1);

  // The cards already in the page (the newest), by their row in the index.
  const nodes = new Map();
  for (const li of Array.from(list.children)) nodes.set(Number(li.dataset.row), li);

  const optionLabels = (el) => new Map(Array.from(el.options).slice(1)
    .map((o) => [o.value, o.dataset.label || o.textContent]));
  const provinceNames = optionLabels(select.prov);
  const regencyNames = optionLabels(select.kab);
  // The regency list follows the chosen province: keep every option to rebuild from.
  const regencies = Array.from(select.kab.options).slice(1).map((o) => ({
    value: o.value, label: o.dataset.label || o.textContent, prov: o.dataset.prov || "",
  }));

  let index = null; // the parsed kemitraan/indeks.json
  let rows = null; // per row: {kab, prov, key (its data file), offset, text}
  const parts = new Map(); // data file key -> Promise of its rows
  let matches = [];
  let filtered = false; // whether `update` has run: till then the page's newest cards stand
  let limit = PAGE;
  let generation = 0;

  function labelsOf(mask, vocab) {
    const out = [];
    vocab.forEach((pair, bit) => { if (hasBit(mask, bit)) out.push(pair); });
    return out;
  }

  function prepare(data) {
    index = data;
    const seen = new Map();
    const labelText = new Map();
    rows = [];
    index.n.forEach((n, j) => {
      const kab = index.kab[index.k[j]];
      const prov = kab.slice(0, 2);
      const place = [index.nama[j], regencyNames.get(kab) || "", provinceNames.get(prov) || ""].join(" ");
      for (let r = 0; r < n; r += 1) {
        const i = rows.length;
        const rank = seen.get(prov) || 0;
        seen.set(prov, rank + 1);
        const labelKey = index.a[i] + "/" + index.m[i] + "/" + index.b[i];
        if (!labelText.has(labelKey)) {
          labelText.set(labelKey, [L.arah[index.a[i] ? "ditawarkan" : "dicari"]]
            .concat(labelsOf(index.m[i], L.jenis).map((p) => p[1]), labelsOf(index.b[i], L.bidang).map((p) => p[1]))
            .join(" "));
        }
        rows.push({
          kab,
          prov,
          key: prov + "-" + Math.floor(rank / index.bagian),
          offset: rank % index.bagian,
          text: fold([index.w[i], place, labelText.get(labelKey)].join(" ")),
        });
      }
    });
  }

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

  // The values a row has in each menu.
  function values(i, d) {
    if (d === "arah") return [index.a[i] ? "ditawarkan" : "dicari"];
    if (d === "mitra") return labelsOf(index.m[i], L.jenis).map((p) => p[0]);
    if (d === "bidang") return labelsOf(index.b[i], L.bidang).map((p) => p[0]);
    return [rows[i][d]];
  }

  function bitOf(vocab, value) {
    return vocab.findIndex((p) => p[0] === value);
  }

  function update() {
    filtered = true;
    const newest = byId("kem-newest");
    if (newest) newest.hidden = true;
    const state = { terms: words(q.value) };
    for (const d of DIMS) state[d] = select[d].value;
    const mitraBit = bitOf(L.jenis, state.mitra);
    const bidangBit = bitOf(L.bidang, state.bidang);
    const fails = (i, d) => {
      if (d === "arah") return (index.a[i] ? "ditawarkan" : "dicari") !== state.arah;
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
      if (state.terms.length && !state.terms.every((w) => rows[i].text.includes(w))) continue;
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
    count.textContent = (count.dataset.template || "{shown} / {total}")
      .replace("{shown}", fmt(matches.length)).replace("{total}", fmt(rows.length));
    empty.hidden = matches.length > 0;
    writeURL(state);
    limit = PAGE;
    render(false);
    if (programmes) programmes.filter(state);
  }

  function writeURL(state) {
    const params = new URLSearchParams();
    if (q.value.trim()) params.set("q", q.value.trim());
    for (const d of DIMS) if (state[d]) params.set(d, state[d]);
    const query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
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

  function loadPart(key) {
    if (!parts.has(key)) {
      const url = form.dataset.data + key + ".json?v=" + encodeURIComponent(index.versi);
      const promise = fetchJSON(url);
      promise.catch(() => parts.delete(key)); // to try again on the next change
      parts.set(key, promise);
    }
    return parts.get(key);
  }

  function date(iso) {
    const [y, m, d] = iso.split("-").map(Number);
    return d + " " + L.bulan[m - 1] + " " + y;
  }

  // The markup of theme/kim/kemitraan_kartu.html, from a row and its data file.
  function card(i, data) {
    const [judul, nama, slug, desa, kecamatan, hingga, stale, contoh, diunggah, jangkauan, sk, kegiatan] = data[rows[i].offset];
    const kind = index.a[i] ? "ditawarkan" : "dicari";
    const href = form.dataset.profiles + encodeURIComponent(slug) + "/#peluang";
    const { li, who } = cardHead(kind, L.arah[kind], judul, href, nama, contoh, L);
    li.dataset.row = String(i);
    if (stale) {
      who.appendChild(document.createTextNode(" "));
      who.appendChild(el("span", "kim-badge kim-badge--stale", L.teks.stale));
    }
    who.appendChild(document.createElement("br"));
    who.appendChild(el("span", "kim-muted", desa + ", Kec. " + kecamatan + ", " + (regencyNames.get(rows[i].kab) || "")));
    if (sk || kegiatan) {
      const signals = el("p", "kem-signals kim-muted", sk ? L.teks.sk + ": " + (L.sk[sk] || sk) : "");
      if (sk && kegiatan) signals.appendChild(document.createTextNode(" · "));
      if (kegiatan) {
        signals.appendChild(document.createTextNode(L.teks.activity + " "));
        signals.appendChild(time(kegiatan));
      }
      li.appendChild(signals);
    }
    const types = labelsOf(index.m[i], L.jenis).map((p) => p[1]);
    if (types.length) {
      const label = kind === "dicari" ? L.teks.partner_types : L.teks.meant_for;
      li.appendChild(el("p", "kem-sought", label + ": " + types.join(", ")));
    }
    const bidang = labelsOf(index.b[i], L.bidang).map((p) => p[1]);
    if (bidang.length) {
      const chips = el("p", "kem-chips");
      for (const b of bidang) {
        chips.appendChild(el("span", "kim-chip", b));
        chips.appendChild(document.createTextNode(" "));
      }
      li.appendChild(chips);
    }
    if (diunggah || jangkauan) {
      const posted = el("p", "kem-posted kim-muted");
      if (diunggah) {
        posted.appendChild(document.createTextNode(L.teks.posted + " "));
        posted.appendChild(time(diunggah));
      }
      if (diunggah && jangkauan) posted.appendChild(document.createTextNode(" · "));
      if (jangkauan) posted.appendChild(document.createTextNode(L.teks.reach.replace("{n}", fmt(jangkauan))));
      li.appendChild(posted);
    }
    if (hingga) {
      const until = el("p", "kem-until kim-muted", L.teks.until + " ");
      until.appendChild(time(hingga));
      li.appendChild(until);
    }
    return li;
  }

  function time(iso) {
    const node = el("time", "", date(iso));
    node.dateTime = iso;
    return node;
  }

  // Show the first `limit` matches, fetching the data files their cards need.
  function render(focusNew) {
    const gen = ++generation;
    const want = matches.slice(0, limit);
    const keys = Array.from(new Set(want.filter((i) => !nodes.has(i)).map((i) => rows[i].key)));
    const before = list.children.length;
    if (keys.length) status.textContent = L.teks.loading;
    Promise.all(keys.map(loadPart)).then((files) => {
      if (gen !== generation) return;
      const loaded = new Map(keys.map((key, n) => [key, files[n]]));
      for (const i of want) if (!nodes.has(i)) nodes.set(i, card(i, loaded.get(rows[i].key)));
      while (list.firstChild) list.removeChild(list.firstChild);
      for (const i of want) list.appendChild(nodes.get(i));
      const rest = matches.length - want.length;
      more.hidden = rest <= 0;
      more.textContent = L.teks.more.replace("{n}", fmt(Math.min(PAGE, rest)));
      status.textContent = "";
      if (focusNew && list.children[before]) {
        const link = list.children[before].querySelector("a");
        if (link) link.focus();
      }
    }).catch(() => {
      if (gen === generation) status.textContent = L.teks.error;
    });
  }

  const programmes = programmeList(byId("kem-program-cards"), L, PAGE);

  // The index is fetched when it is first needed: at once for a shared link with filters,
  // else on the first touch of the filters or of "show more". Reading the newest cards
  // costs nothing more than the page.
  let loading = null;
  function ready() {
    if (!loading) {
      if (!rows) status.textContent = L.teks.loading;
      loading = fetchJSON(form.dataset.index)
        .then((data) => {
          prepare(data);
          status.textContent = "";
        });
      loading.catch(() => {
        loading = null; // to try again on the next touch
        status.textContent = L.teks.error;
      });
    }
    return loading;
  }
  const later = (fn) => () => { ready().then(fn, () => {}); };

  const total = Number(form.dataset.total) || 0;
  count.textContent = (count.dataset.template || "{shown} / {total}")
    .replace("{shown}", fmt(total)).replace("{total}", fmt(total));
  more.hidden = total <= PAGE;
  more.textContent = L.teks.more.replace("{n}", fmt(Math.min(PAGE, total - PAGE)));

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    later(update)();
  });
  form.addEventListener("focusin", () => { ready().catch(() => {}); }, { once: true });
  q.addEventListener("input", later(update));
  for (const d of DIMS) {
    select[d].addEventListener("change", () => {
      if (d === "prov") fillRegencies(select.prov.value);
      later(update)();
    });
  }
  clear.addEventListener("click", () => {
    q.value = "";
    for (const d of DIMS) select[d].value = "";
    fillRegencies("");
    later(update)();
    q.focus();
  });
  more.addEventListener("click", later(() => {
    if (!filtered) update();
    limit += PAGE;
    render(true);
  }));
  readURL();
  form.hidden = false;
  const nojs = byId("kem-nojs");
  if (nojs) nojs.hidden = true;
  if (q.value || DIMS.some((d) => select[d].value)) later(update)();
}

// ---- partners' programmes on the board ----------------------------------------------------

// The programme cards under the board's cards: the newest in the page, all of them in
// kemitraan/program.json (rows of generator/site/sections/kemitraan/programmes.py,
// `programme_rows`), filtered with the board's filters. A programme is in a province or
// regency when its partner's work area holds it or lies within it.
function programmeList(list, L, PAGE) {
  if (!list) return null;
  const count = byId("kem-program-count");
  const empty = byId("kem-program-empty");
  const bidangLabel = new Map(L.bidang);
  const jenisLabel = new Map(L.jenis);
  const bentukLabel = new Map(L.bentuk);
  let rows = null;
  let generation = 0;

  const inRegion = (areas, code) => !areas.length || areas.some((a) => a.startsWith(code) || code.startsWith(a));

  function card(row) {
    const [judul, slug, nama, jenis, bidang, , areaNames, hingga, kapasitas, contoh, bentuk, mulai] = row;
    const href = list.dataset.partners + encodeURIComponent(slug) + "/";
    const { li, who } = cardHead("program", L.teks.programme, judul, href, nama, contoh, L);
    who.appendChild(document.createTextNode(" "));
    who.appendChild(el("span", "kim-muted", jenisLabel.get(jenis) || jenis));
    who.appendChild(document.createElement("br"));
    who.appendChild(el("span", "kim-muted", L.teks.work_area + ": " + (areaNames || L.teks.nationwide)));
    if (bidang.length) {
      const chips = el("p", "kem-chips");
      for (const b of bidang) {
        chips.appendChild(el("span", "kim-chip", bidangLabel.get(b) || b));
        chips.appendChild(document.createTextNode(" "));
      }
      li.appendChild(chips);
    }
    const places = kapasitas ? L.teks.places.replace("{n}", numberFormat(document.documentElement.lang).format(kapasitas)) : "";
    const form = bentuk ? bentukLabel.get(bentuk) || bentuk : "";
    if (form || places) li.appendChild(el("p", "kem-posted kim-muted", [form, places].filter(Boolean).join(" · ")));
    if (mulai || hingga) {
      const dates = el("p", "kem-until kim-muted");
      const day = (label, iso) => {
        const [y, m, d] = iso.split("-").map(Number);
        const time = el("time", "", d + " " + L.bulan[m - 1] + " " + y);
        time.dateTime = iso;
        dates.appendChild(document.createTextNode(label + " "));
        dates.appendChild(time);
      };
      if (mulai) day(L.teks.from, mulai);
      if (mulai && hingga) dates.appendChild(document.createTextNode(" · "));
      if (hingga) day(L.teks.until, hingga);
      li.appendChild(dates);
    }
    return li;
  }

  function show(state) {
    const terms = state.terms;
    const found = state.arah ? [] : rows.filter((r) => (!state.mitra || r[3] === state.mitra)
      && (!state.bidang || r[4].includes(state.bidang))
      && (!state.prov || inRegion(r[5], state.prov)) && (!state.kab || inRegion(r[5], state.kab))
      && (!terms.length || terms.every((w) => r.text.includes(w))));
    while (list.firstChild) list.removeChild(list.firstChild);
    for (const r of found.slice(0, PAGE)) list.appendChild(card(r));
    count.textContent = (count.dataset.template || "{shown} / {total}")
      .replace("{shown}", String(Math.min(found.length, PAGE))).replace("{total}", String(found.length));
    empty.hidden = found.length > 0;
  }

  return {
    filter(state) {
      const gen = ++generation;
      const ready = rows ? Promise.resolve() : fetchJSON(list.dataset.rows).then((data) => {
        rows = data;
        for (const r of rows) {
          r.text = fold([r[0], r[2], jenisLabel.get(r[3]) || "", r[6]].concat(r[4].map((b) => bidangLabel.get(b) || b)).join(" "));
        }
      });
      ready.then(() => { if (gen === generation) show(state); }, () => {});
    },
  };
}

const form = byId("kem-form");
if (form && form.dataset.index) board(form);
const province = byId("kem-province");
if (province) provincePage(province);
