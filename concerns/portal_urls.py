from django.urls import path

from concerns import portal_views

app_name = "concern_portal"

urlpatterns = [
    path("", portal_views.concern_list, name="list"),
    path("<int:pk>/", portal_views.concern_detail, name="detail"),
]
