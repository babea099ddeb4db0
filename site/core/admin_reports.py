"""What every admin report here shares: its addresses, who may see it, and its menu item."""

from django.core.exceptions import PermissionDenied
from django.urls import path
from wagtail.admin.menu import MenuItem


def report_urls(route, view_class, name):
    """A report's page, and the results fragment Wagtail reloads when it is filtered."""
    return [
        path(route, view_class.as_view(), name=name),
        path(f"{route}results/", view_class.as_view(results_only=True), name=f"{name}_results"),
    ]


def headings_of(columns):
    """A report's CSV headings: the same words as its columns on screen."""
    return {column.name: column.label for column in columns}


class PermissionRequiredMixin:
    """A report only the holders of one permission may see."""

    required_permission = None

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.required_permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PermissionMenuItem(MenuItem):
    """A report's menu item, shown only to those who may open the report."""

    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)
