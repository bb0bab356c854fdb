import json
import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")

# Playwright's sync API runs an event loop in this thread; the Django ORM calls made by the
# test itself (fixtures, assertions) are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    if os.path.exists(CHROMIUM) or shutil.which(CHROMIUM):
        return
    skip = pytest.mark.skip(reason=f"Chromium not found at {CHROMIUM}: browser tests skipped")
    for item in items:
        if "tests/e2e" in str(item.fspath):
            item.add_marker(skip)


@pytest.fixture
def browser(live_server):
    # Per test, not per session: Playwright's event loop changes the context Django's
    # connection handler resolves in, which would hide the serialized test data restored
    # between transactional tests.
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page_factory(browser, live_server):
    """New browser pages that record every request to a host other than the live server."""
    contexts = []
    foreign_requests = []
    csp_violations = []

    def make(**context_options):
        context = browser.new_context(base_url=live_server.url, **context_options)
        contexts.append(context)
        page = context.new_page()

        def check(request):
            url = request.url
            if url.startswith(("data:", "blob:", "about:")):
                return
            if not url.startswith(("http://127.0.0.1", "http://localhost")):
                foreign_requests.append(url)

        page.on("request", check)
        page.on(
            "console",
            lambda message: (
                csp_violations.append(message.text)
                if "Content Security Policy" in message.text
                else None
            ),
        )
        return page

    yield make
    for context in contexts:
        context.close()
    assert foreign_requests == [], f"requests to other hosts: {foreign_requests}"
    assert csp_violations == [], f"blocked by the Content-Security-Policy: {csp_violations}"


AXE_PATH = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.1 A and AA: what the platform promises (README, "Accessibility").
AXE_TAGS = json.dumps(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
AXE_RUN = f"axe.run(document, {{runOnly: {{type: 'tag', values: {AXE_TAGS}}}}})"


@pytest.fixture(scope="session")
def axe_source():
    if not AXE_PATH.exists():
        pytest.fail(f"{AXE_PATH} is missing: run `npm ci` (make test-e2e does it)")
    return AXE_PATH.read_text(encoding="utf-8")


@pytest.fixture
def axe(axe_source):
    """``axe(page)``: axe-core's WCAG 2.1 AA violations on the page, as readable lines.

    The source goes in with ``page.evaluate``, which the Content-Security-Policy does not
    govern (``add_script_tag`` would insert an inline script, which it blocks)."""

    def check(page) -> list[str]:
        if not page.evaluate("typeof window.axe !== 'undefined'"):
            page.evaluate(axe_source)
        results = page.evaluate(AXE_RUN)
        lines = []
        for violation in results["violations"]:
            targets = "; ".join(
                " ".join(map(str, node["target"])) for node in violation["nodes"][:4]
            )
            lines.append(
                f"{page.url} [{violation['impact']}] {violation['id']}: {violation['help']}"
                f" ({len(violation['nodes'])}×: {targets})"
            )
        return lines

    return check
