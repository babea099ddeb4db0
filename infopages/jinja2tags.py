"""The information pages' globals for the public templates (Jinja2): the language
switcher's links, hreflang alternates, lang and dir of a page shown among others,
and the page feedback form."""

import jinja2
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html
from jinja2.ext import Extension

from council_site.languages import LANGUAGE_INFO

from .feedback.forms import PageFeedbackForm
from .forms import SearchForm
from .translations.pages import hreflang_alternates


def link(code, url, current):
    info = LANGUAGE_INFO[code]
    return {
        "code": code,
        "endonym": info["name_local"],
        "direction": "rtl" if info["bidi"] else "ltr",
        "url": url,
        "current": current,
    }


def has_language_versions(page):
    return page is not None and hasattr(page, "language_versions")


@jinja2.pass_context
def language_links(context):
    """The languages a reader can switch to: the versions of this page, or, away from
    pages (search, errors), every language of the site."""
    reader = translation.get_language()
    page = context.get("page")
    if has_language_versions(page):
        content = page.content_language.code
        return [
            link(version.code, version.path, version.code == reader == content)
            for version in page.language_versions
        ]
    path = context["request"].get_full_path()
    return [link(code, translate_url(path, code), code == reader) for code in LANGUAGE_INFO]


def lang_attributes(page):
    """lang and dir for a page shown among others in the reader's language, when it
    is in another language (an English page not yet translated)."""
    code = page.locale.language_code
    if code == translation.get_language():
        return ""
    direction = "rtl" if LANGUAGE_INFO[code]["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', code, direction)


@jinja2.pass_context
def alternate_links(context):
    """hreflang alternates: every live language version of the page, by full address."""
    page = context.get("page")
    if not has_language_versions(page):
        return []
    return hreflang_alternates(
        (version.code, version.address) for version in page.language_versions
    )


def page_feedback_form(form=None):
    """The form with what the reader typed, after an error, or a fresh one."""
    return form or PageFeedbackForm()


def site_search_form(form=None):
    """The search form with what the reader searched for, or an empty one."""
    return form if isinstance(form, SearchForm) else SearchForm()


class InfopagesExtension(Extension):
    def __init__(self, environment):
        super().__init__(environment)
        environment.globals.update(
            {
                "language_links": language_links,
                "lang_attributes": lang_attributes,
                "alternate_links": alternate_links,
                "page_feedback_form": page_feedback_form,
                "site_search_form": site_search_form,
            }
        )
