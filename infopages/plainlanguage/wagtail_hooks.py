from django.contrib import messages
from django.utils.translation import ngettext
from wagtail import hooks

from .panels import has_plain_language_check, report_for


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def tell_the_editor_about_plain_english_warnings(request, page):
    """After a save, a reminder of the warnings, which never stop it."""
    if not has_plain_language_check(type(page)):
        return
    count = report_for(page).warnings
    if count:
        messages.warning(
            request,
            ngettext(
                "Plain English check: %(count)d warning. It does not stop you saving or "
                "publishing: see the end of the Content tab.",
                "Plain English check: %(count)d warnings. They do not stop you saving or "
                "publishing: see the end of the Content tab.",
                count,
            )
            % {"count": count},
        )
