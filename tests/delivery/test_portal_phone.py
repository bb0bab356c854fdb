"""Small things for teachers on a phone: the only level pre-selected, files to choose again
after an error, the greeting by full name, readable number messages."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from tests.delivery.test_sessions import form_data
from tests.factories.schools import teacher_create

pytestmark = pytest.mark.django_db


def test_a_school_with_one_level_has_it_chosen(client, world):
    client.force_login(world.teacher_a)  # Trường THCS Lâm Sơn: THCS only
    html = client.get(reverse("portal:session_create")).content.decode()
    assert f'value="{world.thcs.pk}" id="id_age_band_0" checked' in html or (
        f'name="age_band" value="{world.thcs.pk}"' in html and "checked" in html
    )
    form = client.get(reverse("portal:session_create")).context["form"]
    assert form["age_band"].value() == world.thcs.pk


def test_a_school_with_several_levels_has_none_chosen(client, world, age_bands):
    world.school_a.levels.add(age_bands["tieu-hoc"])
    client.force_login(world.teacher_a)
    form = client.get(reverse("portal:session_create")).context["form"]
    assert form["age_band"].value() is None


def _photo() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (40, 120, 200)).save(buffer, "PNG")
    return SimpleUploadedFile("lop-8a.png", buffer.getvalue(), content_type="image/png")


def test_after_an_error_the_evidence_field_asks_to_choose_the_file_again(client, world):
    client.force_login(world.teacher_a)
    data = form_data(world, participants=-3, evidence=_photo())
    response = client.post(reverse("portal:session_create"), data)
    assert response.status_code == 400
    html = response.content.decode()
    evidence_field = html.split('id="field-evidence"')[1]
    assert "hãy chọn lại tệp minh chứng" in evidence_field.split("</fieldset>")[0]
    # Without a file chosen there is nothing to choose again.
    html = client.post(reverse("portal:session_create"), form_data(world, participants=-3))
    assert 'id="evidence-reselect"' not in html.content.decode()


def test_the_negative_number_message_reads_cleanly(client, world):
    client.force_login(world.teacher_a)
    response = client.post(reverse("portal:session_create"), form_data(world, girls=-1))
    message = " ".join(response.context["form"].errors["girls"])
    assert message == "Giá trị này phải lớn hơn hoặc bằng 0."
    assert " ." not in response.content.decode().split('id="field-girls"')[1][:2000]


def test_the_portal_greets_by_full_name_in_vietnamese_order(client, world, django_user_model):
    client.force_login(world.teacher_a)
    assert "Xin chào, Trần Thị Hoa" in client.get(reverse("portal:home")).content.decode()
    split = teacher_create(
        world.school_a, username="gv-split", first_name="Lan", last_name="Nguyễn Thị"
    )
    client.force_login(split)
    assert "Xin chào, Nguyễn Thị Lan" in client.get(reverse("portal:home")).content.decode()
    unnamed = teacher_create(world.school_a, username="gv-khong-ten", first_name="", last_name="")
    client.force_login(unnamed)  # no name: the username
    assert "Xin chào, gv-khong-ten" in client.get(reverse("portal:home")).content.decode()
