// Refreshes a quiz run's results every few seconds while the run is open.
// Without JavaScript the teacher reloads the page.
(() => {
  const box = document.getElementById("run-results");
  if (!box || box.dataset.refresh !== "on") return;
  const pause = document.getElementById("run-refresh-pause");
  const status = document.getElementById("run-results-status");
  const parse = (html) => {
    const template = document.createElement("template");
    template.innerHTML = html;
    return template.content;
  };
  // An element as the browser serialises it, <details> all closed: equal when unchanged.
  const plain = (element) => {
    const copy = element.cloneNode(true);
    if (copy.matches("details")) copy.removeAttribute("open");
    copy.querySelectorAll("details[open]").forEach((d) => d.removeAttribute("open"));
    return copy.outerHTML;
  };
  const normalise = (html) => {
    const content = parse(html);
    content.querySelectorAll("details[open]").forEach((d) => d.removeAttribute("open"));
    const holder = document.createElement("div");
    holder.append(content);
    return holder.innerHTML.trim();
  };
  let last = normalise(box.innerHTML);
  let paused = false;
  const headingText = () => box.querySelector("#students-heading")?.textContent.trim() || "";
  let lastHeading = headingText();

  // A child's key: its id, the heading that names it (a section), or its place.
  const key = (element, index) =>
    element.id || element.getAttribute("aria-labelledby") || `${element.tagName}:${index}`;
  const attributes = (element) =>
    Array.from(element.attributes)
      .filter((attribute) => attribute.name !== "open")
      .map((attribute) => `${attribute.name}=${attribute.value}`)
      .sort()
      .join("\u0000");
  const ownText = (node) =>
    Array.from(node.childNodes)
      .filter((child) => child.nodeType === Node.TEXT_NODE && child.textContent.trim())
      .map((child) => child.textContent.trim())
      .join("\u0000");

  // Replaces only what changed, from the outside in: a section, a table's body, a row. What
  // did not change stays the same element, so a screen reader keeps its place in it, and an
  // opened <details> stays open.
  const patch = (current, fresh) => {
    const olds = Array.from(current.children);
    const news = Array.from(fresh.children);
    const sameShape =
      olds.length === news.length &&
      olds.every((element, index) => key(element, index) === key(news[index], index)) &&
      ownText(current) === ownText(fresh);
    if (!sameShape) {
      current.replaceChildren(...Array.from(fresh.childNodes));
      return;
    }
    olds.forEach((element, index) => {
      const replacement = news[index];
      if (plain(element) === plain(replacement)) return;
      if (
        element.tagName === replacement.tagName &&
        attributes(element) === attributes(replacement) &&
        element.children.length &&
        replacement.children.length
      ) {
        patch(element, replacement);
      } else {
        element.replaceWith(replacement);
      }
    });
  };

  // Swaps the changes in, keeping which <details> are open and where the focus is.
  const swap = (html) => {
    const open = new Set(
      Array.from(box.querySelectorAll("details[id]"))
        .filter((details) => details.open)
        .map((details) => details.id),
    );
    const focused = box.contains(document.activeElement) ? document.activeElement : null;
    const focusedDetails = focused && focused.closest("details[id]");
    const focusedId = focused && focused.id;
    patch(box, parse(html));
    box.querySelectorAll("details[id]").forEach((details) => {
      details.open = open.has(details.id);
    });
    if (focused && !focused.isConnected) {
      let target = null;
      if (focusedId) target = document.getElementById(focusedId);
      else if (focusedDetails) {
        const details = document.getElementById(focusedDetails.id);
        target = details && details.querySelector("summary");
      }
      (target || box).focus({ preventScroll: true });
    }
    // A short summary is announced, not the whole tables, and only when it changed.
    const heading = headingText();
    if (status && heading && heading !== lastHeading) status.textContent = heading;
    lastHeading = heading;
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
