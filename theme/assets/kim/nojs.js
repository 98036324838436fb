// The no-JavaScript look for a browser that runs scripts but not the page's module: one too
// old to run ES modules at all (KaiOS 2.5, an old WebView: it skips type="module"), one that
// cannot parse it, or a module that threw. A classic script in ES5, so that those browsers run
// it. A block that works only with its module ([data-kim-needs]) is in the page from the
// start, so that nothing moves when the module starts; the module marks it once it started
// (data-kim-started). Module scripts are deferred: by DOMContentLoaded every one of them has
// run or failed, so an unmarked block is hidden there and its fallback shown (the id its
// data-kim-needs names, if any), as a <noscript> does without JavaScript.
document.addEventListener("DOMContentLoaded", function () {
  var blocks = document.querySelectorAll("[data-kim-needs]");
  for (var i = 0; i < blocks.length; i++) {
    if (blocks[i].hasAttribute("data-kim-started")) continue;
    blocks[i].hidden = true;
    var fallback = document.getElementById(blocks[i].getAttribute("data-kim-needs"));
    if (fallback) fallback.hidden = false;
  }
});
