// Refreshes a quiz run's results every few seconds while the run is open.
// Without JavaScript the teacher reloads the page.
(() => {
  const box = document.getElementById("run-results");
  if (!box || box.dataset.refresh !== "on") return;
  const refresh = async () => {
    try {
      const response = await fetch(box.dataset.refreshUrl, { credentials: "same-origin" });
      if (response.ok) box.innerHTML = await response.text();
    } catch (error) {
      // Offline for a moment: try again at the next tick.
    }
  };
  setInterval(refresh, 5000);
})();
