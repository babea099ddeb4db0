"""The result of a self-assessment: what the resident told us, the information that
fits their answers and what the answers suggest; on screen and as a PDF made for
that request by the print editions' path, and never kept."""

from django.template.loader import render_to_string
from django.utils.translation import get_language
from wagtail.models import Page

from council_site.languages import LANGUAGE_INFO, SOURCE_LANGUAGE
from infopages.contact_details import ContactDetails
from infopages.print_editions.documents import (
    TYPE_SIZES,
    base_url,
    folders_to_read,
    page_counter_content,
)
from infopages.print_editions.models import PrintFormat
from infopages.print_editions.pdf import make_pdf


def pages_in_reader_language(page_ids):
    """The live pages with these ids, each in the reader's language where it has a
    live version in it, in the order given: three queries however many."""
    chosen = list(Page.objects.live().filter(pk__in=page_ids).values_list("pk", "translation_key"))
    keys = {key for _pk, key in chosen}
    languages = {get_language(), SOURCE_LANGUAGE}
    versions = {
        (version.translation_key, version.locale.language_code): version
        for version in Page.objects.live()
        .filter(translation_key__in=keys, locale__language_code__in=languages)
        .select_related("locale")
        .specific()
    }
    by_id = dict(chosen)
    found = []
    for page_id in page_ids:
        key = by_id.get(page_id)
        version = versions.get((key, get_language())) or versions.get((key, SOURCE_LANGUAGE))
        if version is not None and version not in found:
            found.append(version)
    return found


def result_context(page, journey):
    return {
        "summary": journey.summary(),
        "assessment": journey.assessment(),
        "information_pages": pages_in_reader_language(journey.page_ids()),
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
