from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import PageFeedbackListView, PageFeedbackSummaryView, feedback_permission_policy


@hooks.register("register_admin_urls")
def register_feedback_urls():
    return [
        path(
            "reports/page-feedback/",
            PageFeedbackSummaryView.as_view(),
            name="page_feedback_summary",
        ),
        path(
            "reports/page-feedback/results/",
            PageFeedbackSummaryView.as_view(results_only=True),
            name="page_feedback_summary_results",
        ),
        path(
            "reports/page-feedback/<int:page_id>/",
            PageFeedbackListView.as_view(),
            name="page_feedback_for_page",
        ),
        path(
            "reports/page-feedback/<int:page_id>/results/",
            PageFeedbackListView.as_view(results_only=True),
            name="page_feedback_for_page_results",
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
