"""Two-factor sign-in (core/two_factor): who must, enrolment, codes, recovery codes, lockout."""

import logging
import re

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from core.two_factor.policy import new_recovery_codes
from home import groups
from home.models import HelpPage
from tests.factories.schools import SchoolFactory, UserFactory, officer_create, teacher_create
from tests.world import superuser, tree  # noqa: F401 - shared fixtures

PASSWORD = "mat-khau-thu-nghiem"  # UserFactory's
ADMIN_LOGIN = "/admin/login/"
ENROL = "/admin/2fa/thiet-lap/"
VERIFY = "/admin/2fa/ma/"
RECOVERY = "/admin/2fa/ma-du-phong/"
CODE_RE = re.compile(r"<code>([a-z2-7]{4}-[a-z2-7]{4})</code>")


@pytest.fixture
def required(settings):
    settings.STAFF_2FA_REQUIRED = True


@pytest.fixture
def officer(tree, home_page):  # noqa: F811 - fixture
    return officer_create(tree.province, username="can-bo-tinh")


@pytest.fixture
def admin_user(superuser, home_page):  # noqa: F811 - fixture
    superuser.set_password(PASSWORD)
    superuser.save()
    return superuser


@pytest.fixture
def editor(home_page):
    user = UserFactory(username="bien-tap-vien")
    user.groups.add(Group.objects.get(name=groups.EDITORS))
    return user


def report_url():
    return reverse("completion_dashboard")


def password_login(client, user, password=PASSWORD):
    response = client.post(ADMIN_LOGIN, {"username": user.username, "password": password})
    assert response.status_code == 302, "the password was refused"
    return response


def enrol(user) -> tuple[TOTPDevice, list[str]]:
    device = TOTPDevice.objects.create(user=user, name="Ứng dụng xác thực", confirmed=True)
    return device, new_recovery_codes(user)


def app_code(device) -> str:
    return f"{totp(device.bin_key):06d}"


# Who must --------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["officer", "admin_user"])
def test_officers_and_superusers_must_enrol_before_any_admin_page(required, who, request):
    user = request.getfixturevalue(who)
    client = Client()
    password_login(client, user)
    for url in ("/admin/", report_url(), "/admin/pages/", "/admin/account/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(ENROL), url
    page = client.get(response["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    assert "Thiết lập xác thực hai bước" in html
    assert "<svg" in html  # the QR code, inline
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert device.config_url.split("secret=")[1][:8] in html.replace(" ", "")  # the secret as text
    # The pages that must stay open: the 2FA pages, what they load, logout.
    assert client.get(VERIFY).status_code in (200, 302)
    assert client.get("/admin/sprite/").status_code == 200
    assert client.get("/admin/jsi18n/").status_code == 200
    assert client.post("/admin/logout/").status_code == 302
    assert client.get("/admin/")["Location"].startswith(ADMIN_LOGIN)


@pytest.mark.django_db
def test_editor_without_a_device_signs_in_with_the_password_only(required, editor):
    client = Client()
    password_login(client, editor)
    assert client.get("/admin/").status_code == 200
    # Offered, not imposed: the editor may enrol.
    page = client.get(ENROL)
    assert page.status_code == 200
    assert "bảo vệ tài khoản ngay cả khi lộ mật khẩu" in page.content.decode()


@pytest.mark.django_db
def test_when_off_the_officer_signs_in_without_a_code(settings, officer):
    settings.STAFF_2FA_REQUIRED = False
    client = Client()
    password_login(client, officer)
    assert client.get("/admin/").status_code == 200
    assert client.get(report_url()).status_code == 200


@pytest.mark.django_db
def test_login_page_says_when_two_factor_is_off(settings, home_page):
    settings.STAFF_2FA_REQUIRED = False
    html = Client().get(ADMIN_LOGIN).content.decode()
    assert "data-two-factor-off" in html
    assert 'name="password"' in html  # still Wagtail's login form
    settings.STAFF_2FA_REQUIRED = True
    assert "data-two-factor-off" not in Client().get(ADMIN_LOGIN).content.decode()


@pytest.mark.django_db
def test_force_login_works_when_off(officer):
    client = Client()
    client.force_login(officer)
    assert client.get("/admin/").status_code == 200


# Enrolment ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_enrolment_with_a_correct_code_shows_recovery_codes_once(required, officer, caplog):
    client = Client()
    password_login(client, officer)
    client.get(f"{ENROL}?next={report_url()}")
    device = TOTPDevice.objects.get(user=officer, confirmed=False)

    wrong = client.post(ENROL, {"code": "12345", "next": report_url()})
    assert wrong.status_code == 200
    assert not TOTPDevice.objects.filter(user=officer, confirmed=True).exists()

    with caplog.at_level(logging.INFO, logger="curriculum.security"):
        response = client.post(ENROL, {"code": app_code(device), "next": report_url()})
    assert response.status_code == 302
    assert response["Location"].startswith(RECOVERY)
    device.refresh_from_db()
    assert device.confirmed
    assert f"otp_enrolled user={officer.pk}" in caplog.text

    page = client.get(response["Location"])
    html = page.content.decode()
    codes = CODE_RE.findall(html)
    assert len(codes) == 10
    assert len(set(codes)) == 10
    assert "chỉ hiện một lần" in html
    assert page["Cache-Control"].count("no-store") == 1
    assert StaticToken.objects.filter(device__user=officer).count() == 10
    # Shown once: the page no longer lists them.
    assert not CODE_RE.findall(client.get(RECOVERY).content.decode())

    # Verified in this session: the admin and its reports open.
    assert client.get("/admin/").status_code == 200
    assert client.get(report_url()).status_code == 200
    # Enrolled: the enrolment page does not offer a second secret.
    assert client.get(ENROL)["Location"].startswith(RECOVERY)


@pytest.mark.django_db
def test_new_recovery_codes_replace_the_old_ones(required, officer):
    device, old_codes = enrol(officer)
    client = Client()
    password_login(client, officer)
    assert client.post(VERIFY, {"code": app_code(device)}).status_code == 302
    response = client.post(RECOVERY)
    new_codes = CODE_RE.findall(client.get(response["Location"]).content.decode())
    assert len(new_codes) == 10
    assert not set(new_codes) & set(old_codes)
    assert StaticDevice.objects.filter(user=officer).count() == 1


@pytest.mark.django_db
def test_a_recovery_code_lets_the_user_move_to_a_new_phone(required, officer):
    old_device, old_codes = enrol(officer)
    client = Client()
    password_login(client, officer)
    assert client.post(VERIFY, {"code": old_codes[0]}).status_code == 302
    # Signed in with the code: the status page, and enrolment only when asked for.
    assert client.get(ENROL)["Location"].startswith(RECOVERY)
    page = client.get(f"{ENROL}?thay=1")
    assert page.status_code == 200
    assert "điện thoại cũ" in page.content.decode()
    new_device = TOTPDevice.objects.get(user=officer, confirmed=False)
    response = client.post(f"{ENROL}?thay=1", {"code": app_code(new_device)})
    assert response["Location"].startswith(RECOVERY)
    assert list(TOTPDevice.objects.filter(user=officer)) == [new_device]
    assert not TOTPDevice.objects.filter(pk=old_device.pk).exists()
    new_codes = CODE_RE.findall(client.get(response["Location"]).content.decode())
    assert len(new_codes) == 10 and not set(new_codes) & set(old_codes)


@pytest.mark.django_db
def test_an_unverified_user_cannot_move_to_a_new_phone(required, officer):
    enrol(officer)
    client = Client()
    password_login(client, officer)
    assert client.get(f"{ENROL}?thay=1")["Location"].startswith(VERIFY)
    assert client.post(f"{ENROL}?thay=1", {"code": "123456"})["Location"].startswith(VERIFY)
    assert TOTPDevice.objects.filter(user=officer).count() == 1


# The code page ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_enrolled_user_gives_the_app_code(required, officer, caplog):
    device, _codes = enrol(officer)
    client = Client()
    password_login(client, officer)
    response = client.get(report_url())
    assert response["Location"].startswith(VERIFY)
    page = client.get(response["Location"])
    assert "Nhập mã xác thực" in page.content.decode()
    # Enrolled but not verified: no way round the code through enrolment or recovery codes.
    assert client.get(ENROL)["Location"].startswith(VERIFY)
    assert client.get(RECOVERY)["Location"].startswith(VERIFY)
    with caplog.at_level(logging.INFO, logger="curriculum.security"):
        response = client.post(VERIFY, {"code": app_code(device), "next": report_url()})
    assert response.status_code == 302
    assert response["Location"] == report_url()
    assert client.get(report_url()).status_code == 200
    assert f"otp_verified user={officer.pk}" in caplog.text
    assert officer.username not in caplog.text


@pytest.mark.django_db
def test_a_recovery_code_signs_in_once_and_not_twice(required, officer, caplog):
    _device, codes = enrol(officer)
    code = codes[3]
    client = Client()
    password_login(client, officer)
    response = client.post(VERIFY, {"code": code.upper().replace("-", " ")})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
    assert StaticToken.objects.filter(device__user=officer).count() == 9
    client.post("/admin/logout/")

    other = Client()
    password_login(other, officer)
    with caplog.at_level(logging.INFO, logger="curriculum.security"):
        again = other.post(VERIFY, {"code": code})
    assert again.status_code == 200
    assert "Mã không đúng" in again.content.decode()
    assert other.get("/admin/")["Location"].startswith(VERIFY)
    assert f"otp_failed user={officer.pk}" in caplog.text


@pytest.mark.django_db
def test_signing_in_again_does_not_reset_the_wait_after_wrong_codes(settings, required, officer):
    settings.OTP_TOTP_THROTTLE_FACTOR = 60  # a minute after the first wrong code: no race
    device, _codes = enrol(officer)
    client = Client()
    password_login(client, officer)
    for _ in range(4):
        client.post(VERIFY, {"code": "000000"})
    client.post("/admin/logout/")
    password_login(client, officer)  # axes forgets failures on a good password; the device not
    response = client.post(VERIFY, {"code": app_code(device)})
    assert response.status_code == 200
    assert "Bạn đã nhập sai nhiều lần" in response.content.decode()
    assert client.get("/admin/")["Location"].startswith(VERIFY)


@pytest.mark.django_db
def test_an_enrolled_editor_is_asked_for_the_code_too(required, editor):
    device, _codes = enrol(editor)
    client = Client()
    password_login(client, editor)
    assert client.get("/admin/")["Location"].startswith(VERIFY)
    assert client.post(VERIFY, {"code": app_code(device)}).status_code == 302
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_the_code_page_does_not_redirect_to_another_host(required, officer):
    device, _codes = enrol(officer)
    client = Client()
    password_login(client, officer)
    response = client.post(VERIFY, {"code": app_code(device), "next": "https://evil.example/"})
    assert response["Location"] == "/admin/"


@pytest.mark.django_db
def test_wrong_codes_count_towards_the_login_lockout(settings, required, officer, caplog):
    from axes.models import AccessAttempt

    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    enrol(officer)
    client = Client()
    password_login(client, officer)
    with caplog.at_level(logging.INFO, logger="curriculum.security"):
        for _ in range(settings.AXES_FAILURE_LIMIT - 1):
            response = client.post(VERIFY, {"code": "000000"})
            assert response.status_code == 200  # the form again, with its error
        last = client.post(VERIFY, {"code": "000000"})
    assert last.status_code == 429
    assert "Đăng nhập sai quá nhiều lần" in last.content.decode()
    assert caplog.text.count(f"otp_failed user={officer.pk}") == settings.AXES_FAILURE_LIMIT
    assert AccessAttempt.objects.filter(username=officer.username).exists()
    # Signed out, and the password does not let them back in until the cool-off ends.
    assert client.get("/admin/")["Location"].startswith(ADMIN_LOGIN)
    locked = client.post(ADMIN_LOGIN, {"username": officer.username, "password": PASSWORD})
    assert locked.status_code == 429


# Teacher portal and the lost phone ---------------------------------------------------------


@pytest.mark.django_db
def test_an_enrolled_teacher_gives_the_code_on_the_portal(required, home_page):
    teacher = teacher_create(SchoolFactory(), username="giao-vien-2fa")
    device, _codes = enrol(teacher)
    client = Client()
    response = client.post(
        reverse("portal:login"), {"username": teacher.username, "password": PASSWORD}
    )
    assert response.status_code == 302
    response = client.get(reverse("portal:home"))
    assert response["Location"].startswith("/portal/2fa/ma/")
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Nhập mã xác thực" in page.content.decode()
    assert client.post("/portal/2fa/ma/", {"code": app_code(device)}).status_code == 302
    assert client.get(reverse("portal:home")).status_code == 200


@pytest.mark.django_db
def test_a_teacher_without_a_device_uses_the_portal_as_before(required, home_page):
    teacher = teacher_create(SchoolFactory(), username="giao-vien-khong-2fa")
    client = Client()
    client.post(reverse("portal:login"), {"username": teacher.username, "password": PASSWORD})
    assert client.get(reverse("portal:home")).status_code == 200


@pytest.mark.django_db
def test_otp_reset_removes_a_lost_phone(required, officer):
    enrol(officer)
    call_command("otp_reset", officer.username, stdout=None)
    assert not TOTPDevice.objects.filter(user=officer).exists()
    assert not StaticDevice.objects.filter(user=officer).exists()
    client = Client()
    password_login(client, officer)
    assert client.get("/admin/")["Location"].startswith(ENROL)


# The password alone opens nothing outside the admin and the portal ------------------------


@pytest.mark.django_db
def test_before_the_code_a_signed_in_superuser_is_anonymous_on_public_urls(
    required, admin_user, home_page, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    restricted = home_page.add_child(instance=HelpPage(title="Chỉ cho người đã đăng nhập"))
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    collection = Collection.get_first_root_node().add_child(name="Tài liệu nội bộ")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model().objects.create(
        title="Danh sách nội bộ",
        collection=collection,
        file=ContentFile(b"%PDF-1.4 noi bo", name="noi-bo.pdf"),
    )
    urls = [restricted.url, document.url, reverse("quizzes:run_list")]
    enrol(admin_user)

    client = Client()
    password_login(client, admin_user)
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302, url
        assert "noi bo" not in response.content.decode(errors="replace")
        # Sent to a login page, which ends on the code page or a sign-in form: never a loop
        # (the portal's login sent a signed-in user back to where they were anonymous).
        response = client.get(url, follow=True)
        assert response.status_code == 200, (url, response.redirect_chain)
        assert response.request["PATH_INFO"] in (VERIFY, "/portal/2fa/ma/", "/_util/login/")
        assert len(response.redirect_chain) <= 3, response.redirect_chain

    client.post(VERIFY, {"code": app_code(TOTPDevice.objects.get(user=admin_user))})
    for url in urls:
        assert client.get(url).status_code == 200, url
