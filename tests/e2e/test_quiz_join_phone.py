"""On a phone (390 × 844) the join code is on the first screen, and a wrong code's error is
in view with the code field focused."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 390, "height": 844}


def test_the_code_field_is_on_the_first_screen_and_a_wrong_code_focuses_it(
    page_factory, live_server, home_page
):
    page = page_factory(viewport=PHONE, locale="vi-VN")
    page.goto("/quiz/join/")
    code = page.locator("#id_code")
    assert code.bounding_box()["y"] < PHONE["height"]

    code.fill("ZZZZZZ")
    page.locator("#id_nickname").fill("Gấu nâu")
    page.get_by_role("button", name="Vào làm bài").click()
    page.wait_for_load_state()

    error = page.locator("#id_code_error")
    assert error.is_visible()
    box = error.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"]
    assert page.evaluate("document.activeElement.id") == "id_code"
    assert page.locator("#id_code").get_attribute("aria-invalid") == "true"
