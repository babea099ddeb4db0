"""Documents are checked by what they contain, not only by their name: a file
named .pdf that is really a web page would run in the reader's browser."""

from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

ZIP_SIGNATURE = b"PK\x03\x04"
SIGNATURES = {
    "pdf": b"%PDF-",
    "docx": ZIP_SIGNATURE,
    "xlsx": ZIP_SIGNATURE,
    "odt": ZIP_SIGNATURE,
}
TEXT_TYPES = {"txt", "csv"}
SNIFF_BYTES = 4096


def looks_like_markup(start):
    lowered = start.lstrip().lower()
    return lowered.startswith((b"<!doctype", b"<html", b"<svg", b"<?xml", b"<script"))


def content_matches_extension(uploaded):
    extension = Path(uploaded.name).suffix.lower().lstrip(".")
    uploaded.seek(0)
    start = uploaded.read(SNIFF_BYTES)
    uploaded.seek(0)
    if extension in SIGNATURES:
        return start.startswith(SIGNATURES[extension])
    if extension in TEXT_TYPES:
        try:
            start.decode("utf-8")
        except UnicodeDecodeError as error:
            # A multi-byte character may be cut at the end of what was read.
            if error.start < len(start) - 3:
                return False
        return not looks_like_markup(start)
    return False


class CheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded is None or uploaded == self.original_file:
            return uploaded
        if uploaded.size > settings.MAX_DOCUMENT_UPLOAD_SIZE:
            raise ValidationError(
                _("This file is %(size)s. Documents can be at most %(limit)s."),
                params={
                    "size": filesizeformat(uploaded.size),
                    "limit": filesizeformat(settings.MAX_DOCUMENT_UPLOAD_SIZE),
                },
            )
        # Names outside the allow-list are refused by Wagtail's own check.
        allowed = Path(uploaded.name).suffix.lower().lstrip(".") in settings.WAGTAILDOCS_EXTENSIONS
        if allowed and not content_matches_extension(uploaded):
            raise ValidationError(
                _("This file's contents do not match its type. Save it again as %(type)s."),
                params={"type": Path(uploaded.name).suffix.lower().lstrip(".").upper()},
            )
        return uploaded
