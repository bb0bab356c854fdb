// An answer's page is the answer form's response. Its history entry becomes the address that
// shows it again (data-reload-url), so reloading it or coming back to it does not send the
// answer a second time.
// It opens on its feedback (#feedback): focus it, so a screen reader reads "Đúng rồi!" or
// "Chưa đúng" and the explanation first, and Tab goes on to the next question. Without
// JavaScript the #feedback fragment still scrolls it into view.
(() => {
  const reloadable = document.querySelector("[data-reload-url]");
  if (reloadable) {
    history.replaceState(null, "", reloadable.dataset.reloadUrl);
  }
  const feedback = document.getElementById("feedback");
  if (!feedback) return;
  feedback.focus({ preventScroll: true });
  feedback.scrollIntoView({ block: "start" });
})();
