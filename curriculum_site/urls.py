from pathlib import Path

from django.conf import settings
from django.http import Http404
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core.two_factor import urls as two_factor_urls
from home import views as home_views
from lessons import views as lesson_views
from schools import site_history

# The only folders of MEDIA_ROOT served without a permission check: Wagtail's images.
# Documents and evidence go through views that check who asks.
PUBLIC_MEDIA_FOLDERS = ("images", "original_images")


def public_media_serve(request, path):
    """Serves a file of ``MEDIA_ROOT/images`` or ``MEDIA_ROOT/original_images``, nothing else.

    The path is resolved on disk (``..``, however encoded, and symlinks) before it is checked,
    so no spelling of a path reaches documents, evidence or anything outside MEDIA_ROOT."""
    if "\\" in path or "\x00" in path:
        raise Http404
    root = Path(settings.MEDIA_ROOT).resolve()
    try:
        real = (root / path).resolve(strict=True)
    except (OSError, RuntimeError, ValueError):
        raise Http404 from None
    if not real.is_file() or not any(
        real.is_relative_to(root / folder) for folder in PUBLIC_MEDIA_FOLDERS
    ):
        raise Http404
    return serve(request, real.relative_to(root).as_posix(), document_root=root)


urlpatterns = [
    # Two-factor sign-in pages, inside the areas they guard (core/two_factor).
    path("admin/2fa/", include(two_factor_urls.admin_patterns)),
    path("portal/2fa/", include(two_factor_urls.portal_patterns)),
    # Wagtail's site history, refused to officers (schools/site_history.py): before "admin/".
    path("admin/reports/site-history/", include(site_history)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("ngon-ngu/<str:language>/", home_views.language_switch, name="language_switch"),
    path("healthz/", home_views.health, name="health"),
    path("readyz/", home_views.ready, name="ready"),
    path("search/", lesson_views.search, name="search"),
    path("quiz/", include("quizzes.urls")),
    # A school counsellor's reports of concern, in the teacher portal (concerns/portal_views.py).
    path("portal/lo-ngai/", include("concerns.portal_urls")),
    path("portal/", include("delivery.urls")),
    # The open data API of completion figures (completion/api/).
    path("api/v1/", include("completion.api_urls")),
    path("bao-cao/", include("concerns.urls")),
]

if settings.SERVE_MEDIA:
    # Images only: documents go through Wagtail's serve view, which checks privacy. The view
    # resolves the real path and serves it only inside images/ or original_images/.
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", public_media_serve),
    ]

urlpatterns += [
    path("", include(wagtail_urls)),
]
