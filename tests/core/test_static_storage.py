"""Production's static files storage: hashed names from the manifest, each URL worked out once."""

import json

import pytest

from core.static_storage import StaticFilesStorage


@pytest.fixture
def storage(tmp_path, settings):
    settings.DEBUG = False
    (tmp_path / "staticfiles.json").write_text(
        json.dumps({"version": "1.1", "paths": {"css/site.css": "css/site.0123abcd.css"}})
    )
    return StaticFilesStorage(location=tmp_path, base_url="/static/")


def test_the_url_is_the_hashed_name_and_is_worked_out_once(storage, monkeypatch):
    assert storage.url("css/site.css") == "/static/css/site.0123abcd.css"
    monkeypatch.setattr(storage, "stored_name", lambda name: pytest.fail("looked up again"))
    assert storage.url("css/site.css") == "/static/css/site.0123abcd.css"


def test_a_file_missing_from_the_manifest_is_still_an_error_every_time(storage):
    for _ in range(2):
        with pytest.raises(ValueError, match="Missing staticfiles manifest entry"):
            storage.url("css/missing.css")
