from django.urls import path

from concerns import views

app_name = "concerns"

urlpatterns = [
    path("", views.report, name="report"),
    path("da-gui/", views.receipt, name="receipt"),
    path("tra-cuu/", views.status, name="status"),
    path("tra-cuu/bo-sung/", views.add_information, name="add_information"),
]
