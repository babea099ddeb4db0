from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "council_site.pagecache"
    label = "pagecache"
    verbose_name = "Page cache"

    def ready(self):
        from . import invalidation  # noqa: F401 - connects its signal handlers
