"""Labels the Wagtail admin builds in English from field names, whatever the language
("Port", "Site name", "Root page" on the sites listing; "Page" in a workflow's pages and a
group's page permissions): given the fields' translated names instead."""

from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

SITE_COLUMNS = ("port", "site_name", "root_page")


def wagtail_admin_labels_translate() -> None:
    from wagtail.admin.forms.workflows import WorkflowPageForm
    from wagtail.models import Site
    from wagtail.sites.views import IndexView as SiteIndexView
    from wagtail.users.forms import PagePermissionsForm

    for column in SiteIndexView.columns:
        if column.name in SITE_COLUMNS:
            column.label = capfirst(Site._meta.get_field(column.name).verbose_name)
    for form in (WorkflowPageForm, PagePermissionsForm):
        form.base_fields["page"].label = _("Trang")
