// The partners' list (/mitra/). The page holds every partner, by type, and reads without
// JavaScript; this script runs the filter form (in the page from the start, hidden by a
// <noscript> style without JavaScript) and hides the partners outside the chosen
// type and region. A region matches a partner whose work area overlaps it: the area holds
// the region, lies inside it, or is the whole country (no area). The choice is kept in the
// URL query (?jenis=bumn&wilayah=18.07), so a shared link opens filtered. The links to the
// types, with their counts, and the note for no partner follow what is shown; each menu's
// options count what choosing them would show beside the other menu's choice.
import { announcer, byId, fill, numberFormat, started } from "./util.js";

const form = byId("mitra-filter");
const shown = byId("mitra-shown");
const empty = byId("mitra-empty");
const types = byId("mitra-types");
const announce = announcer(byId("mitra-announce"));
const numbers = numberFormat(document.documentElement.lang);

// "18" and "18.07.04" overlap; "18.07" and "18.08" do not.
const overlaps = (a, b) => a === b || a.startsWith(b + ".") || b.startsWith(a + ".");

// Every partner once, read when the script starts: its item, group, type and work area.
const partners = [...document.querySelectorAll(".kim-mitra-group")].flatMap((group) =>
  [...group.querySelectorAll("li[data-jenis]")].map((item) => ({
    item, group, jenis: item.dataset.jenis, areas: [...new Set(item.dataset.wilayah.split(" ").filter(Boolean))],
  })));

const ofType = (p, jenis) => !jenis || p.jenis === jenis;
const inRegion = (p, wilayah) => !wilayah || !p.areas.length || p.areas.some((a) => overlaps(a, wilayah));

// The codes a region's code lies in, "18.07.04" → ["18", "18.07"].
function above(code) {
  const parts = code.split(".");
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join("."));
}

function counter() {
  const counts = new Map();
  return { add: (key) => counts.set(key, (counts.get(key) || 0) + 1), of: (key) => counts.get(key) || 0 };
}

// How many of `list` each region would show, counted in one pass over them: each option
// counting every partner froze a phone for a second per change (553 regions, 1,062 partners).
// A partner counts for its areas and the regions they lie in (`at`), and for every region
// inside an area (`inside`, read from the region's codes above); an area inside another of
// its own is left out, so that none counts a partner twice.
function regionCounts(list) {
  const at = counter();
  const inside = counter();
  let everywhere = 0;
  for (const p of list) {
    if (!p.areas.length) everywhere += 1;
    const outer = p.areas.filter((a) => !p.areas.some((b) => a.startsWith(b + ".")));
    new Set(outer.flatMap((a) => [a, ...above(a)])).forEach(at.add);
    outer.forEach(inside.add);
  }
  return (w) => everywhere + at.of(w) + above(w).reduce((n, code) => n + inside.of(code), 0);
}

function typeCounts(list) {
  const of = counter();
  list.forEach((p) => of.add(p.jenis));
  return of.of;
}

// The page's labels end in the whole list's count, "Perguruan tinggi (2)": kept without it.
function recount(select, count) {
  for (const option of [...select.options].filter((o) => o.value)) {
    if (!option.dataset.label) option.dataset.label = option.textContent.replace(/ \([^()]*\)$/, "");
    const text = `${option.dataset.label} (${numbers.format(count(option.value))})`;
    if (option.textContent !== text) option.textContent = text;
  }
}

function apply(event) {
  const jenis = form.elements.jenis.value;
  const wilayah = form.elements.wilayah.value;
  recount(form.elements.jenis, typeCounts(partners.filter((p) => inRegion(p, wilayah))));
  recount(form.elements.wilayah, regionCounts(partners.filter((p) => ofType(p, jenis))));
  const visible = new Map([...document.querySelectorAll(".kim-mitra-group")].map((group) => [group, 0]));
  for (const p of partners) {
    const ok = ofType(p, jenis) && inRegion(p, wilayah);
    p.item.hidden = !ok;
    if (ok) visible.set(p.group, visible.get(p.group) + 1);
  }
  let count = 0;
  for (const [group, n] of visible) {
    group.hidden = n === 0;
    const link = types.querySelector(`li[data-jenis="${group.dataset.jenis}"]`);
    link.hidden = group.hidden;
    link.querySelector("[data-count]").textContent = `(${numbers.format(n)})`;
    count += n;
  }
  empty.hidden = count > 0;
  types.hidden = count === 0;
  shown.textContent = fill(shown.dataset.template || "{n}", { n: count }, (n) => numbers.format(n));
  if (event) announce(count ? shown.textContent : `${shown.textContent}. ${empty.textContent}`);
  const params = new URLSearchParams();
  if (jenis) params.set("jenis", jenis);
  if (wilayah) params.set("wilayah", wilayah);
  const query = params.toString();
  history.replaceState(null, "", query ? "?" + query : location.pathname);
}

if (form) {
  const params = new URLSearchParams(location.search);
  for (const name of ["jenis", "wilayah"]) {
    const select = form.elements[name];
    const value = params.get(name) || "";
    if ([...select.options].some((o) => o.value === value)) select.value = value;
    select.addEventListener("change", apply);
  }
  apply();
  started(form);
}
