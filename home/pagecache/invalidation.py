"""Every page shows others (topic lists, breadcrumbs, language switcher, contact
details in the footer), so any change to pages, translations, sites or contact
details drops every cached page at once: the generation in each key moves on."""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.models import ContactDetails

GENERATION_KEY = "page-cache-generation"


def page_cache_generation():
    return cache.get_or_set(GENERATION_KEY, 1, None)


def next_generation():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, None)


def forget_pages(**kwargs):
    # Now, and again once the change is committed: a reader who asked in between
    # may have stored the page as it was before the change.
    next_generation()
    transaction.on_commit(next_generation)


def forget_pages_if_page(sender, instance, **kwargs):
    if isinstance(instance, Page):
        forget_pages()


for signal in (page_published, page_unpublished, post_page_move):
    signal.connect(forget_pages, dispatch_uid=f"page_cache_forget_{signal}")
post_delete.connect(forget_pages_if_page, dispatch_uid="page_cache_forget_on_page_delete")
for model in (ContactDetails, Site):
    post_save.connect(forget_pages, sender=model, dispatch_uid=f"page_cache_save_{model}")
    post_delete.connect(forget_pages, sender=model, dispatch_uid=f"page_cache_delete_{model}")
