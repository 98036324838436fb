// Text, URL and date checks of the contribution form (kontribusi.js): ports of
// generator/format/source.py, checker.py and model/urls.py, their patterns and formats read from
// the page's #kf-config (`C`), so that none of the validator's values is typed again here.
import { hasOwn } from "./kontribusi-schema.js";
import { fold } from "./util.js";

export function textChecks(C) {
  const F = C.formats;
  // Today is the date in Jakarta (WIB), as the validator reads it on the pull request
  // (generator/format/dates.py): a volunteer in Papua writing after midnight would otherwise
  // date the file a day the validator calls the future.
  const wib = new Date(Date.now() + C.utcOffsetMinutes * 60e3);
  const TODAY = wib.toISOString().slice(0, 10);
  const THIS_YEAR = wib.getUTCFullYear();
  const DATE = new RegExp(F.date);
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

  // `_is_phone`: a run is a mobile number (MOBILE_DIGITS) grouped in 3 digits or more after the
  // first, or in one digit each, or a phone number with 9 to 13 digits in the 0 form, written with its country code
  // or an area or mobile prefix of 3 to 5 digits (not a time or a date), but an organisation's
  // toll-free or call centre's number (C.organisationPrefixes, at most C.tollFreeMost digits;
  // a mobile number after the prefix is one). Digits are any
  // script's ("０８１２" too), counted by code point, as Python counts them.
  const MOBILE_DIGITS = pattern("mobileDigits");
  const MOBILE = pattern("mobile");
  function isPhone(run) {
    const all = run.replace(/\P{Nd}/gu, "");
    let digits = [...all];
    const groups = run.split(/\P{Nd}/u).filter(Boolean).map((group) => [...group].length);
    const international = ["+", "(+", "0062"].some((code) => run.startsWith(code));
    if (international || (run.startsWith("62") && /^620?8/u.test(all))) {
      digits = ["0", ...all.replace(/^(?:00)?620?/u, "")];
    } else if (MOBILE_DIGITS.test(digits.join(""))
      && (groups.slice(1).every((length) => length >= 3) || groups.every((length) => length === 1))) {
      return true;
    } else if (run.startsWith("62") || groups[0] < 3) {
      return false;
    }
    const number = digits.join("");
    if (C.organisationPrefixes.some((prefix) => number.startsWith(prefix))) {
      const rest = number.slice(C.organisationPrefixes[0].length);
      return digits.length > C.tollFreeMost && MOBILE_DIGITS.test(rest.startsWith("0") ? rest : "0" + rest);
    }
    return digits[1] !== "0" && digits.length >= 9 && digits.length <= 13;
  }

  // `plain_text` in contacts.py: any script's digits as ASCII ones (a script's digits follow its
  // zero, C.digitZeros), Unicode's spaces and dashes as " " and "-", "@" and "." written
  // otherwise as themselves, "İ" and "ı" as "I" and "i" (C.dottedI), a letter O for a mobile
  // number's 0 (LETTER_O) as 0; with, for each of its characters, where it stands in `text`.
  const ZEROS = C.digitZeros;
  const LETTER_O = pattern("letterO", "g");
  function plain(text) {
    let out = "", at = 0;
    const from = [];
    for (const ch of text) {
      let c = ch;
      if (ch.charCodeAt(0) > 127) {
        const cp = ch.codePointAt(0);
        const zero = /\p{Nd}/u.test(ch) ? ZEROS.filter((z) => z <= cp).pop() : undefined;
        if (zero !== undefined && cp - zero < 10) c = String(cp - zero);
        else if (C.dottedI[ch]) c = C.dottedI[ch];
        else if (/\p{Zs}/u.test(ch)) c = " ";
        else if (/\p{Pd}/u.test(ch) || ch === "\u2212") c = "-";
        else if (["@", "."].includes(ch.normalize("NFKC"))) c = ch.normalize("NFKC");
      }
      for (let k = 0; k < c.length; k++) from.push(at);
      out += c;
      at += ch.length;
    }
    from.push(at);
    return [out.replace(LETTER_O, "0"), from];
  }

  // `_phones`: [offset, end] of each phone number in the runs (`numbersIn`), but for a run a
  // label owns (`labelsOwn`), a video's ID (the last 11 characters of VIDEO_ID's match) and a
  // number said to be something else, when it is not a mobile number; and a mobile number
  // without its 0 after a phone's word (AFTER_PHONE_WORD's group 1).
  const NUMBER_LABEL = pattern("numberLabel", "g");
  const VIDEO_ID = pattern("videoId", "g");
  const MOBILE_START = pattern("mobileStart");
  const AFTER_PHONE_WORD = pattern("afterPhoneWord", "g");
  const digitsOf = (text) => text.replace(/\P{Nd}/gu, "");
  function phonesIn(p) {
    const bare = [...p.matchAll(AFTER_PHONE_WORD)]
      .filter((m) => MOBILE_DIGITS.test("0" + digitsOf(m[1])) && isPhone("0" + m[1]))
      .map((m) => [m.index + m[0].length - m[1].length, m.index + m[0].length]);
    return phonesInRuns(p).concat(bare).sort((a, b) => a[0] - b[0]);
  }
  function phonesInRuns(p) {
    const matches = [...p.matchAll(PHONE_RUN)];
    if (!matches.length) return [];
    const labelled = new Set([...p.matchAll(NUMBER_LABEL)].map((m) => m.index + m[0].length));
    const runs = matches.filter((m) => !(labelled.has(m.index) && labelsOwn(m[0]))).flatMap((m) =>
      numbersIn(m[0], p.charAt(m.index + m[0].length), AFTER_DIGITS.test(p.slice(Math.max(0, m.index - 4), m.index)))
        .map(([start, end]) => [m.index + start, m.index + end]));
    if (!runs.length) return runs;
    const videos = [...p.matchAll(VIDEO_ID)].map((m) => m.index + m[0].length);
    return runs.filter(([start, end]) => !saidOtherwise(p, start, end, labelled)
      && !videos.some((v) => v - 11 <= start && end <= v));
  }

  // spoken.py `spoken_phones`: [start, end] of each mobile number said in words in `low` (the text
  // as shown, lowercased), from each run's start (SPOKEN_RUN): as many of its words and groups
  // (SPOKEN_TOKEN, worth C.spokenDigits) as make one (MOBILE_DIGITS, 62 for 0), a word among them.
  const SPOKEN_RUN = pattern("spokenRun", "g"), SPOKEN_TOKEN = pattern("spokenToken", "g");
  const SAID = C.spokenDigits;
  function spokenPhones(low) {
    const found = [];
    SPOKEN_RUN.lastIndex = 0;
    for (let run; (run = SPOKEN_RUN.exec(low)); ) {
      const end = spokenEnd(run);
      if (end !== null) found.push([run.index, end]);
      SPOKEN_RUN.lastIndex = end === null ? run.index + 1 : end;
    }
    return found;
  }
  function spokenEnd(run) {
    let digits = "", said = false, end = null;
    for (const token of run[0].matchAll(SPOKEN_TOKEN)) {
      const { tens, unit, teen, word } = token.groups;
      const pair = tens ? SAID[tens] + (unit ? SAID[unit] : "0") : teen && "1" + SAID[teen];
      digits += token.groups.digits || pair || SAID[word];
      said = said || token.groups.digits === undefined;
      const zeroForm = digits.startsWith("62") ? "0" + digits.slice(2) : digits;
      if (said && MOBILE_DIGITS.test(zeroForm)) end = run.index + token.index + token[0].length;
    }
    return end;
  }

  // `_labels_own`: a labelled run longer than any phone number, or with a group of 1 or 2
  // digits beside one of 5 or more after the first, is the label's (an account, a token).
  function labelsOwn(run) {
    const groups = (run.match(/\p{Nd}+/gu) || []).map((group) => [...group].length), rest = groups.slice(1);
    return groups.reduce((a, b) => a + b, 0) > 13 || (Math.min(3, ...rest) < 3 && Math.max(0, ...rest) >= 5);
  }

  // `_said_otherwise`: a number said to be something else, by a label or as a link's word or
  // key (IN_LINK) in its 0 form without a space; never a mobile number.
  const IN_LINK = pattern("inLink");
  function saidOtherwise(p, start, end, labelled) {
    const number = p.slice(start, end);
    if (MOBILE_START.test(digitsOf(number))) return false;
    if (labelled.has(start)) return true;
    const token = p.slice(Math.max(p.lastIndexOf(" ", start - 1), p.lastIndexOf("\n", start - 1)) + 1, start);
    return number[0] === "0" && !/[ \n]/.test(number) && IN_LINK.test(token);
  }

  // `_numbers`: where in a run its phone numbers are, the run if one, else each mobile number
  // in it (not in a run before "/", a code's); inside a longer number (`inside`: after other
  // digits, AFTER_DIGITS; or from its second group), only with an operator's prefix.
  const OPERATOR_START = pattern("operatorStart");
  const AFTER_DIGITS = pattern("afterDigits");
  function numbersIn(run, after, inside) {
    const all = digitsOf(run);
    if (isPhone(run) && !(inside && MOBILE_START.test(all) && !OPERATOR_START.test(all))) return [[0, run.length]];
    if (after === "/") return [];
    const groups = [...run.matchAll(/\p{Nd}+/gu)].map((m) => [m.index, m.index + m[0].length]);
    const found = [];
    let first = 0;
    while (first < groups.length) {
      const start = first ? groups[first][0] : 0;
      let last = null;
      for (let end = first; end < groups.length; end++) {
        const candidate = run.slice(start, groups[end][1]);
        if ([...digitsOf(candidate)].length > 15) break;
        const operator = inside || first ? OPERATOR_START : MOBILE_START;
        if (operator.test(digitsOf(candidate)) && isPhone(candidate)) last = end;
      }
      if (last !== null) found.push([start, groups[last][1]]);
      first = last === null ? first + 1 : last + 1;
    }
    return found;
  }

  // idnumbers.py `id_numbers`: [start, end] of each ID number (NIK, KK) of `p`, in its runs of
  // digit groups joined by up to 3 separators of any mix (DIGIT_RUN): after an ID's word, the
  // run's first groups as mistyped as they may be (`labelledEnd`); and every window of groups
  // of 16 digits shaped as one (`shapedEnd`), a province's code (in `provinces`) then a day (a
  // woman's plus 40) and a month, but an amount's thousands.
  const DIGIT_RUN = pattern("digitRun", "g");
  const ID_LABEL = pattern("idLabel", "g");
  // idnumbers.py's patterns, anchored as its `fullmatch` and `match` read them, and its lengths
  const anchored = (name, end) => new RegExp(`^(?:${C.patterns[name][0]})${end}`, C.patterns[name][1]);
  const THOUSANDS = anchored("thousands", "$"), DATE_PART = anchored("datePart", "$"), PAUSE = anchored("pause", "");
  const [ID_LENGTH, LABELLED_DIGITS, LABELLED_MOST] = C.idLengths;
  // `_dated`: groups of dates, times and years, a year at least.
  function dated(parts) {
    const dates = parts.map((part) => DATE_PART.exec(part));
    return dates.every(Boolean) && dates.some((date) => date[1] !== undefined);
  }
  function wellFormed(digits, provinces) {
    if (digits.length !== ID_LENGTH || !hasOwn(provinces, digits.slice(0, 2))) return false;
    const day = Number(digits.slice(6, 8)), month = Number(digits.slice(8, 10));
    return ((day >= 1 && day <= 31) || (day >= 41 && day <= 71)) && month >= 1 && month <= 12;
  }
  // `_labelled`: the first groups of at most 17 digits, to a sentence's comma or colon (PAUSE),
  // 12 digits or more, but for dates, times and years.
  function labelledEnd(run, groups) {
    let total = 0, last = null;
    for (let i = 0; i < groups.length && total + groups[i][1] - groups[i][0] <= LABELLED_MOST; i++) {
      if (i && PAUSE.test(run.slice(groups[i - 1][1], groups[i - 1][1] + 2))) break;
      total += groups[i][1] - groups[i][0];
      last = i;
    }
    const parts = last === null ? [] : run.slice(0, groups[last][1]).match(/\d+/g);
    return total >= LABELLED_DIGITS && !dated(parts) ? last : null;
  }
  // `_shaped`: the last group of the 16 digits from group `first`, if shaped as an ID.
  function shapedEnd(run, groups, first, provinces) {
    let total = 0;
    for (let last = first; last < groups.length; last++) {
      total += groups[last][1] - groups[last][0];
      if (total < ID_LENGTH) continue;
      const number = run.slice(groups[first][0], groups[last][1]);
      const shaped = total === ID_LENGTH && !THOUSANDS.test(number) && !dated(number.match(/\d+/g));
      return shaped && wellFormed(digitsOf(number), provinces) ? last : null;
    }
    return null;
  }
  // `_numbers` of idnumbers.py: a run's ID numbers.
  function idParts(run, provinces, labelled) {
    const groups = [...run.matchAll(/\d+/g)].map((m) => [m.index, m.index + m[0].length]);
    const parts = [];
    let first = 0;
    while (first < groups.length) {
      let last = labelled && !first ? labelledEnd(run, groups) : null;
      if (last === null) last = shapedEnd(run, groups, first, provinces);
      if (last !== null) parts.push([groups[first][0], groups[last][1]]);
      first = last === null ? first + 1 : last + 1;
    }
    return parts;
  }
  function idNumbersIn(p, provinces) {
    const labelled = new Set([...p.matchAll(ID_LABEL)].map((m) => m.index + m[0].length));
    return [...p.matchAll(DIGIT_RUN)].filter((m) => digitsOf(m[0]).length >= LABELLED_DIGITS)
      .flatMap((m) => idParts(m[0], provinces, labelled.has(m.index)).map(([s, e]) => [m.index + s, m.index + e]));
  }

  // `contacts_in`: [kind, as written, on one line] of each e-mail address, then each phone number,
  // then, given the province codes (`provinces`, keys of an object), each ID number; digits of
  // both said once: as a phone where the ID's are exactly a phone number's, else as an ID. Read as
  // the page shows them, and in each link's address and title (`readings`).
  // The form's messages quote them as typed, which stays in the volunteer's browser; the
  // validator's, printed in public logs, quote them masked (contacts.py `redacted`).
  const contactsIn = (text, provinces) => contactsAt(text, provinces)[1].map(([, kind, value]) => [kind, value]);
  // The message code of each of them in a free text (checker.py `_contacts_in_text`): an ID
  // number right after an account's or a registration's word (idnumbers.py `after_account_word`)
  // is refused saying why.
  const ACCOUNT_WORD = pattern("accountWord");
  function inTextCodes(text, provinces) {
    const [p, found] = contactsAt(text, provinces);
    return found.map(([start, kind, value]) =>
      [kind === "nik" && ACCOUNT_WORD.test(p.slice(0, start)) ? "nik-shaped-account" : kind + "-in-text", value]);
  }
  // [the plain text, [start in it, kind, as written] of each]
  function contactsAt(text, provinces) {
    const [p, from] = plain(text);
    const written = (where) => where.map((at) => text.slice(from[at], from[at + 1])).join("").replace(/\n/g, " ");
    const emails = [], numbers = [];
    for (const [q, origin] of readings(p)) {
      for (const m of q.matchAll(EMAIL_IN_TEXT)) {
        emails.push([origin[m.index], "email", written(origin.slice(m.index, m.index + m[0].length))]);
      }
      const inDigits = numbersOf(q, origin, provinces, written);
      numbers.push(...inDigits);
      const low = q.toLowerCase();
      if (/delapan|8/.test(low)) {
        for (const [start, end] of spokenPhones(low)) {
          const [at, to] = [origin[start], origin[end - 1] + 1];
          if (!inDigits.some(([a, b]) => a < to && at < b)) {
            numbers.push([at, to, "phone", written(origin.slice(start, end))]);
          }
        }
      }
    }
    emails.sort((x, y) => x[0] - y[0]);
    numbers.sort((x, y) => (x[2] === "nik") - (y[2] === "nik") || x[0] - y[0]);
    return [p, emails.concat(numbers.map(([start, , kind, value]) => [start, kind, value]))];
  }
  // shown.py `readings`: what the page shows of the plain text `plainText` (MARKDOWN: a
  // backslash's escape, a line's end, spaces in a row, a tab read as a space, a link or an image:
  // its text shown, its "[", "](", address and title not), then each link's address and title read
  // apart: [the text read, where each of its characters stands in `plainText`].
  const MARKDOWN = pattern("markdown", "gd");
  const MAYBE_SHOWN = pattern("maybeShown");
  function readings(plainText) {
    const p = plainText.replace(/\t/g, " ");
    if (!MAYBE_SHOWN.test(p)) return [[p, Array.from({ length: p.length }, (_, i) => i)]];
    const shown = [], apart = [];
    let at = 0;
    for (const m of p.matchAll(MARKDOWN)) {
      for (; at < m.index; at++) shown.push(at);
      at = m.index + m[0].length;
      if ("![".includes(m[0][0])) {
        const [[, text], ...inner] = readingsApart(p, m.indices[1]);
        for (const i of text) shown.push(i);
        apart.push(...inner, ...readingsApart(p, m.indices[2]));
        if (m[3]) apart.push(...readingsApart(p, [m.indices[3][0] + 1, m.indices[3][1] - 1]));
      } else {
        shown.push(m[0].includes("\n") ? m.index + m[0].indexOf("\n") : at - 1);
      }
    }
    for (; at < p.length; at++) shown.push(at);
    return [[shown.map((i) => p[i]).join(""), shown], ...apart];
  }
  // `_apart`: the readings of `p` from `span[0]` to `span[1]` (none without a span), where
  // each of their characters stands in `p`.
  const readingsApart = (p, span) => (span ? readings(p.slice(...span)) : [])
    .map(([q, origin]) => [q, origin.map((i) => span[0] + i)]);
  // `_numbers_in`: [start, end, kind, as written] of the phone and ID numbers of `q`, whose
  // characters stand at `origin` in the plain text.
  function numbersOf(q, origin, provinces, written) {
    let phones = phonesIn(q), ids = provinces ? idNumbersIn(q, provinces) : [];
    if (ids.length && phones.length) {
      ids = ids.filter(([start, end]) => !phones.some(([a, b]) => a === start && b === end));
      phones = phones.filter(([start, end]) => !ids.some(([a, b]) => a < end && start < b));
    }
    const placed = (kind) => ([start, end]) => [origin[start], origin[end - 1] + 1, kind,
      written(origin.slice(start, end))];
    return phones.map(placed("phone")).concat(ids.map(placed("nik")));
  }

  // `contact_in_link` in contacts.py: [kind, as written] of a chat service's number or address
  // ("contact"), else of what the link's text holds, its ID numbers too given the province
  // codes, read decoded, its invisible characters gone, and lowercased; or null.
  const INVISIBLE = pattern("invisible", "g");
  function contactInLink(url, provinces) {
    const link = decoded(url).replace(INVISIBLE, "").toLowerCase();
    const chat = MEDIA_CONTACT.exec(link);
    const inText = chat ? [] : contactsIn(link, provinces);
    return chat ? ["contact", chat[0]] : inText.length ? inText[0] : null;
  }

  // `same_person` (generator/model/persons.py): forms of address and degrees set aside (`bare_name`), then
  // folded to letters and digits in single spaces, as regionmatch.py's `fold` folds.
  const FORMS_OF_ADDRESS = pattern("formsOfAddress");
  const DEGREES = pattern("degrees");
  const bareName = (name) => name.trim().replace(FORMS_OF_ADDRESS, "").replace(DEGREES, "");
  const personKey = (name) => fold(bareName(name)).replace(/[^a-z0-9]+/g, " ").trim();
  const samePersonNamed = (one, other) => personKey(one) !== "" && personKey(one) === personKey(other);

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
    const digits = text.replace(/[^0-9+]/g, "").replace(/^(?:\+|00)?620?|^0/, "+62");
    return new RegExp(pattern).test(digits) ? digits : PHONE_EXAMPLE;
  }

  function realDate(text) {
    const [y, m, d] = text.split("-").map(Number);
    const day = new Date(Date.UTC(2000, 0, 1));
    day.setUTCFullYear(y, m - 1, d);
    return y > 0 && day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
  }

  return {
    TODAY, THIS_YEAR, DATE, MOBILE, HTML, MD_LINK, WORD, LATIN, FOREIGN, PHONE_EXAMPLE,
    contactsIn, inTextCodes, contactInLink, bareName, samePersonNamed, badCharacter, urlProblem, urlHost, punycodeHost,
    hostMatches, phoneHint, realDate,
  };
}
