from django import template

from ..forms import PageFeedbackForm

register = template.Library()


@register.simple_tag
def feedback_form_for(page, form=None):
    """The form with what the reader typed, after an error, or a fresh one."""
    return form or PageFeedbackForm()
