"""The Easy Read edition, read back from the PDF in English and Arabic: its words,
its fonts, A4 paper, nothing under 16 point, each point beside its picture on the
side the reading starts from, and the QR code to the page."""

import re
import subprocess
import xml.etree.ElementTree as ET

import pytest
from pypdf import PdfReader

from infopages.print_editions.generation import make_edition_now
from infopages.print_editions.models import PrintEdition, PrintFormat
from tests.factories import EasyReadPageFactory, EasyReadPictureFactory, easy_read_rows, glossary
from tests.translating import translate

from .conftest import comparable, pdf_fonts, pdf_text, qr_codes, text_sizes

A4_POINTS = (595, 842)
MM = 72 / 25.4
# The page margin, the picture's column and the gap beside it (templates/print/easy_read_page.html).
WORDS_START = (20 + 30 + 8) * MM - 2

ROWS = [
    ("A red warning light", "Abuse is when someone hurts you.\nIt is wrong."),
    ("A telephone", "Phone us to tell us.\nWe will listen."),
]
ARABIC = {
    "title": "ما هي الإساءة؟ نسخة سهلة القراءة",
    "summary": "تخبرك هذه الصفحة ما هي الإساءة.",
    "alt": ["ضوء تحذير أحمر", "هاتف"],
    "rows": ["الإساءة هي عندما يؤذيك شخص ما.\nهذا خطأ.", "اتصل بنا لتخبرنا.\nسنستمع إليك."],
    "glossary": [("الحماية", "إبقاء البالغين في أمان من الأذى.")],
}


@pytest.fixture
def easy_read_in(long_page, translated, django_capture_on_commit_callbacks):
    pictures = [EasyReadPictureFactory(alt_text=alt) for alt, _words in ROWS]
    english = EasyReadPageFactory(
        parent=long_page,
        slug="easy-read",
        title="What is abuse? Easy Read",
        summary="This page says what abuse is.",
        body=easy_read_rows([(p, words) for p, (_alt, words) in zip(pictures, ROWS, strict=True)]),
        glossary=glossary([("Safeguarding", "Keeping adults safe from harm.")]),
    )

    def in_language(code):
        if code == "en":
            return english
        translated(long_page, code)
        for picture, alt in zip(pictures, ARABIC["alt"], strict=True):
            translate(picture, code, {"alt_text": alt})
        fields = {
            "title": ARABIC["title"],
            "summary": ARABIC["summary"],
            "body": [
                ("picture_and_words", {"picture": p.pk, "words": words})
                for p, words in zip(pictures, ARABIC["rows"], strict=True)
            ],
            "glossary": [("term", {"word": w, "meaning": m}) for w, m in ARABIC["glossary"]],
        }
        with django_capture_on_commit_callbacks(execute=True):
            translation = translate(english, code, fields)
        translation.refresh_from_db()
        return translation.specific

    return in_language


def words_of(line):
    """A line's words, whatever order pdftotext gives a right-to-left line's words
    (and each word's letters) in, and wherever it puts their full stops."""
    words = [comparable(word) for word in re.findall(r"\w+", line)]
    return tuple(sorted(min(word, word[::-1]) for word in words))


def line_boxes(path):
    """(text, xMin, xMax) of every line of text on the first page."""
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "1", "-bbox-layout", str(path), "-"],
        capture_output=True,
        check=True,
    )
    xhtml = "{http://www.w3.org/1999/xhtml}"
    root = ET.fromstring(result.stdout)  # noqa: S314 - our own PDF
    return [
        (
            " ".join(word.text for word in line.iter(f"{xhtml}word")),
            float(line.get("xMin")),
            float(line.get("xMax")),
        )
        for line in root.iter(f"{xhtml}line")
    ]


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_easy_read_edition_reads_back_in_large_type_on_a4(easy_read_in, code, tmp_path):
    page = easy_read_in(code)
    edition = make_edition_now(page.pk, PrintFormat.EASY_READ)
    assert edition.locale.language_code == code
    path = edition.file.path
    text = comparable(pdf_text(path))
    for expected in [page.title, *(row.value["words"] for row in page.body)]:
        assert comparable(expected) in text, expected
    assert comparable("OpenMoji") in text
    fonts = pdf_fonts(path)
    assert fonts and all(embedded for _name, embedded in fonts), fonts
    reader = PdfReader(path)
    for sheet in reader.pages:
        width, height = (round(float(v)) for v in sheet.mediabox.upper_right)
        assert (width, height) == A4_POINTS
    assert 1 <= edition.page_count <= 24
    sizes = [size for _text, size in text_sizes(path)]
    assert sizes and min(sizes) >= 16, sorted(set(sizes))
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == code and "/StructTreeRoot" in catalog
    assert qr_codes(path, tmp_path) == [page.full_url]


@pytest.mark.parametrize("code", ["en", "ar"])
def test_each_point_stands_beside_its_picture_on_the_reading_side(easy_read_in, code):
    page = easy_read_in(code)
    lines = line_boxes(make_edition_now(page.pk, PrintFormat.EASY_READ).file.path)
    sentences = {words_of(line) for row in page.body for line in row.value.sentences()}
    in_rows = [(x_min, x_max) for text, x_min, x_max in lines if words_of(text) in sentences]
    assert len(in_rows) >= 2
    if code == "en":
        # Left to right: the picture at the left, the words after it.
        assert min(x_min for x_min, _x_max in in_rows) >= WORDS_START
    else:
        assert max(x_max for _x_min, x_max in in_rows) <= A4_POINTS[0] - WORDS_START


def test_an_easy_read_page_has_only_its_easy_read_edition(easy_read_in):
    page = easy_read_in("en")
    assert make_edition_now(page.pk, PrintFormat.STANDARD) is None
    edition = make_edition_now(page.pk, PrintFormat.EASY_READ)
    assert edition.link_text == "Download the Easy Read version (PDF)"
    assert edition.download_name.endswith(f"-en-easy-read-{edition.edition_label}.pdf")
    assert list(PrintEdition.objects.filter(page=page).values_list("format", flat=True)) == [
        PrintFormat.EASY_READ
    ]
