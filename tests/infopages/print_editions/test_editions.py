"""Each edition, read back from the PDF: text, fonts, page count, type size, QR code
and accessibility metadata, for pages in five scripts and both formats."""

import re

import pytest
from django.utils.html import strip_tags
from pypdf import PdfReader

from infopages.print_editions.generation import make_edition_now
from infopages.print_editions.models import PrintFormat

from .conftest import (
    comparable,
    normalised,
    pdf_fonts,
    pdf_lines,
    pdf_text,
    qr_codes,
    text_sizes,
)

SCRIPT_FONTS = {
    "en": "Noto-Sans",
    "ar": "Noto-Naskh-Arabic",
    "ur": "Noto-Naskh-Arabic",
    "pa": "Noto-Sans-Gurmukhi",
    "ti": "Noto-Sans-Ethiopic",
}


def words(text):
    """The words of a text without the punctuation that right-to-left lines move."""
    return re.findall(r"[^\s.,،۔:;!?()“”\"'-]+", text)


def first_words(page, count=4):
    paragraph = next(block for block in page.body if block.block_type == "paragraph")
    return " ".join(normalised(strip_tags(paragraph.value.source)).split()[:count])


@pytest.fixture
def in_language(long_page, translated):
    return lambda code: long_page if code == "en" else translated(long_page, code)


@pytest.mark.parametrize("code", list(SCRIPT_FONTS))
def test_every_script_prints_its_words_with_embedded_fonts(in_language, code):
    page = in_language(code)
    for format in (PrintFormat.STANDARD, PrintFormat.LARGE):
        edition = make_edition_now(page.pk, format)
        text = comparable(pdf_text(edition.file.path))
        assert comparable(page.title) in text
        expected = f"{page.summary} {first_words(page, count=30)}"
        missing = [word for word in words(expected) if comparable(word) not in text]
        assert not missing
        assert "\ufffd" not in text
        fonts = pdf_fonts(edition.file.path)
        assert fonts and all(embedded for _name, embedded in fonts), fonts
        assert any(name.split("+")[1].startswith(SCRIPT_FONTS[code]) for name, _e in fonts)
        assert 2 <= edition.page_count <= 16
        assert edition.locale.language_code == code


@pytest.mark.parametrize("code", ["en", "ar"])
def test_large_print_has_no_text_under_16_point_and_standard_reads_at_12_to_14(in_language, code):
    page = in_language(code)
    large = text_sizes(make_edition_now(page.pk, PrintFormat.LARGE).file.path)
    standard = text_sizes(make_edition_now(page.pk, PrintFormat.STANDARD).file.path)

    assert min(size for _text, size in large) >= 16
    summary_start = normalised(page.summary).split()[0]
    summary_sizes = [size for text, size in standard if summary_start in normalised(text)]
    body_sizes = [size for _text, size in standard]
    assert summary_sizes and 12 <= max(set(body_sizes), key=body_sizes.count) <= 14


def digit_groups(line):
    """A line's groups of digits, left to right on paper (a full stop or bracket
    beside a group left out)."""
    groups = [re.fullmatch(r"\W*(\d+)\W*", word) for word in line]
    return [group.group(1) for group in groups if group]


def starts_line(word, line):
    """Whether a right-to-left line begins (at its right) with the word; pdftotext
    gives Arabic letters in the order they stand on paper."""
    first = comparable(line[-1]) if line else ""
    return first in {comparable(word), comparable(word[::-1])}


@pytest.mark.parametrize("code", ["ar", "ur"])
def test_phone_numbers_print_left_to_right_and_typed_lines_stay_lines(in_language, code):
    page = in_language(code)
    contact = next(block.value for block in page.body if block.block_type == "contact")
    typed_lines = contact["opening_hours"].splitlines()
    assert len(typed_lines) >= 3
    for format in (PrintFormat.STANDARD, PrintFormat.LARGE):
        lines = pdf_lines(make_edition_now(page.pk, format).file.path)
        for typed in typed_lines:
            assert any(starts_line(typed.split()[0], line) for line in lines), (format, typed)
        numbers = 0
        for line in lines:
            groups = digit_groups(line)
            for position, group in enumerate(groups):
                if group == "18001":
                    assert groups[position + 1] == "024", (format, line)
                if group == "024":
                    # The whole number, in order, on this line.
                    assert groups[position + 1 : position + 3] in (
                        ["7683", "3003"],
                        ["7683", "2222"],
                    ), (format, line)
                    numbers += 1
        assert numbers >= 5


@pytest.mark.parametrize("code", list(SCRIPT_FONTS))
def test_qr_code_takes_the_reader_to_the_page_in_its_language(in_language, code, tmp_path):
    page = in_language(code)
    edition = make_edition_now(page.pk, PrintFormat.STANDARD)
    assert qr_codes(edition.file.path, tmp_path) == [page.full_url]
    assert f"/{code}/safeguarding-adults/what-is-abuse" in page.full_url
    text = pdf_text(edition.file.path)
    assert re.sub(r"^https?://", "", page.full_url).rstrip("/") in text


@pytest.mark.parametrize("code", ["en", "ur"])
def test_pdf_is_tagged_with_title_and_language(in_language, code):
    page = in_language(code)
    reader = PdfReader(make_edition_now(page.pk, PrintFormat.STANDARD).file.path)
    catalog = reader.trailer["/Root"]
    assert reader.metadata.title == page.title
    assert catalog["/Lang"] == code
    assert catalog["/MarkInfo"]["/Marked"]
    assert "/StructTreeRoot" in catalog
    assert "pdfuaid:part" in reader.xmp_metadata.stream.get_data().decode()


def test_edition_holds_council_contents_urgent_help_languages_and_edition_line(long_page):
    long_page.next_review_due = long_page.last_reviewed = None
    edition = make_edition_now(long_page.pk, PrintFormat.STANDARD)
    text = pdf_text(edition.file.path)
    for expected in [
        "Coventry City Council",
        "Contents",
        "Get help now",
        "This information is available in other languages and formats",
        "Polski",
        "ትግርኛ",
        "getinvolvedasc@coventry.gov.uk",
        f"Edition {edition.edition_label}, printed from the version published on",
        f"Page 1 of {edition.page_count}",
    ]:
        assert normalised(expected) in text, expected


def test_translated_edition_speaks_its_language(long_page, translated):
    page = translated(long_page, "ar")
    text = pdf_text(make_edition_now(page.pk, PrintFormat.STANDARD).file.path)
    assert re.search(r"صفحة 1\s*من", text)
    assert "المحتويات" in text


def test_every_block_is_laid_out_for_paper(information_page):
    text = pdf_text(make_edition_now(information_page.pk, PrintFormat.STANDARD).file.path)
    # Details are printed open, external links show their address, contacts in full.
    assert "Can I stay anonymous? Yes, you can." in text
    assert "GOV.UK (https://www.gov.uk/)" in text
    assert "Care Act guidance (https://www.gov.uk/care-act)" in text
    assert "024 7683 3003" in text and "Council House" in text


def test_topic_booklet_has_a_contents_page_and_every_page(long_page):
    topic = long_page.get_parent().specific
    edition = make_edition_now(topic.pk, PrintFormat.LARGE)
    text = pdf_text(edition.file.path)
    assert normalised(topic.title) in text and "Contents" in text
    assert normalised(long_page.title) in text and first_words(long_page) in text
    assert edition.download_name.startswith("safeguarding-adults-en-large-print-")
