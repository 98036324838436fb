// The contribution form's YAML (kontribusi.js), in the style of `kim new`
// (generator/format/scaffold.py): the keys in the format's order, one KIM file as a volunteer
// would write it, and the file's place and name in the repository.
import { fitSlug, fold, slugify } from "./util.js";
import { hasOwn, isObject } from "./kontribusi-schema.js";

// A KIM file's first line in the repository: its editor's schema, from kims/<prov>/<reg>/.
// The site publishes the file with the site's schema there instead (opendata.published_source),
// and an update writes the repository's line back.
export const REPO_MODELINE = "# yaml-language-server: $schema=../../../schema/kim.schema.json";

export function yamlWriter({ C, state, data, text, checks }) {
  const { DATE } = text;
  const { join, levelOf } = checks;

  const RESERVED = /^(?:y|n|yes|no|true|false|on|off|null)$/i;
  const PLAIN = /^\p{L}[^\x00-\x1f\x7f-\x9f:#\u2028\u2029\ufeff]*$/u;
  const plainOk = (s) => PLAIN.test(s) && !RESERVED.test(s) && s === s.trim();
  const oneLine = (s) => String(s).replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029]+/g, " ");
  const blockOk = (s) => !/^\s/.test(s) && !/^[ ]*\t/m.test(s) && !/[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/.test(s);

  function scalar(value, kind) {
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    if (kind === "quoted" || kind === "url") return JSON.stringify(value);
    if ((kind === "day" || kind === "day-future" || kind === "yearday") && DATE.test(value)) return value;
    return plainOk(value) ? value : JSON.stringify(value);
  }

  const flowScalar = (v) => (typeof v !== "string" || (/^[a-z0-9][a-z0-9-]*$/.test(v) && !RESERVED.test(v)) ? String(v) : JSON.stringify(v));

  function emit(obj, path) {
    const lines = [];
    const keys = C.order[path] || [];
    for (const key of keys.concat(Object.keys(obj).filter((k) => !keys.includes(k)))) {
      if (!hasOwn(obj, key)) continue;
      const value = obj[key];
      const sub = join(path, key);
      const kind = C.kinds[sub] || "";
      if (Array.isArray(value)) {
        if (kind.startsWith("list-")) {
          lines.push(key + ": [" + value.map(flowScalar).join(", ") + "]");
        } else {
          lines.push(key + ":");
          for (const item of value) {
            const inner = isObject(item) ? emit(item, sub) : [scalar(item, "")];
            if (!inner.length) lines.push("  - {}");
            inner.forEach((line, i) => lines.push(line === "" ? "" : (i === 0 ? "  - " : "    ") + line));
          }
        }
      } else if (isObject(value)) {
        if (Object.values(value).every((v) => typeof v !== "object")) {
          lines.push(key + ": {" + Object.keys(value).map((k) => k + ": " + flowScalar(value[k])).join(", ") + "}");
        } else {
          lines.push(key + ":");
          for (const line of emit(value, sub)) lines.push(line === "" ? "" : "  " + line);
        }
      } else if (typeof value === "string" && (kind === "markdown" || kind === "multiline") && value.includes("\n") && blockOk(value)) {
        lines.push(key + ": |");
        for (const line of value.split("\n")) lines.push(line === "" ? "" : "  " + line);
      } else {
        let line = key + ": " + scalar(value, kind);
        if (sub === "wilayah" && state.place && state.place.code === value) {
          line += "  # " + oneLine(worded(state.place.code, state.place.name)) + "; nama wilayah diturunkan dari kode ini";
        }
        lines.push(line);
      }
    }
    return lines;
  }

  // A village's word and its district's, as generator/model/placewords.py gives each province's
  // in the config: "Desa" and "Kec.", a kelurahan's, and in Papua "Kampung" and "Distrik".
  const placeWords = (code) => C.placeWords[code.slice(0, 2)][levelOf(code) === "kelurahan" ? 1 : 0];
  const villageWord = (code) => placeWords(code)[0];
  const placeText = (p) => p.name + ", " + placeWords(p.code)[1] + " " + p.district + ", " + p.regency + ", " + p.province;
  // The words of a village's kind an official name may start with (C.villageWords,
  // regionmatch.OWN_VILLAGE_WORDS): not dusun or jorong, parts of a village whose names some
  // villages bear (Desa Dusun Tua), nor short forms (Desa Kp. Bantan).
  const ownWords = (space) => "(?:" + C.villageWords.map((w) => w.split(" ").join(space)).join("|") + ")";
  const OWN_WORD = new RegExp("^" + ownWords("\\s+") + "\\s+(?=\\S)");
  const OWN_SLUG_WORDS = new RegExp("^(?:" + ownWords("-") + "-)+(?=.)");
  // `text` (a village's name first) after the village's word, unless the name starts with one:
  // Kampung Baru, Distrik Kokas, was "Kampung Kampung Baru".
  const worded = (code, text) => (OWN_WORD.test(fold(text)) ? "" : villageWord(code) + " ") + text;

  function targetPath(doc) {
    const p = state.place;
    const folder = p ? data.folder + "/" + p.code.slice(0, 2) + "/" + p.code.slice(0, 5) : data.folder + "/?/?";
    return folder + "/" + (doc.slug || "?") + ".yml";
  }

  function toYaml(doc) {
    const head = [REPO_MODELINE, "# Profil " + oneLine(doc.nama || "KIM")];
    const p = state.place;
    if (p) head.push("# " + oneLine(worded(p.code, placeText(p))));
    head.push("# Dibuat dengan formulir kontribusi Direktori KIM. Periksa berkas ini dengan: kim validate " + targetPath(doc));
    return head.join("\n") + "\n\n" + emit(doc, "").join("\n") + "\n";
  }

  // ---- slug: the rule of generator/format/scaffold.py default_slug ----
  // The village is added unless the name holds it, whole or without its word, word for word.
  function defaultSlug(nama, villageName) {
    let slug = slugify(nama);
    const village = slugify(villageName || "");
    const named = [village, village.replace(OWN_SLUG_WORDS, "")].some((v) => ("-" + slug + "-").includes("-" + v + "-"));
    if (village && !named) slug = slug + "-" + village;
    return fitSlug(slug);
  }

  return { emit, flowScalar, villageWord, placeText, worded, targetPath, toYaml, defaultSlug };
}
