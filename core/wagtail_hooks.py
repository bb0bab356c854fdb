from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    # Enrolment, or (once enrolled) the recovery codes page: EnrolView sends them on.
    return {
        "url": reverse("two_factor_admin:enrol"),
        "label": _("Xác thực hai bước"),
        "help_text": _(
            "Đăng nhập bằng mật khẩu và một mã trên điện thoại; tạo bộ mã dự phòng mới."
        ),
    }
