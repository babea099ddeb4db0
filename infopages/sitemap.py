"""The sitemap: every live page in every language, each with its language versions
as hreflang alternates (as search engines ask of multilingual sites), and the
public forms, which are not pages."""

import operator
from collections import defaultdict
from functools import reduce

from django.db.models import Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from council_site.languages import LANGUAGE_INFO
from infopages.translations.pages import hreflang_alternates

FORMS = ["signup:sign_up", "survey:experience_survey"]


def sitemap_entry(address, addresses, lastmod=None):
    """One <url>: its address, when it last changed, and the addresses of the same
    page in every language it is in."""
    return {
        "location": address,
        "lastmod": lastmod,
        "alternates": [
            {"lang_code": code, "location": location}
            for code, location in hreflang_alternates(addresses)
        ],
    }


def form_entries(root_url, url_name):
    """A form is served in every language of the site."""
    addresses = []
    for code in LANGUAGE_INFO:
        with translation.override(code):
            addresses.append((code, f"{root_url}{reverse(url_name)}"))
    return [sitemap_entry(address, addresses) for _code, address in addresses]


def page_entries(pages):
    """Pages with the same translation key are the language versions of one page."""
    addresses = {page.pk: page.get_full_url() for page in pages}
    versions = defaultdict(dict)
    for page in pages:
        versions[page.translation_key][page.locale.language_code] = addresses[page.pk]
    in_site_order = {
        key: [(code, by_code[code]) for code in LANGUAGE_INFO if code in by_code]
        for key, by_code in versions.items()
    }
    return [
        sitemap_entry(addresses[page.pk], in_site_order[page.translation_key], page.revised_at)
        for page in pages
    ]


class MultilingualSitemap(Sitemap):
    def items(self):
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_the_site = reduce(operator.or_, (Q(path__startswith=home.path) for home in homes))
        return (
            Page.objects.live()
            .public()
            .filter(in_the_site)
            .select_related("locale")
            # The live revision is what the reader sees: it changed when that was made.
            # Pages made before revisions were kept have only their publishing date.
            .annotate(revised_at=Coalesce("live_revision__created_at", "last_published_at"))
            .order_by("path")
        )

    def get_urls(self, page=1, site=None, protocol=None):
        # One sitemap holds up to 50,000 addresses; a translation's alternates need
        # all its language versions at once, so the pages are not split.
        self.paginator.validate_number(page)
        root_url = self.get_wagtail_site().root_url
        return [
            *page_entries(list(self.items())),
            *(entry for name in FORMS for entry in form_entries(root_url, name)),
        ]
