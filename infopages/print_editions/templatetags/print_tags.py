from django import template
from django.template.loader import render_to_string

register = template.Library()

# Blocks that only work on screen have a paper version: expandable details are
# printed open, and related links show their web address.
PRINT_BLOCK_TEMPLATES = {
    "details": "print/blocks/details_block.html",
    "related_links": "print/blocks/related_links_block.html",
    "paragraph": "print/blocks/paragraph_block.html",
}


@register.simple_tag(takes_context=True)
def print_block(context, block):
    template_name = PRINT_BLOCK_TEMPLATES.get(block.block_type)
    if template_name is None:
        return block.render(context=context.flatten())
    return render_to_string(template_name, {**context.flatten(), "value": block.value})
