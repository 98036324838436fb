// The board's cards written in the browser, as theme/kim/kemitraan_kartu.html writes them:
// a KIM's request or offer, and a partner's programme. Text is only ever written with
// textContent. `L` is the page's labels (kem-labels: `board_labels` in
// generator/site/sections/kemitraan/views.py).
import { fill, numberFormat } from "./util.js";

const numbers = numberFormat(document.documentElement.lang);
export const fmt = (n) => numbers.format(n);

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// A date as the page writes it ("6 Januari 2027"), in a <time>.
function time(iso, L) {
  const [y, m, d] = iso.split("-").map(Number);
  const node = el("time", "", d + " " + L.bulan[m - 1] + " " + y);
  node.dateTime = iso;
  return node;
}

// A line of text and dates: `parts` are strings and [label, iso] pairs, joined by " · ".
function line(className, parts, L) {
  const p = el("p", className);
  parts.forEach((part, n) => {
    if (n) p.appendChild(document.createTextNode(" · "));
    if (typeof part === "string") {
      p.appendChild(document.createTextNode(part));
    } else {
      p.appendChild(document.createTextNode(part[0] + " "));
      p.appendChild(time(part[1], L));
    }
  });
  return p;
}

function chips(labels) {
  const p = el("p", "kem-chips");
  for (const b of labels) {
    p.appendChild(el("span", "kim-chip", b));
    p.appendChild(document.createTextNode(" "));
  }
  return p;
}

// The head of a card, a KIM's item and a partner's programme alike: the card `li` (class
// kem-card--<modifier>), its kind, its title linking to `href`, and the line of who posts
// it with their name and the sample badge. Returns the card and that line, which the
// caller goes on filling.
function cardHead(modifier, kindText, judul, href, nama, contoh, L) {
  const li = el("li", "kem-card kem-card--" + modifier);
  li.appendChild(el("p", "kem-kind", kindText));
  const h3 = el("h3", "kem-title");
  if (document.documentElement.lang !== "id") h3.lang = "id"; // a KIM's or partner's words, as written
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

// A KIM's open item. `item`: {row (in the index), kind ("dicari" or "ditawarkan"), fields
// (its row of kemitraan/data/, `part_row` in generator/site/sections/kemitraan/files.py),
// regency (its name), province (its code), types and bidang (labels), profiles (the profiles' address)}.
export function itemCard(item, L) {
  const [judul, nama, slug, desa, kecamatan, hingga, stale, contoh, diunggah, jangkauan, sk, kegiatan, dibahas] = item.fields;
  const href = item.profiles + encodeURIComponent(slug) + "/#peluang";
  const { li, who } = cardHead(item.kind, L.arah[item.kind], judul, href, nama, contoh, L);
  li.dataset.row = String(item.row);
  if (stale) {
    who.appendChild(document.createTextNode(" "));
    who.appendChild(el("span", "kim-badge kim-badge--stale", L.teks.stale));
  }
  if (dibahas) {
    who.appendChild(document.createTextNode(" "));
    who.appendChild(el("span", "kim-badge kim-badge--dibahas", L.teks.discussed));
  }
  who.appendChild(document.createElement("br"));
  const district = fill(L.teks.district[item.province], { name: kecamatan }, String);
  who.appendChild(el("span", "kim-muted", desa + ", " + district + ", " + item.regency));
  if (sk || kegiatan) {
    const parts = [];
    if (sk) parts.push(L.teks.sk + ": " + (L.sk[sk] || sk));
    if (kegiatan) parts.push([L.teks.activity, kegiatan]);
    li.appendChild(line("kem-signals kim-muted", parts, L));
  }
  if (item.types.length) {
    const label = item.kind === "dicari" ? L.teks.partner_types : L.teks.meant_for;
    li.appendChild(el("p", "kem-sought", label + ": " + item.types.join(", ")));
  }
  if (item.bidang.length) li.appendChild(chips(item.bidang));
  if (diunggah || jangkauan) {
    const parts = [];
    if (diunggah) parts.push([L.teks.posted, diunggah]);
    if (jangkauan) parts.push(fill(L.teks.reach, { n: jangkauan }, fmt));
    li.appendChild(line("kem-posted kim-muted", parts, L));
  }
  if (hingga) li.appendChild(line("kem-until kim-muted", [[L.teks.until, hingga]], L));
  return li;
}

// A partner's open programme, from its row of kemitraan/program.json (`programme_rows` in
// generator/site/sections/kemitraan/programmes.py); `partners`: the partners' address.
export function programmeCard(row, partners, L) {
  const [judul, slug, nama, jenis, bidang, codes, areas, hingga, kapasitas, contoh, bentuk, mulai, taken = 0] = row;
  const label = (pairs, value) => (pairs.find((p) => p[0] === value) || [value, value])[1];
  const href = partners + encodeURIComponent(slug) + "/";
  const { li, who } = cardHead("program", L.teks.programme, judul, href, nama, contoh, L);
  if (document.documentElement.lang !== "id") who.firstChild.lang = "id"; // the partner's name, as written
  who.appendChild(document.createTextNode(" "));
  who.appendChild(el("span", "kim-muted", label(L.jenis, jenis)));
  who.appendChild(document.createElement("br"));
  // a district with its regency, as the page names it: "Kec. Pekalongan, Kabupaten Lampung Timur"
  const district = (name, code) => fill(L.teks.district[code.slice(0, 2)], { name }, String);
  const where = areas.map(([name, regency], i) => (regency ? district(name, codes[i]) + ", " + regency : name));
  who.appendChild(el("span", "kim-muted", L.teks.work_area + ": " + (where.join("; ") || L.teks.nationwide)));
  if (bidang.length) li.appendChild(chips(bidang.map((b) => label(L.bidang, b))));
  const form = bentuk ? label(L.bentuk, bentuk) : "";
  const places = kapasitas ? fill(L.teks.places, { n: kapasitas }, fmt) : "";
  // what is left of them: "sisa 3 dari 12 tempat", or "penuh" (`places_left` in generator/site/matching.py)
  const left = !kapasitas ? "" : kapasitas > taken ? fill(L.teks.left, { n: kapasitas - taken, total: kapasitas }, fmt) : L.teks.full;
  if (form || places) li.appendChild(el("p", "kem-posted kim-muted", [form, places, left].filter(Boolean).join(" · ")));
  const dates = [];
  if (mulai) dates.push([L.teks.from, mulai]);
  if (hingga) dates.push([L.teks.until, hingga]);
  if (dates.length) li.appendChild(line("kem-until kim-muted", dates, L));
  return li;
}
