// The directory's search and facets. Plain ES modules without libraries or inline code, so
// they run under a CSP of script-src 'self': this one answers the reader's changes;
// directory-index.js reads the index and the files that follow it, directory-search.js
// matches the query words, directory-facets.js makes the results and every facet count in
// one pass, directory-controls.js shows the filters, directory-results.js the list, and
// directory-url.js keeps the state in the URL query, so a shared link restores it.
//
// For benchmarks and tests: performance.mark("kim:first-results") once the first results
// are in the page, performance.measure("kim:update") from each input or change event to
// the moment the list and counts show it; #kim-app gets data-state="ready" with the first
// results and data-busy="1" while an update waits for a file, or for the village file that
// may change the answer it shows (`answer`).
import { announcer, byId, fetchJSON, fill, nextTask, numberFormat, pageConfig, started } from "./util.js";
import { bindPanel, controls } from "./directory-controls.js";
import { facetPass } from "./directory-facets.js";
import { loadNames, readIndex, sortNames } from "./directory-index.js";
import { resultList } from "./directory-results.js";
import { searcher } from "./directory-search.js";
import { newState, readURL, sanitize, urlWriter } from "./directory-url.js";

(() => {
  const app = byId("kim-app");
  const L = pageConfig("kim-labels");
  if (!app || !L) return;
  const el = {
    fallback: byId("kim-fallback"), form: byId("kim-form"), q: byId("kim-q"),
    prov: byId("kim-prov"), kab: byId("kim-kab"), kec: byId("kim-kec"),
    filters: byId("kim-filters"), clear: byId("kim-clear"), toggle: byId("kim-filters-toggle"),
    apply: byId("kim-apply"), modeNote: byId("kim-bidang-mode-note"), wrap: byId("kim-results-wrap"),
    modeShown: byId("kim-mode-shown"), modes: document.querySelectorAll("#kim-app input[name='bidang_cocok']"),
    bidang: byId("kim-facet-bidang"), kemitraan: byId("kim-facet-kemitraan"),
    mitra: byId("kim-facet-mitra"), sk: byId("kim-facet-sk"), lain: byId("kim-facet-lain"),
    count: byId("kim-count"), sort: byId("kim-sort"), results: byId("kim-results"), more: byId("kim-more"),
    empty: byId("kim-empty"), emptyClear: byId("kim-empty-clear"), partial: byId("kim-partial"),
    noneHint: byId("kim-none-hint"), typo: byId("kim-typo"),
    noplace: byId("kim-noplace"), noplaceText: byId("kim-noplace-text"), noplaceLinks: byId("kim-noplace-links"),
  };
  const numbers = numberFormat(document.documentElement.lang);
  const page = { app, el, T: L.text || {}, V: L.vocab || {}, D: L.districtNames || {}, fmt: (n) => numbers.format(n) };
  const announce = announcer(byId("kim-announce"));
  const state = newState();
  // The query names the page, as a search page's title does: what a screen reader says first of
  // a page, and what its tab and a bookmark show.
  const pageTitle = document.title;
  const showTitle = () => {
    const q = state.q.trim();
    document.title = q ? fill(page.T.search_title, { q }, String) + " - " + pageTitle : pageTitle;
  };
  // Once the index is read and the controls are built: the index, the search, the pass, the
  // controls and the list (`start`).
  let view = null;
  const url = urlWriter(state, () => view && view.ix);

  // ---- answering a change -------------------------------------------------------------
  // Every change bumps `generation`. One that waits for a file answers only if no later
  // change came meanwhile: that one answers instead, and only its event is measured.
  let generation = 0, firstShown = false;
  // Whether the first answer is told: it is when the reader typed the query while the index
  // loaded, not when it came from a shared link (found by the tester).
  let sayFirst = false;

  function update(ev) {
    // A count still waiting would be said for a query the reader has moved past, while this
    // change waits for its keyword files (heard on a slow connection by the tester).
    if (ev) announce(null);
    if (!view) return;
    const mine = ++generation;
    for (const key of view.ix.unread) view.ix.shards.delete(key);   // fetched again, once for each change
    // The place names come first: they tell which words are a phrase, and so which
    // keyword files the query needs.
    const step = () => {
      if (mine !== generation) return;
      const wait = view.search.missing(state.q, state.urut, namesArrived);
      if (!wait.length) {
        answer(ev, mine);
        return;
      }
      app.dataset.busy = "1";
      el.results.setAttribute("aria-busy", "true");
      // A file that failed leaves its part of the search empty; the answer still comes.
      Promise.all(wait)
        .catch((err) => console.error("Direktori KIM: a search file failed.", err))
        .then(step);
    };
    step();
  }

  // The list and counts for the change `mine`. A query that begins with a village word
  // ("desa pekalongan") shows its results without the word at once, still busy and not yet
  // told; once its village file came, they are told, or answered again read whole.
  function answer(ev, mine) {
    const { search, pass } = view;
    search.apply(state.q, state.sebagian);
    pass.run(state, search.ok);
    view.controls.renderCounts(pass.counts);
    view.list.render();
    showTitle();
    if (!firstShown) {
      firstShown = true;
      app.dataset.state = "ready";
      if (performance.mark) performance.mark("kim:first-results");
      // The place names come once the first results are painted, not before.
      requestAnimationFrame(() => setTimeout(() => loadNames(view.ix, namesArrived), 0));
    }
    url.schedule();
    const whole = search.refining(state.q);
    if (!whole) {
      told(ev);
      return;
    }
    app.dataset.busy = "1";
    el.results.setAttribute("aria-busy", "true");
    whole.then((again) => {
      if (mine !== generation) return;
      if (again) update(ev); else told(ev);
    });
  }

  function told(ev) {
    // A change the reader made is told to screen readers with what qualifies its count.
    if (ev || sayFirst) {
      announce([el.count, el.typo, el.partial].filter((n) => !n.hidden).map((n) => n.textContent).join(" "),
        Boolean(ev) && ev.type === "input");
    }
    sayFirst = false;
    delete app.dataset.busy;
    el.results.removeAttribute("aria-busy");
    if (ev) {
      try {
        performance.measure("kim:update", { start: ev.timeStamp, end: performance.now() });
      } catch (e) { /* a browser without User Timing Level 3: nothing to measure */ }
    }
  }

  function namesArrived() {
    view.list.namesArrived();
    view.controls.namesArrived(view.pass.counts);
  }

  // ---- events -----------------------------------------------------------------------
  window.addEventListener("pagehide", url.flush);
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") url.flush(); });
  el.q.addEventListener("input", (ev) => { state.q = el.q.value; update(ev); });
  el.form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    state.q = el.q.value;
    update(ev);
    // On a phone, "Go" should put the keyboard away and show the results.
    if (window.matchMedia && window.matchMedia("(pointer: coarse)").matches) el.q.blur();
  });
  el.sort.addEventListener("change", (ev) => { state.urut = el.sort.value === "baru" ? "baru" : "nama"; update(ev); });
  el.prov.addEventListener("change", (ev) => {
    state.prov = el.prov.value; state.kab = ""; state.kec = "";
    if (view) { view.controls.fillKab(); view.controls.fillKec(); }
    update(ev);
  });
  el.kab.addEventListener("change", (ev) => {
    state.kab = el.kab.value; state.kec = "";
    if (view) view.controls.fillKec();
    update(ev);
  });
  el.kec.addEventListener("change", (ev) => { state.kec = el.kec.value; update(ev); });
  el.filters.addEventListener("change", (ev) => {
    const t = ev.target;
    if (t instanceof HTMLInputElement && t.type === "radio" && t.name === "bidang_cocok") {
      state.semua = t.value === "semua";
      update(ev);
      return;
    }
    if (!(t instanceof HTMLInputElement) || t.type !== "checkbox" || !state[t.name]) return;
    if (t.checked) state[t.name].add(t.value); else state[t.name].delete(t.value);
    update(ev);
  });
  el.clear.addEventListener("click", (ev) => {
    const urut = state.urut;
    Object.assign(state, newState(), { urut });
    if (view) view.controls.sync();
    update(ev);
  });
  el.emptyClear.addEventListener("click", () => {
    el.clear.click();
    el.q.focus();
  });
  el.more.addEventListener("click", () => { if (view) view.list.more(); });

  // ---- start ------------------------------------------------------------------------
  readURL(state);
  const linkedQuery = state.q;
  // A search sent from the home page's box (or the missing page's: `umumkan`) is the reader's
  // own, told as one typed here; the URL writer leaves the mark out.
  const submitted = new URLSearchParams(location.search).has("umumkan");
  // A module runs late on a slow phone: what the reader typed into the box by then wins over
  // the address's query, which follows it with the first results (found by the tester).
  if (el.q.value) state.q = el.q.value;
  else el.q.value = state.q;
  el.sort.value = state.urut;

  const indexURL = new URL(app.dataset.index, location.href).href;
  fetchJSON(indexURL)
    .then(async (data) => {
      // Reading the index, sorting the names (in slices) and the first results are tasks of
      // their own: one long task would hold up a tap on a slow phone.
      const ix = readIndex(data, indexURL);
      await sortNames(ix);
      await nextTask();
      state.q = el.q.value;   // whatever was typed while the index loaded
      sayFirst = submitted || state.q !== linkedQuery;
      sanitize(state, ix);
      view = start(ix);
      update(null);
    })
    .catch((err) => {
      // Without the index, fall back to the plain lists below, as without JavaScript. The
      // reader typing in the search hid with it was left on the page's body, told nothing
      // (found by a tester with a screen reader): focus takes the note there, which is read,
      // and else the note is announced.
      const wasIn = app.contains(document.activeElement);
      app.hidden = true;
      if (el.fallback) {
        el.fallback.hidden = false;
        if (wasIn) el.fallback.focus();
        else announce(el.fallback.textContent.trim());
      }
      console.error("Direktori KIM: the search index could not be loaded.", err);
    });
  started(app);

  function start(ix) {
    const search = searcher(ix, L.villagePrefix, { starts: app.dataset.villageStarts, villages: app.dataset.villages });
    const pass = facetPass(ix);
    const ctl = controls(page, ix, state);
    ctl.buildFacets();
    bindPanel(el);
    ctl.sync();
    return { ix, search, pass, controls: ctl, list: resultList(page, ix, state, search, pass) };
  }
})();
