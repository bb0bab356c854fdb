// Refreshes a quiz run's results every few seconds while the run is open.
// Without JavaScript the teacher reloads the page.
(() => {
  const box = document.getElementById("run-results");
  if (!box || box.dataset.refresh !== "on") return;
  const pause = document.getElementById("run-refresh-pause");
  const status = document.getElementById("run-results-status");
  // The results as the browser serialises them, <details> all closed: equal when unchanged.
  const normalise = (html) => {
    const template = document.createElement("template");
    template.innerHTML = html;
    template.content.querySelectorAll("details[open]").forEach((d) => d.removeAttribute("open"));
    return template.innerHTML.trim();
  };
  let last = normalise(box.innerHTML);
  let paused = false;

  // Swaps the results in, keeping which <details> are open and where the focus is.
  const swap = (html) => {
    const open = new Set(
      Array.from(box.querySelectorAll("details[id]"))
        .filter((details) => details.open)
        .map((details) => details.id),
    );
    const focused = box.contains(document.activeElement) ? document.activeElement : null;
    const focusedDetails = focused && focused.closest("details[id]");
    const focusedId = focused && focused.id;
    box.innerHTML = html;
    box.querySelectorAll("details[id]").forEach((details) => {
      details.open = open.has(details.id);
    });
    let target = null;
    if (focusedId) target = document.getElementById(focusedId);
    else if (focusedDetails) {
      const details = document.getElementById(focusedDetails.id);
      target = details && details.querySelector("summary");
    }
    if (target) target.focus({ preventScroll: true });
    else if (focused) box.focus({ preventScroll: true });
    // A short summary is announced, not the whole tables.
    const heading = box.querySelector("#students-heading");
    if (status && heading) status.textContent = heading.textContent;
  };

  const refresh = async () => {
    if (paused || document.hidden) return;
    try {
      const response = await fetch(box.dataset.refreshUrl, { credentials: "same-origin" });
      if (!response.ok) return;
      const html = normalise(await response.text());
      if (html !== last && !paused) {
        last = html;
        swap(html);
      }
    } catch (error) {
      // Offline for a moment: try again at the next tick.
    }
  };

  if (pause) {
    pause.closest("[hidden]")?.removeAttribute("hidden");
    pause.addEventListener("click", () => {
      paused = !paused;
      pause.setAttribute("aria-pressed", String(paused));
      if (!paused) refresh();
    });
  }
  box.tabIndex = -1; // where the focus goes if its element is gone after a swap
  setInterval(refresh, 5000);
})();
