from django.forms.utils import ErrorDict

NON_FIELD = "__all__"


def error_summary_entries(errors: ErrorDict, page_order, anchors):
    """The GOV.UK error summary's links: each field with a problem once, with the
    message shown at the field, in page order. A problem with the whole form is
    listed only when no field has one: fixing the fields and sending again is then
    the whole answer, and a second link to the first field would repeat its error."""
    fields = [name for name in page_order if name != NON_FIELD and name in errors]
    if fields:
        return [(anchors.get(name, name), errors[name][0]) for name in fields]
    form_anchor = anchors.get(NON_FIELD, next(iter(anchors.values()), NON_FIELD))
    return [(form_anchor, error) for error in dict.fromkeys(errors.get(NON_FIELD, []))]


class ErrorSummaryMixin:
    """Links for the GOV.UK error summary: each problem points at the field to fix,
    in the order the fields appear on the page."""

    # Field name → id of the element the summary's link moves focus to; a problem
    # with the whole form ("__all__") links to the first field unless set.
    error_anchors = {}

    def error_summary(self):
        return error_summary_entries(self.errors, list(self.fields), self.error_anchors)
