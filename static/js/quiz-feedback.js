// After an answer the page reloads on its feedback (#feedback): focus it, so a screen reader
// reads "Đúng rồi!" or "Chưa đúng" and the explanation first, and Tab goes on to the next
// question. Without JavaScript the #feedback fragment still scrolls it into view.
(() => {
  const feedback = document.getElementById("feedback");
  if (!feedback) return;
  feedback.focus({ preventScroll: true });
  feedback.scrollIntoView({ block: "start" });
})();
