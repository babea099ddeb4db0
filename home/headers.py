"""Security headers Django does not set itself, and the admin's own
Content-Security-Policy: Wagtail's admin needs a little more than public pages
(its preview frames, the images it draws in the browser), and no more."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

ADMIN_PREFIX = "/admin/"


def admin_policy():
    return {
        **settings.CONTENT_SECURITY_POLICY["DIRECTIVES"],
        **settings.ADMIN_CONTENT_SECURITY_POLICY_CHANGES,
    }


class ContentSecurityPolicyMiddleware(CSPMiddleware):
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
