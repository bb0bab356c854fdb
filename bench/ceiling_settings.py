"""The true ceiling of bench/pages.py: a trivial view behind Django's default middleware only.

Served by gunicorn exactly as the site is (same worker count), so its req/s is what Python,
Django and gunicorn can do on this machine before any code of ours runs:

    DJANGO_SETTINGS_MODULE=ceiling_settings python -m gunicorn --pythonpath bench ceiling_urls
"""

SECRET_KEY = "bench-ceiling-only"  # noqa: S105 - serves one constant page on 127.0.0.1
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "ceiling_urls"
USE_TZ = True

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
]
# `django-admin startproject`'s list.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
# Never opened: the view reads no session, user or table.
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
