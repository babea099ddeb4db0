"""What the print editions' templates (Jinja2) use besides the site's own globals:
each block on paper, and dates as the site's time zone has them."""

import jinja2
from django.template.defaultfilters import date
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.timezone import template_localtime
from jinja2.ext import Extension

# Blocks that only work on screen have a paper version: expandable details are
# printed open, and related links show their web address.
PRINT_BLOCK_TEMPLATES = {
    "details": "print/blocks/details_block.html",
    "related_links": "print/blocks/related_links_block.html",
    "paragraph": "print/blocks/paragraph_block.html",
}


@jinja2.pass_context
def print_block(context, block):
    template_name = PRINT_BLOCK_TEMPLATES.get(block.block_type)
    if template_name is None:
        return block.render(context=dict(context.get_all()))
    html = render_to_string(template_name, {**context.get_all(), "value": block.value})
    return mark_safe(html)  # noqa: S308 - made by a template that escapes what it shows


def local_date(value, format):
    """A date, or a moment in the site's time zone (the day a page was published in
    London, not in UTC), written as Django's date filter writes it."""
    return date(template_localtime(value), format)


class PrintEditionsExtension(Extension):
    def __init__(self, environment):
        super().__init__(environment)
        environment.globals["print_block"] = print_block
        environment.filters["local_date"] = local_date
