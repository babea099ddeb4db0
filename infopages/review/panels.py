from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList, Panel, TabbedInterface

from .models import StakeholderReviewTask
from .queries import review_record
from .voting import approvals_so_far, still_needed_for


class ReviewRecordPanel(Panel):
    """Who reviewed each version of this page, when, and what they decided."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "review/panels/review_record.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            if not page.pk:
                return context
            state = page.current_workflow_task_state
            task = state.task.specific if state else None
            at_stakeholder_step = isinstance(task, StakeholderReviewTask)
            context.update(
                {
                    "page": page,
                    "state": state,
                    "task": task,
                    "at_stakeholder_step": at_stakeholder_step,
                    "approvals": approvals_so_far(state) if at_stakeholder_step else None,
                    "still_needed": still_needed_for(state, task) if at_stakeholder_step else None,
                    "votes": review_record(page),
                    "invitations": (state.review_invitations.all() if at_stakeholder_step else []),
                }
            )
            return context


def tabs_with_review_record(page_class):
    """The page's usual editor tabs, and a tab with its co-production review record."""
    tabs = [
        ObjectList(page_class.content_panels, heading=_("Content")),
        ObjectList(page_class.promote_panels, heading=_("Promote")),
    ]
    if page_class.settings_panels:
        tabs.append(ObjectList(page_class.settings_panels, heading=_("Settings")))
    tabs.append(ObjectList([ReviewRecordPanel(heading=_("Review"))], heading=_("Co-production")))
    return TabbedInterface(tabs)
