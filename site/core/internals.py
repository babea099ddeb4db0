"""Every private part of Django and Wagtail the site relies on, in one place.

The speed-ups read or fill caches that Django and Wagtail keep for themselves.
Each is reached only through a function here, and each has a test in
tests/council_site/core/test_internals.py, so an upgrade that changes one fails
that test instead of quietly slowing the site down or serving wrong pages.

- Django's HttpRequest._get_raw_host(): the host as sent, before ALLOWED_HOSTS is
  checked (the site cache is looked up before Django's own check runs).
- Wagtail's request._wagtail_site: where Site.find_for_request keeps the site it
  found, so the cached site is the one every later lookup gets.
- Treebeard's page._cached_parent_obj: where get_parent keeps the parent, so the
  pages routing walked are each page's parent without another query.
- Wagtail's TranslatableMixin.localized: the property the home page's cached
  version of the same property calls.
- Wagtail's workflow email receivers, by dispatch_uid: replaced by the outbox's."""

from wagtail.models import TaskState, TranslatableMixin, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted


def raw_host(request):
    return request._get_raw_host()


def remember_site(request, site):
    request._wagtail_site = site


def remember_parent(page, parent):
    page._cached_parent_obj = parent


def remembered_parent(page):
    """The parent get_parent would give without a query, or None."""
    return page.__dict__.get("_cached_parent_obj")


def wagtail_localized(obj):
    return TranslatableMixin.localized.fget(obj)


WAGTAIL_WORKFLOW_EMAIL_RECEIVERS = [
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification"),
    (workflow_submitted, WorkflowState, "workflow_state_submitted_email_notification"),
    (workflow_rejected, WorkflowState, "workflow_state_rejected_email_notification"),
    (workflow_approved, WorkflowState, "workflow_state_approved_email_notification"),
]


def disconnect_wagtail_workflow_emails():
    """Whether every one of Wagtail's workflow email receivers was found and removed."""
    removed = [
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        for signal, sender, dispatch_uid in WAGTAIL_WORKFLOW_EMAIL_RECEIVERS
    ]
    return all(removed)
