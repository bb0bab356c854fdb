"""The report form and the "Kể thêm" form tie their help and errors to the field, with the ids
Django puts in aria-describedby (README, "Accessibility")."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from tests.concerns.conftest import concern_make
from tests.concerns.test_reporting import VALID

pytestmark = pytest.mark.django_db


VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class _Elements(HTMLParser):
    """Every element's tag and attributes, in order, and the text inside each id."""

    def __init__(self):
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.texts: dict[str, list[str]] = {}
        self._open: list[tuple[str, str | None]] = []  # (tag, id) of the open elements

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        self.elements.append((tag, attributes))
        if "id" in attributes:
            self.texts.setdefault(attributes["id"], [])
        if tag not in VOID:
            self._open.append((tag, attributes.get("id")))

    def handle_endtag(self, tag):
        while self._open:
            if self._open.pop()[0] == tag:
                break

    def handle_data(self, data):
        for _, element_id in self._open:
            if element_id:
                self.texts[element_id].append(data)


def _parse(response) -> _Elements:
    parser = _Elements()
    parser.feed(response.content.decode())
    return parser


def _described_by(parser: _Elements, tag: str, **match) -> list[str]:
    for name, attributes in parser.elements:
        if name == tag and all(attributes.get(key) == value for key, value in match.items()):
            return attributes.get("aria-describedby", "").split()
    raise AssertionError(f"no <{tag} {match}>")


def _assert_every_description_exists(parser: _Elements) -> int:
    ids = [attributes["id"] for _, attributes in parser.elements if "id" in attributes]
    assert len(ids) == len(set(ids)), "an id used twice"
    named = [
        described
        for _, attributes in parser.elements
        for described in attributes.get("aria-describedby", "").split()
    ]
    missing = sorted(set(named) - set(ids))
    assert not missing, f"aria-describedby names ids not in the page: {missing}"
    return len(named)


def _fieldset_of(parser: _Elements, field_name: str) -> dict[str, str]:
    """The attributes of the <fieldset> just before the first radio named ``field_name``."""
    fieldset = None
    for tag, attributes in parser.elements:
        if tag == "fieldset":
            fieldset = attributes
        if tag == "input" and attributes.get("name") == field_name:
            assert fieldset is not None
            return fieldset
    raise AssertionError(field_name)


def test_the_report_form_help_is_read_with_its_field(client, help_contacts):
    parser = _parse(client.get(reverse("concerns:report")))
    assert _described_by(parser, "textarea", name="what_happened") == ["id_what_happened_helptext"]
    assert "Không cần ghi họ tên" in "".join(parser.texts["id_what_happened_helptext"])
    assert _described_by(parser, "input", name="contact") == ["id_contact_helptext"]
    assert _assert_every_description_exists(parser) >= 4


def test_report_form_errors_are_errors_of_their_field(client, help_contacts):
    response = client.post(
        reverse("concerns:report"),
        {**VALID, "category": "", "contact_preference": "phone", "contact": "abc"},
    )
    assert response.status_code == 400
    parser = _parse(response)
    # A text field: its input names its help and its error, and is marked invalid.
    assert _described_by(parser, "input", name="contact") == [
        "id_contact_helptext",
        "id_contact_error",
    ]
    assert "Hãy ghi số điện thoại" in "".join(parser.texts["id_contact_error"])
    # A radio group: the fieldset names the error ("required"), the radios do not repeat it.
    category = _fieldset_of(parser, "category")
    assert category.get("aria-describedby", "").split() == ["id_category_error"]
    assert "".join(parser.texts["id_category_error"]).strip()
    assert "aria-describedby" not in dict(
        next(a for t, a in parser.elements if t == "input" and a.get("name") == "category")
    )
    _assert_every_description_exists(parser)


def test_the_add_information_form_ties_its_help_and_error(client, help_contacts):
    concern = concern_make()
    page = _parse(client.post(reverse("concerns:status"), {"code": concern.code}))
    assert _described_by(page, "textarea", name="text") == ["id_text_helptext"]
    _assert_every_description_exists(page)

    too_long = client.post(
        reverse("concerns:add_information"), {"code": concern.code, "text": "x" * 1001}
    )
    assert too_long.status_code == 400
    parser = _parse(too_long)
    assert _described_by(parser, "textarea", name="text") == [
        "id_text_helptext",
        "id_text_error",
    ]
    assert "".join(parser.texts["id_text_error"]).strip()
    _assert_every_description_exists(parser)
