// The "not found" page (404.html): a link to a KIM whose address changed still names the KIM
// in its path (/kim/<slug>/...), so its words are offered as the search, "kim" left out.
(function () {
  "use strict";
  var input = document.getElementById("kim-404-q");
  var match = /\/kim\/([a-z0-9-]+)/.exec(location.pathname);
  if (!input || !match || input.value) return;
  input.value = match[1].split("-").filter(function (w) { return w && w !== "kim"; }).join(" ");
})();
