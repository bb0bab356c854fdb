// An answer's page opens on its feedback (#feedback): focus it, so a screen reader reads
// "Đúng rồi!" or "Chưa đúng" and the explanation first, and Tab goes on to the next question.
// Without JavaScript the #feedback fragment still scrolls it into view.
// The page is the answer form's response: its history entry becomes the address that shows it
// again, so reloading it (or coming back to it) does not send the answer a second time.
(() => {
  const feedback = document.getElementById("feedback");
  if (!feedback) return;
  if (feedback.dataset.reloadUrl) {
    history.replaceState(null, "", feedback.dataset.reloadUrl);
  }
  feedback.focus({ preventScroll: true });
  feedback.scrollIntoView({ block: "start" });
})();
