// The contribution form (/kontribusi/): builds one KIM file in the browser, checks it the way
// `kim validate` does wherever that is possible here, and hands it to GitHub as a new file.
//
// A plain ES module without libraries, inline code or eval, so it runs under the site's CSP
// (script-src 'self', connect-src 'self'). It reads, all from this site:
// - #kf-config: key order and field kinds of the format, the validator's messages in the
//   page's language, vocabularies and media hosts (generator/site/sections/kontribusi.py);
// - data/kim.schema.json: the published JSON Schema, checked by the small interpreter below;
// - data/desa/<two characters>.json: the official villages, one start of a name at a time;
// - data/desa-kim/<regency>.json: the KIMs of the regency's villages, once a village is chosen;
// - data/kim/<slug>.json and the KIM's own file data/kim/<slug>.yml when an existing profile is
//   updated (?ubah=<slug>), written back by yamlpatch.js with only what changed.
// Nothing typed here leaves the browser except through the GitHub link the person follows; a
// draft of it is kept in this tab's sessionStorage (section 11) so that a reload loses nothing.
import {
  byId, fetchJSON, fetchText, fill as fillText, fold, nameCollator, nearPrefix, numberFormat,
  pageConfig, parseJSON, slugify, villageFileKey,
} from "./util.js";

(() => {
  // ==== 1. A JSON Schema interpreter for the keywords generator/format/schema.py emits ===
  //
  // Draft 2020-12 semantics for exactly: type, enum, pattern, minLength, maxLength, minimum,
  // maximum, maxItems, uniqueItems, items, properties, required, additionalProperties (false),
  // anyOf, allOf, not, if/then. $schema, $id, title, description and format are annotations (format
  // is not asserted, as in jsonschema's default). Any other keyword throws, so a new feature of
  // the generator cannot be skipped silently. Each error is {path, keyword, params, schema, cond}:
  // `path` is the instance location as an array, `cond` the `if` schema when the error comes
  // from a `then` (so "needs" messages can name the condition).
  const KEYWORDS = new Set([
    "$schema", "$id", "title", "description", "format", "type", "enum", "pattern", "minLength",
    "maxLength", "minimum", "maximum", "maxItems", "uniqueItems", "items", "properties", "required",
    "additionalProperties", "anyOf", "allOf", "not", "if", "then",
  ]);
  const regexCache = new Map();
  const regex = (p) => {
    if (!regexCache.has(p)) regexCache.set(p, new RegExp(p, "u"));
    return regexCache.get(p);
  };
  const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
  const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

  function typeOf(v) {
    if (v === null) return "null";
    if (Array.isArray(v)) return "array";
    if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
    return typeof v; // string, boolean, object
  }

  function hasType(v, type) {
    if (Array.isArray(type)) return type.some((t) => hasType(v, t));
    const actual = typeOf(v);
    return actual === type || (type === "number" && actual === "integer");
  }

  function same(a, b) {
    if (a === b) return true;
    if (typeOf(a) !== typeOf(b) || typeof a !== "object" || a === null) return false;
    if (Array.isArray(a)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
    const ka = Object.keys(a), kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => hasOwn(b, k) && same(a[k], b[k]));
  }

  function schemaErrors(schema, value) {
    const out = [];
    walk(schema, value, [], out, null);
    return out;
  }

  function walk(s, v, path, out, cond) {
    if (s === true) return;
    if (s === false) return void out.push({ path, keyword: "false", params: {}, schema: s, cond });
    for (const k in s) if (!KEYWORDS.has(k)) throw new Error("unsupported JSON Schema keyword: " + k);
    const err = (keyword, params) => out.push({ path, keyword, params: params || {}, schema: s, cond });

    if (s.type !== undefined && !hasType(v, s.type)) err("type", { type: s.type });
    if (s.enum !== undefined && !s.enum.some((e) => same(e, v))) err("enum", { allowed: s.enum });
    if (typeof v === "string") {
      const length = [...v].length; // code points, as JSON Schema counts them
      if (s.minLength !== undefined && length < s.minLength) err("minLength", { limit: s.minLength });
      if (s.maxLength !== undefined && length > s.maxLength) err("maxLength", { limit: s.maxLength });
      if (s.pattern !== undefined && !regex(s.pattern).test(v)) err("pattern", { pattern: s.pattern });
    }
    if (typeof v === "number") {
      if (s.minimum !== undefined && v < s.minimum) err("minimum", { limit: s.minimum });
      if (s.maximum !== undefined && v > s.maximum) err("maximum", { limit: s.maximum });
    }
    if (Array.isArray(v)) {
      if (s.maxItems !== undefined && v.length > s.maxItems) err("maxItems", { limit: s.maxItems });
      if (s.uniqueItems === true) {
        const index = v.findIndex((x, i) => v.slice(0, i).some((y) => same(x, y)));
        if (index >= 0) err("uniqueItems", { index });
      }
      if (s.items !== undefined) v.forEach((x, i) => walk(s.items, x, path.concat(i), out, null));
    }
    if (isObject(v)) {
      for (const key of s.required || []) if (!hasOwn(v, key)) err("required", { missing: key });
      for (const key of Object.keys(v)) {
        if (s.properties && hasOwn(s.properties, key)) walk(s.properties[key], v[key], path.concat(key), out, null);
        else if (s.additionalProperties === false) err("additionalProperties", { key });
      }
    }
    if (s.anyOf !== undefined && !s.anyOf.some((sub) => schemaErrors(sub, v).length === 0)) err("anyOf", {});
    for (const sub of s.allOf || []) walk(sub, v, path, out, cond);
    if (s.not !== undefined && schemaErrors(s.not, v).length === 0) err("not", {});
    if (s.if !== undefined && schemaErrors(s.if, v).length === 0 && s.then !== undefined) {
      walk(s.then, v, path, out, s.if);
    }
  }

  // Tests drive the interpreter directly; everything else needs the page.
  const api = { schemaErrors };
  window.kimKontribusi = api;

  const form = byId("kf-form");
  const C = pageConfig("kf-config");
  if (!form || !C) return;
  const T = C.text;
  const F = C.formats;
  const fmt = (template, args) => fillText(template, args || {}, String);
  const message = (code, args) => fmt(C.messages[code] || T[code] || code, args);
  // A KIM file's first line in the repository: its editor's schema, from kims/<prov>/<reg>/.
  // The site publishes the file with the site's schema there instead (opendata.published_source),
  // and an update writes the repository's line back.
  const REPO_MODELINE = "# yaml-language-server: $schema=../../../schema/kim.schema.json";
  const SITE_MODELINE = /^# yaml-language-server: \$schema=\S*kim\.schema\.json(?=\s|$)/;

  // ==== 2. Text, URL and date checks: ports of generator/format/source.py, checker.py, model/urls.py ===
  // Today is the date in Jakarta (WIB), as the validator reads it on the pull request
  // (generator/format/dates.py): a volunteer in Papua writing after midnight would otherwise
  // date the file a day the validator calls the future.
  const wib = new Date(Date.now() + C.utcOffsetMinutes * 60e3);
  const TODAY = wib.toISOString().slice(0, 10);
  const THIS_YEAR = wib.getUTCFullYear();
  const DATE = new RegExp(F.date);
  const MOBILE = new RegExp(F.mobile);
  const MEDIA_CONTACT = new RegExp(F.mediaContact); // read on the link decoded and lowercased, as the validator does
  const decoded = (url) => {
    try {
      return decodeURIComponent(url);
    } catch (e) {
      return url; // a stray % is the URL checks' to report
    }
  };

  // The rule of source.py's _BAD_CHAR, from the browser's own Unicode tables.
  const BAD_CHAR = /(?![\t\n\r\ufe0e\ufe0f])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\u2800]/u;
  const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
  const HTML = new RegExp(F.html);
  // The validator's own patterns (generator/format/checker.py, model/urls.py), from the config.
  const pattern = (name, more) => new RegExp(C.patterns[name][0], C.patterns[name][1] + (more || ""));
  const MD_LINK = pattern("mdLink", "g");
  const WORD = /[\p{L}\p{N}_]+/gu;
  const LATIN = /\p{Script=Latin}/u;
  const FOREIGN = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;

  // Phone numbers and e-mail addresses in free text: generator/format/contacts.py's patterns,
  // their possessive quantifiers written as atomic lookaheads and their digits and letters
  // Unicode's, as Python's are (`for_javascript`).
  const PHONE_RUN = pattern("phoneRun", "g");
  const EMAIL_IN_TEXT = pattern("emailInText", "g");

  // `_is_phone`: a run is a phone number with 9 to 13 digits in the 0 form, written with its
  // country code or an area or mobile prefix of 3 to 5 digits (not a time or a date). Digits
  // are any script's ("０８１２" too), counted by code point, as Python counts them.
  function isPhone(run) {
    let digits = [...run.replace(/\P{Nd}/gu, "")];
    if (run.startsWith("+62") || run.startsWith("(+62)") || (run.startsWith("62") && digits[2] === "8")) {
      digits = ["0"].concat(digits.slice(2));
    } else if (run.startsWith("62") || [...run.replace(/^\(+/, "").split(/\P{Nd}/u, 1)[0]].length < 3) {
      return false;
    }
    return digits[1] !== "0" && digits.length >= 9 && digits.length <= 13;
  }

  // `_plain` in contacts.py: any script's digits as ASCII ones (a script's digits follow its
  // zero, C.digitZeros), Unicode's spaces and dashes as " " and "-", "@" and "." written
  // otherwise as themselves; with, for each of its characters, where it stands in `text`.
  const ZEROS = C.digitZeros;
  function plain(text) {
    let out = "", at = 0;
    const from = [];
    for (const ch of text) {
      let c = ch;
      if (ch.charCodeAt(0) > 127) {
        const cp = ch.codePointAt(0);
        const zero = /\p{Nd}/u.test(ch) ? ZEROS.filter((z) => z <= cp).pop() : undefined;
        if (zero !== undefined && cp - zero < 10) c = String(cp - zero);
        else if (/\p{Zs}/u.test(ch)) c = " ";
        else if (/\p{Pd}/u.test(ch) || ch === "\u2212") c = "-";
        else if (["@", "."].includes(ch.normalize("NFKC"))) c = ch.normalize("NFKC");
      }
      for (let k = 0; k < c.length; k++) from.push(at);
      out += c;
      at += ch.length;
    }
    from.push(at);
    return [out, from];
  }

  // `contacts_in`: [kind, as written, on one line] of each e-mail address, then each phone number.
  function contactsIn(text) {
    const [p, from] = plain(text);
    const written = (m) => text.slice(from[m.index], from[m.index + m[0].length]).replace(/\n/g, " ");
    const emails = [...p.matchAll(EMAIL_IN_TEXT)].map((m) => ["email", written(m)]);
    return emails.concat([...p.matchAll(PHONE_RUN)].filter((m) => isPhone(m[0])).map((m) => ["phone", written(m)]));
  }

  function characterProblem(ch) {
    if (BIDI.test(ch)) return "bidi-control";
    if (ch === "\u2028" || ch === "\u2029") return "line-separator";
    return /\p{Cc}/u.test(ch) ? "control-char" : "invisible-char";
  }

  // The message code and character of the first character a KIM file may not hold, or null.
  function badCharacter(text) {
    const bad = BAD_CHAR.exec(text);
    if (!bad) return null;
    const ch = bad[0];
    return [characterProblem(ch), "U+" + ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")];
  }

  const DANGEROUS = pattern("dangerous");
  const HOST = pattern("host");
  const UNSAFE = pattern("unsafe");
  const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(colon|tab|newline));?/gi;
  const NAMED = { colon: ":", tab: "\t", newline: "\n" };

  // Browsers decode `&#106;avascript:` in attributes: look at a link as they would.
  const stripEntities = (url) =>
    url.replace(ENTITY, (m, dec, hex, name) => {
      if (name) return NAMED[name.toLowerCase()];
      const code = dec ? parseInt(dec, 10) : parseInt(hex, 16);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : "";
    }).replace(/\s/g, "");

  function splitUrl(url) {
    const rest = url.slice(url.indexOf("//") + 2);
    const netloc = rest.split(/[/?#]/, 1)[0];
    let hostport = netloc.slice(netloc.lastIndexOf("@") + 1);
    let port = null;
    const colon = hostport.lastIndexOf(":");
    if (colon >= 0 && !hostport.startsWith("[")) {
      port = hostport.slice(colon + 1) || null;
      hostport = hostport.slice(0, colon);
    }
    const path = rest.slice(netloc.length).split(/[?#]/, 1)[0];
    return { netloc, hostname: hostport.toLowerCase(), port, path };
  }

  // The message code of what is wrong with a link, or null (generator/model/urls.py url_problem).
  function urlProblem(url) {
    if (DANGEROUS.test(url) || DANGEROUS.test(stripEntities(url))) return "url-dangerous";
    if (UNSAFE.test(url)) return "url-characters";
    const lower = url.toLowerCase();
    if (!lower.startsWith("https://") && !lower.startsWith("http://")) return "url-scheme";
    const parts = splitUrl(url);
    if (parts.netloc.includes("@")) return "url-userinfo";
    if (parts.port !== null || !HOST.test(parts.hostname)) return "url-host";
    const redirect = Object.prototype.hasOwnProperty.call(C.redirectors, parts.hostname)
      ? C.redirectors[parts.hostname] : null;
    if (redirect !== null && (!redirect || parts.path.replace(/\/+$/, "").toLowerCase() === redirect)) {
      return "url-redirect";
    }
    return null;
  }
  const urlHost = (url) => splitUrl(url).hostname;
  const punycodeHost = (host) => host.startsWith("xn--") || host.includes(".xn--");
  const hostMatches = (host, allowed) => allowed.some((a) => host === a || host.endsWith("." + a));

  // The validator's example (checker.py): the valid shape, but no one's number.
  const PHONE_EXAMPLE = C.phoneExample;
  // checker.py's _phone_hint: a guess only if the field's own `pattern` takes it.
  function phoneHint(text, pattern) {
    if (/[^0-9+\s().-]/.test(text)) return PHONE_EXAMPLE;
    let digits = text.replace(/[^0-9+]/g, "");
    if (digits.startsWith("0")) digits = "+62" + digits.slice(1);
    else if (digits.startsWith("62")) digits = "+" + digits;
    return new RegExp(pattern).test(digits) ? digits : PHONE_EXAMPLE;
  }

  function realDate(text) {
    const [y, m, d] = text.split("-").map(Number);
    const day = new Date(Date.UTC(2000, 0, 1));
    day.setUTCFullYear(y, m - 1, d);
    return y > 0 && day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
  }

  // ==== 3. Checking a document: the schema, then the rules that can run here =============
  const strip = (path) => path.replace(/\/\d+(?=\/|$)/g, "");
  const kindOf = (path) => C.kinds[strip(path)] || "";
  const join = (a, b) => (a === "" ? String(b) : a + "/" + b);
  const getIn = (obj, path) => path.split("/").reduce((o, k) => (o == null ? undefined : o[k]), obj);
  let schema = null;

  function problem(path, code, args, severity) {
    return { path, code, args: args || {}, severity: severity || "error" };
  }

  // Every string of the document with its path, for the checks that apply to any text.
  function strings(value, path, out) {
    if (typeof value === "string") out.push([path, value]);
    else if (Array.isArray(value)) value.forEach((v, i) => strings(v, join(path, i), out));
    else if (isObject(value)) for (const k of Object.keys(value)) strings(value[k], join(path, k), out);
    return out;
  }

  function patternProblem(path, pattern, value) {
    const args = { value };
    if (pattern === F.slug) return problem(path, "bad-slug", args);
    if (pattern === F.email) return problem(path, "bad-email", args);
    if (pattern === F.phone) return problem(path, "bad-phone", { value, hint: phoneHint(value, pattern) });
    if (pattern === F.whatsapp) return problem(path, "bad-whatsapp", { value, hint: phoneHint(value, pattern) });
    if (pattern === F.region) return problem(path, "bad-region", args);
    if (pattern === F.url) return problem(path, urlProblem(value) || "url-scheme", args);
    if (pattern === F.date || pattern === F.day) return problem(path, "bad-date-format", args);
    return problem(path, pattern === F.line && /\S/.test(value) ? "single-line" : "empty-value");
  }

  // A schema error in the words of generator/format/messages.py.
  function fromSchema(e, doc) {
    const path = e.path.join("/");
    const s = e.schema;
    const v = e.path.reduce((o, k) => (o == null ? undefined : o[k]), doc);
    const condKey = e.cond ? Object.keys(e.cond.properties)[0] : null;
    switch (e.keyword) {
      case "required": {
        const key = e.params.missing;
        if (!condKey) return problem(join(path, key), "missing-key", { key });
        const code = key === "izin_publikasi" ? "consent-missing" : "needs-key";
        return problem(join(path, key), code, { key, when: condKey, value: v[condKey] });
      }
      case "anyOf":
        if (condKey && s.anyOf.every((o) => o.required)) {
          const need = s.anyOf.map((o) => o.required[0]);
          return problem(join(path, need[0]), "needs-one-of", { key: condKey, value: v[condKey], need: need.join(" / ") });
        }
        return problem(path, "year-or-date", { value: v }); // the format's only other anyOf
      case "type":
        if (s.type === "integer") return problem(path, "expected-whole", { value: v });
        if (s.type === "number") return problem(path, "expected-decimal", { value: v });
        return problem(path, "wrong-type", {
          expected: C.types[s.type] || s.type,
          got: C.types[Array.isArray(v) ? "array" : isObject(v) ? "object" : "value"],
        });
      case "enum":
        return problem(path, "unknown-value", { value: v, allowed: s.enum.join(", ") });
      case "pattern":
        return patternProblem(path, s.pattern, v);
      case "not":
        return problem(path, "html"); // the format's only `not`
      case "minLength":
        return problem(path, "empty-value");
      case "maxLength":
        return problem(path, "too-long", { length: [...v].length, limit: s.maxLength });
      case "minimum":
      case "maximum": {
        const range = { value: v, minimum: s.minimum, maximum: s.maximum };
        if (s.minimum === s.maximum) return problem(path, "must-equal", range);
        const swapped = /(^|\/)lintang$/.test(path) && v >= 94.5 && v <= 141.5;
        return problem(path, swapped ? "coordinates-swapped" : "out-of-range", range);
      }
      case "maxItems":
        return problem(path, "list-too-long", { count: v.length, limit: s.maxItems });
      case "uniqueItems":
        return problem(join(path, e.params.index), "duplicate-item", { value: v[e.params.index] });
      case "additionalProperties":
        return problem(join(path, e.params.key), "unknown-key", {
          key: e.params.key, allowed: Object.keys(s.properties || {}).join(", "),
        });
      default:
        return problem(path, "wrong-type", { expected: "?", got: "?" });
    }
  }

  // Checks on single values that need their kind (dates, years, links).
  function valueProblems(path, value, out) {
    const kind = kindOf(path);
    if (kind === "url" && typeof value === "string") {
      const code = urlProblem(value);
      if (code) out.push(problem(path, code, { value }));
      else if (value.toLowerCase().startsWith("http://")) {
        out.push(problem(path, "url-http", { https: "https://" + value.slice(7) }, "warning"));
      }
      if (!code && punycodeHost(urlHost(value))) {
        out.push(problem(path, "url-punycode", { host: urlHost(value) }, "warning"));
      }
    }
    const day = kind === "day" || kind === "day-future" || kind === "yearday";
    if (day && typeof value === "string") {
      if (!DATE.test(value)) out.push(problem(path, kind === "yearday" ? "year-or-date" : "bad-date-format", { value }));
      else if (!realDate(value)) out.push(problem(path, "impossible-date", { value }));
      else if (kind !== "day-future" && value > TODAY) out.push(problem(path, "future-date", { value }));
      else if (Number(value.slice(0, 4)) < 1945) out.push(problem(path, "date-too-old", { value }));
    }
    if ((kind === "year" || kind === "yearday") && typeof value === "number") {
      if (String(value).length !== 4) out.push(problem(path, kind === "year" ? "bad-year" : "year-or-date", { value }));
      else if (value > THIS_YEAR) out.push(problem(path, "future-date", { value }));
      else if (value < 1945) out.push(problem(path, "date-too-old", { value }));
    }
    if (kind === "year" && typeof value === "string") out.push(problem(path, "bad-year", { value }));
  }

  function textProblems(path, text, out) {
    const kind = kindOf(path);
    if (HTML.test(text)) return void out.push(problem(path, "html"));
    for (const word of text.match(WORD) || []) {
      if (!/^[\x00-\x7f]*$/.test(word) && LATIN.test(word) && FOREIGN.test(word)) {
        return void out.push(problem(path, "mixed-script", { word }));
      }
    }
    if (kind === "markdown") {
      let linksOk = true;
      for (const m of text.matchAll(MD_LINK)) {
        const target = m[1] !== undefined ? m[1] : m[2];
        const code = urlProblem(target);
        if (code) {
          out.push(problem(path, code === "url-redirect" ? code : "markdown-link", { value: target }));
          linksOk = false;
          continue;
        }
        // a chat link to someone's number, unless the text's own scan below sees it (`_links_ok`)
        const contact = MEDIA_CONTACT.exec(decoded(target).toLowerCase());
        if (contact && !contactsIn(target).length) out.push(problem(path, "media-contact", { value: contact[0] }));
        if (target.toLowerCase().startsWith("http://")) {
          out.push(problem(path, "url-http", { https: "https://" + target.slice(7) }, "warning"));
        }
        if (punycodeHost(urlHost(target))) out.push(problem(path, "url-punycode", { host: urlHost(target) }, "warning"));
      }
      if (!linksOk) return; // the validator reads no further in a text with a bad link
    }
    if (C.prose.includes(strip(path))) {
      for (const [found, value] of contactsIn(text)) out.push(problem(path, found + "-in-text", { value }));
    }
  }

  function levelOf(code) {
    const part = code.split(".")[3] || "";
    return part[0] === "1" ? "kelurahan" : part[0] === "2" ? "desa" : null;
  }

  // Rules across fields (generator/format/rules.py) and the form's own consent rules.
  function crossProblems(doc, out) {
    const place = state.place;
    const founded = doc.berdiri;
    (doc.sk || []).forEach((sk, i) => {
      const path = "sk/" + i + "/tingkat";
      if (place && (sk.tingkat === "desa" || sk.tingkat === "kelurahan")) {
        const expected = levelOf(place.code);
        if (expected && expected !== sk.tingkat) {
          out.push(problem(path, "sk-village-level", { village: place.name, code: place.code, expected, value: sk.tingkat }));
        }
      } else if (place && (sk.tingkat === "kabupaten" || sk.tingkat === "kota")) {
        const expected = Number(place.code.slice(3, 5)) >= 71 ? "kota" : "kabupaten";
        if (expected !== sk.tingkat) {
          out.push(problem(path, "sk-regency-level", { regency: place.regency, expected, value: sk.tingkat }, "warning"));
        }
      }
    });
    // as rules.py's _DATED: an SK before the founding may be right, a coaching session not
    for (const [list, code, severity] of [["sk", "sk-before-founding", "warning"], ["pembinaan", "pembinaan-before-founding"]]) {
      (doc[list] || []).forEach((item, i) => {
        const day = item.tanggal;
        if (typeof day !== "string" || !DATE.test(day) || founded === undefined) return;
        const early = typeof founded === "number" ? Number(day.slice(0, 4)) < founded
          : typeof founded === "string" && DATE.test(founded) && day < founded;
        if (early) out.push(problem(list + "/" + i + "/tanggal", code, { date: day, founded }, severity));
      });
    }
    (doc.media || []).forEach((m, i) => {
      const hosts = C.hosts[m.jenis];
      if (hosts && typeof m.url === "string" && !urlProblem(m.url) && !hostMatches(urlHost(m.url), hosts)) {
        out.push(problem("media/" + i + "/url", "media-host", { kind: m.jenis, host: urlHost(m.url), expected: hosts.join(", ") }));
      }
      const contact = typeof m.url === "string" && !urlProblem(m.url) ? MEDIA_CONTACT.exec(decoded(m.url).toLowerCase()) : null;
      if (contact) out.push(problem("media/" + i + "/url", "media-contact", { value: contact[0] }));
    });
    for (const list of ["pengurus", "kontak"]) {
      listRows(list).forEach((row, i) => {
        const item = (doc[list] && doc[list][i]) || {};
        if (row.dataset.channelsCleared && item.jenis === "lembaga" && !CHANNELS.some((key) => item[key] !== undefined)) {
          out.push(problem(list + "/" + i + "/jenis", "kf_consent_org_cleared", {}, "warning"));
        }
        // (read from the row: `doc` holds no channel of a contact without consent)
        const typed = (key) => { const node = ownControl(row, key); return node && node.value.trim(); };
        if (row.dataset.channelsGone && item.jenis === "pribadi" && !CHANNELS.some(typed)) {
          out.push(problem(list + "/" + i + "/" + row.dataset.channelsGone, "kf_person_channels_cleared", {}, "warning"));
        }
        const box = ownConsent(row);
        if (!box || isHidden(box, row)) return;
        if (row.dataset.consentChanged) {
          // A personal contact without consent is an error anyway; a name is then left out.
          out.push(problem(list + "/" + i + "/izin_publikasi", "kf_consent_changed", {}, list === "kontak" ? "error" : "warning"));
        } else if (box.checked && !item.izin_publikasi) {
          const code = row.dataset.consentReenter ? "kf_consent_reenter" : "kf_consent_date_missing";
          out.push(problem(list + "/" + i + "/izin_publikasi", code));
        }
      });
    }
    (doc.kontak || []).forEach((k, i) => {
      for (const key of ["telepon", "whatsapp"]) {
        if (k.jenis === "lembaga" && typeof k[key] === "string" && MOBILE.test(k[key])) {
          out.push(problem("kontak/" + i + "/" + key, "mobile-in-org-contact", { value: k[key] }, "warning"));
        }
      }
    });
    if (state.taken && state.taken.slug === doc.slug) {
      // Likely the same KIM, already listed: its profile, and the form for updating it. A
      // former address has no file of that name: it is said to lead to the KIM it names.
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
  }

  // The form's own consent rule: a person's name is written only with its consent date, and a
  // personal contact's name, numbers and e-mail likewise. Without the date, `doc` keeps the
  // role only, and the problems returned say so at the name.
  const PERSONAL = ["nama", "email", "telepon", "whatsapp"];
  const CHANNELS = PERSONAL.slice(1);
  function withhold(doc) {
    const out = [];
    (doc.pengurus || []).forEach((p, i) => {
      if (p.nama !== undefined && p.izin_publikasi === undefined) {
        delete p.nama;
        out.push(problem("pengurus/" + i + "/nama", "kf_name_not_written", {}, "warning"));
      }
    });
    (doc.kontak || []).forEach((k, i) => {
      if (k.jenis === "pribadi" && k.izin_publikasi === undefined && PERSONAL.some((key) => k[key] !== undefined)) {
        for (const key of PERSONAL) delete k[key];
        out.push(problem("kontak/" + i + "/nama", "kf_contact_not_written", { lembaga: C.vocab.kontak_jenis.lembaga }, "warning"));
      }
    });
    return out;
  }

  // All problems of a document (`held`: what `withhold` said of it); on one field the first
  // found is the one shown.
  function check(doc, held) {
    const early = (held || []).slice(), late = [];
    // A contact held back is not also told to fill in the name and channels it filled in: its
    // error is the missing consent.
    const row = (path) => path.slice(0, path.lastIndexOf("/"));
    const heldRows = new Set(early.map((p) => row(p.path)));
    const asked = (p) => (p.code === "needs-key" || p.code === "needs-one-of") && heldRows.has(row(p.path));
    for (const [path, text] of strings(doc, "", [])) {
      const bad = badCharacter(text);
      if (bad) early.push(problem(path, bad[0], { char: bad[1] }));
      textProblems(path, text, late);
    }
    const values = [];
    (function visit(value, path) {
      if (Array.isArray(value)) value.forEach((v, i) => visit(v, join(path, i)));
      else if (isObject(value)) for (const k of Object.keys(value)) visit(value[k], join(path, k));
      else values.push([path, value]);
    })(doc, "");
    for (const [path, value] of values) valueProblems(path, value, early);
    let fromSchemaErrors = (schema ? schemaErrors(schema, doc).map((e) => fromSchema(e, doc)) : []).filter((p) => !asked(p));
    // The file name is made from the name: while the name is missing, the name is what to fill in.
    const missing = (key) => (p) => p.code === "missing-key" && p.path === join("", key);
    if (fromSchemaErrors.some(missing("nama"))) fromSchemaErrors = fromSchemaErrors.filter((p) => !missing("slug")(p));
    const cross = [];
    crossProblems(doc, cross);
    // Consent taken back because the person changed says why, instead of "consent missing".
    const retold = new Set(cross.filter((p) => p.code === "kf_consent_changed").map((p) => p.path));
    return early.concat(fromSchemaErrors.filter((p) => !retold.has(p.path)), late, cross);
  }

  // ==== 4. The form and the document it describes ========================================
  const state = {
    place: null,       // the chosen village: {code, name, district, regency, province}
    slugEdited: false, // the person typed a slug of their own
    editing: null,     // the slug of the profile being updated
    taken: null,       // {slug, other}: a slug already used by a published profile
    showAll: false,    // after "check": messages for untouched fields too
    lastYaml: "",
    url: "",
    source: null,      // ?ubah=: the file being updated (see section 10)
    loaded: null,      // ?ubah=: what filled the form, to start afresh from
    dirty: false,      // the person changed something: a draft is kept (section 11)
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

  api.normalise = normalise;

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

  // A person's details as the row holds them, as the file would say them; the name whatever
  // its case and spacing, so that correcting how it is written keeps the person's consent and
  // numbers (the tester: "bima (contoh)" lost Bima's e-mail).
  const personOf = (row) => JSON.stringify(PERSONAL.map((key) => {
    const node = ownControl(row, key);
    const value = node ? normalise(node.value, keyPath(node), node.dataset.type) : "";
    return key === "nama" ? String(value).toLowerCase().replace(/\s+/g, " ") : value;
  }));
  const ownConsentDate = (row) => ownControl(row, "izin_publikasi");

  // A consent (a ticked box with a date) was given by the person the row held when it was last
  // given or its date last set, by loading the file or by the volunteer (`data-consent-of`:
  // those details, the date, and `here` when given in the form). A row whose name, or a
  // personal contact's e-mail or number, then changes loses it, else Bima's consent goes with
  // Rudi's name, as the tester found; with those details again, it gets it back. A consent
  // given in the form is the person's whose details are typed around it, top to bottom: a
  // detail empty when it was given may be filled in (the volunteer tester lost the consent
  // just given to the WhatsApp number typed below it), and counts as the person's once left.
  // A consent loaded with the file covers what the file held: a number added to it is not
  // covered (the first tester's finding). The box ticked off and on again with the date still
  // the file's gives back the file's record (`file`, kept for this), not a consent given here:
  // else a number typed afterwards went out under the old date (the second volunteer tester).
  const consentGiven = (row) => {
    const was = parseJSON(row.dataset.consentOf);
    const file = isObject(was) ? (was.here === true ? was.file : was) : undefined;
    const date = ownConsentDate(row).value;
    row.dataset.consentOf = JSON.stringify(isObject(file) && file.date === date
      ? file : { person: personOf(row), date, here: true, file });
  };
  function samePerson(row, was) {
    if (was.here !== true) return personOf(row) === was.person;
    const then = parseJSON(was.person) || [];
    return parseJSON(personOf(row)).every((value, i) => !then[i] || value === then[i]);
  }
  // A detail left in a row that still holds the person a consent was given for in the form is
  // theirs from now on (the consent's date stays as it was given).
  function detailLeft(row) {
    const was = parseJSON(row.dataset.consentOf);
    if (!isObject(was) || was.here !== true || !samePerson(row, was)) return;
    row.dataset.consentOf = JSON.stringify(Object.assign(was, { person: personOf(row) }));
  }
  // Numbers typed after a consent given here but not yet left (a tab reloaded, a keyboard or
  // autofill that sends no `change`) were its person's too when the person changes: else the
  // next name kept Rina's number (the second volunteer tester).
  function tieTyped(row, was) {
    const then = parseJSON(was.person) || [];
    const now = parseJSON(personOf(row));
    const person = now.map((value, i) => (i > 0 && !then[i] ? value : then[i]));
    row.dataset.consentOf = JSON.stringify(Object.assign(was, { person: JSON.stringify(person) }));
  }
  function consentFollowsPerson(row) {
    const was = parseJSON(row.dataset.consentOf);
    const box = ownConsent(row);
    const date = ownConsentDate(row);
    if (!isObject(was) || !box || !date) return;
    // (a name loaded without its date, which is not in the public data, was consented to too)
    const goes = () => !samePerson(row, was) && box.checked && (date.value || row.dataset.consentReenter);
    if (was.here === true && goes()) tieTyped(row, was);
    channelsFollowName(row, parseJSON(was.person) || []);
    const same = samePerson(row, was);
    if (goes()) {
      box.checked = false;
      date.value = "";
      box.dataset.touched = "1"; // why the tick went is said at once
      row.dataset.consentChanged = "1";
    } else if (same && row.dataset.consentChanged && !box.checked) {
      box.checked = true;
      date.value = was.date;
      delete row.dataset.consentChanged;
    } else {
      return;
    }
    syncRow(row);
  }

  // A personal contact given another name keeps none of the numbers and e-mail of the person
  // its consent was recorded for (`person`, as in `data-consent-of`): a consent ticked again
  // for the new name would publish them under it, as the tester found (the old chair's e-mail
  // under the new chair's name). `data-channels-gone` names the first field emptied, where the
  // row says why; with the name as it was and nothing typed in their place, they come back.
  function channelsFollowName(row, [name, ...channels]) {
    const nodes = CHANNELS.map((key) => ownControl(row, key));
    if (!name || !nodes.some(Boolean)) return;
    const now = parseJSON(personOf(row));
    if (now[0] !== name) {
      const theirs = nodes.filter((node, i) => node && channels[i] && now[i + 1] === channels[i]);
      if (!theirs.length) return;
      for (const node of theirs) node.value = "";
      if (!row.dataset.channelsGone) row.dataset.channelsGone = theirs[0].dataset.key;
      theirs[0].dataset.touched = "1"; // why they went is said at once
    } else if (row.dataset.channelsGone && !nodes.some((node) => node && node.value.trim())) {
      nodes.forEach((node, i) => { if (node) node.value = channels[i]; });
      delete row.dataset.channelsGone;
    }
  }

  // A contact holding a person's name made "lembaga" (as the warning on a contact without
  // consent suggests) would publish that person's number as the KIM's: its numbers and e-mail
  // go, and the row says why, so that the KIM's own are typed in on purpose.
  function clearPersonsChannels(row, kind) {
    delete row.dataset.channelsCleared;
    const name = ownControl(row, "nama");
    const filled = CHANNELS.map((key) => ownControl(row, key)).filter((node) => node && node.value.trim());
    if (kind !== "lembaga" || !name || !name.value.trim() || !filled.length) return;
    for (const node of filled) node.value = "";
    row.dataset.channelsCleared = "1";
  }

  // A partnership's link to its partner's page (`slug_mitra`, no field to type in) is shown in
  // its row, with a button to remove it, and goes with the partner's name: a row whose partner
  // is replaced by another (the tester typed "Bank Lampung" over an LPPM's) would link that one
  // to the LPPM's page. The name written otherwise (case, spaces) keeps it, as a person's name
  // keeps their consent; `data-link`: the link and the name it was given for.
  const partnerOf = (row) => ownControl(row, "mitra").value.trim().toLowerCase().replace(/\s+/g, " ");
  const linkPartner = (row) => {
    const name = ownControl(row, "mitra").value.trim();
    row.dataset.link = JSON.stringify({ slug: ownControl(row, "slug_mitra").value, partner: partnerOf(row), name });
  };
  function linkFollowsPartner(row) {
    const was = parseJSON(row.dataset.link);
    const slug = ownControl(row, "slug_mitra");
    if (!isObject(was) || !slug) return;
    slug.value = was.partner === partnerOf(row) ? String(was.slug) : "";
    const note = [...row.querySelectorAll(".kf-linked")].find((p) => owner(p) === row);
    note.hidden = !slug.value;
    note.firstElementChild.textContent = fmt(T.kf_linked, { name: was.name });
  }

  // Dates that have passed get a date picker that stops at today (offers may run into the future).
  function limitDates(scope) {
    for (const box of scope.querySelectorAll('input[type="date"]')) if (box.dataset.key !== "hingga") box.max = TODAY;
  }

  // ==== 5. YAML in the style of `kim new` (generator/format/scaffold.py) ========================
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
          line += "  # " + oneLine(villageWord(state.place.code) + " " + state.place.name) + "; nama wilayah diturunkan dari kode ini";
        }
        lines.push(line);
      }
    }
    return lines;
  }

  const villageWord = (code) => (levelOf(code) === "kelurahan" ? "Kelurahan" : "Desa");

  function targetPath(doc) {
    const p = state.place;
    const folder = p ? data.folder + "/" + p.code.slice(0, 2) + "/" + p.code.slice(0, 5) : data.folder + "/?/?";
    return folder + "/" + (doc.slug || "?") + ".yml";
  }

  function toYaml(doc) {
    const head = [REPO_MODELINE, "# Profil " + oneLine(doc.nama || "KIM")];
    const p = state.place;
    if (p) head.push("# " + oneLine(villageWord(p.code) + " " + p.name + ", Kec. " + p.district + ", " + p.regency + ", " + p.province));
    head.push("# Dibuat dengan formulir kontribusi Direktori KIM. Periksa berkas ini dengan: kim validate " + targetPath(doc));
    return head.join("\n") + "\n\n" + emit(doc, "").join("\n") + "\n";
  }

  // ---- slug: the rule of generator/format/scaffold.py default_slug ----
  function defaultSlug(nama, villageName) {
    let slug = slugify(nama);
    const village = slugify(villageName || "");
    if (village && !slug.includes(village)) slug = slug + "-" + village;
    return slug.slice(0, 80).replace(/^-+|-+$/g, "");
  }

  function proposeSlug() {
    if (state.slugEdited || state.editing) return;
    el.slug.value = defaultSlug(el.nama.value, state.place ? state.place.name : "");
  }

  // ==== 6. Messages at the fields =======================================================
  let marked = [];
  const isControl = (node) => /^(INPUT|SELECT|TEXTAREA)$/.test(node.tagName);
  const touched = (node) => state.showAll || node.dataset.touched === "1" || (!isControl(node) && !!node.querySelector("[data-touched]"));

  function errorBox(node) {
    const own = isControl(node) && node.id ? byId(node.id + "-error") : null; // may sit apart (a name's)
    if (own) return own;
    const field = isControl(node) ? node.closest(".kf-field, .kf-list") : node;
    return field ? [...field.children].find((c) => c.classList.contains("kf-error")) : null;
  }

  function describe(node, id, on) {
    const ids = (node.getAttribute("aria-describedby") || "").split(/\s+/).filter((x) => x && x !== id);
    if (on) ids.push(id);
    if (ids.length) node.setAttribute("aria-describedby", ids.join(" "));
    else node.removeAttribute("aria-describedby");
  }

  // Where a problem is shown: its field, else the nearest row or list that holds it.
  function placeOf(path, where) {
    for (let p = path; ; p = p.slice(0, Math.max(p.lastIndexOf("/"), 0))) {
      if (where.has(p)) return where.get(p);
      if (p === "") return null;
    }
  }

  function labelOf(node) {
    const label = node.id && form.querySelector('label[for="' + node.id + '"]');
    const legend = !label && node.querySelector(":scope > legend");
    const text = (label || legend || {}).textContent || "";
    const row = isControl(node) || node.dataset.key ? node.closest("[data-row]") : null;
    const own = text.replace(/\s*\*\s*$/, "").trim();
    return row && row !== node ? row.querySelector("legend").textContent + " – " + own : own;
  }

  function show(problems, where) {
    for (const [node, box] of marked) {
      node.removeAttribute("aria-invalid");
      describe(node, box.id, false);
      box.hidden = true;
      box.textContent = "";
      box.classList.remove("kf-error--warning");
    }
    marked = [];
    const first = new Map();
    for (const p of problems) {
      const node = placeOf(p.path, where) || form;
      const seen = first.get(node);
      if (!seen || (seen.severity === "warning" && p.severity === "error")) first.set(node, p);
    }
    const shown = [];
    for (const [node, p] of first) {
      p.text = message(p.code, p.args);
      p.node = node;
      shown.push(p);
      const box = node === form ? null : errorBox(node);
      if (!box || !touched(node)) continue;
      const warning = p.severity === "warning";
      box.textContent = warning ? T.kf_warning + " " : "";
      if (p.links) withLinks(box, C.messages[p.code] || T[p.code], p.args, p.links);
      else box.append(p.text);
      box.classList.toggle("kf-error--warning", warning);
      box.hidden = false;
      if (!warning && isControl(node)) node.setAttribute("aria-invalid", "true");
      describe(node, box.id, true);
      marked.push([node, box]);
    }
    return shown;
  }

  // A message whose {name}s in `links` are links (their text from `args`), the rest text.
  function withLinks(box, template, args, links) {
    template.split(/(\{\w+\})/).forEach((part, i) => {
      const key = i % 2 ? part.slice(1, -1) : null;
      if (key && links[key]) {
        const a = document.createElement("a");
        a.href = links[key];
        a.textContent = String(args[key]);
        box.append(a);
      } else {
        box.append(key && args[key] !== undefined ? String(args[key]) : part);
      }
    });
  }

  function summarize(shown) {
    const errors = shown.filter((p) => p.severity === "error");
    const warnings = shown.length - errors.length;
    let text = errors.length ? fmt(state.showAll ? T.kf_errors : T.kf_errors_unseen, { n: errors.length }) : T.kf_no_errors;
    if (warnings) text += " " + fmt(errors.length ? T.kf_status_warnings : T.kf_warnings, { n: warnings });
    if (!schema) text = T.kf_schema_failed;
    if (el.state.textContent !== text) el.state.textContent = text;
    el.summaryList.textContent = "";
    el.summary.hidden = !(state.showAll && errors.length);
    el.summaryTitle.textContent = T.kf_summary_title;
    for (const p of errors) {
      const li = document.createElement("li");
      const target = p.node === form ? null : p.node;
      const a = document.createElement(target && target.id ? "a" : "span");
      if (target && target.id) {
        a.href = "#" + target.id;
        a.addEventListener("click", (ev) => {
          ev.preventDefault();
          focusField(target);
        });
      }
      const label = target ? labelOf(target) : "";
      a.textContent = (label ? label + ": " : "") + p.text;
      li.appendChild(a);
      el.summaryList.appendChild(li);
    }
    return errors.length;
  }

  function focusField(node) {
    for (let d = node.closest("details"); d; d = d.parentElement.closest("details")) d.open = true;
    const target = isControl(node) ? node : node.querySelector("input, select, textarea, button") || node;
    target.focus();
    target.scrollIntoView({ block: "center" });
  }

  // ==== 7. The output: text, copy, download, GitHub =====================================
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
    if (!schema) {
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
  const note = (text) => {
    el.githubNote.hidden = false;
    el.githubNote.textContent = text;
  };

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
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(el.yaml.value).then(done, fallback);
    else fallback();
  });

  el.download.addEventListener("click", () => {
    const { draft, name } = handOut();
    const url = URL.createObjectURL(new Blob([el.yaml.value], { type: "application/yaml" }));
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

  // ==== 8. The update cycle =============================================================
  let timer = 0;
  let lastErrors = 0;

  function update() {
    clearTimeout(timer);
    for (const row of form.querySelectorAll("[data-consent-of]")) consentFollowsPerson(row);
    for (const row of form.querySelectorAll("[data-link]")) linkFollowsPartner(row);
    const where = new Map();
    const doc = readDoc(where);
    if (state.loaded && !state.source) keepUnseen(doc, state.loaded[1]);
    const shown = show(unsaid(check(doc, withhold(doc)), where), where);
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
  const ROLE_ONLY = new Set(["kf_name_not_written", "kf_contact_not_written"]);
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

  // ==== 9. The village search ===========================================================
  // data/desa/<two or three characters>.json: the villages whose name (without "desa",
  // "kel."...) starts with them, and their districts' and regencies' names; one small file
  // per start.
  const shards = new Map();
  let searchToken = 0;
  const collator = nameCollator();
  const numbers = numberFormat(C.lang);
  const LIMIT = 20;
  const PREFIX = new RegExp(C.villagePrefix);
  const stem = (folded) => folded.trim().replace(PREFIX, "");

  function loadShard(key) {
    if (!shards.has(key)) {
      const p = fetchJSON(data.desa + key + ".json").then((s) => ({
        rows: s.v.map((r) => [r[0], r[1], fold(r[1]), stem(fold(r[1]))]), districts: s.k, regencies: s.b,
      }));
      p.catch(() => shards.delete(key));
      shards.set(key, p);
    }
    return shards.get(key);
  }

  function placeFor(code, name, shard) {
    return {
      code, name,
      district: shard.districts[code.slice(0, 8)] || "",
      regency: shard.regencies[code.slice(0, 5)] || "",
      province: C.provinces[code.slice(0, 2)] || "",
    };
  }

  const placeText = (p) => p.name + ", Kec. " + p.district + ", " + p.regency + ", " + p.province;

  // Rank 0: the name starts with the query; 1: a word of it does; 2: the first words start
  // the name and the others name its district, regency or province; 3: one typo.
  function match(shard, query) {
    const found = [];
    const starts = (r, q) => r[3].startsWith(q) || r[2].startsWith(q);
    for (const r of shard.rows) {
      if (starts(r, query)) found.push([0, r]);
      else if (r[2].includes(" " + query)) found.push([1, r]);
    }
    const words = query.split(" ");
    for (let k = words.length - 1; !found.length && k >= 1; k--) {
      const head = words.slice(0, k).join(" ");
      const rest = words.slice(k);
      for (const r of shard.rows) {
        if (!starts(r, head)) continue;
        const around = fold(placeText(placeFor(r[0], r[1], shard)));
        if (rest.every((w) => around.includes(w))) found.push([2, r]);
      }
    }
    if (!found.length) for (const r of shard.rows) if (nearPrefix(query, r[3])) found.push([3, r]);
    found.sort((a, b) => a[0] - b[0] || collator.compare(a[1][1], b[1][1]) || (a[1][0] < b[1][0] ? -1 : 1));
    return found.map((f) => f[1]);
  }

  function search() {
    const token = ++searchToken;
    const query = stem(fold(el.q.value).replace(/\s+/g, " "));
    if ([...query].length < 2) {
      el.results.hidden = true;
      el.list.textContent = "";
      el.count.textContent = query ? T.kf_village_short : "";
      return;
    }
    const two = villageFileKey(query, 2);
    const key = C.letters.includes(two) ? two : villageFileKey(query, 3);
    if (key !== two && [...query].length < 3) {
      el.results.hidden = true;
      el.list.textContent = "";
      el.count.textContent = T.kf_village_short3; // "pa", "su"...: too many to list
      return;
    }
    if (!C.letters.includes(key)) return showResults([], null);
    el.count.textContent = T.kf_village_loading;
    loadShard(key).then((shard) => {
      if (token === searchToken) showResults(match(shard, query), shard);
    }, () => {
      if (token === searchToken) el.count.textContent = T.kf_village_error;
    });
  }

  function showResults(found, shard) {
    el.list.textContent = "";
    if (!found.length) {
      el.results.hidden = true;
      el.count.textContent = fmt(T.kf_village_none, { q: el.q.value.trim() });
      return;
    }
    for (const [code, name] of found.slice(0, LIMIT)) {
      const p = placeFor(code, name, shard);
      const li = document.createElement("li");
      const input = document.createElement("input");
      input.type = "radio";
      input.name = "kf-desa";
      input.id = "kf-desa-" + code.replace(/\./g, "-");
      input.value = code;
      input.checked = !!state.place && state.place.code === code;
      input.addEventListener("change", () => choose(p));
      // the village chosen again (no change): its files, failed maybe, are asked for again
      input.addEventListener("click", () => { if (state.place && state.place.code === code) choose(p); });
      const label = document.createElement("label");
      label.htmlFor = input.id;
      label.textContent = placeText(p) + " ";
      const small = document.createElement("span");
      small.className = "kf-code";
      small.textContent = "(" + (levelOf(code) === "kelurahan" ? T.kf_village_kind_kelurahan : T.kf_village_kind_desa) + ", " + code + ")";
      label.appendChild(small);
      li.append(input, " ", label);
      el.list.appendChild(li);
    }
    el.results.hidden = false;
    prefetchKims(found.slice(0, LIMIT).map(([code]) => code));
    const n = numbers.format(found.length);
    el.count.textContent = found.length > LIMIT
      ? fmt(T.kf_village_more, { n, shown: LIMIT })
      : fmt(T.kf_village_count, { n });
  }

  function showPlace(place) {
    state.place = place;
    el.chosen.textContent = (levelOf(place.code) === "kelurahan" ? T.kf_village_kind_kelurahan : T.kf_village_kind_desa) + " " + placeText(place) + " (" + place.code + ")";
    el.q.dataset.touched = "1";
    showVillageKims(place);
  }

  // The KIMs already in the village chosen for a new KIM, each with its profile and the form
  // to update it: the volunteer tester added "KIM Harapan Baru" where KIM Sinar Harapan is,
  // unwarned. Only said, never in the way: a village may have two KIMs.
  // data/desa-kim/<regency>.json: {village code: [[slug, name, sample, status], ...]} (C.kimRegencies have one).
  const villageKims = new Map();
  let kimsAsked = 0;
  let kimsFailed = null; // the place whose file failed (offline, as the second volunteer tester): asked again once online
  // The regency's file, asked for once (again after a failure); null for a regency without KIMs
  // or a KIM being updated.
  function kimsOf(regency) {
    if (state.editing || !C.kimRegencies.includes(regency)) return null;
    if (!villageKims.has(regency)) {
      const p = fetchJSON(data.desaKim + regency + ".json");
      p.catch(() => villageKims.delete(regency));
      villageKims.set(regency, p);
    }
    return villageKims.get(regency);
  }
  // The files of the villages listed, asked for while the volunteer reads the list: the note
  // then comes with the tap on a village, not a moment later, when it pushed the next field
  // under the finger (0.46 s on the second volunteer tester's slow network).
  function prefetchKims(codes) {
    for (const regency of new Set(codes.map((code) => code.slice(0, 5)))) kimsOf(regency);
  }
  function showVillageKims(place) {
    const token = ++kimsAsked;
    el.villageKims.hidden = true;
    el.villageKimsList.textContent = "";
    const file = place && kimsOf(place.code.slice(0, 5));
    if (!file) return;
    file.then((byVillage) => {
      if (token !== kimsAsked) return; // another village was chosen meanwhile
      for (const [slug, name, sample, status] of byVillage[place.code] || []) {
        const li = document.createElement("li");
        const marks = (sample ? " " + T.kf_village_kim_sample : "") + (status !== "aktif" ? " " + T.kf_village_kim_inactive : "");
        withLinks(li, T.kf_village_kim, { kim: name, marks, update: T.kf_village_kim_update }, {
          kim: data.profiles + encodeURIComponent(slug) + "/",
          update: data.update + "?ubah=" + encodeURIComponent(slug),
        });
        el.villageKimsList.appendChild(li);
      }
      el.villageKims.hidden = !el.villageKimsList.children.length;
    }, () => { if (token === kimsAsked) kimsFailed = place; });
  }
  window.addEventListener("online", () => {
    if (kimsFailed && kimsFailed === state.place) showVillageKims(state.place);
    kimsFailed = null;
  });

  function choose(place) {
    state.dirty = true;
    showPlace(place);
    proposeSlug();
    if (el.slug.value) el.slug.dataset.touched = "1"; // a proposed slug is checked at once (e.g. taken)
    update();
    form.dispatchEvent(new CustomEvent("kf-place", { detail: place })); // kirim.js offers the coach
  }

  let searchTimer = 0;
  el.q.addEventListener("input", () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(search, 150);
  });
  el.q.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") {
      ev.preventDefault(); // Enter searches at once instead of checking the whole form
      clearTimeout(searchTimer);
      search();
    }
  });

  // ==== 10. Updating an existing profile (?ubah=<slug>) =================================
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
      const item = key.split("/").reduce((s, k) => s && s.properties && s.properties[k], schema);
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
    el.chosen.textContent = villageWord(w.kode) + " " + placeText(state.place) + " (" + w.kode + ")";
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

  // ==== 11. A draft of the form in this tab =============================================
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

  // ==== 12. Start =======================================================================
  form.hidden = false;
  if (el.nojs) el.nojs.hidden = true;
  limitDates(form);
  el.github.hidden = true;

  const wanted = new URLSearchParams(location.search).get("ubah");
  const requested = wanted && new RegExp(F.slug).test(wanted) ? wanted : "";
  const loading = [
    fetchJSON(data.schema).then((s) => { schema = s; }, () => { schema = null; }),
    Promise.all([requested ? loadProfile(requested) : null, readDraft(DRAFT + requested)])
      .then(([, draft]) => restoreDraft(DRAFT + requested, draft)),
  ];
  update();
  Promise.all(loading).then(() => {
    api.ready = true;
    update();
    form.dataset.ready = "1"; // for tests and anyone waiting for the form
  });

  Object.assign(api, { check, withhold, toYaml, slugify, defaultSlug, urlProblem, badCharacter, contactsIn, update, state });
})();
