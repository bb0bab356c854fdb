"""Who may open what: an access matrix generated from the URL configuration.

Every URL pattern of our apps — the portal, the quiz engine, the public views, and the admin
views our apps register (viewsets, reports, snippets), plus the Wagtail admin URLs that name
our models (bulk actions, editing-session pings) — is found by walking the resolver, filled
with the ids of the OTHER side's objects (school B, district B, teacher B's quiz run, another
browser's attempt), and requested by every role. A URL pattern that the table below does not
classify fails the suite, so a new URL cannot slip in unchecked.

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
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

import pytest
from django.apps import apps
from django.test import Client
from django.urls import URLResolver, get_resolver, resolve, reverse
from openpyxl import load_workbook
from wagtail import hooks
from wagtail.admin.viewsets import viewsets
from wagtail.models import Page
from wagtail.permissions import policy_registry

from delivery.models import DeliverySession, Evidence
from lessons.models import AgeBand, Topic
from schools.models import Membership, School

pytestmark = pytest.mark.django_db

OUR_APPS = ("core", "home", "lessons", "quizzes", "schools", "delivery", "completion", "concerns")
PORTAL_LOGIN = "/portal/login/"
ADMIN_LOGIN = "/admin/login/"
ADMIN_HOME = "/admin/"

# Roles. The first five attack: none of them may see or change anything of school B.
ANONYMOUS, NOBODY, EDITOR, TEACHER_A, OFFICER_A = (
    "anonymous",
    "nobody",
    "editor",
    "teacher_a",
    "officer_a",
)
# The controls own or cover school B; they show that each URL reaches a real object.
TEACHER_B, OFFICER_B, PROVINCE, SUPERUSER = "teacher_b", "officer_b", "province", "superuser"
ATTACKERS = (ANONYMOUS, NOBODY, EDITOR, TEACHER_A, OFFICER_A)
ROLES = ATTACKERS + (TEACHER_B, OFFICER_B, PROVINCE, SUPERUSER)
SIGNED_IN = frozenset(ROLES) - {ANONYMOUS}
TEACHERS = frozenset({TEACHER_A, TEACHER_B})
OFFICERS = frozenset({OFFICER_A, OFFICER_B, PROVINCE, SUPERUSER})
ADMIN_USERS = OFFICERS | {EDITOR}
SCOPE_B = frozenset({OFFICER_B, PROVINCE, SUPERUSER})  # who covers district B
PROVINCE_ONLY = frozenset({PROVINCE, SUPERUSER})
CONTENT_EDITORS = frozenset({EDITOR, SUPERUSER})
EVERYONE = frozenset(ROLES)

# Texts that only school B's pages contain: none may reach school A's teacher or district A.
SCHOOL_B_MARKERS = (
    "Phước Thắng",
    "Bác Ái",  # district B
    "5840004",  # school B's code
    "9C-PHUOC-THANG",  # session B's class
    "gv-phuoc-thang",  # teacher B
    "cb-bac-ai",  # officer B
    "lop-9c.png",  # evidence B
    "Mèo Con",  # the nickname of teacher B's pupil
)
LEAK_CHECKED_ROLES = (TEACHER_A, OFFICER_A)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PUBLIC, PORTAL, ADMIN = "public", "portal", "admin"
LOGIN_PAGES = {PORTAL: PORTAL_LOGIN, ADMIN: ADMIN_LOGIN}


@dataclass(frozen=True)
class Rule:
    """How one URL pattern answers.

    ``door``: PUBLIC (answers anyone itself), PORTAL or ADMIN (anonymous → that login page).
    ``params``: each path parameter → the dotted attribute of ``other`` (conftest) to fill it
    with, or a function of ``other``.
    ``readers``: roles that may open the URL for that object; ``status`` is what they get
    (405 for POST-only views). Everyone else is refused.
    ``tolerated``: roles whose access is a known gap tested strictly elsewhere (xfail).
    ``variants``: query strings requested as well (exports, searches).
    """

    door: str
    readers: frozenset = frozenset()
    params: dict = field(default_factory=dict)
    status: int = 200
    statuses: dict = field(default_factory=dict)  # per-role status overriding ``status``
    tolerated: frozenset = frozenset()
    variants: tuple = ("",)


def portal(readers, **kw):
    return Rule(PORTAL, frozenset(readers), **kw)


def admin(readers, **kw):
    return Rule(ADMIN, frozenset(readers), **kw)


def public(**kw):
    return Rule(PUBLIC, EVERYONE, **kw)


SESSION_B = {"pk": "world.session_b.pk"}
SCHOOL_B = {"pk": "world.school_b.pk"}
DISTRICT_B = {"pk": "world.district_b.pk"}
TEACHER_B_ACCOUNT = {"pk": "membership_teacher_b.pk"}
OFFICER_B_SCOPE = {"pk": "membership_officer_b.pk"}
PERIOD = {"pk": "period.pk"}
SIGNOFF_B = {"period_id": "period.pk", "area_id": "world.district_b.pk"}
RUN_B = {"pk": "run_b.pk"}
ATTEMPT_B = {"token": "attempt_b.token"}
QUIZ = {"pk": "quiz.pk"}
AGE_BAND = {"pk": "unused_age_band.pk"}  # one in use: test_deleting_an_age_band_in_use_*
TOPIC = {"pk": "topic.pk"}
# Lists are also searched for school B's code and exported: neither may reach past the scope.
LISTINGS = ("", "?q=584", "?export=csv", "?export=xlsx")
SITE_HISTORY_VARIANTS = ("", "?export=csv", "?export=xlsx", "?label=9C")
REPORT_EXPORTS_CONCERNS = ("", "?export=csv", "?export=xlsx")


def _report_settings_pk(other):
    from home.models import ReportSettings

    return ReportSettings.for_site(other.help_contacts.site).pk


def _ping(readers, object_id, *, tolerated=frozenset()):
    """POST only (GET is 405 for everyone); its readers may keep an editing session."""
    params = {"object_id": object_id, "session_id": lambda other: 0}
    return admin(readers, params=params, status=405, tolerated=tolerated)


def _import_job_b(other):
    from schools.models import ImportJob

    job = ImportJob.objects.create(
        kind="schools", file_name="truong.csv", stored_path="imports/x.csv", rows=400,
        user=other.world.officer_b,
    )  # fmt: skip
    return job.pk


def _concern_b(other):
    """A report of concern about school B (one, however often the rules ask)."""
    from concerns.models import Concern
    from concerns.services import concern_submit

    concern = Concern.objects.filter(school=other.world.school_b).first()
    if concern is None:
        concern = concern_submit(
            category="bullying", what_happened="Bị chế giễu trong nhóm lớp", where="Zalo",
            school=other.world.school_b, school_named="", reporter_role="child",
            contact_preference="none", contact="",
        )  # fmt: skip
    return concern.pk


CONCERN_B = {"pk": _concern_b}


def _viewset_rules(namespace, *, lists, objects, params, delete=frozenset(), extra=None):
    """The rules of one of our ModelViewSets: list views, object views, delete, extras."""
    rules = {
        f"{namespace}:index": admin(lists, variants=LISTINGS),
        f"{namespace}:index_results": admin(lists),
        f"{namespace}:add": admin(lists),
        f"{namespace}:delete": admin(delete, params=params),
    }
    for view in ("edit", "history", "history_results", "usage"):
        rules[f"{namespace}:{view}"] = admin(objects, params=params)
    rules.update(extra or {})
    return rules


def _snippet_rules(model, params):
    base = f"wagtailsnippets_lessons_{model}"
    chooser = f"wagtailsnippetchoosers_lessons_{model}"
    rules = {f"{base}:{view}": admin(CONTENT_EDITORS) for view in ("list", "list_results", "add")}
    for view in ("edit", "usage", "history", "history_results", "copy"):
        rules[f"{base}:{view}"] = admin(CONTENT_EDITORS, params=params)
    rules[f"{base}:delete"] = admin({SUPERUSER}, params=params)
    # Age bands and topics are public taxonomy; any admin user may pick one in a chooser.
    for view in ("choose", "choose_results", "chosen_multiple"):
        rules[f"{chooser}:{view}"] = admin(ADMIN_USERS)
    rules[f"{chooser}:chosen"] = admin(ADMIN_USERS, params=params)
    rules[f"{chooser}:create"] = admin(CONTENT_EDITORS)
    # Wagtail's bulk delete shows any admin user its confirmation page, listing the items they
    # may not delete; the state check of the POSTs shows that nothing is deleted.
    rules[f"bulk:lessons.{model}.delete"] = admin(ADMIN_USERS, params={"id": params["pk"]})
    return rules


RULES = {
    # Public views of home, lessons and quizzes.
    "health": public(),
    "ready": public(),
    "search": public(variants=("", "?q=an+toan")),
    "language_switch": public(params={"language": lambda other: "en"}, status=302),
    "quizzes:join": public(variants=("", "?code=ABC123")),
    "quizzes:practice_start": public(params={"quiz_id": "quiz.pk"}),
    # Another browser's attempt: nobody else reaches it, signed in or not.
    "quizzes:attempt": Rule(PUBLIC, params=ATTEMPT_B),
    "quizzes:result": Rule(PUBLIC, params=ATTEMPT_B),
    "portal:login": public(status=302, statuses={ANONYMOUS: 200}),
    "portal:logout": Rule(PUBLIC),  # POST only: a GET is 405 for everyone
    # Two-factor sign-in (off in these tests, nobody has a device): the code page sends a user
    # who owes no code on; enrolment is offered to anyone signed in; the recovery codes page
    # sends an unverified user to enrolment.
    "two_factor_admin:verify": admin(()),
    "two_factor_admin:enrol": admin(SIGNED_IN),
    "two_factor_admin:recovery": admin(SIGNED_IN, status=302),
    "two_factor_portal:verify": portal(SIGNED_IN, status=302),
    "two_factor_portal:enrol": portal(SIGNED_IN),
    "two_factor_portal:recovery": portal(SIGNED_IN, status=302),
    # Teachers' quiz runs: only the teacher who opened a run sees or closes it.
    "quizzes:run_list": portal(TEACHERS | {SUPERUSER}),
    "quizzes:run_start": portal(()),  # POST only
    "quizzes:run_detail": portal({TEACHER_B}, params=RUN_B),
    "quizzes:run_close": portal({TEACHER_B}, params=RUN_B, status=405),
    # "Làm lại sau bài học": the post-test of teacher B's run, opened by teacher B only (POST).
    "quizzes:run_start_post": portal({TEACHER_B}, params=RUN_B, status=405),
    # The teacher portal.
    "portal:home": portal(TEACHERS),
    "portal:session_list": portal(TEACHERS, variants=("", "?trang_thai=submitted")),
    "portal:session_create": portal(TEACHERS, variants=("", "?q=bat+nat")),
    "portal:session_export": portal(TEACHERS),
    "portal:password_change": portal(SIGNED_IN),
    "portal:session_detail": portal({TEACHER_B}, params=SESSION_B),
    "portal:session_edit": portal({TEACHER_B}, params=SESSION_B),
    "portal:session_withdraw": portal({TEACHER_B}, params=SESSION_B),
    "portal:evidence": portal({TEACHER_B} | SCOPE_B, params={"pk": "world.evidence_b.pk"}),
    # A counsellor's reports (tests/concerns/test_counsellor.py): no role here is one.
    "concern_portal:list": portal(()),
    "concern_portal:detail": portal((), params=CONCERN_B),
    # Admin reports our apps register.
    "quiz_results_index": admin(ADMIN_USERS, variants=("", "?export=csv")),
    "quiz_results_index_results": admin(ADMIN_USERS),
    "quiz_results": admin(ADMIN_USERS, params=QUIZ, variants=("", "?export=csv")),
    "quiz_results_results": admin(ADMIN_USERS, params=QUIZ),
    # Learning gain per lesson (delivery/gain_views.py): officers within their areas, editors
    # and superusers everything; lesson aggregates only.
    "lesson_gain_report": admin(ADMIN_USERS, variants=REPORT_EXPORTS_CONCERNS),
    "lesson_gain_report_results": admin(ADMIN_USERS),
    "completion_dashboard": admin(
        OFFICERS, variants=("", "?export=csv", "?export=xlsx&table=rollup", "?print=1")
    ),
    "completion_school": admin(SCOPE_B, params={"school_id": "world.school_b.pk"}),
    # Reminders sent in a period, within the officer's areas (district A sees none of B's).
    "completion_reminders": admin(OFFICERS, variants=("", "?missing=1")),
    # District sign-off: the list shows each officer their own units; district B's page and
    # history to who covers it; district B's own officers submit, the province approves or
    # returns (POST only).
    "completion_signoffs": admin(OFFICERS),
    "completion_signoff": admin(SCOPE_B, params=SIGNOFF_B),
    "completion_signoff_history": admin(SCOPE_B, params=SIGNOFF_B),
    "completion_signoff_submit": admin({OFFICER_B, SUPERUSER}, params=SIGNOFF_B, status=405),
    "completion_signoff_approve": admin(PROVINCE_ONLY, params=SIGNOFF_B, status=405),
    "completion_signoff_return": admin(PROVINCE_ONLY, params=SIGNOFF_B, status=405),
    # The open data API (completion/api.py): aggregates for anyone; school rows only with a
    # staff API key, which no role here sends (a signed-in session is not one): 401 for all.
    "api_v1_root": public(),
    "api_v1_schema": public(),
    "api_v1_periods": public(),
    "api_v1_figures": public(params={"period_id": "period.pk"}, variants=("", "?type=THCS")),
    "api_v1_schools": public(params={"period_id": "period.pk"}, status=401),
    # Background tasks (core/task_report.py): superusers only.
    "task_results_report": admin({SUPERUSER}, variants=("", "?export=csv", "?export=xlsx")),
    "task_results_report_results": admin({SUPERUSER}),
    # Bulk actions on sessions (Wagtail's bulk URL with our model and actions).
    "bulk:delivery.deliverysession.verify": admin(SCOPE_B, params={"id": "world.session_b.pk"}),
    "bulk:delivery.deliverysession.return": admin(SCOPE_B, params={"id": "world.session_b.pk"}),
    # "Who else is editing this": for the officers' records, only who covers them.
    "ping:schools.area": _ping(SCOPE_B, "world.district_b.pk"),
    "ping:schools.school": _ping(SCOPE_B, "world.school_b.pk"),
    "ping:schools.membership": _ping(SCOPE_B, "membership_teacher_b.pk"),
    "ping:delivery.deliverysession": _ping((), "world.session_b.pk"),  # never edited
    "ping:completion.reportingperiod": _ping(PROVINCE_ONLY, "period.pk"),
    "ping:lessons.ageband": _ping(CONTENT_EDITORS, "unused_age_band.pk"),
    "ping:lessons.topic": _ping(CONTENT_EDITORS, "topic.pk"),
    "ping:home.helpcontacts": _ping({SUPERUSER}, "help_contacts.pk"),
    "ping:home.reportsettings": _ping({SUPERUSER}, _report_settings_pk),
    # Officers' viewsets: the object views are scoped to the officer's areas.
    **_viewset_rules(
        "sessions",
        lists=OFFICERS,
        objects=(),  # sessions are reviewed, never edited, in the admin
        params=SESSION_B,
        extra={
            "sessions:add": admin(()),
            "sessions:history": admin(SCOPE_B, params=SESSION_B),
            "sessions:history_results": admin(SCOPE_B, params=SESSION_B),
            "sessions:inspect": admin(SCOPE_B, params=SESSION_B),
            "sessions:verify": admin(SCOPE_B, params=SESSION_B, status=405),
            "sessions:return": admin(SCOPE_B, params=SESSION_B),
        },
    ),
    **_viewset_rules(
        "schools",
        lists=OFFICERS,
        objects=SCOPE_B,
        params=SCHOOL_B,
        extra={
            "schools:import": admin(OFFICERS),
            "schools:import_template": admin(OFFICERS, variants=("?format=xlsx", "?format=csv")),
            # A large import officer B sent: theirs (and superusers') only.
            "schools:import_job": admin({OFFICER_B, SUPERUSER}, params={"pk": _import_job_b}),
        },
    ),
    **_viewset_rules("areas", lists=OFFICERS, objects=SCOPE_B, params=DISTRICT_B),
    **_viewset_rules(
        "teachers",
        lists=OFFICERS,
        objects=SCOPE_B,
        params=TEACHER_B_ACCOUNT,
        extra={
            "teachers:import": admin(OFFICERS),
            "teachers:import_template": admin(OFFICERS, variants=("?format=xlsx", "?format=csv")),
        },
    ),
    **_viewset_rules(
        "officer_scopes", lists={SUPERUSER}, objects={SUPERUSER}, params=OFFICER_B_SCOPE
    ),
    **_viewset_rules(
        "reporting_periods",
        lists=PROVINCE_ONLY,
        objects=PROVINCE_ONLY,
        params=PERIOD,
        delete=PROVINCE_ONLY,
        extra={
            f"reporting_periods:{view}": admin(PROVINCE_ONLY, params=PERIOD)
            for view in ("history", "history_results", "usage")
        },
    ),
    # Reports of concern: anyone reports and looks up by code (POST); the officers' queue is
    # scoped like sessions (district B's report: officer B, the province, superusers).
    "concerns:report": public(),
    "concerns:receipt": public(status=302),  # no receipt in this browser: to the look-up
    "concerns:status": public(),
    "concerns:add_information": public(status=405),  # POST only
    **_viewset_rules(
        "concern_queue",
        lists=OFFICERS,
        objects=(),  # nothing is edited through the generic views
        params=CONCERN_B,
        extra={
            "concern_queue:add": admin(()),
            "concern_queue:inspect": admin(SCOPE_B, params=CONCERN_B),
            "concern_queue:history": admin(SCOPE_B, params=CONCERN_B),
            "concern_queue:history_results": admin(SCOPE_B, params=CONCERN_B),
            "concern_queue:triage": admin(SCOPE_B, params=CONCERN_B, status=405),
            "concern_queue:action": admin(SCOPE_B, params=CONCERN_B, status=405),
            "concern_queue:figures": admin(OFFICERS, variants=REPORT_EXPORTS_CONCERNS),
        },
    ),
    "ping:concerns.concern": _ping((), CONCERN_B["pk"]),
    # Lesson taxonomy snippets (not scoped: every school uses the same age bands and topics).
    **_snippet_rules("ageband", AGE_BAND),
    **_snippet_rules("topic", TOPIC),
    # Wagtail's site history lists every log entry of the models one holds a permission on —
    # for officers, every district's: it is refused to them (schools/site_history.py).
    "site_history:index": admin(CONTENT_EDITORS, variants=SITE_HISTORY_VARIANTS),
    "site_history:results": admin(CONTENT_EDITORS),
}

# Wagtail's own admin views that could show what our apps log or hold — histories, reports
# (and their exports), workflows, the image and document libraries, the users — walked as well,
# by name. Who reads them is Wagtail's business; what is checked is that none of them shows
# school A's teacher or district A's officer anything of district B (refused, or a page that
# names nothing of it), and that none answers 5xx.
STANDARD_PAGE = {"page_id": "standard_page.pk"}
TEACHER_B_USER = {"pk": "world.teacher_b.pk"}
REPORT_EXPORTS = ("", "?export=csv", "?export=xlsx")
WAGTAIL_ADMIN_RULES = {
    "wagtailadmin_home": admin(ADMIN_USERS),
    "wagtailadmin_pages:history": admin(CONTENT_EDITORS, params=STANDARD_PAGE),
    "wagtailadmin_pages:history_results": admin(CONTENT_EDITORS, params=STANDARD_PAGE),
    "wagtailadmin_pages:workflow_history": admin(CONTENT_EDITORS, params=STANDARD_PAGE),
    "wagtailadmin_reports:locked_pages": admin({SUPERUSER}, variants=REPORT_EXPORTS),
    "wagtailadmin_reports:locked_pages_results": admin({SUPERUSER}),
    "wagtailadmin_reports:aging_pages": admin(CONTENT_EDITORS, variants=REPORT_EXPORTS),
    "wagtailadmin_reports:aging_pages_results": admin(CONTENT_EDITORS),
    "wagtailadmin_reports:page_types_usage": admin(CONTENT_EDITORS, variants=REPORT_EXPORTS),
    "wagtailadmin_reports:page_types_usage_results": admin(CONTENT_EDITORS),
    "wagtailadmin_reports:workflow": admin(CONTENT_EDITORS, variants=REPORT_EXPORTS),
    "wagtailadmin_reports:workflow_results": admin(CONTENT_EDITORS),
    "wagtailadmin_reports:workflow_tasks": admin(CONTENT_EDITORS, variants=REPORT_EXPORTS),
    "wagtailadmin_reports:workflow_tasks_results": admin(CONTENT_EDITORS),
    "wagtailadmin_workflows:index": admin({SUPERUSER}),
    "wagtailadmin_workflows:index_results": admin({SUPERUSER}),
    "wagtailadmin_workflows:task_index": admin({SUPERUSER}),
    "wagtailadmin_workflows:task_index_results": admin({SUPERUSER}),
    # Editors upload and edit images and documents (home/migrations/0005_editors_upload_media).
    "wagtailimages:index": admin(CONTENT_EDITORS, variants=("", "?q=9c")),
    "wagtailimages:index_results": admin(CONTENT_EDITORS),
    "wagtaildocs:index": admin(CONTENT_EDITORS, variants=("", "?q=9c")),
    "wagtaildocs:index_results": admin(CONTENT_EDITORS),
    "wagtailusers_users:index": admin({SUPERUSER}, variants=("", "?q=phuoc")),
    "wagtailusers_users:index_results": admin({SUPERUSER}),
    "wagtailusers_users:history": admin({SUPERUSER}, params=TEACHER_B_USER),
    "wagtailusers_groups:index": admin({SUPERUSER}),
}
RULES.update(WAGTAIL_ADMIN_RULES)


# ---------------------------------------------------------------------------------------------
# The URL configuration, walked


@dataclass(frozen=True)
class Endpoint:
    key: str  # "namespace:name", or the route of an unnamed pattern
    route: str
    converters: dict
    module: str
    fixed: dict = field(default_factory=dict)  # parameters that are part of the key
    query: str = ""


def _our_viewset_namespaces() -> set[str]:
    namespaces = set()
    for viewset in viewsets.viewsets:
        model = getattr(viewset, "model", None)
        if isinstance(model, str):
            model = apps.get_model(model)
        if model is not None and model._meta.app_label in OUR_APPS:
            namespaces.add(viewset.url_namespace)
    return namespaces


def _walk(resolver, prefix="", namespaces=()):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = namespaces + ((pattern.namespace,) if pattern.namespace else ())
            yield from _walk(pattern, prefix + str(pattern.pattern), inner)
            continue
        view = getattr(pattern.callback, "view_class", None) or pattern.callback
        route = prefix + str(pattern.pattern)
        key = ":".join((*namespaces, pattern.name)) if pattern.name else route
        yield (
            Endpoint(
                key=key,
                route=route,
                converters=dict(pattern.pattern.converters),
                module=view.__module__,
            ),
            namespaces,
        )


def _bulk_action_endpoints(bulk_endpoint: Endpoint) -> list[Endpoint]:
    endpoints = []
    for action in hooks.get_hooks("register_bulk_action"):
        for model in action.models:
            if model._meta.app_label not in OUR_APPS:
                continue
            fixed = {
                "app_label": model._meta.app_label,
                "model_name": model._meta.model_name,
                "action": action.action_type,
            }
            endpoints.append(
                Endpoint(
                    key=f"bulk:{fixed['app_label']}.{fixed['model_name']}.{fixed['action']}",
                    route=bulk_endpoint.route,
                    converters=bulk_endpoint.converters,
                    module=action.__module__,
                    fixed=fixed,
                    query="?id={id}",
                )
            )
    return endpoints


def _editing_session_endpoints(ping_endpoint: Endpoint) -> list[Endpoint]:
    """The admin's "who else is editing this" ping, for each of our models with a policy."""
    endpoints = []
    for app_label in OUR_APPS:
        for model in apps.get_app_config(app_label).get_models():
            if issubclass(model, Page) or not policy_registry.get_by_type(model, fallback=False):
                continue
            fixed = {"app_label": app_label, "model_name": model._meta.model_name}
            endpoints.append(
                Endpoint(
                    key=f"ping:{app_label}.{model._meta.model_name}",
                    route=ping_endpoint.route,
                    converters=ping_endpoint.converters,
                    module=model.__module__,
                    fixed=fixed,
                )
            )
    return endpoints


def our_endpoints() -> list[Endpoint]:
    """Every URL pattern of our apps, the Wagtail admin URLs that act on our models by
    name (bulk actions and editing-session pings), and the Wagtail admin views that could show
    what our apps log or hold (WAGTAIL_ADMIN_RULES)."""
    ours = _our_viewset_namespaces()
    endpoints = []
    for endpoint, namespaces in _walk(get_resolver()):
        if endpoint.key == "wagtail_bulk_action":
            endpoints += _bulk_action_endpoints(endpoint)
        elif endpoint.key == "wagtailadmin_editing_sessions:ping":
            endpoints += _editing_session_endpoints(endpoint)
        elif (
            endpoint.module.split(".")[0] in OUR_APPS
            or set(namespaces) & ours
            or endpoint.key in WAGTAIL_ADMIN_RULES
        ):
            endpoints.append(endpoint)
    return endpoints


def _lookup(other, dotted):
    if callable(dotted):
        return dotted(other)
    value = other
    for name in dotted.split("."):
        value = getattr(value, name)
    return value


def endpoint_url(endpoint: Endpoint, rule: Rule, other) -> str:
    values = {name: _lookup(other, dotted) for name, dotted in rule.params.items()}
    values.update(endpoint.fixed)

    def fill(match):
        name = match.group("name")
        if name not in values:
            raise AssertionError(f"{endpoint.key}: the rule gives no value for <{name}>")
        return str(endpoint.converters[name].to_url(values[name]))

    path = "/" + re.sub(r"<(?:\w+:)?(?P<name>\w+)>", fill, endpoint.route)
    if "^" in path or "(" in path:
        raise AssertionError(f"{endpoint.key}: regex routes need an explicit URL in the rule")
    return path + endpoint.query.format(**values)


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
    if role in rule.tolerated:
        return None
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

    pk = _concern_b(other)
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
        elif (
            role in ATTACKERS
            and role not in rule.readers | rule.tolerated
            and not _refused(response)
        ):
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


# Page types whose pages fail today, each with its xfail test below.
KNOWN_BROKEN_PAGE_TYPES: set[str] = set()


@pytest.mark.parametrize("role", [ANONYMOUS, TEACHER_A, OFFICER_A, EDITOR])
def test_every_live_page_answers_every_role(other, role):
    client = _client(other, role)
    problems = []
    for page in Page.objects.live().exclude(depth=1).specific():
        if type(page).__name__ in KNOWN_BROKEN_PAGE_TYPES:
            continue
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
# Found by the matrix: each fails today and passes once fixed (then drop the xfail, and the
# tolerance or the exclusion that points here).


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
    School and Membership policies (schools/viewsets.py NoDeletePermissionPolicy) answer by the
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
