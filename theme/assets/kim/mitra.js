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

function matches(item, jenis, wilayah) {
  const areas = item.dataset.wilayah.split(" ").filter(Boolean);
  return (!jenis || item.dataset.jenis === jenis)
    && (!wilayah || !areas.length || areas.some((a) => overlaps(a, wilayah)));
}

// The page's labels end in the whole list's count, "Perguruan tinggi (2)": kept without it.
function recount(select, count) {
  for (const option of [...select.options].filter((o) => o.value)) {
    if (!option.dataset.label) option.dataset.label = option.textContent.replace(/ \([^()]*\)$/, "");
    option.textContent = `${option.dataset.label} (${numbers.format(count(option.value))})`;
  }
}

function apply(event) {
  const jenis = form.elements.jenis.value;
  const wilayah = form.elements.wilayah.value;
  const items = [...document.querySelectorAll(".kim-mitra-group li[data-jenis]")];
  const tally = (j, w) => items.filter((item) => matches(item, j, w)).length;
  recount(form.elements.jenis, (j) => tally(j, wilayah));
  recount(form.elements.wilayah, (w) => tally(jenis, w));
  let count = 0;
  for (const group of document.querySelectorAll(".kim-mitra-group")) {
    let visible = 0;
    for (const item of group.querySelectorAll("li[data-jenis]")) {
      const ok = matches(item, jenis, wilayah);
      item.hidden = !ok;
      visible += ok ? 1 : 0;
    }
    group.hidden = visible === 0;
    const link = types.querySelector(`li[data-jenis="${group.dataset.jenis}"]`);
    link.hidden = group.hidden;
    link.querySelector("[data-count]").textContent = `(${numbers.format(visible)})`;
    count += visible;
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
