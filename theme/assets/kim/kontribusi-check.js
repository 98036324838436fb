// Checking a KIM file in the contribution form (kontribusi.js): the published schema, then the
// rules of `kim validate` that can run in the browser, each problem in the validator's words.
// `page` gives what the form itself knows: its `state` (the village chosen, a slug already
// taken, the schema once loaded) and the rules that read the form's rows, not the document;
// `names`, the people named in free texts (kontribusi-names.js).
import { hasOwn, isObject, schemaErrors } from "./kontribusi-schema.js";

export function documentChecks(C, text, page, names) {
  const {
    TODAY, THIS_YEAR, DATE, MOBILE, HTML, MD_LINK, WORD, LATIN, FOREIGN,
    contactsIn, inTextCodes, contactInLink, samePersonNamed, badCharacter, urlProblem, urlHost, punycodeHost, hostMatches,
    phoneHint, realDate,
  } = text;
  const { state } = page;
  const F = C.formats;
  const strip = (path) => path.replace(/\/\d+(?=\/|$)/g, "");
  const kindOf = (path) => C.kinds[strip(path)] || "";
  const join = (a, b) => (a === "" ? String(b) : a + "/" + b);
  const getIn = (obj, path) => path.split("/").reduce((o, k) => (o == null ? undefined : o[k]), obj);

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
      else if (kind !== "day-future" && value > TODAY) out.push(problem(path, "future-date", { value, today: TODAY + " WIB" }));
      else if (Number(value.slice(0, 4)) < 1945) out.push(problem(path, "date-too-old", { value }));
    }
    if ((kind === "year" || kind === "yearday") && typeof value === "number") {
      if (String(value).length !== 4) out.push(problem(path, kind === "year" ? "bad-year" : "year-or-date", { value }));
      else if (value > THIS_YEAR) out.push(problem(path, "future-date", { value, today: TODAY + " WIB" }));
      else if (value < 1945) out.push(problem(path, "date-too-old", { value }));
    }
    if (kind === "year" && typeof value === "string") out.push(problem(path, "bad-year", { value }));
  }

  // `listed`: the names the lists give (kontribusi-names.js), looked for in the free texts.
  function textProblems(path, text, out, listed) {
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
        const contact = contactInLink(target, C.provinces);
        if (contact && !contactsIn(target, C.provinces).length) {
          out.push(problem(path, "media-contact", { value: contact[1] }));
        }
        if (target.toLowerCase().startsWith("http://")) {
          out.push(problem(path, "url-http", { https: "https://" + target.slice(7) }, "warning"));
        }
        if (punycodeHost(urlHost(target))) out.push(problem(path, "url-punycode", { host: urlHost(target) }, "warning"));
      }
      if (!linksOk) return; // the validator reads no further in a text with a bad link
    }
    if (C.prose.includes(strip(path))) {
      for (const [code, value] of inTextCodes(text, C.provinces)) out.push(problem(path, code, { value }));
      if (names.ownList(path)) return;
      for (const [code, args] of names.namesIn(text, listed)) {
        out.push(problem(path, code, args, code === "person-in-text" ? "warning" : "error"));
      }
    }
  }

  function levelOf(code) {
    const part = code.split(".")[3] || "";
    return part[0] === "1" ? "kelurahan" : part[0] === "2" ? "desa" : null;
  }

  // Rules across fields (generator/format/rules.py), in its order; the form's own consent
  // rules and a slug already taken are `page`'s, which reads them from the rows and the
  // published slugs.
  function crossProblems(doc, out) {
    skLevelProblems(doc, out);
    datedProblems(doc, out);
    mediaProblems(doc, out);
    page.rowProblems(doc, out);
    contactProblems(doc, out);
    page.takenProblems(doc, out);
  }

  // An SK of the village's or the regency's level names the level the place has.
  function skLevelProblems(doc, out) {
    const place = state.place;
    if (!place) return;
    (doc.sk || []).forEach((sk, i) => {
      const path = "sk/" + i + "/tingkat";
      if (sk.tingkat === "desa" || sk.tingkat === "kelurahan") {
        const expected = levelOf(place.code);
        if (expected && expected !== sk.tingkat) {
          out.push(problem(path, "sk-village-level", { village: place.name, code: place.code, expected, value: sk.tingkat }));
        }
      } else if (sk.tingkat === "kabupaten" || sk.tingkat === "kota") {
        const expected = Number(place.code.slice(3, 5)) >= 71 ? "kota" : "kabupaten";
        if (expected !== sk.tingkat) {
          out.push(problem(path, "sk-regency-level", { regency: place.regency, expected, value: sk.tingkat }, "warning"));
        }
      }
    });
  }

  // as rules.py's _DATED: an SK before the founding may be right, a coaching session not
  function datedProblems(doc, out) {
    const founded = doc.berdiri;
    for (const [list, code, severity] of [["sk", "sk-before-founding", "warning"], ["pembinaan", "pembinaan-before-founding"]]) {
      (doc[list] || []).forEach((item, i) => {
        const day = item.tanggal;
        if (typeof day !== "string" || !DATE.test(day) || founded === undefined) return;
        const early = typeof founded === "number" ? Number(day.slice(0, 4)) < founded
          : typeof founded === "string" && DATE.test(founded) && day < founded;
        if (early) out.push(problem(list + "/" + i + "/tanggal", code, { date: day, founded }, severity));
      });
    }
  }

  // A media link goes to its kind's site, and is no person's contact.
  function mediaProblems(doc, out) {
    (doc.media || []).forEach((m, i) => {
      const hosts = C.hosts[m.jenis];
      if (hosts && typeof m.url === "string" && !urlProblem(m.url) && !hostMatches(urlHost(m.url), hosts)) {
        out.push(problem("media/" + i + "/url", "media-host", { kind: m.jenis, host: urlHost(m.url), expected: hosts.join(", ") }));
      }
      const contact = typeof m.url === "string" && !urlProblem(m.url) ? contactInLink(m.url, C.provinces) : null;
      const code = contact && contact[0] === "nik" ? "nik-in-text" : "media-contact";
      if (contact) out.push(problem("media/" + i + "/url", code, { value: contact[1] }));
    });
  }

  // `_holders`: a person's contact for a post is that of whoever the board names in it
  // (`board_post`: the first of its words, or two in a row, that is a post before what `POST_TAIL`
  // allows: "Pak Ketua", "Ketua/Admin" and "Sekertaris (KIM)" name the posts `ketua` and
  // `sekretaris`, "Ketua RT" and "Sekretaris Desa" none); an institution's number is no mobile.
  function contactProblems(doc, out) {
    const boardPost = (peran) => {
      const text = peran.toLowerCase(), tail = new RegExp(C.patterns.postTail[0], C.patterns.postTail[1] + "y");
      const found = [...text.matchAll(/[\p{L}\p{N}_]+/gu)];
      const words = found.map((m) => C.postSpellings[m[0]] || m[0]);
      for (const [i, word] of words.entries()) {
        for (const [post, size] of [[words.slice(i, i + 2).join("-"), 2], [word, 1]]) {
          const last = found[Math.min(i + size, found.length) - 1];
          tail.lastIndex = last.index + last[0].length;
          if (hasOwn(C.vocab.jabatan, post) && tail.test(text)) return post;
        }
      }
      return "";
    };
    (doc.kontak || []).forEach((k, i) => {
      const role = typeof k.peran === "string" ? boardPost(k.peran) : "";
      if (k.jenis !== "pribadi" || typeof k.nama !== "string" || !role) return;
      const holders = (doc.pengurus || []).filter((p) => p.jabatan === role && typeof p.nama === "string");
      if (holders.length && !holders.some((p) => samePersonNamed(k.nama, p.nama))) {
        out.push(problem("kontak/" + i + "/nama", "contact-not-role-holder", { peran: role }));
      }
    });
    (doc.kontak || []).forEach((k, i) => {
      for (const key of ["telepon", "whatsapp"]) {
        if (k.jenis === "lembaga" && typeof k[key] === "string" && MOBILE.test(k[key])) {
          out.push(problem("kontak/" + i + "/" + key, "mobile-in-org-contact", { value: k[key] }, "warning"));
        }
      }
    });
  }

  // The form's own consent rule: a person's name is written only with its consent date, and a
  // personal contact's name, numbers and e-mail likewise. Without the date, `doc` keeps the
  // role only, and the problems returned say so at the name.
  const PERSONAL = ["nama", "email", "telepon", "whatsapp"];
  const CHANNELS = PERSONAL.slice(1);
  function withhold(doc) {
    const out = [];
    // the name held back stays known (`person`): the texts are still searched for it (`check`)
    const held = (path, code, args, person) => out.push(Object.assign(problem(path, code, args, "warning"), { person }));
    (doc.pengurus || []).forEach((p, i) => {
      if (p.nama !== undefined && p.izin_publikasi === undefined) {
        held("pengurus/" + i + "/nama", "kf_name_not_written", {}, p.nama);
        delete p.nama;
      }
    });
    (doc.kontak || []).forEach((k, i) => {
      if (k.jenis === "pribadi" && k.izin_publikasi === undefined && PERSONAL.some((key) => k[key] !== undefined)) {
        held("kontak/" + i + "/nama", "kf_contact_not_written", { lembaga: C.vocab.kontak_jenis.lembaga }, k.nama);
        for (const key of PERSONAL) delete k[key];
      }
    });
    return out;
  }

  // All problems of a document (`held`: what `withhold` said of it, the names it kept out of
  // the file still looked for in its texts); on one field the first found is the one shown.
  function check(doc, held) {
    const early = (held || []).slice(), late = [];
    const listed = names.listed(doc, new Map(early.filter((p) => p.person !== undefined).map((p) => [p.path, p.person])));
    // A contact held back is not also told to fill in the name and channels it filled in: its
    // error is the missing consent.
    const row = (path) => path.slice(0, path.lastIndexOf("/"));
    const heldRows = new Set(early.map((p) => row(p.path)));
    const asked = (p) => (p.code === "needs-key" || p.code === "needs-one-of") && heldRows.has(row(p.path));
    for (const [path, text] of strings(doc, "", [])) {
      const bad = badCharacter(text);
      if (bad) early.push(problem(path, bad[0], { char: bad[1] }));
      textProblems(path, text, late, listed);
    }
    const values = [];
    (function visit(value, path) {
      if (Array.isArray(value)) value.forEach((v, i) => visit(v, join(path, i)));
      else if (isObject(value)) for (const k of Object.keys(value)) visit(value[k], join(path, k));
      else values.push([path, value]);
    })(doc, "");
    for (const [path, value] of values) valueProblems(path, value, early);
    let fromSchemaErrors = (state.schema ? schemaErrors(state.schema, doc).map((e) => fromSchema(e, doc)) : []).filter((p) => !asked(p));
    // The file name is made from the name: while the name is missing, the name is what to fill in.
    const missing = (key) => (p) => p.code === "missing-key" && p.path === join("", key);
    if (fromSchemaErrors.some(missing("nama"))) fromSchemaErrors = fromSchemaErrors.filter((p) => !missing("slug")(p));
    const cross = [];
    crossProblems(doc, cross);
    // Consent taken back because the person changed says why, instead of "consent missing".
    const retold = new Set(cross.filter((p) => p.code === "kf_consent_changed").map((p) => p.path));
    return early.concat(fromSchemaErrors.filter((p) => !retold.has(p.path)), late, cross);
  }

  return { strip, kindOf, join, getIn, problem, levelOf, PERSONAL, CHANNELS, withhold, check };
}
