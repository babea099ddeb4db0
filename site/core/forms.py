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
