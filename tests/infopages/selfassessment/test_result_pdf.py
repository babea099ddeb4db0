"""The result as a PDF, made for the request by the print editions' path and kept
nowhere, read back with pdftotext."""

import re
import subprocess

import pytest
from pypdf import PdfReader

from infopages.print_editions.models import PrintEdition
from tests.factories import home_page

from .conftest import address
from .factories import SelfAssessmentPageFactory, questions

BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# pdftotext may split or reorder Gurmukhi vowel signs and Arabic marks; spaces and
# those marks are left out of what is compared.
IGNORED = re.compile("[\\s\u0a3f\u064b-\u065f\u0670]")


def comparable(text):
    return IGNORED.sub("", BIDI_CONTROLS.sub("", text))


def pdf_text(content, tmp_path):
    path = tmp_path / "result.pdf"
    path.write_bytes(content)
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.decode()


def download(client, page, format, language="en"):
    response = client.get(address("result_pdf", page, format, language=language))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "no-cache" in response["Cache-Control"]
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.mark.parametrize("format", ["standard", "large"])
def test_the_result_in_english(client, assessment, completed, media, tmp_path, format):
    completed(assessment, "Preparing meals", "Washing", safe="No, someone is hurting me")
    response = client.get(address("result_pdf", assessment, format))
    assert response["Content-Disposition"] == (
        f'attachment; filename="self-assessment-result-{format}.pdf"'
    )
    text = " ".join(pdf_text(response.content, tmp_path).split())
    assert "Check what help you could get: Your result" in text
    assert "you may be eligible for care and support from the council" in text
    assert "You can ask for an assessment whatever your answers." in text
    assert "Which of these are hard without help? Preparing meals; Washing" in text
    assert "How to report abuse" in text
    assert "call 999" in text  # the urgent-help panel
    # Made for this request only: nothing is kept.
    assert not PrintEdition.objects.exists()
    assert not media.exists() or not any(media.rglob("*"))


def text_sizes(content, tmp_path):
    """The size in points of every run of text in the PDF."""
    path = tmp_path / "sizes.pdf"
    path.write_bytes(content)
    sizes = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes.append(round(size * tm[0] * cm[0], 1))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def test_large_print_is_16_point_or_more(client, assessment, completed, media, tmp_path):
    completed(assessment, "Washing")
    standard = text_sizes(download(client, assessment, "standard"), tmp_path)
    large = text_sizes(download(client, assessment, "large"), tmp_path)
    assert min(large) >= 16
    assert 12 <= max(set(standard), key=standard.count) <= 14


def test_answers_are_printed_as_typed(client, db, media, tmp_path):
    payload = '<b>bold</b><script>alert("x")</script>'
    page = SelfAssessmentPageFactory(
        questions=questions(
            [
                (
                    "question",
                    {
                        "section": "about_you",
                        "question": payload,
                        "hint": "",
                        "kind": "single",
                        "answers": [
                            {"text": payload, "outcome": "hygiene", "affects_wellbeing": True},
                            {"text": "No"},
                        ],
                        "show_when": "",
                    },
                )
            ]
        )
    )
    client.get(address("start", page))
    question = page.questions[0]
    client.post(
        address("question", page, question.id),
        {"answer": question.value["answers"].bound_blocks[0].id},
    )
    text = pdf_text(download(client, page, "standard"), tmp_path)
    assert payload in " ".join(text.split())


TRANSLATED = {
    "ar": {
        "title": "تحقق من المساعدة التي يمكنك الحصول عليها",
        "question": "لمن تطلب المساعدة؟",
        "answer": "لنفسي",
        "ask": "يمكنك طلب تقييم مهما كانت إجاباتك.",
    },
    "pa": {
        "title": "ਦੇਖੋ ਕਿ ਤੁਹਾਨੂੰ ਕਿਹੜੀ ਮਦਦ ਮਿਲ ਸਕਦੀ ਹੈ",
        "question": "ਤੁਸੀਂ ਕਿਸ ਲਈ ਪੁੱਛ ਰਹੇ ਹੋ?",
        "answer": "ਆਪਣੇ ਲਈ",
        "ask": "ਤੁਸੀਂ ਆਪਣੇ ਜਵਾਬਾਂ ਦੀ ਪਰਵਾਹ ਕੀਤੇ ਬਿਨਾਂ ਮੁਲਾਂਕਣ ਲਈ ਕਹਿ ਸਕਦੇ ਹੋ।",
    },
}


def translated_questions(page, words):
    """The page's questions, stored form, with the first question and answer in
    another language."""
    items = []
    for number, block in enumerate(page.questions):
        value = block.block.get_prep_value(block.value)
        if number == 0:
            value["question"] = words["question"]
            value["answers"][0]["value"]["text"] = words["answer"]
        items.append(("question", value))
    return items


@pytest.mark.parametrize("code", ["ar", "pa"])
def test_the_result_in_the_readers_language_and_script(
    client, assessment, translate, completed, media, tmp_path, code
):
    words = TRANSLATED[code]
    translate(home_page(), code, {"title": words["title"]})
    translated = translate(
        assessment,
        code,
        {"title": words["title"], "questions": translated_questions(assessment, words)},
    )
    assert translated.questions[0].id == assessment.questions[0].id
    response = completed(assessment, "Preparing meals", "Washing", language=code, at=translated)
    assert response["Location"] == address("check", translated, language=code)
    text = comparable(pdf_text(download(client, translated, "standard", language=code), tmp_path))
    for expected in (words["title"], words["question"], words["answer"], words["ask"]):
        assert comparable(expected) in text


@pytest.mark.parametrize("format", ["easyread", "huge"])
def test_the_result_comes_only_in_standard_and_large_print(client, assessment, completed, format):
    completed(assessment, "Preparing meals")
    assert client.get(address("result_pdf", assessment, format)).status_code == 404
