"""The audit log: sign-ins, failed sign-ins, permission refusals and every access
to personal data. Lines name accounts by their number only, never by name, email
or address, so the log itself holds no personal data."""

import logging

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

logger = logging.getLogger("council_site.audit")


def account(user):
    return f"user={user.pk}" if user is not None and user.is_authenticated else "user=anonymous"


def log_signed_in(sender, request, user, **kwargs):
    logger.info("sign-in %s", account(user))


def log_signed_out(sender, request, user, **kwargs):
    logger.info("sign-out %s", account(user))


def log_failed_sign_in(sender, credentials, request=None, **kwargs):
    username = credentials.get("username") or ""
    known = get_user_model().objects.filter(username=username).values_list("pk", flat=True).first()
    logger.warning("failed sign-in %s", f"user={known}" if known else "unknown account")


user_logged_in.connect(log_signed_in, dispatch_uid="audit_sign_in")
user_logged_out.connect(log_signed_out, dispatch_uid="audit_sign_out")
user_login_failed.connect(log_failed_sign_in, dispatch_uid="audit_failed_sign_in")


def log_personal_data_access(request, what, records=1):
    """Call from every view that shows or exports personal data (sign-ups, survey
    answers): `what` names the kind of data, never the person."""
    logger.info(
        "personal data access %s what=%s records=%s path=%s",
        account(request.user),
        what,
        records,
        request.path,
    )


def log_record_access(request, what, records, action):
    """One entry in Wagtail's audit log for each record seen, exported or erased,
    written in one query however many there are, labelled by the record's kind and
    number only; and one line in the server's log that names no one."""
    records = list(records)
    log_personal_data_access(request, what, len(records))
    if not records:
        return
    model = type(records[0])
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    ModelLogEntry.objects.bulk_create(
        ModelLogEntry(
            content_type=content_type,
            object_id=str(record.pk),
            label=record_label(model, record.pk),
            action=action,
            user=request.user,
            timestamp=now,
            data={},
        )
        for record in records
    )


def record_label(model, pk):
    return f"{model._meta.verbose_name} {pk}"


def entries_about(record):
    return ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(type(record)), object_id=str(record.pk)
    ).order_by("timestamp")


def is_refusal(request, response):
    """A 403, or Wagtail's way of refusing to show a page: back to the dashboard
    (which is also where the sign-in page sends someone already signed in)."""
    if response.status_code == 403:
        return True
    return (
        request.method == "GET"
        and response.status_code == 302
        and request.user.is_authenticated
        and response.get("Location") == reverse("wagtailadmin_home")
        and request.resolver_match is not None
        and request.resolver_match.url_name not in ("wagtailadmin_home", "wagtailadmin_login")
    )


class PermissionRefusalLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_refusal(request, response):
            logger.warning(
                "permission refused %s %s %s", account(request.user), request.method, request.path
            )
        return response


RESET_TWO_FACTOR = "accounts.reset_two_factor"
SET_UP_TWO_FACTOR = "accounts.set_up_two_factor"
REPLACED_AUTHENTICATOR = "accounts.replaced_authenticator"
REPLACED_RECOVERY_CODES = "accounts.replaced_recovery_codes"
# What each change is called in the server's log: words, never the person.
TWO_FACTOR_CHANGES = {
    RESET_TWO_FACTOR: "reset",
    SET_UP_TWO_FACTOR: "set up",
    REPLACED_AUTHENTICATOR: "authenticator replaced",
    REPLACED_RECOVERY_CODES: "recovery codes replaced",
}


def log_two_factor_change(request, user, action):
    """In Wagtail's log of the account (shown on its history), and in the server's
    log by account numbers only."""
    log(instance=user, action=action, user=request.user)
    logger.warning(
        "two-step sign-in %s %s by %s",
        TWO_FACTOR_CHANGES[action],
        f"user={user.pk}",
        account(request.user),
    )
