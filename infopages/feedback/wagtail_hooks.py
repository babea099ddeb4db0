from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from home.admin_urls import report_urls

from .admin_views import PageFeedbackListView, PageFeedbackSummaryView, feedback_permission_policy


@hooks.register("register_admin_urls")
def register_feedback_urls():
    return [
        *report_urls("reports/page-feedback/", PageFeedbackSummaryView, "page_feedback_summary"),
        *report_urls(
            "reports/page-feedback/<int:page_id>/", PageFeedbackListView, "page_feedback_for_page"
        ),
    ]


class FeedbackMenuItem(MenuItem):
    def is_shown(self, request):
        return feedback_permission_policy.user_has_permission(request.user, "view")


@hooks.register("register_reports_menu_item")
def register_feedback_report_menu_item():
    return FeedbackMenuItem(
        _("Is this page useful?"), reverse("page_feedback_summary"), icon_name="help", order=700
    )
