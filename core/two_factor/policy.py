"""Who must use a second factor, and where a signed-in user stands (kept in the session)."""

from django.conf import settings
from django.db import transaction
from django.utils.module_loading import import_string
from django_otp import devices_for_user, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

SESSION_KEY = "two_factor_state"
# Recovery codes just created, shown once and then removed from the session.
CODES_SESSION_KEY = "two_factor_new_codes"
NOTHING, MUST_ENROL, ENROLLED = "none", "enrol", "enrolled"
RECOVERY_CODE_COUNT = 10
RECOVERY_DEVICE_NAME = "Mã dự phòng"


def is_required(user) -> bool:
    """Superusers, and the users ``STAFF_2FA_POLICY`` names, when ``STAFF_2FA_REQUIRED`` is on."""
    if not settings.STAFF_2FA_REQUIRED or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    policy = getattr(settings, "STAFF_2FA_POLICY", "")
    return bool(policy) and bool(import_string(policy)(user=user))


def has_device(user) -> bool:
    """An authenticator app or recovery codes, confirmed."""
    return user_has_device(user, confirmed=True)


def has_app(user) -> bool:
    """A confirmed authenticator app (recovery codes aside)."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def compute_state(user) -> str:
    if has_device(user):
        return ENROLLED
    if is_required(user):
        return MUST_ENROL
    return NOTHING


def store_state(session, user) -> str:
    state = compute_state(user)
    # With the setting it was computed under: turning the requirement on takes effect at once.
    session[SESSION_KEY] = [state, bool(settings.STAFF_2FA_REQUIRED)]
    return state


def session_state(request) -> str:
    """The user's state, computed at login (no query on later requests)."""
    stored = request.session.get(SESSION_KEY)
    if (
        isinstance(stored, list)
        and len(stored) == 2
        and stored[0] in (NOTHING, MUST_ENROL, ENROLLED)
        and stored[1] == bool(settings.STAFF_2FA_REQUIRED)
    ):
        return stored[0]
    return store_state(request.session, request.user)


def format_code(token: str) -> str:
    return f"{token[:4]}-{token[4:]}"


def normalise_code(code: str) -> str:
    return "".join(code.split()).replace("-", "").lower()


def new_recovery_codes(user) -> list[str]:
    """Replaces the user's recovery codes with ``RECOVERY_CODE_COUNT`` new ones."""
    with transaction.atomic():
        StaticDevice.objects.filter(user=user).delete()
        device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
        tokens = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
        StaticToken.objects.bulk_create(StaticToken(device=device, token=t) for t in tokens)
    return [format_code(t) for t in tokens]


def remove_devices(user) -> int:
    """Removes every second-factor device of the user (a lost phone); returns how many."""
    removed = 0
    with transaction.atomic():
        for device in devices_for_user(user, confirmed=None):
            device.delete()
            removed += 1
    return removed
