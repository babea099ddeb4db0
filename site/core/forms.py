class ErrorSummaryMixin:
    """Links for the GOV.UK error summary: each error points at the field to fix, in
    the order the fields appear on the page."""

    # Field name → id of the element the summary's link moves focus to.
    error_anchors = {}

    def error_summary(self):
        page_order = ["__all__", *self.fields]
        names = sorted(self.errors, key=lambda name: page_order.index(name))
        return [
            (self.error_anchors.get(name, name), error)
            for name in names
            for error in self.errors[name]
        ]
