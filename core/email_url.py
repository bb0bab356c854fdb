"""EMAIL_URL: where the worker delivers e-mail, as one URL (read by the settings).

    smtp://user:password@host:587/?tls=1   SMTP with STARTTLS (smtp+tls://host also says so)
    smtp+ssl://user:password@host:465      SMTP over TLS from the first byte (also smtps://)
    smtp://host:25                         plain SMTP, e.g. a relay on the local network
    console://                             printed on the worker's output (the default)
    locmem://   dummy://                   kept in memory (tests) / thrown away

User and password are percent-encoded when they hold ``@ : / ? #`` (``p%40ss``). Errors name
the part that is wrong, never the URL itself: it may hold a password.

Imported by the settings, so it imports nothing of Django but the exception.
"""

from urllib.parse import parse_qsl, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
BACKENDS = {
    "console": "django.core.mail.backends.console.EmailBackend",
    "locmem": "django.core.mail.backends.locmem.EmailBackend",
    "dummy": "django.core.mail.backends.dummy.EmailBackend",
}
# scheme: (TLS, SSL)
SMTP_SCHEMES = {
    "smtp": (False, False),
    "smtp+tls": (True, False),
    "smtp+ssl": (False, True),
    "smtps": (False, True),
}
TRUE = {"1", "true", "yes", "on"}
FALSE = {"0", "false", "no", "off", ""}


def _flag(name: str, value: str) -> bool:
    if value.strip().lower() in TRUE:
        return True
    if value.strip().lower() in FALSE:
        return False
    raise ImproperlyConfigured(f"EMAIL_URL: ?{name}= takes 1 or 0 (yes/no), not another value.")


def email_url_parse(url: str) -> dict:
    """The Django e-mail settings EMAIL_URL stands for, keyed by setting name.

    EMAIL_DELIVERY_BACKEND is the backend that sends (core/mail.py): EMAIL_BACKEND itself
    only queues."""
    settings = {
        "EMAIL_DELIVERY_BACKEND": "",
        "EMAIL_HOST": "localhost",
        "EMAIL_PORT": 25,
        "EMAIL_HOST_USER": "",
        "EMAIL_HOST_PASSWORD": "",
        "EMAIL_USE_TLS": False,
        "EMAIL_USE_SSL": False,
    }
    url = (url or "").strip()
    scheme = url.partition(":")[0].lower() if ":" in url else ""
    if scheme in BACKENDS:
        settings["EMAIL_DELIVERY_BACKEND"] = BACKENDS[scheme]
        return settings
    if scheme not in SMTP_SCHEMES:
        known = ", ".join(f"{name}://" for name in [*SMTP_SCHEMES, *BACKENDS])
        shown = f"“{scheme}://”" if scheme.isascii() and scheme.replace("+", "").isalnum() else ""
        raise ImproperlyConfigured(
            f"EMAIL_URL: unknown kind of address {shown}(expected one of {known})."
        )

    parts = urlsplit(url)
    use_tls, use_ssl = SMTP_SCHEMES[scheme]
    if not parts.hostname:
        raise ImproperlyConfigured(f"EMAIL_URL: {scheme}:// needs a host (smtp://host:587/).")
    try:
        port = parts.port
    except ValueError:
        raise ImproperlyConfigured("EMAIL_URL: the port is not a number from 1 to 65535.") from None
    if parts.path not in ("", "/") or parts.fragment:
        raise ImproperlyConfigured("EMAIL_URL: an SMTP address has no path (smtp://host:587/).")
    try:
        query = parse_qsl(parts.query, keep_blank_values=True, strict_parsing=bool(parts.query))
    except ValueError:
        raise ImproperlyConfigured("EMAIL_URL: the query string is not name=value.") from None
    for name, value in query:
        if name == "tls":
            use_tls = _flag(name, value)
        elif name == "ssl":
            use_ssl = _flag(name, value)
        else:
            raise ImproperlyConfigured("EMAIL_URL: only ?tls= and ?ssl= are understood.")
    if use_tls and use_ssl:
        raise ImproperlyConfigured(
            "EMAIL_URL: TLS (STARTTLS, port 587) and SSL (port 465) exclude each other."
        )

    settings.update(
        EMAIL_DELIVERY_BACKEND=SMTP_BACKEND,
        EMAIL_HOST=parts.hostname,
        EMAIL_PORT=port or (465 if use_ssl else 587 if use_tls else 25),
        EMAIL_HOST_USER=unquote(parts.username or ""),
        EMAIL_HOST_PASSWORD=unquote(parts.password or ""),
        EMAIL_USE_TLS=use_tls,
        EMAIL_USE_SSL=use_ssl,
    )
    return settings
