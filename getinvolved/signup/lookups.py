"""A person getting involved, seen from another team's record with the same email
(see council_site.core.held_about): their communication needs, read-only, for
those who may already see sign-ups."""

from django.urls import reverse
from django.utils.translation import gettext as _

from council_site.core.held_about import HeldRecord

from .models import Person


def people_about(email, user):
    if not user.has_perm("signup.view_person"):
        return []
    return [
        HeldRecord(
            kind=_("Signed up to get involved"),
            reference=str(person.pk),
            needs=[
                need
                for need in (
                    person.language_display(),
                    person.get_format_display(),
                    person.support_needed,
                )
                if need
            ],
            url=reverse("signup_person:inspect", args=[person.pk]),
        )
        for person in Person.objects.filter(email__iexact=email, anonymised_at__isnull=True)
    ]
