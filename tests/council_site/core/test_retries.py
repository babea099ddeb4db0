"""The one rule for trying again, shared by the email outbox and the print editions."""

from datetime import UTC, datetime, timedelta

from council_site.core.retries import wait_before_attempt
from council_site.outbox.models import OutboxEmail
from infopages.print_editions.models import EditionFailure

DELAYS = [timedelta(minutes=m) for m in (1, 5, 15)]
NOW = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)


def test_each_wait_in_turn_then_the_last_again():
    waits = [wait_before_attempt(n, DELAYS) for n in range(5)]
    assert waits == [DELAYS[0], DELAYS[1], DELAYS[2], DELAYS[2], DELAYS[2]]


def test_a_failure_counts_keeps_its_error_short_and_sets_the_next_attempt():
    email = OutboxEmail(to="someone@example.org", subject="s", body="b")
    email.note_failure(ConnectionRefusedError("x" * 5000), now=NOW)
    assert len(email.last_error) == 2000
    email.note_failure("refused again", now=NOW)

    assert email.attempts == 2
    assert email.last_error == "refused again"
    assert email.next_attempt_at == NOW + email.retry_delays[1]
    assert not email.gives_up


def test_a_print_edition_gives_up_after_its_last_wait():
    failure = EditionFailure(format="standard")
    for _attempt in range(len(failure.retry_delays)):
        failure.note_failure("WeasyPrint stopped", now=NOW)
    assert not failure.gives_up
    failure.note_failure("WeasyPrint stopped", now=NOW)
    assert failure.gives_up
    assert failure.next_attempt_at == NOW + failure.retry_delays[-1]
