import re

from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Locale, Page

from council_site.languages import LANGUAGE_INFO, SOURCE_LANGUAGE

from .models import TranslationRequest

REQUESTS_COOKIE = "translation-requests"
COOKIE_SALT = "infopages.translations.requests"


def requested_today(request):
    """What this browser has already asked for today, so each request counts once a day."""
    stored = request.get_signed_cookie(REQUESTS_COOKIE, default="", salt=COOKIE_SALT)
    day, _sep, keys = stored.partition("|")
    return set(keys.split(",")) if day == timezone.localdate().isoformat() and keys else set()


def back_to(request, page):
    """The address the reader was reading, in their language, or the page itself."""
    path = request.POST.get("next", "")
    if path.startswith("/") and url_has_allowed_host_and_scheme(path, allowed_hosts=None):
        return path
    return page.get_url(request)


# Like page feedback: no authority to abuse, and pages stay cacheable without a CSRF token.
@csrf_exempt
@require_POST
def request_translation(request, page_id):
    page = Page.objects.live().public().filter(pk=page_id).first()
    locale = Locale.objects.filter(language_code=translation.get_language()).first()
    if page is None or locale is None:
        raise Http404
    key = f"{page.pk}:{locale.language_code}"
    already = requested_today(request)
    if key not in already:
        TranslationRequest.objects.create(page=page, locale=locale)
        already.add(key)
    response = redirect(back_to(request, page) + "?translation=requested#translation-notice")
    response.set_signed_cookie(
        REQUESTS_COOKIE,
        f"{timezone.localdate().isoformat()}|{','.join(sorted(already))}",
        salt=COOKIE_SALT,
        max_age=60 * 60 * 24,
        httponly=True,
        samesite="Lax",
    )
    return response


LANGUAGE_PREFIX = re.compile(r"^/([a-z]{2,3}(?:-[a-z0-9]+)?)/")


class UnknownLanguageMiddleware:
    """An address that starts with a language the site is not published in is not
    found, rather than sent on to the English page of the same name."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        match = LANGUAGE_PREFIX.match(request.path_info)
        if match and match.group(1) not in LANGUAGE_INFO:
            # The not-found page is shown in the site's source language.
            translation.activate(SOURCE_LANGUAGE)
            raise Http404
        return self.get_response(request)
