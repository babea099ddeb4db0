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
- Wagtail's workflow email receivers, by dispatch_uid: replaced by the outbox's.
- Wagtail's SpreadsheetExportMixin.write_csv_row(view, writer, row_dict): the one
  method every row of every admin CSV goes through, replaced so that no cell is run
  as a formula (council_site.spreadsheets).
- django-csp's request._csp_nonce: the nonce, once a template has asked for one, so
  that a policy built once can take it and a page kept whole can have it replaced.
- django-csp's CSPMiddleware._csp_nonce_post_response: what request.csp_nonce
  becomes when no nonce was made before the header was written, so that asking for
  one afterwards is an error, as django-csp's own middleware makes it.
- django-csp's response attributes _csp_config, _csp_update, _csp_replace and
  _csp_exempt, set by its view decorators: such a response has a policy of its own.
- Django's RedisCacheClient._get_connection_pool(write) and ._client (the redis-py
  client class), and RedisCache._class (the cache client class it makes): one
  redis-py client is kept for each connection pool."""

from csp.middleware import CheckableLazyObject, CSPMiddleware
from wagtail.admin.views.mixins import SpreadsheetExportMixin
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


def replace_wagtail_csv_row_writer(write_row):
    """write_row(view, writer, row_dict) writes every row of every admin CSV."""
    SpreadsheetExportMixin.write_csv_row = write_row


def csp_nonce_made(request):
    """The nonce django-csp made for this request, or None when nothing asked for one."""
    nonce = getattr(request, "_csp_nonce", None)
    return nonce if isinstance(nonce, str) else None


def refuse_csp_nonce_from_now_on(request):
    request.csp_nonce = CheckableLazyObject(CSPMiddleware._csp_nonce_post_response)


CSP_OWN_POLICY_ATTRIBUTES = ("_csp_config", "_csp_update", "_csp_replace", "_csp_exempt")


def has_own_csp_policy(response):
    """Whether one of django-csp's view decorators gave this response its own policy."""
    return any(getattr(response, name, None) for name in CSP_OWN_POLICY_ATTRIBUTES)


def redis_connection_pool(cache_client, write):
    """The connection pool Django's Redis cache client keeps for reads or writes."""
    return cache_client._get_connection_pool(write)


def new_redis_client(cache_client, pool):
    return cache_client._client(connection_pool=pool)


def use_redis_cache_client(cache, client_class):
    cache._class = client_class
