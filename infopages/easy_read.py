"""Which Easy Read version an information page has. Every reader of the page sees
the link, so it is cached, and forgotten when an Easy Read page is published,
unpublished, moved or deleted."""

from django.db.models.signals import post_delete
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from council_site.core.caching import forget, get_or_compute
from council_site.core.sites import site_generation

from .page_types import easy_read_model

CACHE_SECONDS = 60 * 60 * 24
# Without a shared cache, each process sees a newly published version within this.
LOCAL_SECONDS = 5


def cache_key(page_id):
    return f"easy-read-version:{site_generation()}:{page_id}"


def easy_read_address(page):
    """The address of the page's live Easy Read version, or "" when it has none."""
    model = easy_read_model()
    if model is None or page.pk is None:
        return ""

    def compute():
        version = model.objects.child_of(page).live().first()
        return (version.get_url() or "") if version else ""

    return get_or_compute(cache_key(page.pk), compute, CACHE_SECONDS, local_seconds=LOCAL_SECONDS)


def forget_easy_read_address(sender, instance, **kwargs):
    model = easy_read_model()
    if model is None or not isinstance(instance, model):
        return
    parents = {instance.path[: -instance.steplen]}
    # A move leaves the page it came from without its Easy Read version.
    parents |= {kwargs[k].path for k in ("parent_page_before", "parent_page_after") if k in kwargs}
    for parent_id in Page.objects.filter(path__in=parents).values_list("pk", flat=True):
        forget(cache_key(parent_id))


for signal in (page_published, page_unpublished, post_page_move):
    signal.connect(forget_easy_read_address, dispatch_uid=f"forget_easy_read_address_{signal}")
post_delete.connect(forget_easy_read_address, dispatch_uid="forget_easy_read_address_on_delete")
