// The "not found" page (404.html): a link to a KIM whose address changed still names the KIM
// in its path (/kim/<slug>/...), so its words are offered as the search, "kim" left out (and
// a KIM that kept the old address in `slug_lama` is never sent here at all). The
// host serves the one page at every address: at an English one, it shows its English version.
import { byId } from "./util.js";

const english = byId("kim-nf-en");
if (english && location.pathname.startsWith(english.dataset.prefix)) {
  byId("kim-nf").replaceChildren(english.content.cloneNode(true));
}
let path = location.pathname.toLowerCase();
try {
  path = decodeURIComponent(path);
} catch {
  // a cut-off escape ("%E"): the address as it came
}
const match = /\/kim\/([a-z0-9-]+)/.exec(path);
const words = match ? match[1].split("-").filter((w) => w && w !== "kim").join(" ") : "";
const input = byId("kim-home-q");
if (input && words && !input.value) {
  input.value = words;
  // The KIM's name or place may no longer hold every word (a renamed KIM; "ulubelu" for Ulu
  // Belu): the directory then lists the KIMs that match the most of them (cocok=sebagian).
  const most = document.createElement("input");
  Object.assign(most, { type: "hidden", name: "cocok", value: "sebagian" });
  input.form.append(most);
  // the other language's directory, searching for the same words
  const link = document.querySelector("#kim-nf .kim-nf-other");
  link.href = new URL(`kim/?${new URLSearchParams({ q: words, cocok: "sebagian" })}`, link.href).href;
}
