// The board's filters in the address (?q=...&mitra=dinas&prov=18): a shared link opens
// the board, or a province's page, filtered.

// The filter menus, in the order of the board's form.
export const DIMS = ["arah", "mitra", "bidang", "prov", "kab"];

// The filters the address asks for: `q` and each menu's value, "" when absent.
export function readQuery() {
  const params = new URLSearchParams(location.search);
  const state = { q: params.get("q") || "" };
  for (const d of DIMS) state[d] = params.get(d) || "";
  return state;
}

// Write the chosen filters into the address, without a new history entry.
export function writeQuery(state) {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set("q", state.q.trim());
  for (const d of DIMS) if (state[d]) params.set(d, state[d]);
  const query = params.toString();
  history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
}
