// The directory's state (directory.js), mirrored in the URL query so that a shared link
// restores it.

// The values of the facets that are no vocabulary: the names of the index's flags, and the
// SK levels (0: none).
export const KEMITRAAN_KEYS = ["cari", "tawar"];
export const LAIN_KEYS = ["aktif", "sekretariat", "usang", "verifikasi"];
export const SK_KEYS = ["0", "1", "2", "3", "4"];
export const FACETS = ["bidang", "kemitraan", "mitra", "sk", "lain"];

export const newState = () => ({
  q: "", prov: "", kab: "", kec: "",
  bidang: new Set(), kemitraan: new Set(), mitra: new Set(), sk: new Set(), lain: new Set(),
  semua: false,   // bidang: every chosen one (true) or any of them
  sebagian: false,   // words: a query no KIM matches in full lists those matching the most (matchMost)
  urut: "nama",
});

export function readURL(state) {
  const p = new URLSearchParams(location.search);
  const list = (k) => new Set((p.get(k) || "").split(",").map((s) => s.trim()).filter(Boolean));
  state.q = p.get("q") || "";
  state.prov = p.get("prov") || "";
  state.kab = p.get("kab") || "";
  state.kec = p.get("kec") || "";
  for (const k of FACETS) state[k] = list(k);
  state.semua = p.get("bidang_cocok") === "semua";
  state.sebagian = p.get("cocok") === "sebagian";
  state.urut = p.get("urut") === "baru" ? "baru" : "nama";
}

// Writes the state into the address; whether it changed. `ix`: the index, whose
// vocabularies order the values.
function writeURL(state, ix) {
  const parts = [];
  const add = (k, v) => { if (v) parts.push(k + "=" + v); };
  const many = (k, order) => add(k, order.filter((v) => state[k].has(v)).map(encodeURIComponent).join(","));
  add("q", encodeURIComponent(state.q.trim()).replace(/%20/g, "+"));
  if (state.sebagian) add("cocok", "sebagian");
  add("prov", encodeURIComponent(state.prov));
  add("kab", encodeURIComponent(state.kab));
  add("kec", encodeURIComponent(state.kec));
  many("bidang", ix.vocabBidang);
  if (state.semua) add("bidang_cocok", "semua");
  many("kemitraan", KEMITRAAN_KEYS);
  many("mitra", ix.vocabMitra);
  many("sk", SK_KEYS);
  many("lain", LAIN_KEYS);
  if (state.urut !== "nama") add("urut", state.urut);
  const search = parts.length ? "?" + parts.join("&") : "";
  if (search === location.search) return false;
  try {
    history.replaceState(history.state, "", location.pathname + search + location.hash);
  } catch (e) { /* a sandboxed or throttled history: the page still works */ }
  return true;
}

// A region code of the official list's shape is kept even when the index has no KIM
// there (a partner's link to its working area): the answer is then none, said with the
// region's name. Anything else is dropped. A deeper code fixes its parents.
const REGION_CODE = { prov: /^\d\d$/, kab: /^\d\d\.\d\d$/, kec: /^\d\d\.\d\d\.\d\d$/ };
export function sanitize(state, ix) {
  if (!REGION_CODE.kec.test(state.kec)) state.kec = "";
  if (state.kec) state.kab = state.kec.slice(0, 5);
  else if (!REGION_CODE.kab.test(state.kab)) state.kab = "";
  if (state.kab) state.prov = state.kab.slice(0, 2);
  else if (!REGION_CODE.prov.test(state.prov)) state.prov = "";
  const keep = (k, allowed) => { state[k] = new Set([...state[k]].filter((v) => allowed.includes(v))); };
  keep("bidang", ix.vocabBidang);
  keep("kemitraan", KEMITRAAN_KEYS);
  keep("mitra", ix.vocabMitra);
  keep("sk", SK_KEYS);
  keep("lain", LAIN_KEYS);
}

// The URL follows each change just after the frame that shows it: history.replaceState
// is a round trip to the browser (median 5 ms, up to 40 ms on a slow CPU) that should not
// delay the answer. Safari refuses more than 100 calls in 30 seconds, so past a budget of
// 40 calls, refilled at 1.5 a second, the URL waits for a 300 ms pause. `flush` writes it at
// once (leaving the page); nothing is written until `index()` gives the index.
export function urlWriter(state, index) {
  let urlTimer = 0, urlFrame = false, urlBudget = 40, urlStamp = 0;
  function flush() {
    if (urlTimer) { clearTimeout(urlTimer); urlTimer = 0; }
    const ix = index();
    if (ix && writeURL(state, ix)) urlBudget -= 1;
  }

  function schedule() {
    const now = performance.now();
    urlBudget = Math.min(40, urlBudget + (now - urlStamp) * 0.0015);
    urlStamp = now;
    if (urlTimer) { clearTimeout(urlTimer); urlTimer = 0; }
    if (urlBudget >= 1) {
      if (!urlFrame) {
        urlFrame = true;
        requestAnimationFrame(() => { urlFrame = false; if (!urlTimer) urlTimer = setTimeout(flush, 0); });
      }
    } else urlTimer = setTimeout(flush, 300);
  }
  return { flush, schedule };
}
