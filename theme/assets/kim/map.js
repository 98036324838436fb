// The profile's small map: Leaflet starts, and tiles load, only when the map scrolls into view.
(function () {
  "use strict";
  var box = document.getElementById("kim-map");
  if (!box || !("IntersectionObserver" in window)) return;

  function show() {
    if (!window.L) return;
    var lat = parseFloat(box.dataset.lat);
    var lon = parseFloat(box.dataset.lon);
    if (!isFinite(lat) || !isFinite(lon)) return;
    box.textContent = "";
    box.classList.add("kim-map--live");
    var map = window.L.map(box, { scrollWheelZoom: false }).setView([lat, lon], 13);
    window.L.tileLayer(box.dataset.tiles, {
      maxZoom: 18,
      attribution: box.dataset.attribution
    }).addTo(map);
    window.L.circleMarker([lat, lon], { radius: 9, weight: 3 })
      .addTo(map)
      .bindTooltip(box.dataset.name);
  }

  var seen = new IntersectionObserver(function (entries) {
    if (entries.some(function (e) { return e.isIntersecting; })) {
      seen.disconnect();
      show();
    }
  }, { rootMargin: "200px" });

  window.addEventListener("load", function () { seen.observe(box); });
})();
