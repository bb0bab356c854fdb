"""Staff API keys: hashed in the database, given as ``Authorization: Token <key>``."""

import hashlib
import secrets

from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.permissions import BasePermission

from completion.models import ApiKey
from schools.selectors import user_scope

KEYWORD = "Token"


def api_key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def api_key_create(*, user, name: str) -> tuple[ApiKey, str]:
    """A new key for a member of staff; the key itself is returned once, never stored."""
    if not user.is_active or not user_scope(user=user).is_officer:
        raise ValueError("API keys are for officers and superusers")
    key = secrets.token_urlsafe(32)
    record = ApiKey.objects.create(user=user, name=name, prefix=key[:8], key_hash=api_key_hash(key))
    return record, key


class ApiKeyAuthentication(BaseAuthentication):
    """``Authorization: Token <key>``: a staff key not revoked, of an active officer."""

    def authenticate(self, request):
        header = get_authorization_header(request).split()
        if not header or header[0].lower() != KEYWORD.lower().encode():
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed("Invalid token header.")
        try:
            key = header[1].decode()
        except UnicodeError as error:
            raise exceptions.AuthenticationFailed("Invalid token.") from error
        record = (
            ApiKey.objects.filter(key_hash=api_key_hash(key), revoked_at__isnull=True)
            .select_related("user")
            .first()
        )
        if record is None or not record.user.is_active:
            raise exceptions.AuthenticationFailed("Invalid token.")
        if not user_scope(user=record.user).is_officer:
            raise exceptions.AuthenticationFailed("Invalid token.")
        return record.user, record

    def authenticate_header(self, request):
        return KEYWORD


class IsStaffKey(BasePermission):
    def has_permission(self, request, view):
        return isinstance(request.auth, ApiKey)
