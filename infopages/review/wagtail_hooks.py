from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from council_site.core.admin_reports import PermissionMenuItem, report_urls

from . import admin_views, views
from .access import is_reviewer_only
from .models import StakeholderReviewTask
from .queries import drafts_waiting_for

admin_urlpatterns = [
    path("<int:task_state_id>/", views.decide, name="decide"),
    path("invite/<int:page_id>/", views.invite, name="invite"),
    path("invitations/<int:invitation_id>/revoke/", views.revoke, name="revoke"),
]


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path("review/", include((admin_urlpatterns, "review"), namespace="review")),
        *report_urls("reports/review-schedule/", admin_views.ReviewScheduleView, "review_schedule"),
        *report_urls(
            "reports/involvement/", admin_views.InvolvementRecordView, "involvement_record"
        ),
    ]


@hooks.register("register_reports_menu_item")
def review_schedule_menu_item():
    return PermissionMenuItem(
        _("Pages due for review"),
        reverse("review_schedule"),
        icon_name="time",
        order=710,
        permission="review.view_review_schedule",
    )


@hooks.register("register_reports_menu_item")
def involvement_menu_item():
    return PermissionMenuItem(
        _("Involvement record"),
        reverse("involvement_record"),
        icon_name="group",
        order=720,
        permission="review.view_involvement_record",
    )


class DraftsWaitingForReviewPanel(Component):
    name = "drafts_waiting_for_review"
    template_name = "review/dashboard_panel.html"
    order = 50

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        return {"drafts": drafts_waiting_for(self.user)}


@hooks.register("construct_homepage_panels")
def show_stakeholder_reviewers_their_drafts(request, panels):
    is_stakeholder_reviewer = StakeholderReviewTask.objects.filter(
        active=True, group__user=request.user
    ).exists()
    if not is_stakeholder_reviewer:
        return
    # The plain-language list replaces Wagtail's technical moderation panel.
    panels[:] = [panel for panel in panels if panel.name != "workflow_objects_to_moderate"]
    panels.append(DraftsWaitingForReviewPanel(request.user))


@hooks.register("construct_main_menu")
def show_reviewers_only_their_own_menu(request, menu_items):
    # Reports would lead a stakeholder reviewer only to pages they cannot open.
    if is_reviewer_only(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "reports"]
