"""Django's makemessages, with the Jinja2 templates' strings in the same catalogues.

Django reads .html and .txt files as Django templates; the public templates are
Jinja2, so they are left out of Django's own pass and their strings are read by
Jinja2's extractor (council_site.core.jinja2_messages) and added to the same .pot
before it is merged into each language's django.po. Run it as usual:
`manage.py makemessages --no-location --no-obsolete -l pl …`."""

import os
from pathlib import Path

import polib
from django.core.management.commands import makemessages

from council_site.core.jinja2_messages import jinja2_templates, template_messages


def pot_text(messages):
    pot = polib.POFile(wrapwidth=79)
    pot.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    entries = {}
    for message in messages:
        key = (message.msgctxt, message.msgid, message.msgid_plural)
        if key not in entries:
            entries[key] = polib.POEntry(
                msgctxt=message.msgctxt,
                msgid=message.msgid,
                msgid_plural=message.msgid_plural,
                msgstr="",
                msgstr_plural={0: "", 1: ""} if message.msgid_plural else {},
                flags=["python-format"] if message.is_python_format else [],
            )
            pot.append(entries[key])
        entries[key].occurrences.append((message.path, str(message.lineno)))
    return str(pot)


class Command(makemessages.Command):
    help = makemessages.Command.help + " Includes the Jinja2 templates' strings."

    def find_files(self, root):
        jinja2_paths = {path.resolve() for _environment, _name, path in jinja2_templates()}
        return [
            file
            for file in super().find_files(root)
            if Path(file.path).resolve() not in jinja2_paths
        ]

    def process_files(self, file_list):
        super().process_files(file_list)
        if self.domain != "django":
            return
        potfile = os.path.join(self.default_locale_path, f"{self.domain}.pot")
        makemessages.write_pot_file(potfile, pot_text(template_messages(relative_to=Path.cwd())))
