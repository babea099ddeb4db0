"""UK phone numbers and email addresses found in text that editors and translators
write, so that every page, print edition and email can make them readable and usable.

In Arabic and Urdu a number's digit groups are neutral between right-to-left words:
unless the number is isolated as left to right, "024 7683 2222" is shown as
"2222 7683 024". A number is therefore always set apart left to right, never broken
across lines, and on screen linked so that a reader on a phone can tap it.
"""

import functools
import re
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser

SPACE = "[ \u00a0]"
# A text relay call is the relay prefix dialled before the number: one thing to read.
RELAY_PREFIX = "18001"
NUMBER = re.compile(
    rf"(?<![\w£$€+\-/.,:@&#])"
    rf"(?P<relay>{RELAY_PREFIX}{SPACE})?"
    rf"(?P<number>(?:\+44{SPACE}?(?:\(0\){SPACE}?)?\d{{1,5}}|0\d{{1,5}}|\(0\d{{1,4}}\))"
    rf"(?:{SPACE}?\d{{2,6}}){{0,3}}"
    rf"|999|112|111|101|116{SPACE}?\d{{3}})"
    rf"(?![\w£$€%@]|[\-/.,:]\d)"
)
# UK numbers have ten or eleven digits counting the leading 0.
NATIONAL_LENGTHS = {10, 11}
EMAIL = re.compile(r"(?<![\w.+\-@])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+(?<!\.)(?![\w\-@])")


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    text: str
    uri: str

    @property
    def is_phone(self):
        return self.uri.startswith("tel:")


def national_digits(number):
    digits = re.sub(r"\D", "", number.replace("(0)", ""))
    return "0" + digits[2:] if number.startswith("+44") else digits


def tel_uri(number):
    """The number as a phone dials it from anywhere: +44 for UK numbers, short
    numbers (999, 111) as they are, the relay prefix kept in front."""
    digits = re.sub(r"\D", "", number or "")
    relay = ""
    if digits.startswith(RELAY_PREFIX) and len(digits) > len(RELAY_PREFIX) + 3:
        relay, digits = RELAY_PREFIX, national_digits(number.split(RELAY_PREFIX, 1)[1].strip())
    elif (number or "").strip().startswith("+44"):
        digits = national_digits(number.strip())
    if relay:
        return f"tel:{relay}{digits}"
    if digits.startswith("0") and len(digits) in NATIONAL_LENGTHS:
        return f"tel:+44{digits[1:]}"
    return f"tel:{digits}"


def whole_number(match):
    """The longest reading of the match that is one UK number: a trailing group that
    would make it too long ("0800 123 4567 24 hours") is left out."""
    number = match.group("number")
    if not number.startswith(("0", "+", "(")):
        return match.end()
    groups = re.split(f"(?={SPACE})", number)
    for count in range(len(groups), 0, -1):
        candidate = "".join(groups[:count])
        if len(national_digits(candidate)) in NATIONAL_LENGTHS:
            return match.start("number") + len(candidate)
    return None


def find_contacts(text):
    """Every phone number (with its relay prefix) and email address in the text, in order."""
    found = []
    for match in NUMBER.finditer(text):
        end = whole_number(match)
        if end is not None:
            number = text[match.start() : end]
            found.append(Found(match.start(), end, number, tel_uri(number)))
    for match in EMAIL.finditer(text):
        found.append(Found(match.start(), match.end(), match.group(), "mailto:" + match.group()))
    return sorted(found, key=lambda f: f.start)


def phone_number(number):
    """A field that holds one phone number, found as a number in text would be."""
    return Found(0, len(number), number, tel_uri(number))


def replace_found(text, replace, keep=str):
    """The text with each contact found replaced, and what lies between kept."""
    parts, position = [], 0
    for found in find_contacts(text):
        parts += [keep(text[position : found.start]), replace(found)]
        position = found.end
    return "".join([*parts, keep(text[position:])])


def isolated_in_plain_text(text):
    """Plain text (an email) with each phone number between Unicode's left-to-right
    isolate and its pop, which email programs lay out as the browser does <bdi>."""
    return replace_found(
        text, lambda found: f"\u2066{found.text}\u2069" if found.is_phone else found.text
    )


def contact_link(found):
    text, uri = escape(found.text), escape(found.uri)
    style = ' class="app-phone-number"' if found.is_phone else ""
    return f'<bdi dir="ltr"{style}><a class="govuk-link" href="{uri}">{text}</a></bdi>'


# Text inside these, or inside anything marked left to right, is already a link or
# already set apart: it is left as it is.
LEFT_ALONE = {"a", "bdi", "bdo", "script", "style"}
VOID_ELEMENTS = {"br", "hr", "img", "input", "wbr", "meta", "link", "source"}


class ContactLinker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.open = []

    def left_alone(self):
        return any(self.open)

    def handle_starttag(self, tag, attrs):
        self.parts.append(self.get_starttag_text())
        if tag not in VOID_ELEMENTS:
            self.open.append(tag in LEFT_ALONE or ("dir", "ltr") in attrs)

    def handle_startendtag(self, tag, attrs):
        self.parts.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        self.parts.append(f"</{tag}>")
        if self.open and tag not in VOID_ELEMENTS:
            self.open.pop()

    def handle_data(self, data):
        if self.left_alone():
            self.parts.append(escape(data, quote=False))
        else:
            self.parts.append(replace_found(data, contact_link, lambda t: escape(t, quote=False)))

    def handle_comment(self, data):
        self.parts.append(f"<!--{data}-->")


# The same rich text is shown on page after page; the answer depends on the text alone.
@functools.lru_cache(maxsize=2048)
def linked_in_html(html):
    """Safe HTML with each phone number and email address in its text, outside links
    and isolated parts, made a link set apart left to right. Attributes are untouched."""
    linker = ContactLinker()
    linker.feed(str(html))
    linker.close()
    return "".join(linker.parts)
