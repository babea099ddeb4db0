import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from tests.factories import InformationIndexPageFactory, InformationPageFactory, body, home_page
from tests.translating import translate_page

BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
SAMPLE = yaml.safe_load((Path(__file__).parent / "sample_page.yaml").read_text(encoding="utf-8"))


def blocks(items):
    """The sample's `- block_type: value` items as (block type, value) pairs."""
    return [pair for item in items for pair in item.items()]


@pytest.fixture(autouse=True)
def editions_on_publish(settings, tmp_path):
    settings.PRINT_EDITIONS_ON_PUBLISH = True
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def long_page(db):
    """A long page, "What is abuse and neglect", in its safeguarding topic."""
    home = home_page()
    home.introduction = SAMPLE["home"]["introduction"]
    home.save_revision().publish()
    topic = InformationIndexPageFactory(**SAMPLE["topic"])
    page = SAMPLE["page"]
    return InformationPageFactory(parent=topic, **{**page, "body": body(blocks(page["body"]))})


@pytest.fixture
def translated(settings, django_capture_on_commit_callbacks):
    """Translates the sample page, through wagtail-localize, and publishes the
    translation without making its editions."""

    def translate(page, code):
        settings.PRINT_EDITIONS_ON_PUBLISH = False
        with django_capture_on_commit_callbacks(execute=True):
            translation = translate_into(page, code)
        settings.PRINT_EDITIONS_ON_PUBLISH = True
        return translation

    return translate


def translate_into(page, code):
    sample = SAMPLE["translations"][code]
    translate_page(home_page(), code, sample["home"])
    translate_page(page.get_parent().specific, code, sample["topic"])
    fields = {**sample["page"], "body": blocks(sample["page"]["body"])}
    return translate_page(page, code, fields).specific


# Gurmukhi's vowel sign i is drawn before its consonant, and one glyph can carry only
# one text in a PDF: pdftotext finds it on some syllables, not all, and splits words
# where glyphs overlap. Arabic vowel marks are glyphs of their own that it may read
# out of order. What is compared leaves out spaces and those marks.
IGNORED_IN_COMPARISON = re.compile("[\\s\u0a3f\u064b-\u065f\u0670]")


def normalised(text):
    return " ".join(BIDI_CONTROLS.sub("", text).split())


def comparable(text):
    return IGNORED_IN_COMPARISON.sub("", normalised(text))


def pdf_text(path):
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
    assert result.returncode == 0, result.stderr
    return normalised(result.stdout.decode())


def pdf_lines(path):
    """Every line of text on every page, as its words from left to right on paper."""
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-bbox-layout", str(path), "-"], capture_output=True
    )
    assert result.returncode == 0, result.stderr
    xhtml = "{http://www.w3.org/1999/xhtml}"
    return [
        [
            word.text
            for word in sorted(line.iter(f"{xhtml}word"), key=lambda w: float(w.get("xMin")))
        ]
        for line in ET.fromstring(result.stdout).iter(f"{xhtml}line")  # noqa: S314 - our own PDF
    ]


def pdf_fonts(path):
    """(name, embedded) for every font in the PDF, from pdffonts."""
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    fonts = []
    for line in lines.stdout.splitlines()[2:]:
        columns = line.split()
        # name, type words, encoding, then emb sub uni object id
        fonts.append((columns[0], columns[-5] == "yes"))
    return fonts


def qr_codes(path, tmp_path):
    """Every QR code on every page, decoded from a picture of the page."""
    prefix = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "110", str(path), str(prefix)], check=True)
    found = []
    for picture in sorted(tmp_path.glob("page*.png")):
        found += [code.text for code in zxingcpp.read_barcodes(Image.open(picture))]
    return found


def text_sizes(path):
    """(text, size in points) for every run of text in the PDF."""
    sizes = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes.append((text.strip(), round(size * tm[0] * cm[0], 1)))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return sizes
