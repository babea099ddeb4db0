"""Editions are made when pages are published, once per content, and served fast;
staff see them, record hard copies, and learn when copies are out of date."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from infopages.print_editions import generation
from infopages.print_editions.models import EditionFailure, PrintEdition, PrintFormat, PrintRun
from infopages.print_editions.pdf import GenerationFailed
from infopages.print_editions.views import forget_current_edition
from tests.factories import UserFactory, is_refused, sign_in


def publish(page, django_capture_on_commit_callbacks, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    page.refresh_from_db()


@pytest.fixture
def published(information_page, django_capture_on_commit_callbacks):
    publish(information_page, django_capture_on_commit_callbacks)
    return information_page


def editions_of(page):
    return PrintEdition.objects.filter(page=page)


def test_publishing_makes_both_formats_of_the_page_and_its_topic_booklet(published):
    assert set(editions_of(published).values_list("format", flat=True)) == {
        PrintFormat.STANDARD,
        PrintFormat.LARGE,
    }
    assert editions_of(published.get_parent()).count() == 2
    edition = editions_of(published).get(format=PrintFormat.LARGE)
    assert edition.revision_id == published.live_revision_id
    assert edition.locale == published.locale
    assert edition.file.read(5) == b"%PDF-"


def test_unchanged_content_is_never_made_again_and_changed_content_is(
    published, django_capture_on_commit_callbacks
):
    publish(published, django_capture_on_commit_callbacks)
    assert editions_of(published).count() == 2

    publish(published, django_capture_on_commit_callbacks, summary="A new summary.")
    assert editions_of(published).count() == 4
    current = PrintEdition.objects.current().filter(page=published)
    assert {e.revision_id for e in current} == {published.live_revision_id}


def test_a_failed_generation_never_blocks_publishing_and_is_tried_again(
    information_page, django_capture_on_commit_callbacks, monkeypatch
):
    def broken(*args, **kwargs):
        raise GenerationFailed("Out of memory")

    monkeypatch.setattr(generation, "make_pdf", broken)
    publish(information_page, django_capture_on_commit_callbacks, title="Published anyway")

    information_page.refresh_from_db()
    assert information_page.live and information_page.title == "Published anyway"
    failure = EditionFailure.objects.get(page=information_page, format=PrintFormat.STANDARD)
    assert failure.attempts == 1 and "Out of memory" in failure.last_error

    monkeypatch.undo()
    failure.next_attempt_at = timezone.now()
    failure.save()
    call_command("make_print_editions", stdout=io.StringIO())
    assert not EditionFailure.objects.filter(page=information_page, format=PrintFormat.STANDARD)
    assert editions_of(information_page).filter(format=PrintFormat.STANDARD).exists()


def test_page_offers_its_editions_and_serves_them_with_a_telling_name(published, client):
    html = client.get("/en/safeguarding-adults/how-to-report-abuse/").content.decode()
    assert "Download a printable version (PDF)" in html
    assert "Download a large print version (PDF)" in html

    response = client.get(f"/print-editions/{published.pk}/large/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    month = f"{timezone.localdate():%Y-%m}"
    name = f"safeguarding-adults-how-to-report-abuse-en-large-print-{month}.pdf"
    assert response["Content-Disposition"] == f'attachment; filename="{name}"'
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_offering_the_editions_costs_one_query_however_many_there_are_then_none(
    published, client, django_assert_num_queries, settings
):
    settings.PAGE_CACHE_SECONDS = 0  # the page is made each time, so its queries count
    url = "/en/safeguarding-adults/how-to-report-abuse/"
    client.get(url)
    forget_current_edition(published.pk)
    with CaptureQueriesContext(connection) as with_editions:
        assert "Download a printable version" in client.get(url).content.decode()
    PrintEdition.objects.all().delete()
    with django_assert_num_queries(len(with_editions)):
        assert "Download a printable version" not in client.get(url).content.decode()
    # Kept for the next reader, until an edition of the page changes.
    with django_assert_num_queries(len(with_editions) - 1):
        client.get(url)


def test_no_edition_is_served_for_an_unpublished_page(published, client):
    published.unpublish()
    for format in ("standard", "poster"):
        response = client.get(f"/print-editions/{published.pk}/{format}/", follow=True)
        assert response.status_code == 404


def test_staff_see_every_current_edition_by_topic_language_and_format(published, client):
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    sign_in(client, editor)
    listing = client.get("/admin/print-editions/").content.decode()
    assert "How to report abuse" in listing and "Safeguarding adults" in listing
    assert "Large print" in listing and "Record a print run" in listing
    edition = editions_of(published).get(format=PrintFormat.STANDARD)
    download = client.get(f"/admin/print-editions/editions/{edition.pk}/download/")
    assert download.status_code == 200
    panel = client.get(f"/admin/pages/{published.pk}/edit/").content.decode()
    assert edition.download_name in panel

    sign_in(client, UserFactory())
    assert is_refused(client.get("/admin/print-editions/"))


def test_staff_record_a_print_run(published, admin_client, admin_user):
    edition = editions_of(published).get(format=PrintFormat.LARGE)
    add_url = reverse("print_runs:add")
    form = admin_client.get(f"{add_url}?edition={edition.pk}")
    assert f'<option value="{edition.pk}" selected>' in form.content.decode()

    refused = admin_client.post(
        add_url,
        {"edition": edition.pk, "copies": "0", "sent_to": "Central Library"},
    )
    assert "Central Library" in refused.content.decode()
    assert not PrintRun.objects.exists()

    admin_client.post(
        add_url,
        {
            "edition": edition.pk,
            "copies": "50",
            "sent_to": "Central Library",
            "printed_on": "2026-01-05",
        },
    )
    run = PrintRun.objects.get()
    assert (run.copies, run.sent_to, run.recorded_by) == (50, "Central Library", admin_user)


def test_republished_page_marks_older_print_runs_out_of_date(
    published, django_capture_on_commit_callbacks, admin_client
):
    edition = editions_of(published).get(format=PrintFormat.STANDARD)
    run = PrintRun.objects.create(edition=edition, copies=200, sent_to="Jubilee GP surgery")
    assert not PrintRun.objects.out_of_date().exists()

    publish(published, django_capture_on_commit_callbacks, summary="Changed advice.")

    assert list(PrintRun.objects.out_of_date()) == [run]
    report = admin_client.get("/admin/reports/hard-copies-out-of-date/").content.decode()
    assert "Jubilee GP surgery" in report and "Page republished with changes" in report
    dashboard = admin_client.get("/admin/").content.decode()
    assert "Hard copies out of date" in dashboard and "Jubilee GP surgery" in dashboard

    run.withdrawn_on = timezone.localdate()
    run.save()
    assert not PrintRun.objects.out_of_date().exists()


def test_print_runs_of_a_page_past_its_review_date_are_out_of_date(published, admin_client):
    edition = editions_of(published).get(format=PrintFormat.LARGE)
    PrintRun.objects.create(edition=edition, copies=20, sent_to="Carers centre")
    published.next_review_due = timezone.localdate() - datetime.timedelta(days=1)
    published.save()

    report = admin_client.get("/admin/reports/hard-copies-out-of-date/").content.decode()
    assert "Carers centre" in report and "Past its review date" in report
