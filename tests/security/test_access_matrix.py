"""Who may open what: an access matrix generated from the URL configuration.

Every URL pattern of our apps — the portal, the quiz engine, the public views, and the admin
views our apps register (viewsets, reports, snippets), plus the Wagtail admin URLs that name
our models (bulk actions, editing-session pings) — is found by walking the resolver, filled
with the ids of the OTHER side's objects (school B, district B, teacher B's quiz run, another
browser's attempt; tests/security/url_walk.py), and requested by every role. A URL pattern
that the table (tests/security/access_rules.py) does not classify fails the suite, so a new URL
cannot slip in unchecked.

What is checked, for every URL and role:
- anonymous visitors are sent to the right login page (public views answer by themselves);
- a role that may not act on the object is refused: 403/404/405, or a redirect to a login page
  or to the admin home (Wagtail's "permission denied") — never a 2xx;
- the roles that may act on it (its owners, the province) get the page: the URL really points
  at a live object, so a refusal above is not an accident of a wrong id;
- a page shown to school A's teacher or district A's officer names nothing of school B;
- POSTs to object URLs by the attacking roles are refused and change nothing of school B (nor
  the lesson taxonomy, for those who do not edit it);
- nothing answers 5xx.
"""

import io
from urllib.parse import parse_qs, urlsplit

import pytest
from django.apps import apps
from django.test import Client
from django.urls import resolve, reverse
from openpyxl import load_workbook
from wagtail.models import Page

from delivery.models import DeliverySession, Evidence
from lessons.models import AgeBand, Topic
from schools.models import Membership, School
from tests.security.access_rules import (
    ADMIN_HOME,
    ADMIN_LOGIN,
    ANONYMOUS,
    ATTACKERS,
    CONTENT_EDITORS,
    EDITOR,
    LEAK_CHECKED_ROLES,
    LOGIN_PAGES,
    NOBODY,
    OFFICER_A,
    OFFICER_B,
    OUR_APPS,
    PORTAL_LOGIN,
    PROVINCE,
    PUBLIC,
    ROLES,
    RULES,
    SCHOOL_B_MARKERS,
    SUPERUSER,
    TEACHER_A,
    TEACHER_B,
    XLSX,
    Rule,
    concern_b,
)
from tests.security.url_walk import endpoint_url, our_endpoints

pytestmark = pytest.mark.django_db

# ---------------------------------------------------------------------------------------------
# The classification itself is tested: new URLs and stale entries both fail.


def test_every_url_pattern_of_our_apps_is_classified():
    keys = {endpoint.key for endpoint in our_endpoints()}
    unclassified = sorted(keys - RULES.keys())
    assert not unclassified, (
        "URL patterns of our apps without an access rule in tests/security/"
        f"test_access_matrix.py RULES: {unclassified}"
    )


def test_the_access_table_names_only_existing_urls():
    keys = {endpoint.key for endpoint in our_endpoints()}
    assert sorted(RULES.keys() - keys) == []


def test_the_walk_finds_the_portal_the_quizzes_and_the_admin_views_of_our_apps():
    keys = {endpoint.key for endpoint in our_endpoints()}
    for expected in (
        "portal:session_edit",
        "quizzes:attempt",
        "search",
        "completion_school",
        "quiz_results",
        "sessions:inspect",
        "reporting_periods:history",
        "wagtailsnippets_lessons_ageband:edit",
        "bulk:delivery.deliverysession.verify",
        "site_history:index",
        "wagtailadmin_reports:workflow",
        "wagtailadmin_pages:history",
    ):
        assert expected in keys


GENERATED_VIEW_NAMES = {
    "bulk": "wagtail_bulk_action",
    "ping": "wagtailadmin_editing_sessions:ping",
}


def test_generated_urls_resolve_to_their_own_pattern(other):
    for endpoint in our_endpoints():
        url = endpoint_url(endpoint, RULES[endpoint.key], other)
        expected = GENERATED_VIEW_NAMES.get(endpoint.key.split(":")[0], endpoint.key)
        assert resolve(urlsplit(url).path).view_name == expected, url


# ---------------------------------------------------------------------------------------------
# The matrix


def _users(other) -> dict:
    world = other.world
    return {
        ANONYMOUS: None,
        NOBODY: world.nobody,
        EDITOR: other.editor,
        TEACHER_A: world.teacher_a,
        OFFICER_A: world.officer_a,
        TEACHER_B: world.teacher_b,
        OFFICER_B: world.officer_b,
        PROVINCE: world.officer_province,
        SUPERUSER: other.superuser,
    }


def _client(other, role) -> Client:
    client = Client(raise_request_exception=False)
    user = _users(other)[role]
    if user is not None:
        client.force_login(user)
    return client


def _location_path(response) -> str:
    return urlsplit(response["Location"]).path


def _refused(response) -> bool:
    if response.status_code in (403, 404, 405):
        return True
    return response.status_code == 302 and _location_path(response) in {
        PORTAL_LOGIN,
        ADMIN_LOGIN,
        ADMIN_HOME,
    }


def _sent_to_login(response, login_url: str, requested: str) -> bool:
    if response.status_code != 302 or _location_path(response) != login_url:
        return False
    return parse_qs(urlsplit(response["Location"]).query).get("next") == [requested]


def _body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if response.get("Content-Type", "").startswith(XLSX):
        workbook = load_workbook(io.BytesIO(content), read_only=True)
        return "\n".join(
            str(value)
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
            for value in row
            if value is not None
        )
    return content.decode("utf-8", errors="replace")


def _get_problem(rule: Rule, role: str, url: str, response) -> str | None:
    """What is wrong with this GET answer, or None."""
    status = response.status_code
    if status >= 500:
        return f"{status} server error"
    if role in rule.readers:
        expected = rule.statuses.get(role, rule.status)
        return None if status == expected else f"{status}, expected {expected}"
    if role == ANONYMOUS and rule.door != PUBLIC:
        login_url = LOGIN_PAGES[rule.door]
        return None if _sent_to_login(response, login_url, url) else f"{status}, not to login"
    return None if _refused(response) else f"{status}: not refused"


def _leak(role: str, response) -> str | None:
    if role not in LEAK_CHECKED_ROLES or response.status_code != 200:
        return None
    body = _body(response)
    leaked = [marker for marker in SCHOOL_B_MARKERS if marker in body]
    return f"shows school B: {leaked}" if leaked else None


def _protected_state(other, role) -> dict:
    """What an attacker's POST could change: school B's side, and the taxonomy for all but
    its editors."""
    world = other.world
    state = {
        "session": list(DeliverySession.objects.filter(pk=world.session_b.pk).values()),
        "school": list(School.objects.filter(pk=world.school_b.pk).values()),
        "district": list(type(world.district_b).objects.filter(pk=world.district_b.pk).values()),
        "memberships": list(
            Membership.objects.filter(
                pk__in=[other.membership_teacher_b.pk, other.membership_officer_b.pk]
            ).values()
        ),
        "evidence": list(Evidence.objects.filter(session__school=world.school_b).values()),
        "period": list(type(other.period).objects.filter(pk=other.period.pk).values()),
        "run": list(type(other.run_b).objects.filter(pk=other.run_b.pk).values()),
        "attempt": list(type(other.attempt_b).objects.filter(pk=other.attempt_b.pk).values()),
        "concern": _concern_b_state(other),
    }
    if role not in CONTENT_EDITORS:
        state["age bands"] = list(AgeBand.objects.order_by("pk").values())
        state["topics"] = list(Topic.objects.order_by("pk").values())
    return state


# A form body that would make any of the object views act if it reached them: deactivate an
# account, return a session with a reason, rename a class.
HOSTILE_POST = {
    "action": "deactivate",
    "reason": "Trả lại bởi người ngoài phạm vi",
    "class_name": "XAM-NHAP",
    "name": "Đã bị sửa",
}


def _concern_b_state(other):
    from concerns.models import Concern, ConcernEntry

    pk = concern_b(other)
    return [
        list(Concern.objects.filter(pk=pk).values()),
        list(ConcernEntry.objects.filter(concern_id=pk).values()),
    ]


def _matrix_problems(other, role) -> list[str]:
    client = _client(other, role)
    endpoints = our_endpoints()
    problems = []
    for endpoint in endpoints:
        rule = RULES[endpoint.key]
        base = endpoint_url(endpoint, rule, other)
        for variant in rule.variants:
            url = base + (variant if "?" not in base else variant.replace("?", "&"))
            response = client.get(url)
            problem = _get_problem(rule, role, url, response) or _leak(role, response)
            if problem:
                problems.append(f"GET {url} [{endpoint.key}]: {problem}")

    before = _protected_state(other, role)
    for endpoint in endpoints:
        rule = RULES[endpoint.key]
        if not (rule.params or endpoint.fixed) or rule.door == PUBLIC:
            continue
        url = endpoint_url(endpoint, rule, other)
        response = client.post(url, HOSTILE_POST)
        if response.status_code >= 500:
            problems.append(f"POST {url} [{endpoint.key}]: {response.status_code} server error")
        elif role in ATTACKERS and role not in rule.readers and not _refused(response):
            problems.append(f"POST {url} [{endpoint.key}]: {response.status_code}, not refused")
    if role in ATTACKERS:
        after = _protected_state(other, role)
        changed = [name for name in before if before[name] != after[name]]
        if changed:
            problems.append(f"POSTs by {role} changed {changed}")
    return problems


@pytest.mark.parametrize("role", ROLES)
def test_access_matrix(other, role):
    problems = _matrix_problems(other, role)
    assert not problems, f"{role}:\n" + "\n".join(problems)


# ---------------------------------------------------------------------------------------------
# Public pages: every live page of the page tree answers everyone; drafts answer no one.


def _our_page_models():
    return {
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model._meta.app_label in OUR_APPS
    }


def test_the_fixture_holds_a_page_of_every_page_type_of_our_apps(other):
    present = {page.specific_class for page in Page.objects.live().exclude(depth=1)}
    assert sorted(m.__name__ for m in _our_page_models() - present) == []


@pytest.mark.parametrize("role", [ANONYMOUS, TEACHER_A, OFFICER_A, EDITOR])
def test_every_live_page_answers_every_role(other, role):
    client = _client(other, role)
    problems = []
    for page in Page.objects.live().exclude(depth=1).specific():
        url = page.get_url()
        response = client.get(url)
        if response.status_code != 200:
            problems.append(f"{url} ({type(page).__name__}): {response.status_code}")
        elif leak := _leak(role, response):
            problems.append(f"{url}: {leak}")
    assert not problems, problems


@pytest.mark.parametrize("role", [ANONYMOUS, TEACHER_A, NOBODY])
def test_a_draft_lesson_is_not_public(other, role):
    url = other.draft_lesson.get_url()
    assert url and _client(other, role).get(url).status_code == 404


def test_the_pupils_own_browser_reaches_the_attempt_that_others_cannot(other):
    """The control of the attempt rows above: the token is real, only its browser has it."""
    url = reverse("quizzes:attempt", kwargs={"token": other.attempt_b.token})
    assert other.pupil_client.get(url).status_code == 200
    assert Client().get(url).status_code == 404


# ---------------------------------------------------------------------------------------------
# Found by the matrix, now fixed: each test failed before its fix.


def test_district_officers_cannot_read_reporting_period_history(other):
    client = _client(other, OFFICER_A)
    for name in ("history", "history_results", "usage"):
        response = client.get(reverse(f"reporting_periods:{name}", args=[other.period.pk]))
        assert _refused(response), (name, response.status_code)


def test_a_quiz_index_page_answers_its_visitors(other):
    response = _client(other, ANONYMOUS).get(other.quiz_index.get_url())
    assert response.status_code == 200


@pytest.mark.parametrize("how", ["delete view", "bulk delete"])
def test_deleting_an_age_band_in_use_is_refused_with_a_message(other, how):
    band = other.world.thcs
    if how == "delete view":
        url = reverse("wagtailsnippets_lessons_ageband:delete", args=[band.pk])
    else:
        url = f"/admin/bulk/lessons/ageband/delete/?id={band.pk}"
    response = _client(other, SUPERUSER).post(url, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == reverse("wagtailsnippets_lessons_ageband:list")
    assert "Không xoá được" in response.content.decode()
    assert AgeBand.objects.filter(pk=band.pk).exists()


@pytest.mark.parametrize("how", ["delete view", "bulk delete"])
def test_an_age_band_in_no_use_is_still_deleted(other, how):
    """The control of the refusal above: only a band in use is kept."""
    band = other.unused_age_band
    if how == "delete view":
        url = reverse("wagtailsnippets_lessons_ageband:delete", args=[band.pk])
    else:
        url = f"/admin/bulk/lessons/ageband/delete/?id={band.pk}"
    response = _client(other, SUPERUSER).post(url)
    assert response.status_code == 302
    assert not AgeBand.objects.filter(pk=band.pk).exists()


@pytest.mark.parametrize("model", ["school", "area", "membership"])
def test_district_officers_cannot_see_who_edits_another_districts_records(other, model):
    """Wagtail's editing-session ping asks the permission policy for the instance: the Area,
    School and Membership policies (schools/permissions.py NoDeletePermissionPolicy) answer by the
    officer's area, so district A's officer cannot read back who edits school B."""
    object_id = {
        "school": other.world.school_b.pk,
        "area": other.world.district_b.pk,
        "membership": other.membership_teacher_b.pk,
    }[model]
    url = reverse("wagtailadmin_editing_sessions:ping", args=["schools", model, object_id, 0])
    assert _client(other, OFFICER_B).post(url, {"is_editing": "1"}).status_code == 200
    response = _client(other, OFFICER_A).post(url)
    assert response.status_code == 404
    assert other.world.officer_b.first_name not in response.content.decode()


@pytest.mark.parametrize("variant", ["", "?export=csv", "?export=xlsx"])
@pytest.mark.parametrize("name", ["site_history", "site_history_results"])
def test_district_officers_cannot_read_wagtails_site_history(other, name, variant):
    """Wagtail's site history listed every log entry of the models an officer holds a
    permission on: district B's sessions (class and date), teacher B's account and its school,
    officer B's scope. It is refused to officers, and its menu item is gone."""
    url = reverse(f"wagtailadmin_reports:{name}") + variant
    response = _client(other, OFFICER_A).get(url)
    assert _refused(response), (response.status_code, _leak(OFFICER_A, response))
    menu = _client(other, OFFICER_A).get(ADMIN_HOME).content.decode()
    assert reverse("wagtailadmin_reports:site_history") not in menu


def test_the_site_history_still_shows_its_readers_every_entry(other):
    """The control: the log entries the report refuses officers are there for a superuser."""
    response = _client(other, SUPERUSER).get(reverse("wagtailadmin_reports:site_history"))
    body = _body(response)
    assert response.status_code == 200
    assert "9C-PHUOC-THANG" in body and "gv-phuoc-thang" in body and "cb-bac-ai" in body
