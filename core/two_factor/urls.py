"""Included at admin/2fa/ and portal/2fa/ (curriculum_site/urls.py), before those areas."""

from django.urls import path

from core.two_factor import views

admin_patterns = (
    [
        path("ma/", views.AdminVerifyView.as_view(), name="verify"),
        path("thiet-lap/", views.AdminEnrolView.as_view(), name="enrol"),
        path("ma-du-phong/", views.AdminRecoveryCodesView.as_view(), name="recovery"),
    ],
    "two_factor_admin",
)
portal_patterns = (
    [
        path("ma/", views.PortalVerifyView.as_view(), name="verify"),
        path("thiet-lap/", views.PortalEnrolView.as_view(), name="enrol"),
        path("ma-du-phong/", views.PortalRecoveryCodesView.as_view(), name="recovery"),
    ],
    "two_factor_portal",
)
