"""Rich text is sanitised on the way out as well as on the way in: content can
also arrive through imports and translations, which skip the editor's own filter."""

import re

import nh3
from django import template
from django.template.defaultfilters import linebreaksbr
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.rich_text import expand_db_html

register = template.Library()

PROSE_CLEANER = nh3.Cleaner(
    tags={"p", "b", "strong", "i", "em", "a", "ul", "ol", "li", "br"},
    attributes={"a": {"href"}},
    url_schemes={"http", "https", "mailto", "tel"},
    link_rel=None,
)


# Telephone numbers written in groups ("024 7683 3003"): in Arabic or Urdu text the
# groups would otherwise be shown in reverse order.
PHONE_NUMBER = re.compile(r"(?<![\w/:])(\+?\d{2,5}(?: \d{2,5}){1,3})(?![\w])")


def isolate_phone_numbers(html):
    return PHONE_NUMBER.sub(r'<span dir="ltr">\1</span>', html)


@register.filter
def prose(value):
    source = getattr(value, "source", value) or ""
    cleaned = PROSE_CLEANER.clean(expand_db_html(source))
    return mark_safe(isolate_phone_numbers(cleaned))  # noqa: S308 - sanitised above


@register.filter
def plain_text(value):
    """Escaped text with its line breaks kept and its phone numbers readable either way."""
    return mark_safe(isolate_phone_numbers(linebreaksbr(value or "", autoescape=True)))  # noqa: S308


@register.filter
def isolated(value):
    """Words set apart from the sentence around them: a title in one direction inside a
    sentence in the other (an English title in Arabic) then reads whole, its quotation
    marks at its ends rather than at the ends of the lines it wraps onto."""
    return format_html("<bdi>{}</bdi>", value)
