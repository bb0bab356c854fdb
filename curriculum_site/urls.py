from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core.security import public_media_serve
from core.two_factor import urls as two_factor_urls
from home import views as home_views
from lessons import views as lesson_views

urlpatterns = [
    # Two-factor sign-in pages, inside the areas they guard (core/two_factor).
    path("admin/2fa/", include(two_factor_urls.admin_patterns)),
    path("portal/2fa/", include(two_factor_urls.portal_patterns)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("ngon-ngu/<str:language>/", home_views.language_switch, name="language_switch"),
    path("healthz/", home_views.health, name="health"),
    path("search/", lesson_views.search, name="search"),
    path("quiz/", include("quizzes.urls")),
    path("portal/", include("delivery.urls")),
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
