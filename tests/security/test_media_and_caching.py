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

from curriculum_site.urls import public_media_serve

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
    view = resolve("/media/images/x.jpg").func  # (the URLconf may have been reloaded)
    assert (view.__module__, view.__name__) == ("curriculum_site.urls", "public_media_serve")


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


# Shared classroom computers: nothing meant for one person stays in the browser's cache.


def _no_store(response) -> bool:
    directives = {d.strip().lower() for d in response.get("Cache-Control", "").split(",")}
    return {"no-store", "private"} <= directives and "public" not in directives


def test_the_teacher_portal_is_never_stored(world):
    from django.urls import reverse

    from tests.security.helpers import login

    client = login(world.teacher_a)
    for url in (
        reverse("portal:home"),
        reverse("portal:session_list"),
        reverse("portal:session_detail", args=[world.session_a.pk]),
        reverse("portal:session_create"),
        reverse("quizzes:run_list"),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert _no_store(response), (url, response.get("Cache-Control"))
    # The login page, seen by anyone, sets the CSRF cookie: not stored either.
    from django.test import Client

    response = Client().get(reverse("portal:login"))
    assert _no_store(response)


def test_an_evidence_photo_is_never_stored(world):
    from django.urls import reverse

    from tests.security.helpers import login

    response = login(world.teacher_a).get(reverse("portal:evidence", args=[world.evidence_a.pk]))
    assert response.status_code == 200
    assert _no_store(response), response.get("Cache-Control")
    assert "max-age=3600" not in response["Cache-Control"]


def test_a_pupils_quiz_attempt_is_never_stored(other):
    from django.urls import reverse

    for url in (
        reverse("quizzes:attempt", args=[other.attempt_b.token]),
        reverse("quizzes:join"),
    ):
        response = other.pupil_client.get(url, follow=True)
        assert response.status_code == 200, url
        assert _no_store(response), (url, response.get("Cache-Control"))


def test_the_admin_is_never_stored(world, superuser):
    from django.test import Client

    from tests.security.helpers import login

    response = login(superuser).get("/admin/")
    assert response.status_code == 200 and _no_store(response)
    response = Client().get("/admin/")  # the redirect to the login form
    assert _no_store(response)


def test_public_pages_for_anonymous_visitors_keep_their_caching(other, client):
    from home.page_cache import CACHED_HEADER

    for page in (other.world.lesson, other.quiz, other.standard_page):
        first = client.get(page.url)
        assert first.status_code == 200, page.url
        assert "no-store" not in first.get("Cache-Control", ""), page.url
        assert first[CACHED_HEADER] == "miss", page.url
        second = client.get(page.url)
        assert second[CACHED_HEADER] == "hit" and "no-store" not in second.get("Cache-Control", "")


def test_a_password_protected_page_and_document_are_never_stored_once_unlocked(
    home_page, media, client
):
    from django.core.files.base import ContentFile
    from django.urls import reverse
    from wagtail.documents import get_document_model
    from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

    from home.models import HelpPage

    page = home_page.add_child(instance=HelpPage(title="Biên bản họp phụ huynh"))
    page_lock = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="mat-khau-lop"
    )
    collection = Collection.get_first_root_node().add_child(name="Tài liệu có mật khẩu")
    collection_lock = CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="mat-khau-lop",
    )
    document = get_document_model().objects.create(
        title="Biên bản", collection=collection, file=ContentFile(SECRET_DOCUMENT, name="bb.pdf")
    )
    for unlock, url in (
        (reverse("wagtailcore_authenticate_with_password", args=[page_lock.pk, page.pk]), page.url),
        (
            reverse("wagtaildocs_authenticate_with_password", args=[collection_lock.pk]),
            document.url,
        ),
    ):
        response = client.post(unlock, {"password": "mat-khau-lop", "return_url": url})
        assert response.status_code == 302, (unlock, response.status_code)
        response = client.get(url)
        assert response.status_code == 200, url
        assert _no_store(response), (url, response.get("Cache-Control"))


def test_a_response_marked_public_keeps_its_policy(rf, django_user_model):
    from django.http import HttpResponse

    from core.security import NoStoreMiddleware

    def public_view(request):
        response = HttpResponse("logo")
        response["Cache-Control"] = "public, max-age=86400"
        return response

    request = rf.get("/portal/logo.png")
    request.user = django_user_model(username="co-giao")
    response = NoStoreMiddleware(public_view)(request)
    assert response["Cache-Control"] == "public, max-age=86400"
