"""Reads the demo's data files: one YAML file per page (or other piece of demo
content) under `content/`, keyed by its path without `.yaml` (a folder's
`index.yaml` by the folder's path), and one PO file per language under
`content/translations/`. A malformed file is refused with its name and field."""

import datetime
import uuid
from functools import cache
from pathlib import Path

import polib
import yaml
from wagtail import blocks

CONTENT_DIR = Path(__file__).resolve().parent / "content"
TRANSLATIONS = "translations"
# Blocks get ids made from their place in the data, the same on every database, so
# that the PO files' contexts (which name blocks by id) fit every demo site.
BLOCK_IDS = uuid.UUID("6f1c2a52-8d0e-4a53-9a8e-3c2b7d1e5f40")


class DemoDataError(Exception):
    pass


def block_id(key, *place):
    return str(uuid.uuid5(BLOCK_IDS, "|".join([key, *map(str, place)])))


class DataFile:
    def __init__(self, key, path, fields):
        self.key, self.path, self.fields = key, path, fields

    def error(self, field, problem):
        return DemoDataError(f"{self.path}: “{field}” {problem}")

    def get(self, field, expected=str, default=None):
        value = self.fields.get(field, default)
        if value is not None and not isinstance(value, expected):
            raise self.error(field, f"must be {DESCRIPTIONS[expected]}")
        return value

    def require(self, field, expected=str):
        if field not in self.fields:
            raise self.error(field, "is missing")
        return self.get(field, expected)

    def texts(self, field):
        values = self.require(field, list)
        for number, value in enumerate(values):
            if not isinstance(value, str):
                raise self.error(f"{field}[{number}]", "must be text")
        return values

    def records(self, field):
        values = self.require(field, list)
        for number, value in enumerate(values):
            if not isinstance(value, dict):
                raise self.error(f"{field}[{number}]", "must be a set of named fields")
        return values

    def stream(self, field, stream_block):
        """The field's blocks, each written as `- block_name: value`, as the value of a
        StreamField."""
        raw = []
        for number, item in enumerate(self.require(field, list)):
            place = f"{field}[{number}]"
            if not isinstance(item, dict) or len(item) != 1:
                raise self.error(place, "must be one block: `- block_name: value`")
            ((name, value),) = item.items()
            if name not in stream_block.child_blocks:
                known = ", ".join(stream_block.child_blocks)
                raise self.error(place, f"is an unknown block “{name}” (known: {known})")
            child = stream_block.child_blocks[name]
            raw.append(
                {
                    "type": name,
                    "id": block_id(self.key, field, number),
                    "value": self.raw(child, value, f"{place}.{name}", (field, number)),
                }
            )
        return blocks.StreamValue(
            stream_block,
            [
                (
                    item["type"],
                    stream_block.child_blocks[item["type"]].to_python(item["value"]),
                    item["id"],
                )
                for item in raw
            ],
        )

    def raw(self, block, value, place, ids):
        """The value as the block stores it. Rich text is written one element to a
        line, and its lines are joined again."""
        if isinstance(block, blocks.RichTextBlock):
            if not isinstance(value, str):
                raise self.error(place, "must be text")
            return "".join(value.splitlines())
        if isinstance(block, blocks.StructBlock):
            if not isinstance(value, dict):
                raise self.error(place, "must be a set of named fields")
            unknown = set(value) - set(block.child_blocks)
            if unknown:
                raise self.error(place, f"has unknown fields: {', '.join(sorted(unknown))}")
            return {
                name: self.raw(child, value[name], f"{place}.{name}", ids)
                for name, child in block.child_blocks.items()
                if name in value
            }
        if isinstance(block, blocks.ListBlock):
            if not isinstance(value, list):
                raise self.error(place, "must be a list")
            return [
                {
                    "type": "item",
                    "id": block_id(self.key, *ids, number),
                    "value": self.raw(block.child_block, item, f"{place}[{number}]", ids),
                }
                for number, item in enumerate(value)
            ]
        if not isinstance(value, str):
            raise self.error(place, "must be text")
        return value


DESCRIPTIONS = {
    str: "text",
    int: "a whole number",
    bool: "true or false",
    datetime.date: "a date (YYYY-MM-DD)",
    list: "a list",
    dict: "a set of named fields",
}


class DemoData:
    """The data files under one folder."""

    def __init__(self, root=CONTENT_DIR):
        self.root = Path(root)

    def path_of(self, key):
        for path in (self.root / f"{key}.yaml", self.root / key / "index.yaml"):
            if path.is_file():
                return path
        raise DemoDataError(f"{self.root}: there is no data file for “{key}”")

    def file(self, key):
        return self._file(key)

    @cache  # noqa: B019 - one DemoData lives as long as one run of seed_demo
    def _file(self, key):
        path = self.path_of(key)
        try:
            fields = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as error:
            raise DemoDataError(f"{path}: is not valid YAML: {error}") from error
        if not isinstance(fields, dict):
            raise DemoDataError(f"{path}: must be a set of named fields")
        return DataFile(key, path, fields)

    def known_keys(self):
        keys = set()
        for path in self.root.rglob("*.yaml"):
            relative = path.relative_to(self.root).with_suffix("")
            if relative.parts[0] == TRANSLATIONS:
                continue
            keys.add(str(relative.parent if relative.name == "index" else relative))
        return keys

    def translations(self, language_code):
        return self._translations(language_code)

    @cache  # noqa: B019 - see _file
    def _translations(self, language_code):
        """The language's PO file split by key: for each key, a PO file whose entries
        have wagtail-localize's own contexts, ready for `Translation.import_po`."""
        path = self.root / TRANSLATIONS / f"{language_code}.po"
        try:
            catalogue = polib.pofile(str(path))
        except (OSError, ValueError) as error:
            raise DemoDataError(f"{path}: cannot be read: {error}") from error
        known = self.known_keys()
        by_key = {}
        for entry in catalogue:
            if entry.obsolete:
                continue
            key, bar, context = (entry.msgctxt or "").partition("|")
            if not bar or not context:
                raise DemoDataError(
                    f"{path}: the entry “{entry.msgid[:40]}” needs a context `page key|context`"
                )
            if key not in known:
                raise DemoDataError(
                    f"{path}: the entry “{entry.msgctxt}” is for an unknown page key “{key}”"
                )
            po = by_key.setdefault(key, polib.POFile())
            po.append(polib.POEntry(msgctxt=context, msgid=entry.msgid, msgstr=entry.msgstr))
        return by_key
