from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from council_site.core.admin_reports import PermissionMenuItem, report_urls

from . import admin_views
from .models import PrintRun

DASHBOARD_RUNS = 5


@hooks.register("register_admin_urls")
def register_print_edition_urls():
    downloads = [path("<int:edition_id>/download/", admin_views.download, name="download")]
    return [
        *report_urls("print-editions/", admin_views.PrintEditionsView, "print_editions"),
        path(
            "print-editions/editions/",
            include((downloads, "print_editions_admin"), namespace="print_editions_admin"),
        ),
        *report_urls(
            "reports/hard-copies-out-of-date/",
            admin_views.OutOfDateHardCopiesView,
            "out_of_date_hard_copies",
        ),
    ]


@hooks.register("register_admin_menu_item")
def print_editions_menu_item():
    return PermissionMenuItem(
        _("Print editions"),
        reverse("print_editions"),
        icon_name="doc-full",
        order=300,
        permission=admin_views.DOWNLOAD_PERMISSION,
    )


@hooks.register("register_reports_menu_item")
def out_of_date_hard_copies_menu_item():
    return PermissionMenuItem(
        _("Hard copies out of date"),
        reverse("out_of_date_hard_copies"),
        icon_name="warning",
        order=740,
        permission="print_editions.view_printrun",
    )


@hooks.register("register_admin_viewset")
def register_print_runs():
    return admin_views.PrintRunViewSet()


class OutOfDateHardCopiesPanel(Component):
    name = "out_of_date_hard_copies"
    template_name = "print_editions/dashboard_panel.html"
    order = 60

    def __init__(self, runs):
        self.runs = runs

    def get_context_data(self, parent_context):
        return {"runs": self.runs[:DASHBOARD_RUNS], "count": len(self.runs)}


@hooks.register("construct_homepage_panels")
def show_out_of_date_hard_copies(request, panels):
    if not request.user.has_perm("print_editions.view_printrun"):
        return
    runs = list(PrintRun.objects.out_of_date().select_related("edition__page", "edition__locale"))
    if runs:
        panels.append(OutOfDateHardCopiesPanel(runs))
