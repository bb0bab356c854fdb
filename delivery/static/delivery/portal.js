// Progressive enhancement for the teacher portal; every page works without it.
(function () {
  "use strict";

  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d");
  }

  // Narrow the lesson list as the teacher types, without a round trip.
  document.querySelectorAll("[data-lesson-filter]").forEach(function (input) {
    var select = document.getElementById(input.getAttribute("data-lesson-filter"));
    if (!select) return;
    var options = Array.prototype.slice.call(select.options);
    input.addEventListener("input", function () {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var selected = select.value;
      select.innerHTML = "";
      options.forEach(function (option) {
        var text = fold(option.text);
        var keep = !option.value || option.value === selected ||
          words.every(function (word) { return text.indexOf(word) !== -1; });
        if (keep) select.appendChild(option);
      });
      select.value = selected;
    });
  });

  // A second tap while the first submit is on its way does nothing (the server also
  // records a form only once).
  document.querySelectorAll("form[data-submit-once]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (form.dataset.submitting) {
        event.preventDefault();
        return;
      }
      form.dataset.submitting = "1";
      var button = form.querySelector("[data-busy-label]");
      if (button) button.textContent = button.getAttribute("data-busy-label");
    });
  });
})();
