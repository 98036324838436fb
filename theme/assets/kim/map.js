// The profile's small map. Leaflet (script and stylesheet) is fetched, and tiles load, only
// when the map scrolls into view: a reader who never scrolls that far downloads none of it
// (about 45 KB compressed), and the text below the map never waits for Leaflet's stylesheet.
import { byId } from "./util.js";

(function () {
  var box = byId("kim-map");
  if (!box || !("IntersectionObserver" in window)) return;
  var leaflet = new URL("../vendor/leaflet/", import.meta.url);

  function fetchFile(tag, attributes) {
    return new Promise(function (resolve, reject) {
      var element = document.createElement(tag);
      Object.keys(attributes).forEach(function (name) { element[name] = attributes[name]; });
      element.onload = resolve;
      element.onerror = reject;
      document.head.appendChild(element);
    });
  }

  // Leaflet names its controls in English; the page's language names them here (a profile
  // carries no text for them: 20,000 pages would each pay its bytes).
  var english = /^en\b/.test(document.documentElement.lang);
  var words = english
    ? { zoomIn: "Zoom in", zoomOut: "Zoom out", map: function (name) { return "Map of " + name; } }
    : { zoomIn: "Perbesar", zoomOut: "Perkecil", map: function (name) { return "Peta " + name; } };

  function show() {
    var lat = parseFloat(box.dataset.lat);
    var lon = parseFloat(box.dataset.lon);
    if (!isFinite(lat) || !isFinite(lon)) return;
    box.textContent = "";
    box.classList.add("kim-map--live");
    var map = window.L.map(box, { scrollWheelZoom: false, zoomControl: false }).setView([lat, lon], 13);
    window.L.control.zoom({ zoomInTitle: words.zoomIn, zoomOutTitle: words.zoomOut }).addTo(map);
    // Leaflet makes the map focusable (its arrow keys pan it): a focus stop needs a name.
    box.setAttribute("role", "region");
    box.setAttribute("aria-label", words.map(box.dataset.name));
    window.L.tileLayer(box.dataset.tiles, {
      maxZoom: 18,
      attribution: asHtml(box.dataset.attribution)
    }).addTo(map);
    // A node, not a string: Leaflet writes strings as HTML, and the name is the KIM's own text.
    var marker = window.L.circleMarker([lat, lon], { radius: 9, weight: 3 })
      .addTo(map)
      .bindTooltip(document.createTextNode(box.dataset.name));
    // The marker does nothing when activated, yet the focus listeners of its tooltip made it a
    // Tab stop without a name (a tester): out of the Tab order, and named as the point it is.
    var dot = marker.getElement();
    dot.setAttribute("tabindex", "-1");
    dot.setAttribute("role", "img");
    dot.setAttribute("aria-label", box.dataset.name);
  }

  // Leaflet takes an attribution only as HTML: text goes in escaped.
  function asHtml(text) {
    var holder = document.createElement("span");
    holder.textContent = text;
    return holder.innerHTML;
  }

  var seen = new IntersectionObserver(function (entries) {
    if (entries.some(function (e) { return e.isIntersecting; })) {
      seen.disconnect();
      // If either file fails, the map's text (its coordinates) stays.
      Promise.all([
        fetchFile("link", { rel: "stylesheet", href: new URL("leaflet.css", leaflet).href }),
        fetchFile("script", { src: new URL("leaflet.js", leaflet).href })
      ]).then(show, function () {});
    }
  }, { rootMargin: "200px" });

  // After the page's own files: the map is the last thing a slow connection should wait for.
  window.addEventListener("load", function () { seen.observe(box); });
})();
