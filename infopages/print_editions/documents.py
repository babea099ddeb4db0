"""What an edition prints: the HTML of a page, or of a topic as a booklet, in the
page's language and the chosen format, and the hash that says whether it changed."""

import hashlib
from dataclasses import dataclass
from urllib.parse import urlsplit

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import Page, Site

from council_site.languages import LANGUAGE_INFO
from infopages.contact_details import ContactDetails
from infopages.page_types import information_page_model

from .models import PrintFormat

# UKAAF/RNIB: clear print at 12 to 14 point, large print at 16 point or more.
TYPE_SIZES = {
    PrintFormat.STANDARD: {"body": "13pt", "line_height": "1.5", "h1": "24pt", "h2": "18pt"},
    PrintFormat.LARGE: {"body": "18pt", "line_height": "1.6", "h1": "30pt", "h2": "24pt"},
    # Easy Read guidance (Mencap, CHANGE): at least 16 point, one idea to a line.
    PrintFormat.EASY_READ: {"body": "18pt", "line_height": "1.5", "h1": "30pt", "h2": "24pt"},
}
TEMPLATES = {
    "informationpage": "print/information_page.html",
    "informationindexpage": "print/topic_booklet.html",
    "easyreadpage": "print/easy_read_page.html",
}
# An Easy Read page is its own format; the other pages print in standard and large print.
FORMATS = {"easyreadpage": [PrintFormat.EASY_READ]}
STANDARD_FORMATS = [PrintFormat.STANDARD, PrintFormat.LARGE]
# At most this many sides of A4, as Easy Read guidance asks of a document.
EASY_READ_MAX_PAGES = 24
PAGE_NUMBER = "\x00page\x00"
PAGE_COUNT = "\x00pages\x00"


def can_print(page):
    return page.specific_class is not None and page.specific_class._meta.model_name in TEMPLATES


def formats_of(page):
    """The formats a page, or a page type, is printed in."""
    model = page.specific_class if isinstance(page, Page) else page
    return FORMATS.get(model._meta.model_name, STANDARD_FORMATS)


@dataclass(frozen=True)
class Stamp:
    """The edition line: what changes with every edition, and is not content."""

    edition: str
    published_at: object


def css_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def page_counter_content():
    """The CSS `content` for "Page X of Y" in the active language, whatever the
    translation's word order."""
    text = gettext("Page %(page)s of %(pages)s") % {"page": PAGE_NUMBER, "pages": PAGE_COUNT}
    parts = []
    for piece in text.replace(PAGE_COUNT, f"{PAGE_NUMBER}{PAGE_COUNT}").split(PAGE_NUMBER):
        if piece.startswith(PAGE_COUNT):
            parts.append("counter(pages)")
            piece = piece.removeprefix(PAGE_COUNT)
        elif parts:
            parts.append("counter(page)")
        if piece:
            parts.append(css_string(piece))
    return " ".join(parts)


def qr_code(address):
    return segno.make(address, error="m").svg_data_uri(scale=4, border=2)


def printed_address(address):
    parts = urlsplit(address)
    return f"{parts.netloc}{parts.path}".rstrip("/")


def format_request_address(page):
    """Where a reader of paper asks for another format: the form, in the page's
    language (call within that language)."""
    site = page.get_site() or Site.objects.get(is_default_site=True)
    return printed_address(site.root_url + reverse("formatrequests:ask"))


def folders_to_read():
    """Address prefixes WeasyPrint may read, and the folders they are read from:
    uploaded images and the static files. Uploaded documents are not among them."""
    static_root = settings.STATIC_ROOT or settings.STATICFILES_DIRS[0]
    return [
        (f"{settings.MEDIA_URL}images/", str(settings.MEDIA_ROOT / "images")),
        (f"{settings.MEDIA_URL}original_images/", str(settings.MEDIA_ROOT / "original_images")),
        (
            f"{settings.MEDIA_URL}easy-read-pictures/",
            str(settings.MEDIA_ROOT / "easy-read-pictures"),
        ),
        (settings.STATIC_URL, str(static_root)),
    ]


def home_in_language(page):
    site = page.get_site() or Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    return (home.get_translation_or_none(page.locale) or home).specific


def booklet_pages(topic):
    """The topic's live pages in its language (in English where not yet translated),
    in full, in the order of the English topic."""
    listed = topic.information_pages()
    pages = (
        information_page_model()
        .objects.filter(pk__in=[entry.pk for entry in listed])
        .select_related("locale")
    )
    by_id = {page.pk: page for page in pages}
    return [by_id[entry.pk] for entry in listed]


def kind_specific_context(page):
    if page.specific_class._meta.model_name == "informationindexpage":
        entries = booklet_pages(page)
        due = [entry.next_review_due for entry in entries if entry.next_review_due]
        return {"booklet_pages": entries, "next_review_due": min(due, default=None)}
    return {
        "next_review_due": getattr(page, "next_review_due", None),
        "coproduced": page.last_reviewed_with_stakeholders(),
    }


def edition_html(page, format, stamp=None):
    """The edition's HTML. Without a stamp, the edition line is left out: that is
    what the content hash is made from."""
    page = page.specific
    language = page.locale.language_code
    with translation.override(language):
        address = page.full_url
        home = home_in_language(page)
        context = {
            "page": page,
            "format": format,
            "sizes": TYPE_SIZES[format],
            "is_large_print": format in (PrintFormat.LARGE, PrintFormat.EASY_READ),
            "language": LANGUAGE_INFO[language],
            "direction": "rtl" if LANGUAGE_INFO[language]["bidi"] else "ltr",
            "languages": LANGUAGE_INFO.values(),
            "council": ContactDetails.for_language(language),
            "home": home,
            "address": address,
            "printed_address": printed_address(address),
            "qr_code": qr_code(address),
            "format_request_address": format_request_address(page),
            "page_counter": page_counter_content(),
            "stamp": stamp,
            **kind_specific_context(page),
        }
        return render_to_string(TEMPLATES[page.specific_class._meta.model_name], context)


def content_hash(html):
    return hashlib.sha256(html.encode()).hexdigest()


def stamp_for(page, made_at):
    # Isolated left to right, so that 2026-11 does not read 11-2026 in Arabic or Urdu.
    return Stamp(
        edition=f"\u2066{timezone.localtime(made_at):%Y-%m}\u2069",
        published_at=page.last_published_at or made_at,
    )


def base_url(page):
    return page.get_site().root_url + "/"
