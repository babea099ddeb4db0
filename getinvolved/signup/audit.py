"""Every look at people's personal data, every export and every erasure goes into
Wagtail's audit log, under actions registered in wagtail_hooks.py. Entries name
the person by number only, so the log itself holds nothing about who they are."""

from council_site.accounts.audit import log_record_access, record_label

from .models import Person

VIEWED_IN_LIST = "getinvolved.viewed_in_list"
VIEWED = "getinvolved.viewed"
EXPORTED = "getinvolved.exported"
SUBJECT_ACCESS = "getinvolved.subject_access"
ERASED = "getinvolved.erased"
CONFIRMED = "getinvolved.confirmed"


def log_label(person_id):
    return record_label(Person, person_id)


def log_access(request, people, action):
    log_record_access(request, action, people, action)
