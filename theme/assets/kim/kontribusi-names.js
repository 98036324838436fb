// People named outside the fields that record their consent, in the contribution form: a port of
// generator/format/names.py for the free texts (kontribusi-check.js), its patterns read from the
// page's #kf-config (`C`). A name `pengurus` or `kontak` gives (of `C.nameWords` words or more)
// found in a text is an error, with consent or without; else a form of address or a title next
// to a name (PERSON_TITLE) is a warning. The file's comments, which the validator reads too, are
// not the form's to check: it writes none of its own, keeps an updated file's as they were, and
// shows none for the volunteer to correct.
import { isObject } from "./kontribusi-schema.js";

// A name's words as a pattern's text, read as Python's re.escape writes them: its escapes of the
// characters a pattern gives a meaning, not of the others it escapes (- & ~ # and spaces), which
// a u-mode pattern refuses ("\-") and reads as themselves unescaped.
export const literal = (word) => word.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");

export function nameChecks(C, bareName) {
  const [start, gap, end, flags] = C.listedName;
  const title = new RegExp(...C.patterns.personTitle);

  // `_listed`: [field path, pattern, "listed" or "unconsented", name as written] of each name the
  // lists give; `withheld` (path → name): the names the form keeps out of the file for want of a
  // consent date (kontribusi-check.js `withhold`), which the volunteer typed all the same.
  function listed(doc, withheld) {
    const out = [];
    for (const key of C.nameLists) {
      (Array.isArray(doc[key]) ? doc[key] : []).forEach((entry, i) => {
        if (!isObject(entry)) return;
        const field = key + "/" + i + "/nama";
        const name = typeof entry.nama === "string" ? entry.nama : withheld.get(field);
        const words = typeof name === "string" ? bareName(name).split(/\s+/).filter(Boolean) : [];
        if (words.length < C.nameWords) return;
        const pattern = new RegExp(start + words.map(literal).join(gap) + end, flags);
        out.push([field, pattern, entry.izin_publikasi !== undefined ? "listed" : "unconsented", name]);
      });
    }
    return out;
  }

  // `_named`: [code, args] of each listed name in a free text, else of the first title there.
  function namesIn(text, names) {
    const plain = text.trim();
    const found = names.filter(([, pattern]) => pattern.test(plain));
    if (found.length) return found.map(([field, , code, name]) => [code + "-name-in-text", { field, name }]);
    const said = title.exec(plain);
    return said ? [["person-in-text", { value: said.groups.address || said.groups.degree }]] : [];
  }

  // Whether a text's path is one of the lists', which check their names themselves.
  const ownList = (path) => C.nameLists.some((key) => path.startsWith(key));

  return { listed, namesIn, ownList };
}
