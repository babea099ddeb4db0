class ErrorSummaryMixin:
    """Links for the GOV.UK error summary: each error points at the field to fix."""

    # Field name → id of the element the summary's link moves focus to.
    error_anchors = {}

    def error_summary(self):
        return [
            (self.error_anchors.get(name, name), error)
            for name, errors in self.errors.items()
            for error in errors
        ]
