import pytest

from home.demo import demo_site_build

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_visitor_finds_help_and_the_111_link(page_factory):
    demo_site_build()
    page = page_factory(viewport={"width": 375, "height": 740})
    page.goto("/")
    assert page.locator("header a[href='tel:111']").count() == 1
    # The stylesheet arrived: the hotline bar is coloured, not the browser default.
    bar_colour = page.eval_on_selector(".hotline-bar", "el => getComputedStyle(el).backgroundColor")
    assert bar_colour != "rgba(0, 0, 0, 0)"

    page.get_by_role("link", name="Cần giúp đỡ?").first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Cần giúp đỡ?"
    call = page.locator("main a[href='tel:111']")
    assert call.count() >= 1
    assert "111" in call.first.inner_text()
