"""What a reviewer can decide, shared by the record of decisions and the rules."""

from django.utils.translation import gettext_lazy as _

APPROVED = "approved"
CHANGES_REQUESTED = "changes_requested"
OUTCOMES = [(APPROVED, _("Approved")), (CHANGES_REQUESTED, _("Changes requested"))]
