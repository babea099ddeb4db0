"""The result as a PDF, standard or large print, made for the request through the
print editions' own path (fonts for every script, tagged PDF, the same type sizes)
and never stored."""

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe

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
        print_context = {
            "sizes": TYPE_SIZES[format],
            "is_large_print": large,
            "page_counter": page_counter_content(),
        }
        # The print editions' own stylesheet, from whichever engine renders it.
        stylesheet = render_to_string("print/edition.css", print_context)
        return render_to_string(
            "paying/estimate_result_print.html",
            {
                **context,
                **print_context,
                "stylesheet": mark_safe(stylesheet),  # noqa: S308 - the site's own stylesheet
                "page": page,
                "language": LANGUAGE_INFO[language],
                "direction": "rtl" if LANGUAGE_INFO[language]["bidi"] else "ltr",
                "council": ContactDetails.for_language(language),
            },
        )


def result_pdf(page, context, large, language):
    html = result_html(page, context, large, language)
    return make_pdf(html, folders_to_read(), base_url(page)).content
