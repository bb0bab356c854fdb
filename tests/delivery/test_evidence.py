"""Evidence files: checked by content, photos stripped of EXIF and GPS, consent recorded."""

import datetime
import io
import uuid
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image, PngImagePlugin

from delivery.models import DeliverySession, Evidence

pytestmark = pytest.mark.django_db

GPS_IFD = 0x8825
ORIENTATION = 0x0112
MAKE = 0x010F


def phone_photo() -> bytes:
    """A 40×20 JPEG as a phone writes it: turned by an orientation tag, with GPS and camera."""
    image = Image.new("RGB", (40, 20), "red")
    exif = Image.Exif()
    exif[ORIENTATION] = 6  # display turned 90°
    exif[MAKE] = "PhoneMaker"
    exif[GPS_IFD] = {1: "N", 2: (11.0, 34.0, 0.0), 3: "E", 4: (108.0, 59.0, 0.0)}
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def form_data(world, *files, **overrides):
    data = {
        "school": world.school_a.pk,
        "lesson": world.lesson.pk,
        "date": (timezone.localdate() - datetime.timedelta(days=1)).isoformat(),
        "class_name": "8A",
        "age_band": world.thcs.pk,
        "audience": "students",
        "participants": 36,
        "mode": "class",
        "duration_minutes": 45,
        "submission_id": str(uuid.uuid4()),
        "evidence": list(files),
    }
    data.update(overrides)
    return data


def record(client, world, *files, **overrides):
    client.force_login(world.teacher_a)
    return client.post(reverse("portal:session_create"), form_data(world, *files, **overrides))


def test_the_photo_fixture_really_carries_gps():
    exif = Image.open(io.BytesIO(phone_photo())).getexif()
    assert exif.get_ifd(GPS_IFD) and exif[MAKE] == "PhoneMaker"


def test_an_uploaded_photo_comes_back_without_exif_or_gps(client, world):
    upload = SimpleUploadedFile("Nguyen Van An lop 8A.jpg", phone_photo(), "image/jpeg")
    response = record(client, world, upload, shows_children="on")
    assert response.status_code == 302
    evidence = Evidence.objects.get(session__class_name="8A")
    served = client.get(reverse("portal:evidence", args=[evidence.pk]))
    content = b"".join(served.streaming_content)
    assert served["Content-Type"] == "image/jpeg"
    image = Image.open(io.BytesIO(content))
    assert image.format == "JPEG"
    assert dict(image.getexif()) == {} and "exif" not in image.info
    assert b"Exif" not in content and b"PhoneMaker" not in content
    assert image.size == (20, 40)  # turned upright before the orientation tag was dropped
    # The teacher's file name (often a child's name) is not the stored name.
    assert "Nguyen" not in evidence.file.name and evidence.file.name.startswith("evidence/")
    assert evidence.original_name == "Nguyen Van An lop 8A.jpg"


def test_png_text_and_exif_chunks_are_dropped(client, world):
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Nguyễn Văn An")
    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[MAKE] = "PhoneMaker"
    Image.new("RGBA", (10, 10), (0, 0, 255, 128)).save(buffer, "PNG", pnginfo=info, exif=exif)
    record(client, world, SimpleUploadedFile("bang.png", buffer.getvalue(), "image/png"))
    evidence = Evidence.objects.get(session__class_name="8A")
    with evidence.file.open("rb") as stored:
        content = stored.read()
    image = Image.open(io.BytesIO(content))
    assert image.format == "PNG" and image.mode == "RGBA"
    assert b"Author" not in content and b"PhoneMaker" not in content and b"eXIf" not in content


def test_a_pdf_is_kept_and_downloaded_as_an_attachment(client, world):
    import pikepdf

    document = pikepdf.new()
    document.add_blank_page()
    buffer = io.BytesIO()
    document.save(buffer)
    record(client, world, SimpleUploadedFile("danh-sach.pdf", buffer.getvalue(), "application/pdf"))
    evidence = Evidence.objects.get(session__class_name="8A")
    response = client.get(reverse("portal:evidence", args=[evidence.pk]))
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    # Rewritten without scripts or metadata (tests/security/test_file_metadata.py): same pages.
    with pikepdf.open(io.BytesIO(b"".join(response.streaming_content))) as stored:
        assert len(stored.pages) == 1


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("anh.jpg", b"this is not an image at all"),
        ("anh.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
        ("trang.html", b"<html><script>alert(1)</script></html>"),
    ],
)
def test_files_that_are_not_jpg_png_or_pdf_are_refused(client, world, name, content):
    response = record(client, world, SimpleUploadedFile(name, content, "image/jpeg"))
    assert response.status_code == 400
    assert "không phải ảnh JPG, PNG hay tệp PDF" in " ".join(
        response.context["form"].errors["evidence"]
    )
    assert not DeliverySession.objects.filter(class_name="8A").exists()


def test_files_over_the_size_cap_are_refused(client, world, settings):
    settings.SCHOOLS_EVIDENCE_MAX_BYTES = 1024 * 1024
    big = b"%PDF-1.4\n" + b"0" * (1024 * 1024)
    response = record(client, world, SimpleUploadedFile("lon.pdf", big, "application/pdf"))
    assert response.status_code == 400
    assert "lớn hơn 1 MB" in " ".join(response.context["form"].errors["evidence"])


def test_at_most_six_files(client, world):
    files = [SimpleUploadedFile(f"{n}.pdf", b"%PDF-1.4\n", "application/pdf") for n in range(7)]
    response = record(client, world, *files)
    assert response.status_code == 400 and "tối đa 6" in str(response.context["form"].errors)


def test_consent_is_recorded_with_who_and_when(client, world):
    record(client, world, SimpleUploadedFile("lop.jpg", phone_photo(), "image/jpeg"))
    evidence = Evidence.objects.get(session__class_name="8A")
    assert (evidence.shows_children, evidence.consent_recorded_by) == (False, None)

    record(
        client,
        world,
        SimpleUploadedFile("lop.jpg", phone_photo(), "image/jpeg"),
        class_name="8B",
        shows_children="on",
    )
    evidence = Evidence.objects.get(session__class_name="8B")
    assert evidence.shows_children and evidence.consent_recorded_by == world.teacher_a
    assert timezone.now() - evidence.consent_recorded_at < datetime.timedelta(minutes=1)
    html = client.get(reverse("portal:session_detail", args=[evidence.session_id])).content
    assert "xác nhận đã có sự đồng ý" in html.decode()


def test_a_double_submit_with_a_photo_stores_one_file(client, world, settings):
    data = form_data(world)
    client.force_login(world.teacher_a)
    for _ in range(2):
        data["evidence"] = [SimpleUploadedFile("lop.jpg", phone_photo(), "image/jpeg")]
        client.post(reverse("portal:session_create"), data)
    assert Evidence.objects.count() == 1 + 2  # the fixture's two and this one
    stored = list((Path(settings.MEDIA_ROOT) / "evidence").iterdir())
    assert len(stored) == 3


def test_teacher_removes_a_wrong_photo_while_editing(
    client, world, settings, django_capture_on_commit_callbacks
):
    path = Path(settings.MEDIA_ROOT) / world.evidence_a.file.name
    assert path.exists()
    client.force_login(world.teacher_a)
    data = form_data(world, remove_evidence=[world.evidence_a.pk])
    del data["submission_id"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("portal:session_edit", args=[world.session_a.pk]), data)
    assert response.status_code == 302
    assert not Evidence.objects.filter(pk=world.evidence_a.pk).exists()
    assert not path.exists()
    # Another school's evidence id is not a choice.
    data["remove_evidence"] = [world.evidence_b.pk]
    response = client.post(reverse("portal:session_edit", args=[world.session_a.pk]), data)
    assert response.status_code == 400
    assert Evidence.objects.filter(pk=world.evidence_b.pk).exists()
