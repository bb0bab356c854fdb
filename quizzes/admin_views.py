"""Officers' and editors' reports on quiz results: aggregates only, exportable."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from core.spreadsheets.writing import SafeSpreadsheetExportMixin
from quizzes.models import QuizPage
from quizzes.selectors import quiz_results

RESULTS_PERMISSION = "quizzes.view_quiz_results"
KIND_LABELS = {"choice": _("Trắc nghiệm"), "true_false": _("Đúng / Sai"), "open": _("Câu hỏi mở")}


class ResultsPermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(RESULTS_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class QuizListReportView(ResultsPermissionMixin, SafeSpreadsheetExportMixin, ReportView):
    page_title = _("Kết quả câu đố")
    header_icon = "help"
    index_url_name = "quiz_results_index"
    index_results_url_name = "quiz_results_index_results"
    list_export = ["title", "run_count", "attempt_count"]
    export_headings = {
        "title": _("Câu đố"),
        "run_count": _("Số lượt chơi"),
        "attempt_count": _("Số bài đã nộp trong lượt chơi"),
    }
    columns = [
        TitleColumn(
            "title",
            label=_("Câu đố"),
            get_url=lambda quiz: reverse("quiz_results", args=[quiz.pk]),
        ),
        Column("run_count", label=_("Số lượt chơi")),
        Column("attempt_count", label=_("Số bài đã nộp")),
    ]

    def get_queryset(self):
        return (
            QuizPage.objects.annotate(
                run_count=Count("runs", distinct=True),
                attempt_count=Count(
                    "attempts",
                    filter=Q(attempts__run__isnull=False, attempts__finished_at__isnull=False),
                    distinct=True,
                ),
            )
            .order_by("title")
            .only("id", "title")
        )

    def get_filename(self):
        return "ket-qua-cau-do"


class OptionsColumn(Column):
    """How many picked each option, one line per option, the right one(s) marked."""

    cell_template_name = "quizzes/admin/options_cell.html"


class FlagsColumn(Column):
    cell_template_name = "quizzes/admin/flags_cell.html"


class DiscriminationColumn(Column):
    """Two decimals in the reader's format (0,45); empty while it cannot be computed."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return "" if value is None else floatformat(value, 2)


class QuizResultsReportView(ResultsPermissionMixin, SafeSpreadsheetExportMixin, ReportView):
    """One quiz across all its class runs: per question the share answering correctly, how
    many picked each option (the misconceptions), its discrimination and what to look at
    (quizzes.item_analysis)."""

    template_name = "quizzes/admin/quiz_results.html"
    header_icon = "help"
    paginate_by = None
    list_export = [
        "number",
        "text",
        "kind_label",
        "answered",
        "correct",
        "percent_correct",
        "options_summary",
        "discrimination_rounded",
        "flag_labels",
    ]
    export_headings = {
        "number": _("Câu"),
        "text": _("Nội dung"),
        "kind_label": _("Loại"),
        "answered": _("Số em trả lời"),
        "correct": _("Số em trả lời đúng"),
        "percent_correct": _("Tỉ lệ đúng (%)"),
        "options_summary": _("Số em chọn từng phương án"),
        "discrimination_rounded": _("Độ phân biệt (−1 đến 1)"),
        "flag_labels": _("Cần xem lại"),
    }
    columns = [
        Column("number", label=_("Câu")),
        Column("text", label=_("Nội dung")),
        Column("kind_label", label=_("Loại")),
        Column("answered", label=_("Số em trả lời")),
        Column("correct", label=_("Trả lời đúng")),
        Column("percent_correct", label=_("Tỉ lệ đúng (%)")),
        OptionsColumn("options", label=_("Số em chọn từng phương án")),
        DiscriminationColumn("discrimination", label=_("Độ phân biệt")),
        FlagsColumn("flag_labels", label=_("Cần xem lại")),
    ]

    @cached_property
    def quiz(self):
        return get_object_or_404(QuizPage, pk=self.kwargs["pk"])

    @cached_property
    def results(self):
        return quiz_results(quiz=self.quiz)

    def get_page_title(self):
        return _("Kết quả: %(title)s") % {"title": self.quiz.title}

    def get_index_url(self):
        return reverse("quiz_results", args=[self.quiz.pk])

    def get_index_results_url(self):
        return reverse("quiz_results_results", args=[self.quiz.pk])

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("quiz_results_index"), "label": _("Kết quả câu đố")},
            {"url": "", "label": self.quiz.title},
        ]

    def get_queryset(self):
        items = self.results["items"]
        for item in items:
            item.kind_label = KIND_LABELS.get(item.kind, item.kind)
            # A number in the export (a spreadsheet sorts it); None while not computable.
            item.discrimination_rounded = (
                None if item.discrimination is None else round(item.discrimination, 2)
            )
        return items

    def get_filename(self):
        return f"ket-qua-{self.quiz.slug}-{self.quiz.pk}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["quiz"] = self.quiz
        context["summary"] = self.results
        return context
