"""The result of a self-assessment: what the resident told us, the information that
fits their answers and what the answers suggest; on screen and as a PDF made for
that request by the print editions' path, and never kept."""

from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from council_site.languages import LANGUAGE_INFO, SOURCE_LANGUAGE
from infopages.contact_details import ContactDetails
from infopages.directory.support_near_you import support_near_you
from infopages.print_editions.documents import (
    TYPE_SIZES,
    base_url,
    folders_to_read,
    page_counter_content,
)
from infopages.print_editions.models import PrintFormat
from infopages.print_editions.pdf import make_pdf


@dataclass(frozen=True)
class InformationLink:
    page: Page
    # The page's language where it is not the reader's (not yet translated).
    language: str | None


def pages_in_reader_language(page_ids):
    """The live pages with these ids, each in the reader's language where it has a
    live version in it, in the order given: the same few queries however many."""
    chosen = dict(Page.objects.live().filter(pk__in=page_ids).values_list("pk", "translation_key"))
    reader = get_language()
    locales = dict(
        Locale.objects.filter(language_code__in={reader, SOURCE_LANGUAGE}).values_list(
            "pk", "language_code"
        )
    )
    versions = {
        (version.translation_key, locales[version.locale_id]): version
        for version in Page.objects.live()
        .filter(translation_key__in=set(chosen.values()), locale_id__in=locales)
        .specific()
    }
    links = []
    for page_id in dict.fromkeys(page_ids):
        key = chosen.get(page_id)
        for language in (reader, SOURCE_LANGUAGE):
            version = versions.get((key, language))
            if version is not None:
                links.append(InformationLink(version, None if language == reader else language))
                break
    return links


def result_context(page, journey):
    return {
        "summary": journey.summary(),
        "assessment": journey.assessment(),
        "information_pages": pages_in_reader_language(journey.page_ids()),
        "support_near_you": support_near_you(journey.support_kinds()),
        "council": ContactDetails.for_language(get_language()),
    }


def result_html(page, journey, format, address):
    language = get_language()
    sizes = TYPE_SIZES[format]
    is_large = format == PrintFormat.LARGE
    stylesheet = render_to_string(
        "print/edition.css",
        {"sizes": sizes, "is_large_print": is_large, "page_counter": page_counter_content()},
    )
    return render_to_string(
        "selfassessment/result_print.html",
        {
            "page": page,
            "stylesheet": stylesheet,
            "language": LANGUAGE_INFO[language],
            "direction": "rtl" if LANGUAGE_INFO[language]["bidi"] else "ltr",
            "is_large_print": is_large,
            "address": address,
            "urgent": journey.urgent,
            **result_context(page, journey),
        },
    )


def result_pdf(request, page, journey, format):
    """The PDF in the reader's language, and its file name."""
    html = result_html(page, journey, PrintFormat(format), page.get_full_url(request))
    rendered = make_pdf(html, folders_to_read(), base_url(page))
    return rendered.content, f"self-assessment-result-{format}.pdf"
