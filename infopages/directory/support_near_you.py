"""Services of chosen kinds of support, for pages that send readers to the directory:
the self-assessment's result and the "Support near you" block of information pages."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.utils import translation

from council_site.languages import SOURCE_LANGUAGE

from .models import DirectoryPage, Service, ServiceStatus, TaxonomyTerm
from .search import Criteria, filtered_services
from .translated import in_reader_language

SHOWN = 5


@dataclass
class SupportNearYou:
    kinds: list
    services: list
    search_url: str


def directory_page():
    """The live directory page in the reader's language, or in English."""
    pages = {
        page.locale.language_code: page
        for page in DirectoryPage.objects.live()
        .public()
        .filter(locale__language_code__in={translation.get_language(), SOURCE_LANGUAGE})
        .select_related("locale")
        .order_by("path")
    }
    return pages.get(translation.get_language()) or pages.get(SOURCE_LANGUAGE)


def support_near_you(term_keys, shown=SHOWN):
    """The first few listed services of any of the kinds of support (taxonomy terms,
    by translation key), and the directory's search for those kinds; None when there
    is no directory page or no such kind."""
    page = directory_page()
    kinds = list(TaxonomyTerm.objects.english().filter(translation_key__in=term_keys))
    if page is None or not kinds:
        return None
    keys = [str(kind.translation_key) for kind in kinds]
    services = list(
        filtered_services(Criteria(term_keys=keys))
        .filter(status=ServiceStatus.ACTIVE)
        .order_by("name")[:shown]
    )
    in_reader_language(kinds, TaxonomyTerm, ["name"])
    in_reader_language(services, Service, ["name", "description"])
    for service in services:
        service.page_url = page.service_url(service.translation_key)
    return SupportNearYou(
        kinds=sorted(kinds, key=lambda kind: kind.name),
        services=services,
        search_url=f"{page.url}?{urlencode({'support': keys}, doseq=True)}",
    )
