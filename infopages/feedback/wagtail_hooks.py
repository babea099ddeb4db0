from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from council_site.core.admin_reports import PermissionMenuItem, report_urls

from .admin_views import VIEW_FEEDBACK, PageFeedbackListView, PageFeedbackSummaryView


@hooks.register("register_admin_urls")
def register_feedback_urls():
    return [
        *report_urls("reports/page-feedback/", PageFeedbackSummaryView, "page_feedback_summary"),
        *report_urls(
            "reports/page-feedback/<int:page_id>/", PageFeedbackListView, "page_feedback_for_page"
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_feedback_report_menu_item():
    return PermissionMenuItem(
        _("Is this page useful?"),
        reverse("page_feedback_summary"),
        icon_name="help",
        order=700,
        permission=VIEW_FEEDBACK,
    )
