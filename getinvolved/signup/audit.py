"""Every look at people's personal data, every export and every erasure goes into
Wagtail's audit log, under actions registered in wagtail_hooks.py. Entries name
the person by number only, so the log itself holds nothing about who they are."""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import ModelLogEntry

from council_site.accounts.audit import log_personal_data_access

from .models import Person

VIEWED_IN_LIST = "getinvolved.viewed_in_list"
VIEWED = "getinvolved.viewed"
EXPORTED = "getinvolved.exported"
SUBJECT_ACCESS = "getinvolved.subject_access"
ERASED = "getinvolved.erased"
CONFIRMED = "getinvolved.confirmed"


def log_label(person_id):
    return f"{Person._meta.verbose_name} {person_id}"


def log_access(request, people, action):
    """One entry per person, written in one query however many people there are, and
    a line in the server's own log that names no one."""
    people = list(people)
    log_personal_data_access(request, action, len(people))
    content_type = ContentType.objects.get_for_model(Person)
    now = timezone.now()
    ModelLogEntry.objects.bulk_create(
        ModelLogEntry(
            content_type=content_type,
            object_id=str(person.pk),
            label=log_label(person.pk),
            action=action,
            user=request.user,
            timestamp=now,
            data={},
        )
        for person in people
    )


def entries_about(person):
    return ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Person), object_id=str(person.pk)
    ).order_by("timestamp")
