from django.urls import path


def report_urls(route, view_class, name):
    """A report's page, and the results fragment Wagtail reloads when it is filtered."""
    return [
        path(route, view_class.as_view(), name=name),
        path(f"{route}results/", view_class.as_view(results_only=True), name=f"{name}_results"),
    ]
