"""Security headers Django does not set itself, and the admin's own
Content-Security-Policy: Wagtail's admin needs a little more than public pages
(its preview frames, the images it draws in the browser), and no more."""

from functools import cache

from csp.constants import HEADER
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import build_policy
from django.conf import settings

from .internals import csp_nonce_made, has_own_csp_policy, refuse_csp_nonce_from_now_on

ADMIN_PREFIX = "/admin/"
# Stands in for each response's nonce in a policy built once.
NONCE_PLACEHOLDER = "csp-nonce-placeholder"


def admin_policy():
    return {
        **settings.CONTENT_SECURITY_POLICY["DIRECTIVES"],
        **settings.ADMIN_CONTENT_SECURITY_POLICY_CHANGES,
    }


@cache
def built_policy(for_admin, with_nonce):
    return build_policy(
        config=admin_policy() if for_admin else None,
        nonce=NONCE_PLACEHOLDER if with_nonce else None,
    )


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp builds the policy afresh for every response, a seventh of the time
    of a page served from the page cache. A response that keeps to the site's own
    policy gets it built once, with only its nonce put in."""

    def process_response(self, request, response):
        if (
            settings.DEBUG
            or getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
            or HEADER in response
            or has_own_csp_policy(response)
        ):
            return super().process_response(request, response)
        nonce = csp_nonce_made(request)
        policy = built_policy(request.path_info.startswith(ADMIN_PREFIX), nonce is not None)
        response[HEADER] = policy.replace(NONCE_PLACEHOLDER, nonce) if nonce else policy
        if nonce is None:
            # As django-csp does: a nonce asked for after the header is written
            # would be in no policy, so asking is an error.
            refuse_csp_nonce_from_now_on(request)
        return response

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIX):
            return PolicyParts(admin_policy(), parts.update, parts.replace, parts.nonce)
        return parts


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
