"""Right-to-left pages are mirrored, and every script is drawn with real glyphs."""

import pytest

from tests.browser.pages import PUBLIC_PAGES

# Each sample, and typefaces (from the Debian fonts the set-up installs) that have
# real glyphs for its script: any other font would draw empty boxes.
SCRIPT_SAMPLES = {
    "Arabic": ("حماية البالغين", ("Arabic", "DejaVu Sans")),
    "Urdu": ("بالغوں کا تحفظ", ("Arabic", "Urdu", "DejaVu Sans")),
    "Punjabi (Gurmukhi)": ("ਬਾਲਗਾਂ ਦੀ ਸੁਰੱਖਿਆ", ("Gurmukhi",)),
    "Gujarati": ("પુખ્ત વયના લોકોની સુરક્ષા", ("Gujarati",)),
    "Tigrinya (Ethiopic)": ("ሓለዋ ዓበይቲ ሰባት", ("Ethiopic",)),
}


def fonts_drawing(page, texts):
    """The fonts Chromium uses for each text, as its DevTools protocol reports them."""
    page.evaluate(
        """texts => { texts.forEach((text, index) => {
             const sample = document.createElement("p");
             sample.id = `script-sample-${index}`;
             sample.textContent = text;
             document.body.append(sample);
           }); return document.body.offsetHeight; }""",
        texts,
    )
    devtools = page.context.new_cdp_session(page)
    devtools.send("DOM.enable")
    devtools.send("CSS.enable")
    root = devtools.send("DOM.getDocument")["root"]["nodeId"]
    fonts = []
    for index in range(len(texts)):
        node = devtools.send(
            "DOM.querySelector", {"nodeId": root, "selector": f"#script-sample-{index}"}
        )
        fonts.append(
            devtools.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})["fonts"]
        )
    return fonts


def test_every_script_is_drawn_by_a_font_made_for_it(page, served_site):
    page.goto(served_site + PUBLIC_PAGES["home"])
    samples = list(SCRIPT_SAMPLES.values())
    drawn = fonts_drawing(page, [text for text, _family in samples])
    for (text, families), fonts in zip(samples, drawn, strict=True):
        letters = len(text.replace(" ", ""))
        by_script_fonts = sum(
            font["glyphCount"]
            for font in fonts
            if any(family in font["familyName"] for family in families)
        )
        # Marks combine with letters, so a script font draws fewer glyphs than characters.
        assert by_script_fonts >= letters // 2, (text, fonts)


def box(page, selector):
    return page.locator(selector).first.bounding_box()


def test_arabic_page_is_mirrored(page, served_site, artifacts):
    page.goto(served_site + PUBLIC_PAGES["arabic-page"])
    page.screenshot(path=artifacts / "arabic-page.png", full_page=True)
    container = box(page, "main")
    heading = box(page, "h1")
    # Text starts at the right edge of the page, and the layout column sits on the right.
    assert abs((heading["x"] + heading["width"]) - (container["x"] + container["width"])) < 20
    crumbs = page.locator(".govuk-breadcrumbs__list-item")
    assert crumbs.nth(0).bounding_box()["x"] > crumbs.nth(1).bounding_box()["x"]
    bullet_list = box(page, ".app-prose ul")
    item = box(page, ".app-prose ul li")
    assert (
        item["x"] + item["width"] < bullet_list["x"] + bullet_list["width"]
    )  # room for bullets on the right
    assert (
        page.evaluate(
            "getComputedStyle(document.querySelector('.govuk-inset-text')).borderRightWidth"
        )
        == "10px"
    )


def test_english_fallback_is_marked_as_english_inside_an_arabic_page(page, served_site, artifacts):
    page.goto(served_site + PUBLIC_PAGES["arabic-missing-page"])
    page.screenshot(path=artifacts / "arabic-missing-page.png", full_page=True)
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("main").get_attribute("lang") == "en"
    assert page.locator("main").get_attribute("dir") == "ltr"
    page.locator("#translation-notice button").click()
    assert "?translation=requested" in page.url
    assert page.locator("#translation-notice").is_visible()


# For each checkbox and radio: its label, whether the box or circle drawn for it sits
# over the input a reader clicks, and how many lines its label takes.
CHOICES_AS_DRAWN = """() => [...document.querySelectorAll(
    '.govuk-checkboxes__item, .govuk-radios__item')].map(item => {
  const label = item.querySelector('label');
  const drawn = getComputedStyle(label, '::before');
  const itemBox = item.getBoundingClientRect();
  const drawnLeft = drawn.left !== 'auto'
    ? itemBox.left + parseFloat(drawn.left)
    : itemBox.right - parseFloat(drawn.right) - parseFloat(drawn.width);
  const input = item.querySelector('input').getBoundingClientRect();
  const text = document.createRange();
  text.selectNodeContents(label);
  const lines = new Set([...text.getClientRects()].map(line => Math.round(line.top))).size;
  return {label: label.innerText, overInput: Math.abs(drawnLeft - input.left) < 6, lines};
})"""


def test_arabic_checkboxes_and_radios_are_drawn_beside_their_labels(page, served_site, artifacts):
    page.goto(served_site + PUBLIC_PAGES["arabic-sign-up"])
    page.screenshot(path=artifacts / "arabic-sign-up.png", full_page=True)
    choices = page.evaluate(CHOICES_AS_DRAWN)
    assert {choice["label"] for choice in choices if not choice["overInput"]} == set()

    page.goto(served_site + PUBLIC_PAGES["arabic-page"])
    feedback = page.evaluate(CHOICES_AS_DRAWN)
    assert [(choice["label"], choice["lines"]) for choice in feedback] == [("نعم", 1), ("لا", 1)]


RIGHT_TO_LEFT_PAGE_ADDRESSES = """
from wagtail.models import Page
pages = Page.objects.live().filter(locale__language_code__in=["ar", "ur"], depth__gt=1)
print(" ".join(page.get_url() for page in pages))
"""

# Each UK number written out in the page's text, and its digit groups: where each
# group of each number stands on screen.
NUMBER_GROUP_POSITIONS = """() => {
  document.querySelectorAll("details").forEach(details => { details.open = true; });
  const number = /(?:18001 )?(?:\\+44 |0)\\d{2,4}(?: \\d{3,6}){1,2}/g;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const found = [];
  while (walker.nextNode()) {
    const node = walker.currentNode;
    for (const match of node.data.matchAll(number)) {
      let offset = match.index;
      const groups = match[0].split(" ").map(text => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + text.length);
        offset += text.length + 1;
        const rects = [...range.getClientRects()];
        return rects.length ? {text, left: rects[0].left, top: rects[0].top} : null;
      });
      if (groups.every(Boolean)) found.push({number: match[0], groups});
    }
  }
  return found;
}"""


def test_phone_numbers_read_left_to_right_on_one_line_in_arabic_and_urdu(
    page, served_site, served_site_shell, artifacts
):
    addresses = served_site_shell(RIGHT_TO_LEFT_PAGE_ADDRESSES).split()
    assert any(address.startswith("/ar/") for address in addresses)
    assert any(address.startswith("/ur/") for address in addresses)
    page.set_viewport_size({"width": 390, "height": 844})
    numbers_seen = 0
    for address in addresses:
        page.goto(served_site + address)
        for number in page.evaluate(NUMBER_GROUP_POSITIONS):
            lefts = [group["left"] for group in number["groups"]]
            tops = {round(group["top"]) for group in number["groups"]}
            assert lefts == sorted(lefts), (address, number["number"], lefts)
            assert len(tops) == 1, (address, number["number"], "broken across lines")
            numbers_seen += 1
    assert numbers_seen >= 2 * len(addresses)
    for address in ("/ar/safeguarding-adults/how-to-report-abuse/", "/ur/"):
        page.goto(served_site + address)
        name = address.strip("/").replace("/", "-")
        page.screenshot(path=artifacts / f"numbers-390px-{name}.png", full_page=True)


LINE_EDGES = """() => {
  const rtl = getComputedStyle(document.documentElement).direction === "rtl";
  const items = [...document.querySelectorAll(".govuk-language-navigation__list-item")];
  const lines = new Map();
  items.forEach((item) => {
    const box = item.getBoundingClientRect();
    const line = lines.get(Math.round(box.top)) || [];
    lines.set(Math.round(box.top), [...line, box]);
  });
  // Each line's first and last language in reading (and page) order, and a gap between two.
  return [...lines.values()].map((boxes) => {
    const [first, last] = [boxes[0], boxes[boxes.length - 1]];
    const byX = [...boxes].sort((a, b) => a.left - b.left);
    return {top: first.top, height: first.height,
            start: rtl ? first.right : first.left, end: rtl ? last.left : last.right,
            between: boxes.length > 1 ? [byX[0].right, byX[1].left] : null, rtl};
  });
}"""


def marks_in(page, left, right, line):
    """Whether anything is drawn between two x positions on a line of the switcher."""
    from io import BytesIO

    from PIL import Image

    left, right = max(round(left), 0), min(round(right), page.viewport_size["width"])
    if right - left < 2:
        return False
    clip = {"x": left, "y": line["top"], "width": right - left, "height": line["height"]}
    pixels = Image.open(BytesIO(page.screenshot(clip=clip))).convert("L").getdata()
    return max(pixels) - min(pixels) > 40


@pytest.mark.parametrize("code", ["en", "ar", "ur"])
def test_no_line_of_the_language_switcher_starts_or_ends_with_a_separator(
    browser, served_site, artifacts, code
):
    context = browser.new_context(viewport={"width": 390, "height": 800})
    narrow = context.new_page()
    narrow.goto(f"{served_site}/{code}/safeguarding-adults/how-to-report-abuse/")
    narrow.locator(".app-languages").screenshot(path=artifacts / f"languages-{code}-390.png")
    lines = narrow.evaluate(LINE_EDGES)
    outward = -1 if lines[0]["rtl"] else 1
    try:
        assert len(lines) > 1, "the switcher should wrap at 390 px"
        for line in lines:
            after_end = sorted([line["end"] + 2 * outward, line["end"] + 16 * outward])
            before_start = sorted([line["start"] - 16 * outward, line["start"] - 2 * outward])
            assert not marks_in(narrow, *after_end, line), f"a separator ends the line: {line}"
            assert not marks_in(narrow, *before_start, line), f"a separator starts it: {line}"
        # Languages on one line are still set apart.
        line = next(line for line in lines if line["between"])
        assert marks_in(narrow, line["between"][0] + 2, line["between"][1] - 2, line)
    finally:
        context.close()
