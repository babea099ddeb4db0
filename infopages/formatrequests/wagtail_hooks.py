from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permissions import register_permission_policy

from council_site.core.admin_reports import PermissionMenuItem

from .admin_views import (
    ACTIONS,
    VIEW_PERMISSION,
    FormatRequestPermissionPolicy,
    FormatRequestViewSet,
)
from .models import FormatRequest

register_permission_policy(
    FormatRequest, FormatRequestPermissionPolicy(FormatRequest), exact_class=True
)


class OverdueFormatRequestsPanel(Component):
    """A count, nobody named, for those who work the queue."""

    name = "overdue_format_requests"
    template_name = "formatrequests/admin/dashboard_panel.html"
    order = 140

    def get_context_data(self, parent_context):
        return {
            "overdue": FormatRequest.objects.overdue().count(),
            "open": FormatRequest.objects.open().count(),
            "queue_url": reverse("formatrequest_queue:index") + "?overdue=true",
        }


@hooks.register("construct_homepage_panels")
def show_overdue_format_requests(request, panels):
    if request.user.has_perm(VIEW_PERMISSION):
        panels.append(OverdueFormatRequestsPanel())


@hooks.register("register_reports_menu_item")
def register_demand_report_menu_item():
    return PermissionMenuItem(
        _("Format requests by format and language"),
        reverse("formatrequest_queue:demand"),
        icon_name="doc-full",
        order=750,
        permission=VIEW_PERMISSION,
    )


@hooks.register("register_admin_viewset")
def register_format_request_queue():
    return FormatRequestViewSet()


@hooks.register("register_log_actions")
def register_format_request_actions(actions):
    for action, description in ACTIONS:
        actions.register_action(action, description, description)
