"""Experts by experience are members of the public with admin accounts. Whatever
permissions Wagtail's views would infer, they reach only the admin pages their
part in the review needs: everything else answers 403."""

from django.core.exceptions import PermissionDenied

from council_site.accounts.two_factor import BEFORE_SECOND_FACTOR

# Marks people with a learning disability, or their supporters, whose approval an
# Easy Read page needs; it gives no permission of its own.
EASY_READ_REVIEWERS = "Easy Read reviewers"
REVIEWER_ONLY_GROUPS = {"Stakeholder reviewers", EASY_READ_REVIEWERS}
ADMIN_PREFIX = "/admin/"

REVIEWER_ADMIN_VIEWS = BEFORE_SECOND_FACTOR | {
    "wagtailadmin_home",
    "wagtailadmin_account",
    "wagtailadmin_dismissibles",
    "two_factor_recovery_codes",
    "review:decide",
    "wagtailadmin_pages:workflow_preview",
}


def is_reviewer_only(user):
    if not user.is_authenticated or user.is_superuser or user.is_staff:
        return False
    cached = getattr(user, "_reviewer_only", None)
    if cached is None:
        groups = set(user.groups.values_list("name", flat=True))
        cached = user._reviewer_only = bool(groups) and groups <= REVIEWER_ONLY_GROUPS
    return cached


class ReviewerAdminAllowListMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith(ADMIN_PREFIX):
            return None
        if (
            is_reviewer_only(request.user)
            and request.resolver_match.view_name not in REVIEWER_ADMIN_VIEWS
        ):
            raise PermissionDenied
        return None
