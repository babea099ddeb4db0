import re
import uuid

from django import forms

from .govuk_forms import form_errors


class ErrorSummaryMixin:
    """Links for the GOV.UK error summary: each problem points at the field to fix,
    in the order the fields appear on the page."""

    # Field name → id of the element the summary's link moves focus to (the adapter,
    # council_site.core.govuk_forms, gives the field that id); a problem with the
    # whole form ("__all__") links to the first field unless set.
    error_anchors = {}

    def error_summary(self):
        return form_errors(self)


class SubmissionIdField(forms.UUIDField):
    """A number for one filling-in of a form, so that sending it twice stores it once.
    A page kept whole in the page cache would give every reader the same number, so
    the cache renews it in each copy it serves (with_fresh_submission_ids)."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs):
        super().__init__(required=False, initial=uuid.uuid4, **kwargs)

    def clean(self, value):
        # A missing or mangled number must not cost the reader their answer.
        try:
            return super().clean(value) or uuid.uuid4()
        except forms.ValidationError:
            return uuid.uuid4()


SUBMISSION_ID = re.compile(r'(<input type="hidden" name="submission_id" value=")[0-9a-f-]{36}"')


def with_fresh_submission_ids(html):
    return SUBMISSION_ID.sub(lambda found: f'{found[1]}{uuid.uuid4()}"', html)
