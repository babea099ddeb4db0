"""Text that editors, translators and staff write, made ready to show.

Rich text is sanitised on the way out as well as on the way in: content can also
arrive through imports and translations, which skip the editor's own filter.
Whatever is shown has its phone numbers and email addresses made links, each number
set apart left to right (council_site.contact_text)."""

import nh3
from django.template.defaultfilters import linebreaksbr
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.rich_text import expand_db_html

from council_site.contact_text import contact_link, linked_in_html, phone_number

PROSE_CLEANER = nh3.Cleaner(
    tags={"p", "b", "strong", "i", "em", "a", "ul", "ol", "li", "br"},
    attributes={"a": {"href"}},
    url_schemes={"http", "https", "mailto", "tel"},
    link_rel=None,
)


def prose(value):
    source = getattr(value, "source", value) or ""
    cleaned = PROSE_CLEANER.clean(expand_db_html(source))
    return mark_safe(linked_in_html(cleaned))  # noqa: S308 - sanitised above


def plain_text(value):
    """Escaped text with its line breaks kept, as typed in a multi-line field."""
    return mark_safe(linked_in_html(linebreaksbr(value or "", autoescape=True)))  # noqa: S308


def contact_links(html):
    """For a sentence already escaped, such as a translated message with a number in it."""
    return mark_safe(linked_in_html(html))  # noqa: S308 - input is escaped HTML


def phone_link(number):
    """A phone number field: the whole value is the number."""
    return mark_safe(contact_link(phone_number(number))) if number else ""  # noqa: S308


def isolated(value):
    """Words set apart from the sentence around them: a title in one direction inside a
    sentence in the other (an English title in Arabic) then reads whole, its quotation
    marks at its ends rather than at the ends of the lines it wraps onto."""
    return format_html("<bdi>{}</bdi>", value)


FILTERS = {
    "prose": prose,
    "plain_text": plain_text,
    "contact_links": contact_links,
    "phone_link": phone_link,
    "isolated": isolated,
}
