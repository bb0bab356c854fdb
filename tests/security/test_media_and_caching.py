"""The media route serves Wagtail's images and nothing else, whatever the spelling of the path.

With ``DJANGO_SERVE_MEDIA=1`` (``make run``; the test settings too) ``/media/`` serves files
of ``MEDIA_ROOT/images`` and ``MEDIA_ROOT/original_images``. Documents of login-only
collections and teachers' evidence photos of children live beside them in MEDIA_ROOT: no
``..`` (plain, %-encoded, double-encoded, with backslashes), absolute path or symlink may
reach them.
"""

import importlib
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.urls import clear_url_caches, resolve

from core.security import public_media_serve

SECRET_DOCUMENT = b"%PDF-1.4 bien ban hop phu huynh - chi danh cho giao vien"
CHILD_PHOTO = b"\xff\xd8\xff\xe0 anh lop 8A co mat tre em"
OUTSIDE = b"SECRET_KEY=khong-duoc-lo"
PUBLIC_IMAGE = b"\xff\xd8\xff\xe0 anh minh hoa bai hoc"

pytestmark = pytest.mark.django_db  # the 404 page reads the site's settings


@pytest.fixture
def media(settings, tmp_path):
    """MEDIA_ROOT with a public image, a private document, an evidence photo, a file outside
    MEDIA_ROOT, and symlinks from images/ to each of the private ones."""
    root = Path(settings.MEDIA_ROOT)
    for folder in ("images", "original_images", "documents", "evidence"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    (root / "images" / "bai-hoc.jpg").write_bytes(PUBLIC_IMAGE)
    (root / "original_images" / "bai-hoc.jpg").write_bytes(PUBLIC_IMAGE)
    (root / "documents" / "bien-ban.pdf").write_bytes(SECRET_DOCUMENT)
    (root / "evidence" / "lop-8a.jpg").write_bytes(CHILD_PHOTO)
    (tmp_path / "secret.env").write_bytes(OUTSIDE)
    (root / "images" / "link.jpg").symlink_to(root / "evidence" / "lop-8a.jpg")
    (root / "images" / "tai-lieu").symlink_to(root / "documents")
    (root / "original_images" / "ngoai.env").symlink_to(tmp_path / "secret.env")
    # The URLconf reads SERVE_MEDIA (and once read MEDIA_ROOT) on import: rebuild it with
    # this test's settings, and again afterwards.
    _urlconf_reload()
    yield root
    _urlconf_reload()


def _urlconf_reload():
    import curriculum_site.urls

    importlib.reload(curriculum_site.urls)
    clear_url_caches()


def test_the_media_route_is_on_in_tests_as_in_make_run():
    assert django_settings.SERVE_MEDIA
    assert resolve("/media/images/x.jpg").func is public_media_serve


@pytest.mark.parametrize("path", ["images/bai-hoc.jpg", "original_images/bai-hoc.jpg"])
def test_wagtail_images_are_served(client, media, path):
    response = client.get(f"/media/{path}")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PUBLIC_IMAGE


TRAVERSALS = [
    # The attacks of the report.
    "images/%2e%2e/documents/bien-ban.pdf",
    "original_images/..%2fevidence/lop-8a.jpg",
    # Other spellings of the same.
    "images/../documents/bien-ban.pdf",
    "images/./../evidence/lop-8a.jpg",
    "images/%2E%2E/evidence/lop-8a.jpg",
    "original_images/%2e%2e%2fdocuments%2fbien-ban.pdf",
    "images/sub/../../evidence/lop-8a.jpg",
    "images/%252e%252e/documents/bien-ban.pdf",
    "images/%252e%252e%252fdocuments%252fbien-ban.pdf",
    "images/..%5cdocuments%5cbien-ban.pdf",
    "images\\..\\documents\\bien-ban.pdf",
    "images/..\\evidence\\lop-8a.jpg",
    "images/%2e%2e/%2e%2e/secret.env",
    "original_images/../../secret.env",
    # Outside images/ altogether.
    "documents/bien-ban.pdf",
    "evidence/lop-8a.jpg",
    "./documents/bien-ban.pdf",
    "%2e/evidence/lop-8a.jpg",
    "imagesX/../evidence/lop-8a.jpg",
    # Symlinks inside images/ pointing out.
    "images/link.jpg",
    "images/tai-lieu/bien-ban.pdf",
    "original_images/ngoai.env",
    # Null bytes.
    "images/bai-hoc.jpg%00.pdf",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_nothing_outside_images_is_reachable(client, media, path):
    response = client.get(f"/media/{path}")
    assert response.status_code == 404, path
    body = b"".join(response.streaming_content) if response.streaming else response.content
    for secret in (SECRET_DOCUMENT, CHILD_PHOTO, OUTSIDE):
        assert secret not in body


@pytest.mark.parametrize(
    "absolute", ["{root}/documents/bien-ban.pdf", "{root}/evidence/lop-8a.jpg", "{tmp}/secret.env"]
)
def test_absolute_paths_are_refused(client, media, tmp_path, absolute):
    target = absolute.format(root=media, tmp=tmp_path)
    for url in (f"/media/{target}", f"/media/images/{target}", f"/media/images/../..{target}"):
        response = client.get(url)
        assert response.status_code == 404, url


def test_the_view_itself_refuses_a_traversal_even_without_the_url_pattern(rf, media):
    from django.http import Http404

    for path in ("images/../documents/bien-ban.pdf", str(media / "evidence" / "lop-8a.jpg")):
        with pytest.raises(Http404):
            public_media_serve(rf.get("/media/x"), path)
