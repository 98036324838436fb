// The "not found" page (404.html): a link to a KIM whose address changed still names the KIM
// in its path (/kim/<slug>/...), so its words are offered as the search, "kim" left out.
import { byId } from "./util.js";

const input = byId("kim-home-q");
const match = /\/kim\/([a-z0-9-]+)/.exec(location.pathname);
if (input && match && !input.value) {
  input.value = match[1].split("-").filter((w) => w && w !== "kim").join(" ");
}
