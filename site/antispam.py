"""Keeping robots out of the public forms without making people prove they are human:
a field only robots fill, a minimum time to fill the form, and a limit on how many
forms one address may send. Every public form (sign-up, survey, referral) uses these."""

import time
from functools import wraps

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from council_site.accounts.client_ip import client_ip

# Named for the first form that used it, so tokens in forms already shown still check.
STARTED_SALT = "getinvolved.form-started"


def form_started_token(started_at=None):
    """When the form was shown, signed so that it cannot be backdated."""
    return signing.dumps(
        {"t": started_at if started_at is not None else time.time()}, salt=STARTED_SALT
    )


def seconds_since_started(token):
    try:
        started_at = float(signing.loads(token, salt=STARTED_SALT)["t"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
    return time.time() - started_at


class SpamChecksMixin(forms.Form):
    """A hidden field people never see or fill, and the time the form was shown."""

    # Named for what robots fill in; people are told to leave it empty in case
    # their browser shows it without styles.
    website = forms.CharField(
        label=_("Leave this empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    form_started = forms.CharField(widget=forms.HiddenInput, required=False)

    spam_message = _("Your form could not be sent. Please check your answers and send it again.")

    def clean(self):
        cleaned = super().clean()
        elapsed = seconds_since_started(self.data.get("form_started", ""))
        if (
            cleaned.get("website")
            or elapsed is None
            or elapsed < settings.GETINVOLVED_MIN_FILL_SECONDS
        ):
            # Added, not raised, so that the form's own checks still say what else to fix.
            self.add_error(None, forms.ValidationError(self.spam_message, code="automated"))
        return cleaned


def over_rate_limit(request, scope):
    """Count one submission from this address in the current window; True when too many.
    The count lives in the shared cache so every app server process sees it."""
    window = settings.GETINVOLVED_RATE_WINDOW_SECONDS
    key = f"rate:{scope}:{client_ip(request)}:{int(time.time() // window)}"
    cache.add(key, 0, window)
    try:
        count = cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.add(key, 1, window)
        count = 1
    return count > settings.GETINVOLVED_RATE_LIMIT


def started_token_to_keep(form):
    """A form sent back with errors keeps the time it was first shown."""
    token = form.data.get("form_started", "") if form.is_bound else ""
    return token if seconds_since_started(token) is not None else form_started_token()


def rate_limited(scope, refusal):
    """Refuse form submissions beyond the limit with `refusal(request)`, the app's own
    page in the reader's language (answered with 429)."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method == "POST" and over_rate_limit(request, scope):
                response = refusal(request)
                response.status_code = 429
                return response
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
