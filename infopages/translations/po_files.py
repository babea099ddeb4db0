"""PO files from the council's translators are checked before wagtail-localize
imports them: a wrong or damaged file is refused whole, and nothing changes."""

import contextlib
import os
import tempfile

import polib
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import upload_pofile, user_can_edit_instance


def read_po(content):
    # polib reads a file name or PO text from the same argument: always give it a file.
    with tempfile.NamedTemporaryFile(suffix=".po", delete=False) as handle:
        handle.write(content)
    try:
        return polib.pofile(handle.name)
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)


def texts(po):
    return {(entry.msgctxt, entry.msgid) for entry in po if not entry.obsolete}


def po_file_problem(translation, content):
    """Why this PO file cannot be imported into this translation, or None."""
    po = read_po(content)
    if po is None:
        return _(
            "This file is not a PO file that can be read. "
            "Download the PO file again and only add translations to it."
        )
    if po.metadata.get("X-WagtailLocalize-TranslationID") != str(translation.uuid):
        return _(
            "This PO file was made for another page or language. "
            "Download the PO file of this translation and try again."
        )
    expected, uploaded = texts(translation.export_po()), texts(po)
    if expected != uploaded:
        return _(
            "This PO file does not match the page: %(missing)d texts are missing and "
            "%(extra)d are not on the page. The page may have changed: download the PO "
            "file again."
        ) % {"missing": len(expected - uploaded), "extra": len(uploaded - expected)}
    return None


@require_POST
def checked_upload_pofile(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    if not user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    upload = request.FILES.get("file")
    problem = (
        po_file_problem(translation, upload.read()) if upload else _("Choose a PO file to upload.")
    )
    if problem:
        messages.error(request, problem)
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))
    upload.seek(0)
    return upload_pofile(request, translation_id)
