"""E-mail: configured by EMAIL_URL, queued as tasks once the transaction commits, delivered by
the worker; Wagtail's moderation notifications in Vietnamese; no mail failure breaks a request."""

import json
import logging
import smtplib

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.core.mail.backends.base import BaseEmailBackend
from django.db import DatabaseError, transaction
from django.template.loader import get_template
from django.urls import reverse
from wagtail.users.models import UserProfile

from core import mail as core_mail
from core.email_url import email_url_parse
from core.tasks import TASK_ATTEMPTS
from home import groups
from lessons.models import LessonPage
from tests.lessons.test_workflow import _lesson_form

BASE_URL = "https://antoan.sogddt.example.vn"
SECRET = "m4t-kh4u-smtp"


# --- EMAIL_URL ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "smtp://mailer:p%40ss%2Fw0rd@mail.sogddt.example.vn:587/?tls=1",
            {
                "EMAIL_DELIVERY_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                "EMAIL_HOST": "mail.sogddt.example.vn",
                "EMAIL_PORT": 587,
                "EMAIL_HOST_USER": "mailer",
                "EMAIL_HOST_PASSWORD": "p@ss/w0rd",
                "EMAIL_USE_TLS": True,
                "EMAIL_USE_SSL": False,
            },
        ),
        (
            "smtp+ssl://mailer:secret@smtp.example.vn",
            {"EMAIL_HOST": "smtp.example.vn", "EMAIL_PORT": 465, "EMAIL_USE_SSL": True},
        ),
        ("smtps://smtp.example.vn:2465", {"EMAIL_PORT": 2465, "EMAIL_USE_SSL": True}),
        ("smtp+tls://smtp.example.vn", {"EMAIL_PORT": 587, "EMAIL_USE_TLS": True}),
        (
            "smtp://relay.internal",
            {"EMAIL_PORT": 25, "EMAIL_USE_TLS": False, "EMAIL_HOST_USER": ""},
        ),
        (
            "console://",
            {"EMAIL_DELIVERY_BACKEND": "django.core.mail.backends.console.EmailBackend"},
        ),
        ("locmem://", {"EMAIL_DELIVERY_BACKEND": "django.core.mail.backends.locmem.EmailBackend"}),
        ("dummy://", {"EMAIL_DELIVERY_BACKEND": "django.core.mail.backends.dummy.EmailBackend"}),
    ],
)
def test_email_url_parse(url, expected):
    parsed = email_url_parse(url)
    assert {name: parsed[name] for name in expected} == expected


@pytest.mark.parametrize(
    "url",
    [
        "",
        "garbage",
        f"http://user:{SECRET}@mail.example.vn",
        f"smtp://user:{SECRET}@",
        f"smtp://user:{SECRET}@mail.example.vn:port",
        f"smtp://user:{SECRET}@mail.example.vn:99999",
        f"smtp://user:{SECRET}@mail.example.vn/inbox",
        f"smtp://user:{SECRET}@mail.example.vn/?tls=maybe",
        f"smtp://user:{SECRET}@mail.example.vn/?starttls=1",
        f"smtp+ssl://user:{SECRET}@mail.example.vn/?tls=1",
    ],
)
def test_email_url_rejects_garbage_without_repeating_the_password(url):
    with pytest.raises(ImproperlyConfigured, match="^EMAIL_URL: ") as raised:
        email_url_parse(url)
    assert SECRET not in str(raised.value)


# --- the queue -----------------------------------------------------------------------------


@pytest.fixture
def queued_mail(settings):
    """The real path: EMAIL_BACKEND queues (Django's test setup replaces it with locmem), the
    tests' immediate task backend runs email_send at once, which delivers to the outbox."""
    settings.EMAIL_BACKEND = "core.mail.QueuedEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.WAGTAILADMIN_BASE_URL = BASE_URL
    settings.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = "An toàn trên mạng <no-reply@sogddt.example.vn>"


class RefusingBackend(BaseEmailBackend):
    """An SMTP server that refuses every recipient, as smtplib reports it (with addresses)."""

    calls = 0

    def send_messages(self, email_messages):
        RefusingBackend.calls += 1
        refused = {
            address: (550, f"5.1.1 <{address}>: Recipient address rejected".encode())
            for message in email_messages
            for address in message.recipients()
        }
        raise smtplib.SMTPRecipientsRefused(refused)


def test_a_message_survives_the_queue_unchanged():
    message = mail.EmailMultiAlternatives(
        subject="Thông báo “an toàn”",
        body="Nội dung",
        from_email="Sở GD&ĐT <no-reply@sogddt.example.vn>",
        to=["a@example.vn"],
        cc=["b@example.vn"],
        bcc=["c@example.vn"],
        reply_to=["d@example.vn"],
        headers={"Auto-Submitted": "auto-generated"},
    )
    message.attach_alternative("<p>Nội dung</p>", "text/html")
    message.attach("ds.csv", "tên,lớp\n", "text/csv")
    message.attach("logo.png", b"\x89PNG\x00\xff", "image/png")

    data = json.loads(json.dumps(core_mail.message_data(message)))
    rebuilt = core_mail.message_build(data)

    for field in ("subject", "body", "from_email", "to", "cc", "bcc", "reply_to", "extra_headers"):
        assert getattr(rebuilt, field) == getattr(message, field), field
    assert [tuple(a) for a in rebuilt.alternatives] == [("<p>Nội dung</p>", "text/html")]
    assert [tuple(a) for a in rebuilt.attachments] == [
        ("ds.csv", "tên,lớp\n", "text/csv"),
        ("logo.png", b"\x89PNG\x00\xff", "image/png"),
    ]
    assert rebuilt.message()["Auto-Submitted"] == "auto-generated"


@pytest.mark.django_db
def test_mail_is_queued_at_commit_and_not_at_all_on_rollback(
    queued_mail, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            mail.send_mail("Hủy", "Không gửi", None, ["a@example.vn"])
            raise RuntimeError("rolled back")
        assert mail.outbox == []
        mail.send_mail("Gửi", "Có gửi", None, ["b@example.vn"])
        assert mail.outbox == []  # not before the transaction commits
    assert [message.to for message in mail.outbox] == [["b@example.vn"]]
    assert mail.outbox[0].from_email == "An toàn trên mạng <no-reply@localhost>"


@pytest.mark.django_db
def test_a_failed_enqueue_is_logged_by_count_and_not_raised(
    queued_mail, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    class BrokenQueue:
        def enqueue(self, message):
            raise DatabaseError(f"insert of {message['to']} failed")

    monkeypatch.setattr(core_mail, "email_send", BrokenQueue())
    with caplog.at_level(logging.INFO), django_capture_on_commit_callbacks(execute=True):
        sent = mail.send_mail("Thư", "Nội dung", None, ["a@example.vn", "b@example.vn"])
    assert sent == 1
    assert mail.outbox == []
    assert "1 of 1 e-mail(s) not queued: DatabaseError" in caplog.messages
    assert "@example.vn" not in caplog.text


def test_the_delivery_backend_must_not_be_the_queue(settings):
    settings.EMAIL_DELIVERY_BACKEND = "core.mail.QueuedEmailBackend"
    with pytest.raises(ImproperlyConfigured):
        core_mail.email_deliver(core_mail.message_data(mail.EmailMessage(to=["a@example.vn"])))


# --- Wagtail's moderation notifications ----------------------------------------------------


def test_the_project_notification_templates_come_before_wagtails():
    for name in ("base.txt", "task_state_submitted.txt", "task_state_submitted_subject.txt"):
        origin = get_template(f"wagtailadmin/notifications/{name}").origin.name
        assert "/core/templates/wagtailadmin/notifications/" in origin, origin


@pytest.fixture
def staff(django_user_model):
    def make(username, group, **fields):
        user = django_user_model.objects.create_user(
            username, email=f"{username}@sogddt.example.vn", password="mat-khau-dai-du", **fields
        )
        user.groups.add(Group.objects.get(name=group))
        return user

    editor = make("bien-tap", groups.EDITORS, first_name="Lan")
    # The editor reads the admin in English: their language must not leak into others' mail.
    UserProfile.objects.create(user=editor, preferred_language="en")
    moderators = [
        make("kiem-duyet-1", groups.MODERATORS, first_name="Minh"),
        make("kiem-duyet-2", groups.MODERATORS),  # no profile at all
    ]
    UserProfile.objects.create(user=moderators[0], preferred_language="")
    return editor, moderators


def _submit(client, lesson_index, age_bands):
    add_url = reverse("wagtailadmin_pages:add", args=["lessons", "lessonpage", lesson_index.pk])
    return client.post(add_url, _lesson_form(age_bands["thcs"], **{"action-submit": "1"}))


@pytest.mark.django_db
def test_submitting_a_lesson_mails_each_moderator_in_vietnamese(
    client, lesson_index, age_bands, staff, queued_mail, django_capture_on_commit_callbacks
):
    editor, moderators = staff
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = _submit(client, lesson_index, age_bands)
    assert response.status_code == 302
    lesson = LessonPage.objects.get(slug="nhan-biet-tin-nhan-lua-dao")

    assert sorted(message.to for message in mail.outbox) == [[m.email] for m in moderators]
    for message in mail.outbox:
        assert message.subject == (
            "Cần duyệt: Bài học “Nhận biết tin nhắn lừa đảo” (bước “Kiểm duyệt”)"
        )
        assert "Bài học “Nhận biết tin nhắn lừa đảo” do Lan gửi đang chờ bạn duyệt" in message.body
        assert f"{BASE_URL}/admin/pages/{lesson.pk}/edit/" in message.body
        assert f"{BASE_URL}/admin/account/" in message.body
        assert "submitted" not in message.subject + message.body
        assert message.from_email == "An toàn trên mạng <no-reply@sogddt.example.vn>"
        assert message.extra_headers["Auto-Submitted"] == "auto-generated"
    by_address = {message.to[0]: message for message in mail.outbox}
    assert by_address[moderators[0].email].body.startswith("Chào Minh,")
    assert by_address[moderators[1].email].body.startswith("Chào kiem-duyet-2,")


@pytest.mark.django_db
def test_approval_and_rejection_are_mailed_to_the_editor_in_vietnamese(
    client, lesson_index, age_bands, staff, queued_mail, django_capture_on_commit_callbacks
):
    editor, moderators = staff
    UserProfile.objects.filter(user=editor).update(preferred_language="")
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        _submit(client, lesson_index, age_bands)
    lesson = LessonPage.objects.get(slug="nhan-biet-tin-nhan-lua-dao")
    task_state = lesson.current_workflow_state.current_task_state

    mail.outbox.clear()
    client.force_login(moderators[0])
    reject_url = reverse(
        "wagtailadmin_pages:workflow_action", args=[lesson.pk, "reject", task_state.pk]
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reject_url, {"comment": "Thêm ví dụ về tin nhắn ngân hàng."})
    assert response.status_code in (200, 302)
    [rejected] = mail.outbox
    assert rejected.to == [editor.email]
    assert (
        rejected.subject
        == "Bài học “Nhận biết tin nhắn lừa đảo” cần chỉnh sửa trước khi được duyệt"
    )
    assert (
        "Minh chưa duyệt bài học “Nhận biết tin nhắn lừa đảo” ở bước “Kiểm duyệt” "
        "của quy trình “Duyệt nội dung” và yêu cầu chỉnh sửa."
    ) in rejected.body
    assert "“Thêm ví dụ về tin nhắn ngân hàng.”" in rejected.body
    assert f"{BASE_URL}/admin/pages/{lesson.pk}/edit/" in rejected.body

    mail.outbox.clear()
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
            _lesson_form(age_bands["thcs"], **{"action-submit": "1"}),
        )
    lesson.refresh_from_db()
    task_state = lesson.current_workflow_state.current_task_state
    mail.outbox.clear()
    client.force_login(moderators[1])
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=[lesson.pk, "approve", task_state.pk]
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(approve_url)
    lesson.refresh_from_db()
    assert lesson.live
    [approved] = mail.outbox
    assert approved.to == [editor.email]
    assert approved.subject == "Bài học “Nhận biết tin nhắn lừa đảo” đã được duyệt"
    assert "Bài học “Nhận biết tin nhắn lừa đảo” đã được duyệt trong quy trình" in approved.body
    assert f"{BASE_URL}/bai-hoc/nhan-biet-tin-nhan-lua-dao/" in approved.body


@pytest.mark.django_db
def test_a_recipient_who_chose_english_gets_english(
    client, lesson_index, age_bands, staff, queued_mail, django_capture_on_commit_callbacks
):
    editor, moderators = staff  # the editor chose English
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        _submit(client, lesson_index, age_bands)
    lesson = LessonPage.objects.get(slug="nhan-biet-tin-nhan-lua-dao")
    task_state = lesson.current_workflow_state.current_task_state
    mail.outbox.clear()
    client.force_login(moderators[0])
    reject_url = reverse(
        "wagtailadmin_pages:workflow_action", args=[lesson.pk, "reject", task_state.pk]
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reject_url, {"comment": "Thêm ví dụ."})
    [rejected] = mail.outbox
    assert rejected.subject == (
        "Lesson “Nhận biết tin nhắn lừa đảo” needs changes before it can be approved"
    )
    assert rejected.body.startswith("Hello Lan,\n\nMinh has not approved the lesson")
    assert "The moderator’s comment: “Thêm ví dụ.”" in rejected.body
    assert "Choose the notifications you receive here:" in rejected.body


@pytest.mark.django_db
def test_a_rolled_back_submission_mails_no_one(
    lesson_index, age_bands, staff, queued_mail, django_capture_on_commit_callbacks
):
    from tests.factories.lessons import LessonPageFactory

    editor, _moderators = staff
    lesson = LessonPageFactory(parent=lesson_index, live=False)
    lesson.save_revision(user=editor)
    workflow = lesson.get_workflow()
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        workflow.start(lesson, editor)
        raise RuntimeError("the save failed after the submission")
    assert callbacks == []
    assert mail.outbox == []


@pytest.mark.django_db
def test_an_smtp_failure_does_not_break_the_submission_and_is_logged_without_addresses(
    client,
    lesson_index,
    age_bands,
    staff,
    queued_mail,
    settings,
    caplog,
    django_capture_on_commit_callbacks,
):
    settings.EMAIL_DELIVERY_BACKEND = f"{__name__}.RefusingBackend"
    RefusingBackend.calls = 0
    editor, moderators = staff
    client.force_login(editor)
    with caplog.at_level(logging.INFO), django_capture_on_commit_callbacks(execute=True):
        response = _submit(client, lesson_index, age_bands)

    assert response.status_code == 302
    lesson = LessonPage.objects.get(slug="nhan-biet-tin-nhan-lua-dao")
    assert lesson.current_workflow_state.status == "in_progress"
    assert mail.outbox == []
    # One task per moderator, each tried TASK_ATTEMPTS times.
    assert RefusingBackend.calls == len(moderators) * TASK_ATTEMPTS
    failures = [r for r in caplog.records if r.name == "curriculum.mail"]
    assert failures
    assert {r.getMessage() for r in failures} == {
        "E-mail to 1 recipient(s) not delivered: SMTPRecipientsRefused (SMTP 550)"
    }
    assert "sogddt.example.vn" not in caplog.text  # nor in any traceback logged
