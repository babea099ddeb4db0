"""The translatable strings of the Jinja2 templates, for Django's catalogues.

Django's makemessages reads templates as Django templates, so the Jinja2 ones are
read here instead, by the very environment that renders them (Jinja2's own
extractor: `_`, `gettext`, `ngettext`, `pgettext`, `npgettext` with literal
strings), and added to what makemessages collects (see the makemessages command)."""

import re
from dataclasses import dataclass
from pathlib import Path

from django.template import engines

from .jinja2 import is_django_template

TEMPLATE_SUFFIXES = (".html", ".txt")
# A %-directive: with new-style gettext every string is formatted (a lone % is %%).
PYTHON_FORMAT = re.compile(r"%(\([^)]*\))?[#0 +-]?\d*(\.\d+)?[diouxXeEfFgGcrsa%]")


@dataclass(frozen=True)
class Message:
    msgid: str
    msgid_plural: str = ""
    msgctxt: str | None = None
    path: str = ""
    lineno: int = 0

    @property
    def is_python_format(self):
        return bool(PYTHON_FORMAT.search(self.msgid + self.msgid_plural))


def as_message(function, arguments, path, lineno):
    """A Message from one call found by Jinja2, or None when its text is not literal."""
    arguments = arguments if isinstance(arguments, tuple) else (arguments,)
    if function in ("pgettext", "npgettext"):
        context, *arguments = arguments
    else:
        context = None
    singular = arguments[0]
    plural = arguments[1] if function in ("ngettext", "npgettext") else ""
    if not isinstance(singular, str) or plural is None:
        return None
    return Message(singular, plural or "", context, path, lineno)


def jinja2_templates():
    """(name, path) of every template Jinja2 renders from the templates folders."""
    environment = engines["jinja2"].env
    for folder in engines["jinja2"].template_dirs:
        folder = Path(folder)
        for path in sorted(folder.rglob("*")):
            name = path.relative_to(folder).as_posix()
            if path.suffix in TEMPLATE_SUFFIXES and not is_django_template(name):
                yield environment, name, path


def template_messages(relative_to=None):
    """Every translatable string of the Jinja2 templates, in file and line order."""
    for environment, _name, path in jinja2_templates():
        shown = path.relative_to(relative_to) if relative_to else path
        for lineno, function, arguments in environment.extract_translations(path.read_text()):
            message = as_message(function, arguments, str(shown), lineno)
            if message is not None:
                yield message
