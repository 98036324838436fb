// A draft of the contribution form (kontribusi.js) in this tab: what was typed is kept as it is
// typed and put back when the page loads again.
import { byId, parseJSON } from "./util.js";
import { hasOwn, isObject } from "./kontribusi-schema.js";

// `update`: the form's, once it was started afresh.
export function formDraft({ form, el, state, checks, fields, profile, village, update }) {
  const { CHANNELS } = checks;
  const { owner, ownConsent, readValue, addRow, syncRow } = fields;
  const { setValue, fillProfile } = profile;
  const { showPlace, showVillageKims } = village;

  // What was typed is kept as it is typed and put back when the page loads again: a cheap
  // phone reloads a background tab while the volunteer looks up a number in WhatsApp.
  // sessionStorage, not localStorage: a phone is often shared, and what is typed here includes
  // people's names and numbers (also those not written to the file for want of consent), which
  // must not outlast the tab. sessionStorage stays in this tab of this browser, is never sent
  // anywhere, and goes when the tab is closed. One draft per KIM being updated (?ubah=<slug>)
  // and one for a new KIM, so a draft never fills in another KIM's form.
  const DRAFT = "kim-kontribusi-draft:";
  let draftKey = null; // set once the form is filled (and a draft put back): saving starts then
  const draftNote = byId("kf-draft");
  const noneChosen = el.chosen.textContent;

  // The form's controls as typed, by key; rows as lists of the same; "#izin": a row's consent.
  function snapshot(scope) {
    const out = {};
    const box = scope === form ? null : ownConsent(scope);
    if (box && box.checked) out["#izin"] = true;
    if (scope.dataset.consentReenter) out["#reenter"] = true;
    if (scope.dataset.consentOf) out["#consentOf"] = scope.dataset.consentOf;
    if (scope.dataset.consentChanged) out["#consentChanged"] = true;
    if (scope.dataset.channelsGone) out["#channelsGone"] = scope.dataset.channelsGone;
    if (scope.dataset.from) out["#from"] = scope.dataset.from;
    if (scope.dataset.link) out["#link"] = scope.dataset.link;
    for (const node of scope.querySelectorAll("[data-key], [data-list]")) {
      if (owner(node) !== scope || node === el.village || node === el.slug) continue;
      const key = node.dataset.list || node.dataset.key;
      if (node.dataset.list) out[key] = [...node.querySelector(".kf-rows").children].map(snapshot);
      else if (node.dataset.type === "multi") out[key] = readValue(node, "", key) || [];
      else if (node.type === "checkbox") out[key] = node.checked;
      else out[key] = node.value;
    }
    return out;
  }

  // A snapshot back into the form (or a row); what it holds counts as touched, as it was.
  function putBack(scope, snap) {
    const box = scope === form ? null : ownConsent(scope);
    if (box && snap["#izin"] === true) box.checked = true;
    if (snap["#reenter"] === true) scope.dataset.consentReenter = "1";
    if (typeof snap["#consentOf"] === "string") scope.dataset.consentOf = snap["#consentOf"];
    if (snap["#consentChanged"] === true) scope.dataset.consentChanged = "1";
    if (CHANNELS.includes(snap["#channelsGone"])) scope.dataset.channelsGone = snap["#channelsGone"];
    if (/^[0-9]+$/.test(snap["#from"])) scope.dataset.from = snap["#from"];
    if (typeof snap["#link"] === "string") scope.dataset.link = snap["#link"];
    for (const node of scope.querySelectorAll("[data-key], [data-list]")) {
      if (owner(node) !== scope || node === el.village || node === el.slug || !hasOwn(snap, node.dataset.list || node.dataset.key)) continue;
      const value = snap[node.dataset.list || node.dataset.key];
      if (node.dataset.list) {
        if (!Array.isArray(value)) continue;
        node.querySelector(".kf-rows").textContent = "";
        for (const item of value) {
          const row = addRow(node);
          if (isObject(item)) putBack(row, item);
          syncRow(row);
        }
        for (let d = node.closest("details"); d && value.length; d = d.parentElement.closest("details")) d.open = true;
        continue;
      }
      if (node.dataset.type === "multi") setValue(node, Array.isArray(value) ? value.map(String) : []);
      else if (node.type === "checkbox") node.checked = value === true;
      else node.value = String(value);
      if (value !== "" && value !== false && !(Array.isArray(value) && !value.length)) node.dataset.touched = "1";
    }
    if (box && box.checked) box.dataset.touched = "1";
  }

  function saveDraft() {
    if (!draftKey || !state.dirty) return;
    const draft = { fields: snapshot(form), place: state.place, slug: state.editing ? null : el.slug.value, slugEdited: state.slugEdited };
    try {
      sessionStorage.setItem(draftKey, JSON.stringify(draft));
    } catch (e) { /* storage full or refused: no draft */ }
  }

  // The stored draft, or null (also for a broken one, which restoreDraft then ignores).
  function readDraft(key) {
    try {
      return parseJSON(sessionStorage.getItem(key) || "null");
    } catch (e) {
      return null; // storage refused
    }
  }

  function restoreDraft(key, draft) {
    draftKey = key;
    if (state.dirty) return; // typed before the form was ready: that wins
    if (!isObject(draft) || !isObject(draft.fields)) return;
    putBack(form, draft.fields);
    if (isObject(draft.place) && typeof draft.place.code === "string") showPlace(draft.place);
    if (!state.editing && typeof draft.slug === "string") {
      el.slug.value = draft.slug;
      state.slugEdited = draft.slugEdited === true;
      if (draft.slug) el.slug.dataset.touched = "1";
    }
    state.dirty = true;
    draftNote.hidden = false;
  }

  // "Mulai dari awal": the draft goes, and the form is as it was first opened.
  function startAfresh() {
    try {
      sessionStorage.removeItem(draftKey);
    } catch (e) { /* nothing stored */ }
    for (const list of form.querySelectorAll("[data-list]")) list.querySelector(".kf-rows").textContent = "";
    form.reset();
    for (const node of form.querySelectorAll("[data-touched], [data-order]")) {
      delete node.dataset.touched;
      delete node.dataset.order;
    }
    for (const details of form.querySelectorAll("details")) details.open = false;
    Object.assign(state, { place: null, slugEdited: false, taken: null, showAll: false, dirty: false, lastYaml: "" });
    el.chosen.textContent = noneChosen;
    el.list.textContent = "";
    el.results.hidden = true;
    el.count.textContent = "";
    if (state.loaded) fillProfile(...state.loaded);
    showVillageKims(null);
    draftNote.hidden = true;
    update();
    form.dispatchEvent(new CustomEvent("kf-place", { detail: state.place }));
    el.nama.focus();
  }

  byId("kf-draft-clear").addEventListener("click", startAfresh);
  window.addEventListener("pagehide", saveDraft);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") saveDraft();
  });

  return { DRAFT, saveDraft, readDraft, restoreDraft };
}
