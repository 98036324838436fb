// The contribution form (/kontribusi/): builds one KIM file in the browser, checks it the way
// `kim validate` does wherever that is possible here, and hands it to GitHub as a new file.
//
// A plain ES module without libraries, inline code or eval, so it runs under the site's CSP
// (script-src 'self', connect-src 'self'). It reads, all from this site:
// - #kf-config: key order and field kinds of the format, the validator's messages in the
//   page's language, vocabularies and media hosts (generator/site/sections/kontribusi.py);
// - data/kim.schema.json: the published JSON Schema, checked by kontribusi-schema.js;
// - data/desa/<two characters>.json: the official villages, one start of a name at a time;
// - data/desa-kim/<regency>.json: the KIMs of the regency's villages, once a village is chosen;
// - data/kim/<slug>.json and the KIM's own file data/kim/<slug>.yml when an existing profile is
//   updated (?ubah=<slug>), written back by yamlpatch.js with only what changed.
// Nothing typed here leaves the browser except through the GitHub link the person follows; a
// draft of it is kept in this tab's sessionStorage (kontribusi-draft.js) so that a reload loses
// nothing.
//
// This module is the wiring: the form's state, its output and its update cycle. The parts it
// puts together each get what they read of the page, and give back their functions:
// kontribusi-text.js, kontribusi-names.js and kontribusi-check.js check a document,
// kontribusi-fields.js reads it from the form, kontribusi-consent.js keeps a consent with its
// person, kontribusi-yaml.js writes the file, kontribusi-messages.js shows the problems,
// kontribusi-village.js finds the village, kontribusi-profile.js fills the form from a published
// profile (?ubah=), and kontribusi-draft.js keeps the draft.
import { announcer, byId, fetchJSON, fill as fillText, pageConfig, slugify } from "./util.js";
import { schemaErrors } from "./kontribusi-schema.js";
import { textChecks } from "./kontribusi-text.js";
import { documentChecks } from "./kontribusi-check.js";
import { nameChecks } from "./kontribusi-names.js";
import { formFields } from "./kontribusi-fields.js";
import { consentRules } from "./kontribusi-consent.js";
import { yamlWriter } from "./kontribusi-yaml.js";
import { fieldMessages } from "./kontribusi-messages.js";
import { villageSearch } from "./kontribusi-village.js";
import { profileUpdate } from "./kontribusi-profile.js";
import { formDraft } from "./kontribusi-draft.js";

(() => {
  // Tests drive the interpreter directly; everything else needs the page.
  const api = { schemaErrors };
  window.kimKontribusi = api;

  const form = byId("kf-form");
  const C = pageConfig("kf-config");
  if (!form || !C) return;
  const T = C.text;
  const F = C.formats;
  const fmt = (template, args) => fillText(template, args || {}, String);

  // ==== The form and its state ===================================================================
  const state = {
    place: null,       // the chosen village: {code, name, district, regency, province}
    slugEdited: false, // the person typed a slug of their own
    schema: null,      // data/kim.schema.json, once loaded (null if it failed)
    editing: null,     // the slug of the profile being updated
    taken: null,       // {slug, other}: a slug already used by a published profile
    showAll: false,    // after "check": messages for untouched fields too
    lastYaml: "",
    url: "",
    source: null,      // ?ubah=: the file being updated (kontribusi-profile.js)
    loaded: null,      // ?ubah=: what filled the form, to start afresh from
    dirty: false,      // the person changed something: a draft is kept (kontribusi-draft.js)
  };
  const el = {
    nojs: byId("kf-nojs"), load: byId("kf-load"), nama: byId("kf-nama"), slug: byId("kf-slug"),
    village: byId("kf-village"), q: byId("kf-desa-q"), count: byId("kf-desa-count"),
    results: byId("kf-desa-results"), list: byId("kf-desa-list"), chosen: byId("kf-desa-chosen-text"),
    state: byId("kf-state"), summary: byId("kf-summary"), summaryTitle: byId("kf-summary-title"),
    summaryList: byId("kf-summary-list"), path: byId("kf-path"), yaml: byId("kf-yaml"),
    copy: byId("kf-copy"), download: byId("kf-download"), github: byId("kf-github"),
    githubNote: byId("kf-github-note"), edit: byId("kf-edit"), editTitle: byId("kf-edit-title"),
    editLink: byId("kf-edit-link"), publicPlace: byId("kf-tempat_umum"),
    villageKims: byId("kf-desa-kim"), villageKimsList: byId("kf-desa-kim-list"),
  };
  const data = form.dataset;

  // ==== The parts of the form, in the order each needs the others ================================
  const text = textChecks(C);
  // The consent rules use the checks' helpers, and checking asks them for the rows' problems:
  // looked up when a document is checked, once both exist.
  const rowProblems = (doc, out) => consent.rowProblems(doc, out);
  const checks = documentChecks(C, text, { state, rowProblems, takenProblems }, nameChecks(C, text.bareName));
  const fields = formFields({ C, form, el, state, fmt, text, checks });
  const consent = consentRules({ C, fmt, fields, checks });
  const yaml = yamlWriter({ C, state, data, text, checks });
  const messages = fieldMessages({ C, form, el, state, fmt });
  const { urlProblem, badCharacter, contactsIn, inTextCodes, contactInLink } = text;
  const { problem, PERSONAL, check, withhold } = checks;
  const { listRows, ownControl, normalise, keyPath, readDoc, addRow, numberRows, syncRow, limitDates, levelsFollowPlace } = fields;
  const {
    consentFollowsPerson, linkFollowsPartner, ownConsentDate, consentGiven, detailLeft, clearPersonsChannels, awaitingDate,
  } = consent;
  const { emit, flowScalar, targetPath, toYaml, defaultSlug } = yaml;
  const { isControl, touched, placeOf, labelOf, show, summarize } = messages;

  api.normalise = normalise;

  function proposeSlug() {
    if (state.slugEdited || state.editing) return;
    el.slug.value = defaultSlug(el.nama.value, state.place ? state.place.name : "");
  }

  // ==== The output: text, copy, download, GitHub =================================================
  const MAX_URL = 8000; // longer links are refused by GitHub or cut by browsers

  // An update writes the profile's own file again, changing only the lines of what changed.
  const writer = {
    has: (path) => state.source.paths.has(path),
    order: (path) => C.order[path] || [],
    entry: (key, value, path) => emit({ [key]: value }, path),
    item: (key, value, path) => emit({ [key]: [value] }, path).slice(1).map((line) => line.slice(2)),
    from: (path, j) => {
      const row = listRows(path)[j];
      return row && row.dataset.from ? Number(row.dataset.from) : undefined;
    },
    flow: (value, path) => {
      const order = C.order[path] || [];
      const keys = order.concat(Object.keys(value).filter((k) => !order.includes(k))).filter((k) => value[k] !== undefined);
      return "{" + keys.map((k) => k + ": " + flowScalar(value[k])).join(", ") + "}";
    },
  };

  function output(doc, errors) {
    const src = state.source;
    const yaml = src ? src.lib.patch(src.parsed, src.base, doc, writer) : toYaml(doc);
    if (yaml !== state.lastYaml) el.yaml.value = state.lastYaml = yaml;
    const path = targetPath(doc);
    el.path.textContent = path;
    let note = "";
    state.url = "";
    if (!state.schema) {
      note = T.kf_schema_failed; // unchecked content is not offered to GitHub
    } else if (errors || !state.place) {
      note = T.kf_github_blocked;
    } else if (state.editing) {
      state.url = el.editLink.href || "";
      note = T.kf_edit_paste;
    } else {
      const folder = path.slice(0, path.lastIndexOf("/"));
      const url = "https://github.com/" + data.repo + "/new/" + data.branch + "/" + folder +
        "?filename=" + encodeURIComponent(doc.slug + ".yml") + "&value=" + encodeURIComponent(yaml);
      if (url.length > MAX_URL) note = T.kf_github_long;
      else state.url = url;
    }
    if (state.url) {
      el.github.href = state.url;
      el.github.textContent = state.editing ? T.kf_github_edit : T.kf_github_new;
      el.github.hidden = false;
    } else {
      el.github.hidden = true;
    }
    el.githubNote.textContent = note;
    el.githubNote.hidden = !note;
  }

  // What "Salin" and "Unduh berkas" hand out: the file, or while the form has errors a draft,
  // named and said so beside the buttons with the errors marked (the volunteer tester
  // downloaded a file with errors, which `kim terima` refused; "Kirim ke pembina" sends none).
  function handOut() {
    const draft = update().shown.some((p) => p.severity === "error");
    if (draft && !state.showAll) {
      state.showAll = true;
      update();
    }
    const slug = el.slug.value.trim();
    return { draft, name: (new RegExp(F.slug).test(slug) ? slug : "kim") + (draft ? "-draf" : "") + ".yml" };
  }
  // Said too, with the draft's warning: the note itself is not live (rewritten on every change).
  const announce = announcer(byId("kf-announce"));
  const note = (text) => {
    el.githubNote.hidden = false;
    el.githubNote.textContent = text;
    announce(text);
  };

  // A draft handed out says so inside too, in both languages: sent on (a coach gets it over
  // WhatsApp), it is not taken for a finished file. Comments, which `kim validate` reads past
  // but warns of (draft-mark-left), so that the coach removes them before it is published.
  const DRAFT_MARK = C.draftMark.map((line) => "# " + line + "\n").join("");

  el.copy.addEventListener("click", () => {
    const { draft } = handOut();
    const done = () => note(draft ? T.kf_copied_draft : T.kf_copied);
    const fallback = () => {
      el.yaml.focus();
      el.yaml.select();
      let ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      if (ok) done();
      else note(T.kf_copy_failed);
    };
    // (the fallback copies the text box as it stands: a browser without the Clipboard API)
    const text = (draft ? DRAFT_MARK : "") + el.yaml.value;
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, fallback);
    else fallback();
  });

  el.download.addEventListener("click", () => {
    const { draft, name } = handOut();
    const file = (draft ? DRAFT_MARK : "") + el.yaml.value;
    const url = URL.createObjectURL(new Blob([file], { type: "application/yaml" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    if (draft) note(fmt(T.kf_file_draft, { file: name }));
  });

  // ==== The update cycle =========================================================================
  let timer = 0;
  let lastErrors = 0;

  function update() {
    clearTimeout(timer);
    for (const row of form.querySelectorAll("[data-consent-of]")) consentFollowsPerson(row);
    for (const row of form.querySelectorAll("[data-link]")) linkFollowsPartner(row);
    levelsFollowPlace(form);
    const where = new Map();
    const doc = readDoc(where);
    if (state.loaded && !state.source) keepUnseen(doc, state.loaded[1]);
    const shown = show(unsaid(check(doc, awaitingDate(withhold(doc))), where), where);
    lastErrors = summarize(shown);
    output(doc, lastErrors);
    checkSlugTaken(doc.slug);
    saveDraft();
    return { doc, shown };
  }
  // A field left by a tap elsewhere changes as the tap lands: its messages, shown at once, would
  // move what is below them before the click (a name typed, then "Tambah pengurus": the button
  // went down under the tester's finger and the tap missed it). So an update waits for the next
  // task (a browser handles a whole tap in one) and, while a mouse button is down, for its release.
  let pressing = false, held = false;
  const settle = () => { if (pressing) held = true; else update(); };
  const later = (ms) => {
    clearTimeout(timer);
    timer = setTimeout(settle, ms === undefined ? 200 : ms);
  };
  document.addEventListener("pointerdown", () => { pressing = true; }, true);
  for (const type of ["pointerup", "pointercancel"]) {
    document.addEventListener(type, () => {
      pressing = false;
      if (held) later(0);
      held = false;
    }, true);
  }

  // "Only the role is written" is not said beside an error shown in the same row (tick consent
  // or remove the contact): nothing is sent while that error stands.
  const ROLE_ONLY = new Set(["kf_name_not_written", "kf_contact_not_written", "kf_name_no_date", "kf_contact_no_date"]);
  function unsaid(problems, where) {
    const rowOf = (p) => p.path.split("/").slice(0, 2).join("/");
    const failing = new Set(problems.filter((p) => p.severity === "error" && touched(placeOf(p.path, where) || form)).map(rowOf));
    return problems.filter((p) => !(ROLE_ONLY.has(p.code) && failing.has(rowOf(p))));
  }

  function markTouched(node) {
    const target = node.type === "checkbox" && !node.dataset.consent ? node.closest("[data-type=multi]") || node : node;
    if (target === el.q || target.closest(".kf-desa-results")) return; // the village counts once chosen
    target.dataset.touched = "1";
  }

  form.addEventListener("input", (ev) => {
    const t = ev.target;
    if (t === el.q) return;
    state.dirty = true;
    if (t === el.nama) proposeSlug();
    if (t === el.slug) state.slugEdited = el.slug.value.trim() !== "";
    later();
  });
  form.addEventListener("change", (ev) => {
    const t = ev.target;
    if (t.name === "kf-desa") return;
    state.dirty = true;
    const multi = t.type === "checkbox" && t.closest("[data-type=multi]");
    if (multi) {
      const order = (multi.dataset.order || "").split(" ").filter((v) => v && v !== t.value);
      multi.dataset.order = (t.checked ? order.concat(t.value) : order).join(" ");
    }
    markTouched(t);
    const row = t.closest("[data-row]");
    if (row && t.matches("[data-consent]")) delete row.dataset.consentChanged; // the volunteer decides now
    if (row && (t.matches("[data-consent]") || t === ownConsentDate(row))) consentGiven(row);
    else if (row && PERSONAL.includes(t.dataset.key)) detailLeft(row);
    if (row && t.dataset.key === "jenis") clearPersonsChannels(row, t.value);
    if (row) syncRow(row);
    if (t.type === "checkbox" || t.tagName === "SELECT") update();
    else later(0); // left for a tap elsewhere (see `later`)
  });
  form.addEventListener("focusout", (ev) => {
    const t = ev.target;
    if (isControl(t) && t.dataset.key && t.type !== "checkbox" && !t.readOnly) {
      const shown = normalise(t.value, keyPath(t), t.dataset.type); // show what the file will say
      if (shown !== t.value) t.value = shown;
    }
    if (isControl(ev.target) && ev.target.value !== "") {
      markTouched(ev.target);
      later();
    }
  });
  form.addEventListener("click", (ev) => {
    const add = ev.target.closest(".kf-add");
    const remove = ev.target.closest("[data-remove]");
    const unlink = ev.target.closest("[data-unlink]");
    if (add || remove || unlink) state.dirty = true;
    if (unlink) {
      const row = unlink.closest("[data-row]");
      delete row.dataset.link;
      ownControl(row, "slug_mitra").value = "";
      unlink.parentElement.hidden = true;
      ownControl(row, "mitra").focus();
      update();
    } else if (add) {
      const row = addRow(add.closest("[data-list]"));
      row.querySelector("select, input, textarea").focus();
      update();
    } else if (remove) {
      const row = remove.closest("[data-row]");
      const list = row.closest("[data-list]");
      row.remove();
      numberRows(list);
      list.querySelector(".kf-add").focus();
      update();
    }
  });
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    state.showAll = true;
    const { shown } = update();
    const errors = shown.filter((p) => p.severity === "error");
    for (const p of errors) {
      for (let d = p.node.closest("details"); d; d = d.parentElement.closest("details")) d.open = true;
    }
    if (errors.length) el.summary.focus();
    else if (state.url) el.github.focus();
    else el.yaml.focus();
  });

  // Published slugs, by first character (data/slug/<c>.json: [[slug, "18/18.07"], ...]; a
  // former address, which leads to its KIM: [old, "18/18.07", slug]): {folder, slug} or null.
  const slugShards = new Map();
  function published(slug) {
    const key = slug.charAt(0);
    if (!C.slugLetters.includes(key)) return Promise.resolve(null);
    if (!slugShards.has(key)) {
      const p = fetchJSON(data.slugs + key + ".json")
        .then((rows) => new Map(rows.map(([old, folder, current]) => [old, { folder, slug: current || old }])));
      p.catch(() => slugShards.delete(key));
      slugShards.set(key, p);
    }
    return slugShards.get(key).then((known) => known.get(slug) || null);
  }

  // A slug already published belongs to another KIM (new profiles only).
  let slugTimer = 0;
  function checkSlugTaken(slug) {
    if (state.editing || !slug || !new RegExp(F.slug).test(slug) || (state.taken && state.taken.slug === slug)) return;
    clearTimeout(slugTimer);
    slugTimer = setTimeout(() => {
      published(slug).then((kim) => {
        if (kim && el.slug.value.trim() === slug) {
          state.taken = { slug, current: kim.slug, other: data.folder + "/" + kim.folder + "/" + kim.slug + ".yml" };
          update();
        }
      }, () => {});
    }, 300);
  }

  // A slug published already (`checkSlugTaken`), at the slug: likely the same KIM, already
  // listed, with its profile and the form for updating it. A former address has no file of that
  // name: it is said to lead to the KIM it names.
  function takenProblems(doc, out) {
    if (!state.taken || state.taken.slug !== doc.slug) return;
    const current = state.taken.current;
    const taken = problem("slug", current === doc.slug ? "duplicate-slug" : "slug-is-former", {
      slug: doc.slug, current, field: labelOf(el.slug), profile: T.kf_slug_taken_profile, update: T.kf_slug_taken_update,
    });
    taken.links = {
      profile: data.profiles + encodeURIComponent(current) + "/",
      update: data.update + "?ubah=" + encodeURIComponent(current),
    };
    out.push(taken);
  }

  // ==== The village, a published profile, the draft ==============================================
  const village = villageSearch({ C, form, el, state, data, fmt, yaml, messages, update, proposeSlug });
  const profile = profileUpdate({ C, form, el, state, data, fmt, checks, fields, consent, yaml, published });
  const { loadProfile, keepUnseen } = profile;
  const { DRAFT, saveDraft, readDraft, restoreDraft } = formDraft({ form, el, state, checks, fields, profile, village, update });

  // ==== Start ====================================================================================
  form.hidden = false;
  if (el.nojs) el.nojs.hidden = true;
  limitDates(form);
  el.github.hidden = true;

  const wanted = new URLSearchParams(location.search).get("ubah");
  const requested = wanted && new RegExp(F.slug).test(wanted) ? wanted : "";
  const loading = [
    fetchJSON(data.schema).then((s) => { state.schema = s; }, () => { state.schema = null; }),
    Promise.all([requested ? loadProfile(requested) : null, readDraft(DRAFT + requested)])
      .then(([, draft]) => restoreDraft(DRAFT + requested, draft)),
  ];
  update();
  Promise.all(loading).then(() => {
    api.ready = true;
    update();
    form.dataset.ready = "1"; // for tests and anyone waiting for the form
  });

  Object.assign(api, {
    check, withhold, toYaml, slugify, defaultSlug, urlProblem, badCharacter, contactsIn, inTextCodes, contactInLink, update,
    state,
  });
})();
