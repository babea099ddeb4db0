import uuid

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from infopages.feedback.models import PageFeedback


def submit(page, **data):
    return Client().post(reverse("page_feedback:submit", args=[page.pk]), data)


def test_yes_with_a_comment_is_stored_and_thanked(information_page):
    response = submit(
        information_page, useful="yes", comment="Clear, thank you", submission_id=str(uuid.uuid4())
    )
    assert response.status_code == 302
    assert response["Location"] == f"{information_page.url}?feedback=sent#page-feedback"
    feedback = PageFeedback.objects.get()
    assert (feedback.page_id, feedback.useful, feedback.comment) == (
        information_page.pk,
        True,
        "Clear, thank you",
    )
    thanks = Client().get(response["Location"]).content.decode()
    assert "Thank you for your feedback" in thanks


def test_no_without_a_comment_is_stored(information_page):
    submit(information_page, useful="no", submission_id=str(uuid.uuid4()))
    assert PageFeedback.objects.get().useful is False


def test_double_submission_is_stored_once(information_page):
    submission_id = str(uuid.uuid4())
    for _ in range(2):
        assert (
            submit(information_page, useful="yes", submission_id=submission_id).status_code == 302
        )
    assert PageFeedback.objects.count() == 1


def test_missing_answer_is_explained_and_keeps_the_comment(information_page):
    response = submit(information_page, comment="Too long words", submission_id=str(uuid.uuid4()))
    html = response.content.decode()
    assert response.status_code == 400
    assert "There is a problem" in html
    assert "Select yes if this page is useful, or no if it is not" in html
    assert "Too long words</textarea>" in html
    assert not PageFeedback.objects.exists()


@pytest.mark.parametrize("answer", ["maybe", "", "<script>", "1; DROP TABLE"])
def test_junk_answer_is_refused(information_page, answer):
    response = submit(information_page, useful=answer)
    assert response.status_code == 400
    assert "Select yes if this page is useful" in response.content.decode()
    assert not PageFeedback.objects.exists()


def test_oversized_comment_is_refused_with_the_limit(information_page):
    response = submit(information_page, useful="no", comment="x" * 501)
    assert response.status_code == 400
    assert "Your comment must be 500 characters or fewer" in response.content.decode()
    assert not PageFeedback.objects.exists()


def test_html_in_a_comment_is_stored_as_text_and_shown_escaped(information_page):
    response = submit(information_page, useful="sideways", comment="<script>alert(1)</script>")
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.content.decode()


def test_mangled_submission_id_still_keeps_the_answer(information_page):
    assert submit(information_page, useful="yes", submission_id="not-a-uuid").status_code == 302
    assert PageFeedback.objects.count() == 1


def test_feedback_for_a_missing_or_draft_page_is_not_found(information_page):
    information_page.unpublish()
    assert submit(information_page, useful="yes").status_code == 404
    assert Client().post("/en/feedback/999999/", {"useful": "yes"}).status_code == 404


def test_feedback_form_asks_for_no_personal_data(information_page):
    html = Client().get(information_page.url).content.decode()
    form = html.split('id="page-feedback"')[1].split("</form>")[0]
    assert 'name="useful"' in form
    assert 'name="comment"' in form
    for personal in ['name="email"', 'name="name"', 'name="phone"']:
        assert personal not in form
    assert "Do not include personal information" in form


def test_the_questions_made_once_are_in_each_readers_language(information_page):
    """The empty form's questions are made once a language: each language still asks
    in its own words, and each form still has a submission number of its own."""
    english_path = information_page.url
    arabic_path = "/ar/" + english_path.removeprefix("/en/")
    pages = {path: Client().get(path).content.decode() for path in [english_path, arabic_path]}
    forms = {
        path: html.split('id="page-feedback"')[1].split("</form>")[0]
        for path, html in pages.items()
    }
    with translation.override("ar"):
        arabic_question = translation.gettext("Is this page useful?")
    assert arabic_question != "Is this page useful?"
    assert "Is this page useful?" in forms[english_path]
    assert arabic_question in forms[arabic_path]
    assert "Is this page useful?" not in forms[arabic_path]


def test_two_readers_of_a_kept_page_have_both_their_answers_stored(information_page):
    """The page cache keeps the page whole; each reader's form still gets a number of
    its own, so the second reader's answer is not taken for the first one's, sent twice."""
    numbers = [
        Client()
        .get(information_page.url)
        .content.decode()
        .split('name="submission_id" value="')[1][:36]
        for _reader in range(2)
    ]
    assert numbers[0] != numbers[1]
    for number, comment in zip(numbers, ["First reader", "Second reader"], strict=True):
        submit(information_page, useful="no", comment=comment, submission_id=number)
    assert sorted(PageFeedback.objects.values_list("comment", flat=True)) == [
        "First reader",
        "Second reader",
    ]
