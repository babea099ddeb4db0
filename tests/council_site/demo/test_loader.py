"""The demo's data files are read strictly: a malformed file is refused with its
name and the field at fault, and so is a translation for a page that has no data
file."""

import shutil

import pytest
from wagtail import blocks

from council_site.demo.loader import CONTENT_DIR, DemoData, DemoDataError

PAGE = """\
title: What is abuse
summary: Abuse is when someone harms you.
body:
  - heading:
      text: What safeguarding means
      level: h2
  - paragraph: |
      <p>Everyone has the right to live in safety.</p>
      <ul>
      <li>One</li>
      </ul>
"""


class Body(blocks.StreamBlock):
    heading = blocks.StructBlock([("text", blocks.CharBlock()), ("level", blocks.CharBlock())])
    paragraph = blocks.RichTextBlock()


@pytest.fixture
def data(tmp_path):
    (tmp_path / "safeguarding").mkdir()
    (tmp_path / "safeguarding" / "index.yaml").write_text("title: Safeguarding\n")
    (tmp_path / "safeguarding" / "what-is-abuse.yaml").write_text(PAGE)
    (tmp_path / "translations").mkdir()
    return DemoData(tmp_path)


def write(data, key, text):
    (data.root / f"{key}.yaml").write_text(text)


def test_a_page_file_gives_its_fields_and_blocks(data):
    page = data.file("safeguarding/what-is-abuse")
    assert page.require("title") == "What is abuse"
    body = page.stream("body", Body())
    assert [block.block_type for block in body] == ["heading", "paragraph"]
    # Rich text is written one element to a line and stored as one string.
    assert (
        body[1].value.source
        == "<p>Everyone has the right to live in safety.</p><ul><li>One</li></ul>"
    )
    assert data.known_keys() == {"safeguarding", "safeguarding/what-is-abuse"}


def test_block_ids_are_the_same_every_time(data):
    first = data.file("safeguarding/what-is-abuse").stream("body", Body())
    again = DemoData(data.root).file("safeguarding/what-is-abuse").stream("body", Body())
    assert [block.id for block in first] == [block.id for block in again]


@pytest.mark.parametrize(
    ("text", "field", "problem"),
    [
        ("summary: No title\n", "title", "is missing"),
        ("title: [not, text]\n", "title", "must be text"),
        ("title: A\nbody:\n  - poem: Roses\n", "body[0]", "unknown block “poem”"),
        ("title: A\nbody:\n  - heading: {text: A, size: 3}\n", "body[0].heading", "size"),
        ("title: A\nbody:\n  - paragraph: [1, 2]\n", "body[0].paragraph", "must be text"),
    ],
)
def test_a_malformed_file_is_refused_naming_the_file_and_field(data, text, field, problem):
    write(data, "safeguarding/what-is-abuse", text)
    page = data.file("safeguarding/what-is-abuse")
    with pytest.raises(DemoDataError) as refused:
        page.require("title")
        page.stream("body", Body())
    message = str(refused.value)
    assert "safeguarding/what-is-abuse.yaml" in message
    assert f"“{field}”" in message and problem in message


def test_a_file_that_is_not_yaml_is_refused_with_its_name(data):
    write(data, "safeguarding/what-is-abuse", "title: [unclosed\n")
    with pytest.raises(DemoDataError, match=r"what-is-abuse\.yaml: is not valid YAML"):
        data.file("safeguarding/what-is-abuse")


def po(entries):
    body = "".join(
        f'msgctxt "{context}"\nmsgid "{msgid}"\nmsgstr "{msgstr}"\n\n'
        for context, msgid, msgstr in entries
    )
    return f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n{body}'


def test_a_language_file_is_split_by_page_key(data):
    (data.root / "translations" / "pl.po").write_text(
        po(
            [
                ("safeguarding|title", "Safeguarding", "Ochrona"),
                ("safeguarding/what-is-abuse|title", "What is abuse", "Czym jest przemoc"),
            ]
        )
    )
    by_key = data.translations("pl")
    assert [(e.msgctxt, e.msgstr) for e in by_key["safeguarding/what-is-abuse"]] == [
        ("title", "Czym jest przemoc")
    ]
    assert [e.msgid for e in by_key["safeguarding"]] == ["Safeguarding"]


def test_a_translation_for_an_unknown_page_key_is_refused(data):
    (data.root / "translations" / "pl.po").write_text(
        po([("safeguarding/what-is-fraud|title", "What is fraud", "Czym jest oszustwo")])
    )
    with pytest.raises(DemoDataError) as refused:
        data.translations("pl")
    message = str(refused.value)
    assert "pl.po" in message and "unknown page key “safeguarding/what-is-fraud”" in message


def test_every_demo_data_file_and_translation_reads(tmp_path):
    data = DemoData(shutil.copytree(CONTENT_DIR, tmp_path / "content"))
    for key in data.known_keys():
        data.file(key)
    for code in ("pl", "pa", "ur", "ar", "ro", "ti", "gu"):
        assert set(data.translations(code)) <= data.known_keys()
