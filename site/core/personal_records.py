"""What every app that keeps people's requests does the same way: store a request
once however often its form is sent, and delete closed ones when their time is up.

A model used here has a unique `submission_id` (see forms.SubmissionIdField) and a
manager with `closed_before(moment)`."""

from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, models, transaction
from django.utils import timezone

# Two sends of one form racing, or a reference drawn twice: the loser tries again.
ATTEMPTS = 3


@dataclass
class Stored:
    """What store_once() did: the record, and whether this call stored it."""

    record: models.Model
    new: bool


def store_once(model, submission_id, create):
    """The record sent with this submission number: the one stored already when the
    form was sent before, otherwise the one create() stores (with its emails, in the
    same transaction)."""
    for attempt in range(ATTEMPTS):
        try:
            with transaction.atomic():
                existing = model.objects.filter(submission_id=submission_id).first()
                if existing is not None:
                    return Stored(existing, new=False)
                return Stored(create(), new=True)
        except IntegrityError:
            if attempt == ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def delete_closed(model, retention_days, forget_traces, now=None):
    """Delete the records closed more than retention_days ago, each with what it left
    elsewhere (forget_traces), one transaction each; how many went."""
    cutoff = (now or timezone.now()) - timedelta(days=retention_days)
    deleted = 0
    for record in model.objects.closed_before(cutoff):
        with transaction.atomic():
            forget_traces(record)
            record.delete()
        deleted += 1
    return deleted
