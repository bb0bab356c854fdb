"""The code page, enrolment and recovery codes; one set for the admin, one for the portal."""

import math
from base64 import b32encode

import segno
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_login_failed
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import devices_for_user
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from core.security import security_log
from core.two_factor import policy
from core.two_factor.forms import CodeForm, EnrolForm
from core.two_factor.middleware import two_factor_url

APP_DEVICE_NAME = "Ứng dụng xác thực"
# ?thay=1 on the enrolment page: a signed-in user moves to a new phone (the old one stops working).
REPLACE_PARAM = "thay"
LAYOUTS = {
    "admin": {
        "layout": "two_factor/admin_layout.html",
        "field_template": "two_factor/admin_field.html",
        "login": "wagtailadmin_login",
        "logout": "wagtailadmin_logout",
        "home": "wagtailadmin_home",
    },
    "portal": {
        "layout": "two_factor/portal_layout.html",
        "field_template": "two_factor/portal_field.html",
        "login": "portal:login",
        "logout": "portal:logout",
        "home": "portal:home",
    },
}


def verify_code(user, code: str):
    """``(device, wait)``: the confirmed device that accepts ``code`` (a recovery code is then
    used up) or None, and if none did, the seconds to wait before the device takes codes again.

    Six digits go to the authenticator app, anything else to the recovery codes: each device
    counts its own failures and only sees the codes meant for it. django-otp makes a device wait
    1, 2, 4, 8… seconds after successive failures, and signing in again with the password does
    not reset that count (axes' count is reset by a successful password login)."""
    is_app_code = len(code) == 6 and code.isdigit()
    wait = 0
    with transaction.atomic():
        for device in devices_for_user(user, confirmed=True, for_verify=True):
            if isinstance(device, TOTPDevice) != is_app_code:
                continue
            allowed, data = device.verify_is_allowed()
            if not allowed:
                until = (data or {}).get("locked_until")
                if until is not None:
                    wait = max(wait, math.ceil((until - timezone.now()).total_seconds()))
                continue
            if device.verify_token(code):
                return device, 0
    return None, wait


def qr_svg(text: str) -> str:
    """The QR code as inline SVG: no request to another host, no inline style."""
    return segno.make(text, error="m").svg_inline(scale=4, dark="#000", light="#fff", border=4)


@method_decorator(never_cache, name="dispatch")
@method_decorator(sensitive_post_parameters("code"), name="dispatch")
class TwoFactorView(View):
    area = "admin"
    template_name = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse(LAYOUTS[self.area]["login"]))
        return super().dispatch(request, *args, **kwargs)

    def next_url(self) -> str:
        candidate = self.request.POST.get("next") or self.request.GET.get("next") or ""
        if candidate and url_has_allowed_host_and_scheme(
            candidate,
            allowed_hosts={self.request.get_host()},
            require_https=self.request.is_secure(),
        ):
            return candidate
        return reverse(LAYOUTS[self.area]["home"])

    def url(self, name: str) -> str:
        return two_factor_url(self.area, name, self.next_url())

    def is_verified(self) -> bool:
        return self.request.user.is_verified()

    def render(self, context=None, status=200):
        layout = LAYOUTS[self.area]
        return TemplateResponse(
            self.request,
            self.template_name,
            {
                **layout,
                "area": self.area,
                "next": self.next_url(),
                "logout_url": reverse(layout["logout"]),
                **(context or {}),
            },
            status=status,
        )


class VerifyView(TwoFactorView):
    """The code page ("Nhập mã xác thực"): a code of the authenticator app or a recovery code."""

    template_name = "two_factor/verify.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            if self.is_verified():
                return redirect(self.next_url())
            if not policy.has_device(request.user):
                # The device was removed (a lost phone): enrol again, or no code at all.
                if policy.store_state(request.session, request.user) == policy.MUST_ENROL:
                    return redirect(self.url("enrol"))
                return redirect(self.next_url())
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return self.render({"form": CodeForm()})

    def post(self, request):
        user = request.user
        credentials = {settings.AXES_USERNAME_FORM_FIELD: user.get_username()}
        if settings.AXES_ENABLED and not AxesProxyHandler.is_allowed(request, credentials):
            return self.lock_out(credentials)
        form = CodeForm(request.POST)
        device, wait = (
            verify_code(user, form.cleaned_data["code"]) if form.is_valid() else (None, 0)
        )
        if device is not None:
            request.session.cycle_key()
            otp_login(request, device)
            security_log.info("otp_verified user=%s", user.pk)
            if isinstance(device, StaticDevice):
                left = device.token_set.count()
                messages.warning(
                    request,
                    _(
                        "Bạn vừa dùng một mã dự phòng; còn %(left)s mã. Mã đã dùng không dùng "
                        "lại được. Nếu mất điện thoại, hãy báo quản trị viên để thiết lập lại."
                    )
                    % {"left": left},
                )
            return redirect(self.next_url())
        # A wrong code is a failed login: axes counts it like a wrong password.
        security_log.warning("otp_failed user=%s", user.pk)
        user_login_failed.send(sender=__name__, credentials=credentials, request=request)
        if getattr(request, "axes_locked_out", False):
            return self.lock_out(credentials)
        if form.is_valid() and wait > 0:
            form.add_error(
                "code",
                _("Bạn đã nhập sai nhiều lần. Hãy đợi %(seconds)s giây rồi nhập mã mới.")
                % {"seconds": wait},
            )
        elif form.is_valid():
            form.add_error(
                "code",
                _(
                    "Mã không đúng hoặc đã hết hạn. Hãy đợi mã mới hiện trong ứng dụng rồi "
                    "nhập lại."
                ),
            )
        return self.render({"form": form}, status=200)

    def lock_out(self, credentials):
        request = self.request
        security_log.warning("otp_locked_out user=%s", request.user.pk)
        # Signed out: after the cool-off, the password is asked again, then the code.
        logout(request)
        request.axes_locked_out = True
        request.axes_credentials = credentials
        return get_lockout_response(request, None, credentials)


class EnrolView(TwoFactorView):
    """Enrolment ("Thiết lập xác thực hai bước"): scan the secret, confirm it with a first code.

    An enrolled user reaches it only after giving a code in this session (the app's or a
    recovery code), and then only to move to a new phone: confirming it removes the old one."""

    template_name = "two_factor/enrol.html"

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if user.is_authenticated and policy.has_device(user):
            if not self.is_verified():
                return redirect(self.url("verify"))
            if REPLACE_PARAM not in request.GET and policy.has_app(user):
                return redirect(self.url("recovery"))
        return super().dispatch(request, *args, **kwargs)

    def pending_device(self) -> TOTPDevice:
        user = self.request.user
        device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
        if device is None:
            device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
        return device

    def render_device(self, device, form, status=200):
        secret = b32encode(device.bin_key).decode("ascii")
        return self.render(
            {
                "form": form,
                "qr_svg": qr_svg(device.config_url),
                "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
                "required": policy.is_required(self.request.user),
                "replacing": policy.has_app(self.request.user),
            },
            status=status,
        )

    def get(self, request):
        return self.render_device(self.pending_device(), EnrolForm())

    def post(self, request):
        device = self.pending_device()
        form = EnrolForm(request.POST)
        if form.is_valid():
            with transaction.atomic():
                verified = device.verify_token(form.cleaned_data["code"])
                if verified:
                    device.confirmed = True
                    device.save(update_fields=["confirmed"])
                    # The old phone (if any) and abandoned secrets stop working.
                    TOTPDevice.objects.filter(user=request.user).exclude(pk=device.pk).delete()
                    codes = policy.new_recovery_codes(request.user)
            if verified:
                request.session.cycle_key()
                otp_login(request, device)
                policy.store_state(request.session, request.user)
                request.session[policy.CODES_SESSION_KEY] = codes
                security_log.info("otp_enrolled user=%s", request.user.pk)
                return redirect(self.url("recovery"))
            form.add_error(
                "code",
                _(
                    "Mã không đúng. Kiểm tra giờ trên điện thoại (đặt tự động) rồi nhập mã "
                    "mới đang hiện trong ứng dụng."
                ),
            )
        return self.render_device(device, form)


class RecoveryCodesView(TwoFactorView):
    """New recovery codes, shown once; and a button for a fresh set (the old ones stop working)."""

    template_name = "two_factor/recovery_codes.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not self.is_verified():
            name = "verify" if policy.has_device(request.user) else "enrol"
            return redirect(self.url(name))
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        codes = request.session.pop(policy.CODES_SESSION_KEY, None)
        left = sum(
            device.token_set.count()
            for device in StaticDevice.objects.filter(user=request.user, confirmed=True)
        )
        return self.render(
            {
                "codes": codes,
                "left": left,
                "replace_url": f"{reverse(f'two_factor_{self.area}:enrol')}?"
                + urlencode({REPLACE_PARAM: 1, "next": self.next_url()}),
            }
        )

    def post(self, request):
        codes = policy.new_recovery_codes(request.user)
        request.session[policy.CODES_SESSION_KEY] = codes
        security_log.info("otp_recovery_codes_renewed user=%s", request.user.pk)
        return redirect(self.url("recovery"))


class AdminVerifyView(VerifyView):
    area = "admin"


class AdminEnrolView(EnrolView):
    area = "admin"


class AdminRecoveryCodesView(RecoveryCodesView):
    area = "admin"


class PortalVerifyView(VerifyView):
    area = "portal"


class PortalEnrolView(EnrolView):
    area = "portal"


class PortalRecoveryCodesView(RecoveryCodesView):
    area = "portal"
