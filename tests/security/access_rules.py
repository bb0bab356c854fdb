"""The access matrix's table: the roles, and who may open each URL of our apps and of
Wagtail's admin (tests/security/test_access_matrix.py walks it)."""

from dataclasses import dataclass, field

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
    ``variants``: query strings requested as well (exports, searches).
    """

    door: str
    readers: frozenset = frozenset()
    params: dict = field(default_factory=dict)
    status: int = 200
    statuses: dict = field(default_factory=dict)  # per-role status overriding ``status``
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


def _ping(readers, object_id):
    """POST only (GET is 405 for everyone); its readers may keep an editing session."""
    params = {"object_id": object_id, "session_id": lambda other: 0}
    return admin(readers, params=params, status=405)


def _import_job_b(other):
    from schools.models import ImportJob

    job = ImportJob.objects.create(
        kind="schools", file_name="truong.csv", stored_path="imports/x.csv", rows=400,
        user=other.world.officer_b,
    )  # fmt: skip
    return job.pk


def concern_b(other):
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


CONCERN_B = {"pk": concern_b}


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
    # The open data API (completion/api/): aggregates for anyone; school rows only with a
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
