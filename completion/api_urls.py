"""The open data API, version 1 (completion/api/), included under /api/v1/."""

from django.urls import path

from completion.api import views as api

urlpatterns = [
    path("", api.RootApi.as_view(), name="api_v1_root"),
    path("schema/", api.SchemaApi.as_view(), name="api_v1_schema"),
    path("periods/", api.PeriodListApi.as_view(), name="api_v1_periods"),
    path("periods/<int:period_id>/figures/", api.FiguresApi.as_view(), name="api_v1_figures"),
    path("periods/<int:period_id>/schools/", api.SchoolsApi.as_view(), name="api_v1_schools"),
]
