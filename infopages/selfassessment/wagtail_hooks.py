from datetime import timedelta

from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permissions import register_permission_policy

from .admin_views import ACTIONS, ReferralPermissionPolicy, ReferralViewSet
from .models import Referral
from .models.counts import JourneyEvent, monthly_totals

MONTHS_SHOWN = 12

register_permission_policy(Referral, ReferralPermissionPolicy(Referral), exact_class=True)


class SelfAssessmentCountsPanel(Component):
    """Counts without identity, for everyone who reaches the dashboard: the
    stakeholder group reviews how the self-assessment is used."""

    name = "self_assessment_counts"
    template_name = "selfassessment/admin/dashboard_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        since = timezone.localdate().replace(day=1) - timedelta(days=31 * (MONTHS_SHOWN - 1))
        months = monthly_totals(since.replace(day=1))
        return {
            "headings": JourneyEvent.labels,
            "months": [
                (month, [totals[event] for event in JourneyEvent.values])
                for month, totals in months
            ],
        }


@hooks.register("construct_homepage_panels")
def show_self_assessment_counts(request, panels):
    panels.append(SelfAssessmentCountsPanel())


@hooks.register("register_admin_viewset")
def register_referral_queue():
    return ReferralViewSet()


@hooks.register("register_log_actions")
def register_referral_actions(actions):
    for action, description in ACTIONS:
        actions.register_action(action, description, description)
