"""The world the registry, delivery, completion and security tests share: two districts of one
province, a school in each, and who works where.

District A (Ninh Sơn) holds school A and its teacher; district B (Bác Ái) holds school B and
its teacher. The province officer covers both; each district officer covers one.
"""

import io
from types import SimpleNamespace

import pytest
from django.core.files.base import ContentFile
from PIL import Image

from delivery.models import Evidence
from schools.models import AreaLevel
from tests.factories.delivery import DeliverySessionFactory
from tests.factories.lessons import LessonPageFactory
from tests.factories.schools import (
    AreaFactory,
    SchoolFactory,
    UserFactory,
    officer_create,
    teacher_create,
)


@pytest.fixture
def tree(db):
    province = AreaFactory(code="58", name="Tỉnh Ninh Thuận", level=AreaLevel.PROVINCE)
    district_a = AreaFactory(
        code="585", name="Huyện Ninh Sơn", level=AreaLevel.DISTRICT, parent=province
    )
    district_b = AreaFactory(
        code="584", name="Huyện Bác Ái", level=AreaLevel.DISTRICT, parent=province
    )
    commune_a = AreaFactory(
        code="585-01", name="Xã Lâm Sơn", level=AreaLevel.COMMUNE, parent=district_a
    )
    commune_b = AreaFactory(
        code="584-01", name="Xã Phước Đại", level=AreaLevel.COMMUNE, parent=district_b
    )
    return SimpleNamespace(
        province=province,
        district_a=district_a,
        district_b=district_b,
        commune_a=commune_a,
        commune_b=commune_b,
    )


@pytest.fixture
def world(tree, age_bands, lesson_index):
    thcs = age_bands["thcs"]
    school_a = SchoolFactory(
        code="5850002", name="Trường THCS Lâm Sơn", area=tree.commune_a, levels=[thcs]
    )
    school_b = SchoolFactory(
        code="5840004", name="Trường THCS Phước Thắng", area=tree.commune_b, levels=[thcs]
    )
    lesson = LessonPageFactory(
        parent=lesson_index, title="Bắt nạt trên mạng", age_bands=[thcs], duration_minutes=40
    )
    primary_lesson = LessonPageFactory(
        parent=lesson_index, title="Mật khẩu là bí mật", age_bands=[age_bands["tieu-hoc"]]
    )
    teacher_a = teacher_create(school_a, username="gv-lam-son", first_name="Trần Thị Hoa")
    teacher_b = teacher_create(school_b, username="gv-phuoc-thang")
    session_a = DeliverySessionFactory(school=school_a, lesson=lesson, age_band=thcs)
    session_b = DeliverySessionFactory(
        school=school_b, lesson=lesson, age_band=thcs, class_name="9C-PHUOC-THANG"
    )
    return SimpleNamespace(
        **vars(tree),
        thcs=thcs,
        school_a=school_a,
        school_b=school_b,
        lesson=lesson,
        primary_lesson=primary_lesson,
        teacher_a=teacher_a,
        teacher_b=teacher_b,
        officer_province=officer_create(tree.province, username="cb-tinh"),
        officer_a=officer_create(tree.district_a, username="cb-ninh-son"),
        officer_b=officer_create(tree.district_b, username="cb-bac-ai"),
        nobody=UserFactory(username="khong-vai-tro"),
        session_a=session_a,
        session_b=session_b,
        evidence_a=_evidence(session_a, "lop-7a.png"),
        evidence_b=_evidence(session_b, "lop-9c.png"),
    )


def _evidence(session, name):
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "blue").save(buffer, "PNG")
    evidence = Evidence(
        session=session, content_type="image/png", original_name=name, size=len(buffer.getvalue())
    )
    evidence.file.save("evidence.png", ContentFile(buffer.getvalue()))
    return evidence


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("quan-tri", password="mat-khau-quan-tri")
