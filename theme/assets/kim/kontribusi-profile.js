// Updating an existing profile with the contribution form (kontribusi.js, ?ubah=<slug>): the
// KIM's own file fills the form, and what an update may change is known from the form's fields.
import { byId, fetchJSON, fetchText } from "./util.js";
import { hasOwn, isObject, schemaErrors } from "./kontribusi-schema.js";
import { REPO_MODELINE } from "./kontribusi-yaml.js";

// The KIM's file as the site publishes it: the site's schema on its first line.
const SITE_MODELINE = /^# yaml-language-server: \$schema=\S*kim\.schema\.json(?=\s|$)/;

// `published`: the form's look-up of a published slug (data/slug/).
export function profileUpdate({ C, form, el, state, data, fmt, checks, fields, consent, yaml, published }) {
  const T = C.text;
  const { join, getIn, withhold } = checks;
  const { owner, listRows, ownConsent, ownControl, readDoc, addRow, syncRow } = fields;
  const { personOf, ownConsentDate, linkPartner } = consent;
  const { placeText, worded } = yaml;

  function setValue(node, value) {
    if (node.dataset.type === "multi") {
      for (const box of node.querySelectorAll("input[type=checkbox]")) box.checked = value.includes(box.value);
      node.dataset.order = value.join(" ");
    } else if (node.type === "checkbox") {
      node.checked = value === true;
    } else {
      node.value = String(value);
    }
  }

  function fill(scope, obj) {
    for (const node of scope.querySelectorAll("[data-key], [data-list]")) {
      if (owner(node) !== scope || node === el.village) continue;
      const value = getIn(obj, node.dataset.list || node.dataset.key);
      if (value === undefined || value === null) continue;
      if (node.dataset.list) {
        value.forEach((item, i) => {
          const row = addRow(node);
          row.dataset.from = String(i); // the item it stands for, whatever rows go before it
          fill(row, item);
          if (ownControl(row, "slug_mitra") && item.slug_mitra) linkPartner(row);
          const box = ownConsent(row);
          if (box && (item.izin_publikasi || (node.dataset.list === "pengurus" && item.nama))) {
            box.checked = true;
            if (!item.izin_publikasi) row.dataset.consentReenter = "1";
            row.dataset.consentOf = JSON.stringify({ person: personOf(row), date: ownConsentDate(row).value });
          }
          syncRow(row);
        });
      } else {
        setValue(node, value);
      }
    }
    for (const details of form.querySelectorAll("details")) {
      if (details.querySelector("[data-row]")) details.open = true;
    }
  }

  // The profile's own file (data/kim/<slug>.yml) fills the form, consented names and personal
  // contacts included, and is written back by yamlpatch.js (loaded only here). Without it (a
  // file that reader refuses), the public data fills the form and the file is written anew.
  function loadProfile(slug) {
    el.load.textContent = T.kf_loading_profile;
    const missing = () => { el.load.textContent = fmt(T.kf_edit_missing, { slug }); };
    return published(slug).then((kim) => {
      if (!kim) return missing();
      // a former address (an old poster's QR code, a shared link) opens its KIM's profile
      const file = Promise.all([import("./yamlpatch.js"), fetchText(data.kim + kim.slug + ".yml")])
        .then(([lib, text]) => ({ lib, parsed: lib.parse(text.replace(SITE_MODELINE, REPO_MODELINE)) })).catch(() => null);
      return Promise.all([fetchJSON(data.kim + kim.slug + ".json"), file])
        .then(([record, source]) => fillProfile(kim.slug, record, source), missing);
    }, missing);
  }

  // Every field path the form has ("kontak/nama", "koordinat" for "koordinat/lintang"), its rows'
  // included: what an update may change.
  function formPaths(scope, base, paths) {
    for (const node of scope.querySelectorAll("[data-key], [data-list]")) {
      if (owner(node) !== scope) continue;
      const path = join(base, node.dataset.list || node.dataset.key);
      path.split("/").forEach((_, i, keys) => paths.add(keys.slice(0, i + 1).join("/")));
      if (node.dataset.list) formPaths(byId(node.dataset.template).content.firstElementChild, path, paths);
    }
    return paths;
  }

  // A file written anew from the public data `record` keeps, in each row's item, the keys the
  // form has no field for of the record's item the row was filled from (a fulfilled need's
  // `status` and `dipenuhi_oleh`), those the file may hold: not the board's own `berakhir`.
  function keepUnseen(doc, record) {
    const paths = formPaths(form, "", new Set());
    for (const list of form.querySelectorAll("[data-list]")) {
      const key = list.dataset.list;
      const items = getIn(doc, key), was = getIn(record, key);
      const item = key.split("/").reduce((s, k) => s && s.properties && s.properties[k], state.schema);
      const allowed = item && item.items && item.items.properties;
      if (!Array.isArray(items) || !Array.isArray(was) || !allowed) continue;
      listRows(key).forEach((row, i) => {
        const own = row.dataset.from && was[Number(row.dataset.from)];
        if (!isObject(own)) return;
        for (const k of C.order[key] || []) {
          const fits = hasOwn(allowed, k) && own[k] !== undefined && !schemaErrors(allowed[k], own[k]).length;
          if (fits && !paths.has(join(key, k)) && items[i][k] === undefined) items[i][k] = own[k];
        }
      });
    }
  }

  function fillProfile(slug, record, source) {
    const w = record.wilayah;
    state.editing = slug;
    state.loaded = [slug, record, source]; // to start afresh from
    state.place = { code: w.kode, name: w.desa_kelurahan, district: w.kecamatan, regency: w.kabupaten_kota, province: w.provinsi };
    el.chosen.textContent = worded(w.kode, placeText(state.place)) + " (" + w.kode + ")";
    el.q.dataset.touched = "1";
    const values = Object.assign({}, source ? source.parsed.value : record);
    for (const k of ["lisensi", "url", "wilayah", "diperbarui", "versi"]) delete values[k];
    fill(form, values);
    // A sample stays a sample: its flag is shown (and kept) only when the profile is one.
    byId("kf-contoh-field").hidden = !record.contoh;
    el.slug.value = slug;
    el.slug.readOnly = true;
    el.editTitle.textContent = fmt(T.kf_edit_title, { name: record.nama });
    if (data.editBase) {
      el.editLink.href = data.editBase + data.folder + "/" + w.kode_provinsi + "/" + w.kode_kabupaten_kota + "/" + slug + ".yml";
    } else {
      el.editLink.parentElement.hidden = true;
    }
    el.edit.hidden = false;
    el.load.textContent = "";
    if (source) {
      // What the form reads back untouched: a value differing from it is an edit.
      const base = readDoc(new Map());
      withhold(base);
      base.diperbarui = source.parsed.value.diperbarui;
      const paths = formPaths(form, "", new Set(["versi", "diperbarui"]));
      state.source = { lib: source.lib, parsed: source.parsed, base, paths };
    }
  }

  return { setValue, loadProfile, keepUnseen, fillProfile };
}
