from django import template
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html

from council_site.languages import LANGUAGE_INFO
from infopages.translations.pages import hreflang_alternates

register = template.Library()


def link(code, url, current):
    info = LANGUAGE_INFO[code]
    return {
        "code": code,
        "endonym": info["name_local"],
        "direction": "rtl" if info["bidi"] else "ltr",
        "url": url,
        "current": current,
    }


@register.simple_tag(takes_context=True)
def language_links(context):
    """The languages a reader can switch to: the versions of this page, or, away from
    pages (search, errors), every language of the site."""
    reader = translation.get_language()
    page = context.get("page")
    request = context["request"]
    if page is not None and hasattr(page, "language_versions"):
        content = page.content_language.code
        return [
            link(version.code, version.path, version.code == reader == content)
            for version in page.language_versions
        ]
    path = request.get_full_path()
    return [link(code, translate_url(path, code), code == reader) for code in LANGUAGE_INFO]


@register.simple_tag
def lang_attributes(page):
    """lang and dir for a page shown among others in the reader's language, when it
    is in another language (an English page not yet translated)."""
    code = page.locale.language_code
    if code == translation.get_language():
        return ""
    direction = "rtl" if LANGUAGE_INFO[code]["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', code, direction)


@register.simple_tag(takes_context=True)
def alternate_links(context):
    """hreflang alternates: every live language version of the page, by full address."""
    page = context.get("page")
    if page is None or not hasattr(page, "language_versions"):
        return []
    return hreflang_alternates(
        (version.code, version.address) for version in page.language_versions
    )
