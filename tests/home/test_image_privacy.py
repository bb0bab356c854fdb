from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image


def _photo_with_gps() -> bytes:
    image = Image.new("RGB", (64, 48), "green")
    exif = Image.Exif()
    exif[0x010F] = "Máy ảnh của cô giáo"  # camera make
    exif[0x8825] = {1: "N", 2: (11.0, 33.0, 0.0), 3: "E", 4: (108.0, 59.0, 0.0)}  # GPS
    buffer = BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    data = buffer.getvalue()
    assert Image.open(BytesIO(data)).getexif()  # the fixture really carries EXIF
    return data


@pytest.mark.django_db
def test_images_uploaded_by_editors_lose_their_gps_and_exif(client, django_user_model, home_page):
    from wagtail.images import get_image_model

    admin = django_user_model.objects.create_superuser("quan-tri-anh", password="x-y-z-1234")
    client.force_login(admin)
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Lớp học",
            "file": SimpleUploadedFile("lop-hoc.jpg", _photo_with_gps(), "image/jpeg"),
            "collection": 1,
        },
    )
    assert response.status_code == 302, response.content.decode()[:500]
    image = get_image_model().objects.get(title="Lớp học")
    with image.open_file() as stored:
        data = stored.read()
    assert not Image.open(BytesIO(data)).getexif()
    assert image.file_size == len(data)
