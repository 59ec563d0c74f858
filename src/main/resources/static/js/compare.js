// Shows or hides one assessment's outline on the comparison radar.
(function () {
  'use strict';
  var figure = document.getElementById('compare-radar');
  if (!figure) { return; }
  figure.querySelectorAll('input[data-series]').forEach(function (box) {
    box.addEventListener('change', function () {
      figure.querySelectorAll('polygon.series-' + box.dataset.series).forEach(function (outline) {
        outline.style.display = box.checked ? '' : 'none';
      });
    });
  });
})();
