"""Settings shared by every environment: secure by default, configured by environment variables."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from core.email_url import email_url_parse

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "home",
    "lessons",
    "quizzes",
    "schools",
    "delivery",
    "curriculum",
    "completion",
    "concerns",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outermost after security: gzips anonymous public HTML only (no cookie, no CSRF token:
    # BREACH), once every middleware below, the page cache included, has answered.
    "core.compression.PublicGZipMiddleware",
    # A cached public page for a browser without a session cookie is answered here, with the
    # headers (CSP included) the middleware below gave it when it was stored: no session,
    # CSRF, auth, locale or policy work. The same middleware further down serves the others.
    "home.page_cache.PublicPageCacheMiddleware",
    # First on the way out: sees every cookie set below it. Not for public anonymous pages.
    "core.security.NoStoreMiddleware",
    "core.security.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Not LocaleMiddleware: Vietnamese unless the visitor chose English (core/locale.py).
    "core.locale.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "core.security.StaffIdleTimeoutMiddleware",
    # After the idle logout: an unverified second factor sends admin/portal users to it.
    "core.two_factor.middleware.TwoFactorMiddleware",
    "core.security.SecurityEventsMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Anonymous visitors who carry a session (a pupil after a quiz): after authentication.
    "home.page_cache.PublicPageCacheMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "curriculum_site.urls"
WSGI_APPLICATION = "curriculum_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite by default; PostgreSQL (or any dj-database-url URL) through DATABASE_URL.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers work beside a writer; IMMEDIATE transactions take the write lock up
    # front, so concurrent writers wait (up to the timeout) instead of failing as "locked".
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 30,
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Anonymous visitors' copies of public pages (home/page_cache.py); 0 turns the cache off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))

# Cache: local memory by default; Redis, shared by several app servers, when REDIS_URL is set.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "curriculum",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Counters every worker and app server must share (rate limits): Redis when there is one,
# otherwise a table in the database, created by `migrate` (core/counters.py).
CACHES["counters"] = (
    CACHES["default"]
    if REDIS_URL
    else {
        "BACKEND": "core.counters.CounterDatabaseCache",
        "LOCATION": "curriculum_counters",
        # Counters last a minute: entries outlive their window briefly, then are culled.
        "TIMEOUT": 120,
        "OPTIONS": {"MAX_ENTRIES": 50_000},
    }
)

# Background work (README "Background work"): tasks are rows in the database, run by
# `manage.py db_worker`. One queue, "default", which is what the worker serves by default:
# Wagtail's own tasks (reference index, image focal points, deleted files) use it too.
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
    }
}

# /readyz/ answers 503 once a task ready to run has waited longer than this (no worker running,
# or too few): home.views.ready.
READINESS_MAX_TASK_AGE_SECONDS = int(os.environ.get("READINESS_MAX_TASK_AGE_SECONDS", "300"))

# Reverse proxies in front of the app servers (nginx: 1). 0 = none: the client's address is
# REMOTE_ADDR and X-Forwarded-For is ignored. Set it only if the app servers cannot be reached
# except through those proxies (core/addresses.py).
TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "0"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "/portal/login/"  # front-end pages; the Wagtail admin has its own
AUTHENTICATION_BACKENDS = [
    # Throttles logins per account and per address, without a permanent lockout.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "home.views.locked_out"
AXES_VERBOSE = False
# No record of successful logins (address, user agent, username: axes_accesslog), no failure
# log beyond the attempts that count toward a lockout (axes_accessattempt). Those are deleted
# by axes once older than the cool-off, at the next login or failure (and daily by
# `manage.py axes_reset`, see README). Axes' log lines carry the path only.
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ACCESS_FAILURE_LOG = False
AXES_CLIENT_STR_CALLABLE = "core.security.axes_client_str"
# Failed logins are rows in the database (shared by every worker and app server), keyed by
# the client's address as core.addresses.client_ip sees it behind the trusted proxies.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_CLIENT_IP_CALLABLE = "core.addresses.client_ip"
# Responses under these paths are never stored by a browser or proxy (shared classroom
# computers), as are those of signed-in users and those that set a cookie.
NO_STORE_PATH_PREFIXES = ["/admin/", "/portal/", "/quiz/"]
# Staff (admin users) are logged out after this long without a request.
STAFF_IDLE_TIMEOUT_SECONDS = int(os.environ.get("STAFF_IDLE_TIMEOUT_SECONDS", str(30 * 60)))
SESSION_COOKIE_AGE = 60 * 60 * 12
# Two-factor sign-in (core/two_factor): a TOTP app plus one-time recovery codes. When on,
# superusers and whoever the policy names (officers) must use it; other staff may enrol.
# Off here and in dev/test; production.py turns it on unless DJANGO_STAFF_2FA_REQUIRED=0.
STAFF_2FA_REQUIRED = env_bool("DJANGO_STAFF_2FA_REQUIRED", False)
STAFF_2FA_POLICY = "schools.selectors.must_use_two_factor"
OTP_TOTP_ISSUER = "Sở GD&ĐT - An toàn trên mạng"  # the name shown in the authenticator app

# Rate limits on public forms (django-ratelimit), counted in the shared "counters" cache.
RATELIMIT_VIEW = "home.views.rate_limited"
RATELIMIT_USE_CACHE = "counters"
RATELIMIT_IP_META_KEY = "core.addresses.client_ip"

# Content-Security-Policy (django-csp): nothing from other hosts, no inline scripts.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Internationalisation: Vietnamese first, English available.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt")), ("en", _("English"))]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# First: corrections to Django's own Vietnamese messages (locale/overrides), then the project's.
LOCALE_PATHS = [BASE_DIR / "locale" / "overrides", BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

# Static and media files.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "core.static_storage.StaticFilesStorage"},
}
# Serves uploaded media from Django where no web server does (make run, dev).
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", False)

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Security: on unless an environment says otherwise (plain-HTTP local runs).
HTTPS = env_bool("DJANGO_HTTPS", True)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS and env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "31536000")) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"

# E-mail (core/mail.py): Django's backend only queues each message, once the transaction
# commits; the task worker (`manage.py db_worker`) delivers it through EMAIL_URL
# (core/email_url.py): smtp://user:password@host:587/?tls=1, smtp+ssl://user:password@host:465,
# console:// (unset: printed on the worker's output), locmem://, dummy://.
EMAIL_BACKEND = "core.mail.QueuedEmailBackend"
_email = email_url_parse(os.environ.get("EMAIL_URL") or "console://")
EMAIL_DELIVERY_BACKEND = _email["EMAIL_DELIVERY_BACKEND"]
EMAIL_HOST = _email["EMAIL_HOST"]
EMAIL_PORT = _email["EMAIL_PORT"]
EMAIL_HOST_USER = _email["EMAIL_HOST_USER"]
EMAIL_HOST_PASSWORD = _email["EMAIL_HOST_PASSWORD"]
EMAIL_USE_TLS = _email["EMAIL_USE_TLS"]
EMAIL_USE_SSL = _email["EMAIL_USE_SSL"]
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))  # seconds, per SMTP operation
DEFAULT_FROM_EMAIL = os.environ.get(
    "DJANGO_DEFAULT_FROM_EMAIL", "An toàn trên mạng <no-reply@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"security": {"format": "%(asctime)s security %(levelname)s %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "security": {"class": "logging.StreamHandler", "formatter": "security"},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
    "loggers": {
        "curriculum.security": {
            "handlers": ["security"],
            "level": os.environ.get("SECURITY_LOG_LEVEL", "INFO"),
            "propagate": False,
        },
        # Each completion reminder sent (ids only: period, step, school or area, recipient).
        "curriculum.reminders": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# Wagtail.
WAGTAIL_SITE_NAME = "An toàn trên mạng — Sở GD&ĐT"
# The address in the links of notification e-mails (the public site's address too).
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
# Plain text: the Vietnamese templates are core/templates/wagtailadmin/notifications/*.txt.
WAGTAILADMIN_NOTIFICATION_USE_HTML = False
WAGTAIL_I18N_ENABLED = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILSEARCH_BACKENDS = {
    # "simple": no English stemming or stop words ("an" is Vietnamese, not a stop word).
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"},
}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "pptx", "xlsx", "odt", "odp", "ods", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 8 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True


def require_secret_key(secret_key: str) -> str:
    if not secret_key:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Set it to a long random value before starting."
        )
    return secret_key


# Quizzes: how long a class's join code stays valid.
QUIZ_RUN_HOURS = int(os.environ.get("QUIZ_RUN_HOURS", "12"))
# Children's quiz attempts and run nicknames are deleted after this many days (purge_attempts).
QUIZ_ATTEMPT_RETENTION_DAYS = int(os.environ.get("QUIZ_ATTEMPT_RETENTION_DAYS", "180"))
# Reports of concern: free text and contact details are stripped this long after closing.
CONCERN_RETENTION_DAYS = int(os.environ.get("CONCERN_RETENTION_DAYS", "730"))
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no requests to a third party for avatars
WAGTAILDOCS_DOCUMENT_FORM_BASE = "home.forms.CheckedDocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.forms.CheckedImageForm"
