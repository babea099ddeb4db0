"""Sending a translation to its check. wagtail-localize's translation editor can
only publish, which is for publishers; everyone else saves the translation as a
draft and sends it to the "Translation check" workflow, whose reviewer publishes
it by approving."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail_localize.models import Translation


class CannotSendForCheck(Exception):
    pass


def translation_of(page):
    """The synced translation that makes this page, or None for a source page."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def texts_left_to_translate(translation):
    total, translated = translation.get_progress()
    return total - translated


def keep_published_content(page):
    """wagtail-localize saves a draft translation into the page itself as well as into
    a new revision; for a live page that row is what readers see. The published
    content is put back, and the draft waits in its revision for the check."""
    if not page.live or page.live_revision_id is None:
        return
    published = page.live_revision.as_object()
    published.live_revision_id = page.live_revision_id
    published.last_published_at = page.last_published_at
    published.has_unpublished_changes = True
    published.save(clean=False)


def send_for_check(translation, user):
    """Save the translation as a draft of its page and start, or restart, its check.
    Returns the translated page."""
    left = texts_left_to_translate(translation)
    if left:
        raise CannotSendForCheck(
            ngettext(
                "%(count)d text is not translated yet.",
                "%(count)d texts are not translated yet.",
                left,
            )
            % {"count": left}
        )
    translation.save_target(user=user, publish=False)
    page = translation.get_target_instance()
    keep_published_content(page)
    workflow = page.get_workflow()
    if workflow is None:
        raise CannotSendForCheck(_("No translation check is set up for this page."))
    if not page.workflow_in_progress:
        workflow.start(page, user)
    return page
