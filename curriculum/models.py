from django.db import models
from django.utils.translation import gettext_lazy as _


class InstalledLesson(models.Model):
    """What ``load_curriculum`` installed from one lesson file: the pages it made, the hash of
    the file's content and the revisions it saved. A page whose latest revision is no longer
    the loader's has been changed by an editor: the loader leaves it alone."""

    slug = models.SlugField(_("mã bài học"), max_length=80, unique=True)
    page = models.OneToOneField(
        "lessons.LessonPage",
        verbose_name=_("bài học"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revision_id = models.PositiveBigIntegerField(_("phiên bản đã cài"), null=True)
    quiz = models.OneToOneField(
        "quizzes.QuizPage",
        verbose_name=_("câu đố"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    quiz_revision_id = models.PositiveBigIntegerField(_("phiên bản câu đố đã cài"), null=True)
    content_hash = models.CharField(_("mã băm nội dung"), max_length=64)
    installed_at = models.DateTimeField(_("cài lúc"), auto_now=True)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("bài học đã cài từ dữ liệu")
        verbose_name_plural = _("bài học đã cài từ dữ liệu")

    def __str__(self):
        return self.slug
