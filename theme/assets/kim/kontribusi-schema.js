// The contribution form's JSON Schema interpreter (kontribusi.js): it checks a KIM file against
// the published data/kim.schema.json in the browser, as `kim validate` does with jsonschema.
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
export const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
export const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

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

export function schemaErrors(schema, value) {
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
