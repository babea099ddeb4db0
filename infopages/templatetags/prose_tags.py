"""The prose filters (council_site.core.prose) for the templates still written in
Django's template language."""

from django import template

from council_site.core import prose

register = template.Library()

register.filter("prose", prose.prose)
register.filter("plain_text", prose.plain_text)
register.filter("contact_links", prose.contact_links, is_safe=True)
register.filter("phone_link", prose.phone_link)
register.filter("isolated", prose.isolated)
