// On every page with a status message (base.html loads it then); every page works without it.
(function () {
  "use strict";

  // A confirmation ("Đã lưu", "Đã đóng lượt chơi", "Đã thêm thông tin em gửi"): the status
  // region (#messages, role=status) is on every page from the start, and what it held at load
  // is put back into it just after, so a screen reader announces it (a live region does not
  // read what it already held when the page loaded).
  var region = document.getElementById("messages");
  if (region && region.children.length) {
    var content = Array.prototype.slice.call(region.childNodes);
    region.textContent = "";
    window.setTimeout(function () {
      content.forEach(function (node) { region.appendChild(node); });
    }, 150);
  }
})();
