// The contribution form's fields and the document they describe (kontribusi.js): reading the
// form into a KIM file's values, as the file needs them, and adding and numbering list rows.
// A row (`data-row`) holds its own fields; a field belongs to the nearest row or form around it.
import { byId } from "./util.js";

export function formFields({ C, form, el, state, fmt, text, checks }) {
  const T = C.text;
  const F = C.formats;
  const { TODAY, PHONE_EXAMPLE, phoneHint } = text;
  const { strip, join, kindOf } = checks;

  const owner = (node) => node.parentElement.closest("[data-row], form");
  const listRows = (key) => {
    const list = form.querySelector('[data-list="' + key + '"]');
    return list ? [...list.querySelector(".kf-rows").children] : [];
  };
  const ownConsent = (row) => [...row.querySelectorAll("[data-consent]")].find((b) => owner(b) === row);
  const ownControl = (row, key) => [...row.querySelectorAll('[data-key="' + key + '"]')].find((c) => owner(c) === row);

  function isHidden(node, scope) {
    for (let n = node; n && n !== scope; n = n.parentElement) if (n.hidden) return true;
    return false;
  }

  function setIn(obj, path, value) {
    const keys = path.split("/");
    const last = keys.pop();
    let o = obj;
    for (const k of keys) o = o[k] || (o[k] = {});
    o[last] = value;
  }

  // What a volunteer types, as the file needs it: a phone number in the +62 form
  // ("0812-3456 7890" is +6281234567890), a count without its word ("15 orang" is 15),
  // without spaces around. Anything that still does not fit is kept as typed, so the
  // message at the field can say what is wrong with it.
  function normalise(text, path, type) {
    const s = text.trim();
    const format = C.fieldFormats[strip(path)];
    if (format === "phone" || format === "whatsapp") {
      const guess = phoneHint(s); // the validator's own guess at the +62 form
      return guess !== PHONE_EXAMPLE && new RegExp(F[format]).test(guess) ? guess : s;
    }
    const runs = type === "int" ? s.match(/[0-9]+/g) : null;
    if (runs && runs.length === 1 && /^[\p{L}\s.±~]*[0-9]+[\p{L}\s.]*$/u.test(s)) return runs[0]; // "± 15 orang"
    return s;
  }


  // A control's path without row numbers ("kontak/telepon"), as `normalise` needs it.
  const keyPath = (node) => {
    const list = node.closest("[data-list]");
    return list ? list.dataset.list + "/" + node.dataset.key : node.dataset.key;
  };

  function readValue(node, kind, path) {
    if (node === el.village) return state.place ? state.place.code : undefined;
    if (kind === "flag") return node.checked || undefined;
    if (node.dataset.type === "multi") {
      // In the order chosen (or loaded), as the profile lists them; the rest in page order.
      const checked = [...node.querySelectorAll("input[type=checkbox]:checked")].map((b) => b.value);
      const order = (node.dataset.order || "").split(" ").filter((v) => checked.includes(v));
      const values = order.concat(checked.filter((v) => !order.includes(v)));
      return values.length ? values : undefined;
    }
    const s = normalise(node.value.replace(/\r\n?/g, "\n").normalize("NFC"), path, node.dataset.type);
    if (s === "") return undefined;
    switch (node.dataset.type) {
      case "int":
      case "year":
        return /^[+-]?[0-9]+$/.test(s) ? Number(s) : s;
      case "decimal": {
        const dotted = /^[+-]?[0-9]+,[0-9]+$/.test(s) ? s.replace(",", ".") : s;
        if (!/^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/.test(dotted)) return s;
        // A point that is not a public place is written to about 100 m (PRIVATE_POINT_PLACES
        // of the format), as the file itself is public: rounded here, not refused.
        return path.startsWith("koordinat/") && !el.publicPlace.checked
          ? Number(Number(dotted).toFixed(C.privatePointPlaces)) : Number(dotted);
      }
      case "yeardate":
        return /^[0-9]{4}$/.test(s) ? Number(s) : s;
      default:
        return s;
    }
  }

  // The values of one scope (the form or a row), registering where each path is shown.
  function readScope(scope, base, where) {
    const obj = {};
    const consent = scope === form ? null : ownConsent(scope);
    if (consent && !isHidden(consent, scope)) where.set(join(base, "izin_publikasi"), consent);
    for (const node of scope.querySelectorAll("[data-key], [data-list]")) {
      if (owner(node) !== scope || isHidden(node, scope)) continue;
      if (node.dataset.list) {
        const path = join(base, node.dataset.list);
        where.set(path, node);
        const rows = [...node.querySelector(".kf-rows").children];
        const items = rows.map((row, i) => {
          where.set(path + "/" + i, row);
          return readScope(row, path + "/" + i, where);
        });
        if (items.length) setIn(obj, node.dataset.list, items);
        continue;
      }
      const path = join(base, node.dataset.key);
      where.set(path, node === el.village ? el.q : node);
      const value = readValue(node, kindOf(path), path);
      if (value !== undefined) setIn(obj, node.dataset.key, value);
    }
    return obj;
  }

  function readDoc(where) {
    const raw = readScope(form, "", where);
    return Object.assign({ versi: 1 }, raw, { diperbarui: TODAY });
  }

  // ---- rows ----
  let rowCounter = 0;

  function addRow(list) {
    const template = byId(list.dataset.template);
    const row = template.content.firstElementChild.cloneNode(true);
    const n = String(++rowCounter);
    for (const node of [row, ...row.querySelectorAll("[id], [for], [aria-describedby]")]) {
      for (const attr of ["id", "for", "aria-describedby"]) {
        const v = node.getAttribute(attr);
        if (v && v.includes("__")) node.setAttribute(attr, v.split("__").join(n));
      }
    }
    limitDates(row);
    list.querySelector(".kf-rows").appendChild(row);
    numberRows(list);
    syncRow(row);
    return row;
  }

  function numberRows(list) {
    [...list.querySelector(".kf-rows").children].forEach((row, i) => {
      const name = fmt(list.dataset.rowLabel, { n: i + 1 });
      row.querySelector("legend").textContent = name;
      row.querySelector("[data-remove]").textContent = fmt(T.kf_remove, { what: name });
    });
  }

  // Show what applies: personal fields for personal contacts, the consent date when consent is ticked.
  function syncRow(row) {
    for (const part of row.querySelectorAll("[data-show-when]")) {
      const [key, value] = part.dataset.showWhen.split("=");
      const control = ownControl(row, key);
      part.hidden = !control || control.value !== value;
    }
    const box = ownConsent(row);
    if (box) {
      const date = [...row.querySelectorAll(".kf-consent-date")].find((d) => owner(d) === row);
      date.hidden = !box.checked;
    }
  }

  // Dates that have passed get a date picker that stops at today (offers may run into the future).
  function limitDates(scope) {
    for (const box of scope.querySelectorAll('input[type="date"]')) if (box.dataset.key !== "hingga") box.max = TODAY;
  }

  // The SK levels in the words of the chosen village's province, as the site names them: a
  // desa's SK is a kampung's in Papua, a kecamatan's a distrik's (C.skLevels); the value stays.
  function levelsFollowPlace(scope) {
    const words = (state.place && C.skLevels[state.place.code.slice(0, 2)]) || {};
    for (const option of scope.querySelectorAll('select[data-key="tingkat"] option')) {
      if (!("label" in option.dataset)) option.dataset.label = option.textContent;
      option.textContent = words[option.value] || option.dataset.label;
    }
  }

  return {
    owner, listRows, ownConsent, ownControl, isHidden, normalise, keyPath, readValue, readDoc,
    addRow, numberRows, syncRow, limitDates, levelsFollowPlace,
  };
}
