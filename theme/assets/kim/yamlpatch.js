// A KIM file read and written back with only what changed (the contribution form's `?ubah=`).
//
// `parse` reads the YAML that KIM files are written in (what `kim validate` accepts: block
// mappings and lists, flow {…} and […], plain, quoted and block scalars, comments; no tags,
// anchors or aliases) into values and the lines each key and list item stands on. `patch`
// then writes the file again: a key or item whose value did not change keeps its lines byte
// for byte, comments included, and only the lines of what changed are written anew, by the
// form's own writer. A key the form has no field for is never touched.
//
// Written for this format rather than vendored: the `yaml` package keeps comments too, but its
// browser build is about 280 KB in some 60 modules, too much for a phone; this is 19 KB (6 KB gzip),
// loaded only in edit mode. It throws on what it does not read, and the form then starts from
// the published JSON as before.

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?=[ \t]|$)/;
const DASH = /^-(?=[ \t]|$)/;
const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const join = (a, b) => (a === "" ? String(b) : a + "/" + b);

// ---- reading --------------------------------------------------------------------------

class Reader {
  constructor(text) {
    this.raw = text.split("\n");
    this.eol = /\r$/.test(this.raw[0]) ? "\r\n" : "\n";
    this.lines = this.raw.map((raw, i) => {
      const body = (i === 0 ? raw.replace(/^\ufeff/, "") : raw).replace(/\r$/, "");
      const indent = body.length - body.replace(/^ +/, "").length;
      const content = body.slice(indent);
      const meta = content === "" || content[0] === "#" || (indent === 0 && /^(---|\.\.\.)(\s|$)/.test(content));
      return { body, indent, meta };
    });
  }

  next(i) {
    while (i < this.lines.length && this.lines[i].meta) i++;
    return i;
  }

  at(i, col) {
    return this.lines[i].body.slice(col);
  }

  // A node whose content starts at line i, column col, inside a parent indented `parent`.
  node(i, col, parent) {
    const s = this.at(i, col);
    if (DASH.test(s)) return this.seq(i, col);
    if (KEY.test(s)) return this.map(i, col);
    return this.scalar(i, col, parent);
  }

  map(i, col) {
    const entries = [];
    const value = {};
    for (;;) {
      const m = KEY.exec(this.at(i, col));
      const prefix = this.raw[i].slice(0, col + (this.raw[i][0] === "\ufeff" ? 1 : 0)); // "  - " before an item's first key
      const entry = { key: m[1], start: i, col, prefix, ...this.value(i, col + m[0].length, col) };
      if (Object.prototype.hasOwnProperty.call(value, entry.key)) throw new Error("duplicate key " + entry.key);
      entries.push(entry);
      value[entry.key] = entry.node.value;
      const j = this.next(entry.end);
      if (j >= this.lines.length || this.lines[j].indent !== col || !KEY.test(this.at(j, col))) break;
      i = j;
    }
    return { node: { kind: "map", entries, value }, end: entries[entries.length - 1].end };
  }

  seq(i, col) {
    const items = [];
    for (;;) {
      const rest = this.at(i, col + 1);
      const item = { start: i, col, ...this.inline(i, col + 1 + rest.length - rest.trimStart().length, col) };
      items.push(item);
      const j = this.next(item.end);
      if (j >= this.lines.length || this.lines[j].indent !== col || !DASH.test(this.at(j, col))) break;
      i = j;
    }
    return { node: { kind: "seq", items, value: items.map((it) => it.node.value) }, end: items[items.length - 1].end };
  }

  // What follows `key:` or `- ` on line i from column c: on the same line, or indented below.
  inline(i, c, col) {
    const s = this.at(i, c);
    if (s !== "" && s[0] !== "#") return s[0] === "-" && DASH.test(s) ? this.seq(i, c) : KEY.test(s) ? this.map(i, c) : this.scalar(i, c, col);
    const j = this.next(i + 1);
    if (j < this.lines.length && this.lines[j].indent > col) return this.node(j, this.lines[j].indent, col);
    return { node: { kind: "scalar", value: null }, end: i + 1 };
  }

  value(i, c, col) {
    const s = this.at(i, c);
    const v = c + s.length - s.trimStart().length;
    const rest = this.at(i, v);
    if (rest !== "" && rest[0] !== "#") return this.scalar(i, v, col);
    const j = this.next(i + 1);
    const line = this.lines[j];
    if (line && (line.indent > col || (line.indent === col && DASH.test(this.at(j, col))))) {
      return this.node(j, line.indent, col);
    }
    return { node: { kind: "scalar", value: null }, end: i + 1 };
  }

  scalar(i, c, parent) {
    const ch = this.at(i, c)[0];
    if (ch === "{" || ch === "[" || ch === '"' || ch === "'") return this.flow(i, c);
    if (ch === "|" || ch === ">") return this.block(i, c, parent);
    if ("&*!%@`".includes(ch)) throw new Error("unsupported YAML at line " + (i + 1));
    return this.plain(i, c, parent);
  }

  plain(i, c, parent) {
    const first = this.at(i, c);
    const cut = first.search(/[ \t]#/);
    let text = (cut < 0 ? first : first.slice(0, cut)).trimEnd();
    const comment = first.slice(text.length); // with the spaces before it
    let end = i + 1, blank = 0;
    for (let j = i + 1; j < this.lines.length; j++) {
      const line = this.lines[j];
      const content = line.body.trim();
      if (content === "") { blank++; continue; }
      if (line.indent <= parent || content[0] === "#") break;
      const at = content.search(/[ \t]#/);
      text += (blank ? "\n".repeat(blank) : " ") + (at < 0 ? content : content.slice(0, at).trimEnd());
      blank = 0;
      end = j + 1;
    }
    return { node: { kind: "scalar", value: typed(text), comment: end === i + 1 ? comment : "" }, end };
  }

  block(i, c, parent) {
    const header = /^([|>])([1-9]?)([+-]?)([1-9]?)[ \t]*(#.*)?$/.exec(this.at(i, c));
    if (!header) throw new Error("unreadable block scalar at line " + (i + 1));
    const literal = header[1] === "|";
    const chomp = header[3];
    const digit = Number(header[2] || header[4] || 0);
    let indent = digit ? parent + digit : 0;
    const lines = [];
    let end = i + 1;
    for (let j = i + 1; j < this.lines.length; j++) {
      const body = this.lines[j].body;
      if (body.trim() === "") { lines.push(""); continue; }
      const own = this.lines[j].indent;
      if (!indent) indent = own;
      if (own < indent || own <= parent) break;
      lines.push(body.slice(indent));
      end = j + 1;
    }
    lines.length = end - i - 1; // trailing blank lines belong to what follows
    let trailing = 0;
    if (chomp === "+") for (let j = end; j < this.lines.length && this.lines[j].body.trim() === ""; j++) trailing++;
    const text = literal ? lines.join("\n") : fold(lines);
    const value = chomp === "-" || text === "" ? text : text + "\n" + "\n".repeat(trailing);
    return { node: { kind: "scalar", value }, end };
  }

  // Flow collections and quoted scalars, which may run over several lines.
  flow(i, c) {
    const rest = [this.at(i, c)].concat(this.lines.slice(i + 1).map((l) => l.body)).join("\n");
    const p = new Flow(rest);
    const value = p.node();
    const after = rest.slice(p.pos);
    const lineEnd = after.indexOf("\n");
    const tail = lineEnd < 0 ? after : after.slice(0, lineEnd);
    if (!/^[ \t]*(#.*)?$/.test(tail) || (tail.trim() && !/^[ \t]/.test(tail))) {
      throw new Error("unreadable text after a value at line " + (i + 1));
    }
    const end = i + rest.slice(0, p.pos).split("\n").length;
    const kind = rest[0] === "{" ? "flowmap" : rest[0] === "[" ? "flowseq" : "scalar";
    return { node: { kind, value, comment: tail.trim() ? tail : "" }, end };
  }
}

function fold(lines) {
  let out = "", empties = 0, started = false, prevMore = false;
  for (const line of lines) {
    if (line === "") { empties++; continue; }
    const more = line[0] === " " || line[0] === "\t";
    if (!started) out = "\n".repeat(empties) + line;
    else if (!more && !prevMore) out += (empties ? "\n".repeat(empties) : " ") + line;
    else out += "\n".repeat(empties + 1) + line;
    started = true;
    prevMore = more;
    empties = 0;
  }
  return out;
}

// A plain scalar's value, read as YAML 1.2's core schema reads it (dates stay text, as the
// form's date fields hold them).
function typed(text) {
  if (text === "" || text === "~" || /^(null|Null|NULL)$/.test(text)) return null;
  if (/^(true|True|TRUE)$/.test(text)) return true;
  if (/^(false|False|FALSE)$/.test(text)) return false;
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text)) return Number(text);
  return text;
}

const BREAK = /[ \t]*\n/y; // spaces up to a line break, from a position
const ESCAPES = { 0: "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1b",
  " ": " ", '"': '"', "/": "/", "\\": "\\", N: "\x85", _: "\xa0", L: "\u2028", P: "\u2029" };

class Flow {
  constructor(text) {
    this.s = text;
    this.pos = 0;
  }

  fail() {
    throw new Error("unreadable flow value near «" + this.s.slice(this.pos, this.pos + 20) + "»");
  }

  space() {
    const s = this.s;
    for (;;) {
      while (" \t\n".includes(s[this.pos]) && this.pos < s.length) this.pos++;
      if (s[this.pos] !== "#") return;
      while (this.pos < s.length && s[this.pos] !== "\n") this.pos++;
    }
  }

  node() {
    this.space();
    const ch = this.s[this.pos];
    if (ch === "{") return this.collection("}", {});
    if (ch === "[") return this.collection("]", []);
    if (ch === '"') return this.quoted('"');
    if (ch === "'") return this.quoted("'");
    return this.plain();
  }

  collection(close, out) {
    this.pos++;
    for (;;) {
      this.space();
      if (this.s[this.pos] === close) { this.pos++; return out; }
      if (this.pos >= this.s.length) this.fail();
      const item = this.node();
      this.space();
      if (Array.isArray(out)) {
        out.push(item);
      } else {
        let value = null;
        if (this.s[this.pos] === ":") { this.pos++; value = this.node(); this.space(); }
        if (typeof item !== "string" || Object.prototype.hasOwnProperty.call(out, item)) this.fail();
        out[item] = value;
      }
      if (this.s[this.pos] === ",") this.pos++;
      else if (this.s[this.pos] !== close) this.fail();
    }
  }

  plain() {
    const s = this.s;
    const start = this.pos;
    while (this.pos < s.length) {
      const ch = s[this.pos];
      if (",[]{}".includes(ch)) break;
      if (ch === ":" && /[\s,[\]{}]|^$/.test(s[this.pos + 1] || "")) break;
      if (ch === "#" && /\s/.test(s[this.pos - 1])) break;
      this.pos++;
    }
    if (this.pos === start) this.fail();
    const text = s.slice(start, this.pos).split("\n").map((l) => l.trim());
    let out = text[0];
    for (let k = 1, empties = 0; k < text.length; k++) {
      if (text[k] === "") { empties++; continue; }
      out += (empties ? "\n".repeat(empties) : " ") + text[k];
      empties = 0;
    }
    return typed(out.trim());
  }

  quoted(q) {
    const s = this.s;
    let out = "";
    this.pos++;
    for (;;) {
      if (this.pos >= s.length) this.fail();
      const ch = s[this.pos];
      if (ch === q) {
        if (q === "'" && s[this.pos + 1] === "'") { out += "'"; this.pos += 2; continue; }
        this.pos++;
        return out;
      }
      if (ch === "\\" && q === '"') {
        const e = s[this.pos + 1];
        const hex = { x: 2, u: 4, U: 8 }[e];
        if (hex) {
          const code = s.slice(this.pos + 2, this.pos + 2 + hex);
          if (!/^[0-9a-fA-F]+$/.test(code) || code.length !== hex) this.fail();
          out += String.fromCodePoint(parseInt(code, 16));
          this.pos += 2 + hex;
        } else if (e === "\n") {
          this.pos += 2;
          while (" \t".includes(s[this.pos])) this.pos++;
        } else if (Object.prototype.hasOwnProperty.call(ESCAPES, e)) {
          out += ESCAPES[e];
          this.pos += 2;
        } else {
          this.fail();
        }
        continue;
      }
      BREAK.lastIndex = this.pos;
      if (BREAK.test(s)) {
        // a line break inside quotes folds: one becomes a space, more keep all but one
        out = out.replace(/[ \t]+$/, "");
        let breaks = 0;
        while (this.pos < s.length && " \t\n".includes(s[this.pos])) {
          if (s[this.pos] === "\n") breaks++;
          this.pos++;
        }
        out += breaks > 1 ? "\n".repeat(breaks - 1) : " ";
        continue;
      }
      out += ch;
      this.pos++;
    }
  }
}

/** The file's values and the lines they stand on. Throws on what it cannot read. */
export function parse(text) {
  const reader = new Reader(text);
  const first = reader.next(0);
  if (first >= reader.lines.length) throw new Error("empty file");
  const { node, end } = reader.node(first, reader.lines[first].indent, -1);
  if (node.kind !== "map" || reader.next(end) < reader.lines.length) throw new Error("not one mapping");
  return { reader, root: node, value: node.value };
}

// ---- writing --------------------------------------------------------------------------

/** Deep equality of JSON-like values. */
export function same(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  const ka = Object.keys(a).filter((k) => a[k] !== undefined);
  const kb = Object.keys(b).filter((k) => b[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => same(a[k], b[k]));
}

/**
 * The file of `parsed` with `next` written into it. `base` is what the form read back right
 * after it was filled from the file, so a value that only the form's reading changed (spaces,
 * a number's spelling) counts as unchanged. `w` is the form's writer:
 * - w.has(path): the form has a field for `path` ("kontak/nama": no list indices);
 * - w.order(path): the keys of the record at `path` in the format's order;
 * - w.entry(key, value, path): the lines of `key: value` in the record at `path`, unindented;
 * - w.item(key, value, path): the lines of one item `- …` of the list `key` there;
 * - w.flow(value, path): a record of plain values as one `{…}`;
 * - w.from(path, j): the index of the file's item the item j of the list at `path` was filled
 *   from, or undefined for an item added in the form.
 */
export function patch(parsed, base, next, w) {
  const { reader } = parsed;
  const edits = [];
  patchMap(parsed.root, base, next, "", w, edits, false);
  const out = reader.raw.slice();
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  const cr = reader.eol === "\r\n" ? "\r" : "";
  for (const e of edits) out.splice(e.start, e.end - e.start, ...e.lines.map((l) => l + cr));
  return out.join("\n");
}

const indented = (lines, col, first) => lines.map((l, i) => (i === 0 && first !== undefined ? first + l : l === "" ? "" : " ".repeat(col) + l));

// Edits to the block mapping `node`; false when its first key (in a list item, the line with
// "- ") would go, which only writing the whole item can do.
function patchMap(node, base, next, path, w, edits, inItem) {
  const mine = [];
  const entries = node.entries;
  for (const e of entries) {
    const sub = join(path, e.key);
    const b = base ? base[e.key] : undefined;
    const v = next[e.key];
    if (!w.has(sub) || same(b, v)) continue;
    if (v === undefined) {
      if (inItem && e === entries[0]) return false;
      mine.push({ start: e.start, end: e.end, lines: [] });
    } else if (e.node.kind === "map" && isObject(v) && patchMap(e.node, isObject(b) ? b : {}, v, sub, w, mine, false)) {
      continue;
    } else if (!(e.node.kind === "seq" && Array.isArray(v) && patchSeq(e.node, Array.isArray(b) ? b : [], v, e.key, path, w, mine))) {
      const lines = w.entry(e.key, v, path);
      if (lines.length === 1 && e.node.comment && !lines[0].includes(" #")) lines[0] += e.node.comment;
      mine.push({ start: e.start, end: e.end, lines: indented(lines, e.col, e.prefix) });
    }
  }
  // Keys the file does not have yet: after the key before them in the format's order.
  const order = w.order(path);
  const have = entries.map((e) => e.key);
  const added = new Map();
  for (const key of Object.keys(next)) {
    if (have.includes(key) || next[key] === undefined || same(base ? base[key] : undefined, next[key])) continue;
    const rank = order.indexOf(key);
    const before = entries.filter((e) => rank >= 0 && order.indexOf(e.key) >= 0 && order.indexOf(e.key) < rank);
    const anchor = before.length ? before[before.length - 1] : inItem ? entries[0] : null;
    const at = anchor ? anchor.end : entries[0].start;
    if (!added.has(at)) added.set(at, []);
    added.get(at).push(...indented(w.entry(key, next[key], path), entries[0].col));
  }
  for (const [at, lines] of added) mine.push({ start: at, end: at, lines });
  edits.push(...mine);
  return true;
}

// Edits to the block list `node` of records; false when it is not one.
function patchSeq(node, base, next, key, path, w, edits) {
  const sub = join(path, key);
  const items = node.items;
  if (!next.every(isObject) || !items.every((it) => it.node.kind === "map" || it.node.kind === "flowmap")) return false;
  if (base.length !== items.length) return false;
  const col = items[0].col;
  // An item written anew keeps the style of the one it replaces (or follows): {…} on one line
  // when it was so and still holds plain values only.
  const lines = (it, v) => (it.node.kind === "flowmap" && Object.values(v).every((x) => x === null || typeof x !== "object")
    ? ["- " + w.flow(v, sub)] : w.item(key, v, path));
  // An item written anew keeps the keys the form has no field for (a fulfilled need's
  // `dipenuhi_oleh`, an offer's `diunggah`) of the file's item it was filled from, as a block
  // item patched in place does.
  const keeping = (it, v) => {
    const own = isObject(it.node.value) ? it.node.value : {};
    const lacked = Object.keys(own).filter((k) => !w.has(join(sub, k)) && v[k] === undefined);
    return Object.assign({}, v, Object.fromEntries(lacked.map((k) => [k, own[k]])));
  };
  // Each item of `next` was filled from the file's item `from[j]` (-1: a new one). Those no
  // item comes from were removed; the rest are patched where they stand, so that what the form
  // lacks stays with its own item, never with the one that used to stand at that position.
  const seen = new Set();
  const from = next.map((_, j) => {
    const i = w.from(sub, j);
    return Number.isInteger(i) && i >= 0 && i < items.length && !seen.has(i) && seen.add(i) ? i : -1;
  });
  items.forEach((it, i) => { if (!seen.has(i)) edits.push({ start: it.start, end: it.end, lines: [] }); });
  // New items go after the last item, below a key added at its end: of the edits at one line,
  // the one pushed first ends up last.
  const added = next.filter((_, j) => from[j] < 0);
  if (added.length) {
    const last = items[items.length - 1];
    edits.push({ start: last.end, end: last.end, lines: added.flatMap((v) => indented(lines(last, v), col)) });
  }
  from.forEach((i, j) => {
    const it = items[i];
    if (i < 0 || same(base[i], next[j])) return;
    const mine = [];
    if (it.node.kind === "map" && patchMap(it.node, isObject(base[i]) ? base[i] : {}, next[j], sub, w, mine, true)) edits.push(...mine);
    else edits.push({ start: it.start, end: it.end, lines: indented(lines(it, keeping(it, next[j])), col) });
  });
  return true;
}
