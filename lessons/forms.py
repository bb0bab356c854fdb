from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class LessonPageForm(WagtailAdminPageForm):
    """A lesson's grades must lie within the grades of the age bands chosen for it (bands whose
    "Lớp 1–5" text names grades; "Không theo lớp" sets no bound)."""

    def clean(self):
        cleaned_data = super().clean()
        low, high = cleaned_data.get("grade_min"), cleaned_data.get("grade_max")
        bands = cleaned_data.get("age_bands")
        if low is None or high is None or not bands:
            return cleaned_data
        ranges = [band.grade_range for band in bands]
        if not all(ranges):
            return cleaned_data
        band_low, band_high = min(r[0] for r in ranges), max(r[1] for r in ranges)
        if low < band_low or high > band_high:
            self.add_error(
                "grade_max" if high > band_high else "grade_min",
                ValidationError(
                    _("Các lớp phải nằm trong cấp học đã chọn (lớp %(low)s–%(high)s).")
                    % {"low": band_low, "high": band_high}
                ),
            )
        return cleaned_data
