"""Rich text is sanitised on the way out as well as on the way in: content can
also arrive through imports and translations, which skip the editor's own filter."""

import nh3
from django import template
from django.utils.safestring import mark_safe
from wagtail.rich_text import expand_db_html

register = template.Library()

PROSE_CLEANER = nh3.Cleaner(
    tags={"p", "b", "strong", "i", "em", "a", "ul", "ol", "li", "br"},
    attributes={"a": {"href"}},
    url_schemes={"http", "https", "mailto", "tel"},
    link_rel=None,
)


@register.filter
def prose(value):
    source = getattr(value, "source", value) or ""
    return mark_safe(PROSE_CLEANER.clean(expand_db_html(source)))  # noqa: S308 - sanitised above
