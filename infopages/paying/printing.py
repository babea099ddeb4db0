"""The result as a PDF, standard or large print, made for the request through the
print editions' own path (fonts for every script, tagged PDF, the same type sizes)
and never stored."""

from django.template.loader import render_to_string
from django.utils import translation

from council_site.languages import LANGUAGE_INFO
from infopages.contact_details import ContactDetails
from infopages.print_editions.documents import (
    TYPE_SIZES,
    base_url,
    folders_to_read,
    page_counter_content,
)
from infopages.print_editions.models import PrintFormat
from infopages.print_editions.pdf import make_pdf


def result_html(page, context, large, language):
    format = PrintFormat.LARGE if large else PrintFormat.STANDARD
    with translation.override(language):
        return render_to_string(
            "print/estimate_result.html",
            {
                **context,
                "page": page,
                "sizes": TYPE_SIZES[format],
                "is_large_print": large,
                "language": LANGUAGE_INFO[language],
                "direction": "rtl" if LANGUAGE_INFO[language]["bidi"] else "ltr",
                "council": ContactDetails.for_language(language),
                "page_counter": page_counter_content(),
            },
        )


def result_pdf(page, context, large, language):
    html = result_html(page, context, large, language)
    return make_pdf(html, folders_to_read(), base_url(page)).content
