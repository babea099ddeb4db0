"""The demo's Easy Read pages: "What is abuse and neglect" and "How to make a
complaint" (site/demo/content/<topic>/<page>/easy-read.yaml), with OpenMoji
pictures read from node_modules/openmoji, where `npm ci` puts them. The pictures'
words and the pages are translated from the languages' PO files."""

import uuid

from django.conf import settings
from django.core.files.base import ContentFile
from wagtail.models import Locale

from council_site.demo import registry
from council_site.demo.loader import DataFile, DemoDataError
from council_site.demo.translating import imported_translation
from council_site.languages import SOURCE_LANGUAGE, TRANSLATED_LANGUAGES

from .blocks import EasyReadBodyBlock, GlossaryBlock
from .models import EasyReadPage, EasyReadPicture
from .pictures import PictureRefused, check_picture

PICTURES_KEY = "easy-read-pictures"
PAGE_KEYS = [
    "safeguarding-adults/what-is-abuse/easy-read",
    "complaints-and-feedback/how-to-make-a-complaint/easy-read",
]
# Stable identifiers, so each picture is one translatable object from run to run.
NAMESPACE = uuid.UUID("0d6f3a8e-5b1c-4c47-9a6e-7f2b8c3d4e51")


def openmoji_folder():
    folder = settings.BASE_DIR / "node_modules" / "openmoji" / "color" / "svg"
    if not folder.is_dir():
        raise DemoDataError(
            f"The OpenMoji pictures are not in {folder}: run `npm ci` (as `make run` "
            "does) to fetch the front end's packages, then seed the demo again."
        )
    return folder


def picture_content(folder, code):
    path = folder / f"{code}.svg"
    if not path.is_file():
        raise DemoDataError(f"{path}: OpenMoji has no picture “{code}”")
    content = path.read_bytes()
    try:
        check_picture(path.name, content)
    except PictureRefused as refusal:
        raise DemoDataError(f"{path}: {refusal}") from refusal
    return content


def picture(seeder, folder, code, credit):
    key = f"{PICTURES_KEY}/{code}"
    english = Locale.objects.get(language_code=SOURCE_LANGUAGE)
    data = seeder.data.file(key)
    found = EasyReadPicture.objects.filter(
        translation_key=uuid.uuid5(NAMESPACE, code), locale=english
    ).first()
    if found is None:
        found = EasyReadPicture(
            translation_key=uuid.uuid5(NAMESPACE, code),
            locale=english,
            title=data.require("title"),
            alt_text=data.require("alt_text"),
            credit=credit,
        )
        found.file.save(f"openmoji-{code.lower()}.svg", ContentFile(picture_content(folder, code)))
    for language in TRANSLATED_LANGUAGES:
        if key not in seeder.data.translations(language):
            continue
        locale = Locale.objects.get(language_code=language)
        if found.get_translation_or_none(locale) is None:
            imported_translation(seeder, key, found, language).save_target(publish=True)
    return found


def pictures(seeder):
    index = seeder.data.file(PICTURES_KEY)
    folder = openmoji_folder()
    credit = index.require("credit")
    made = {code: picture(seeder, folder, code, credit) for code in index.texts("pictures")}
    seeder.log(f"Easy Read picture library: {len(made)} OpenMoji pictures")
    return made


def with_pictures(data, library):
    """The page's data with each row's picture named by its id in the library."""
    rows = []
    for number, row in enumerate(data.require("body", list)):
        value = dict(row.get("picture_and_words") or {})
        code = value.get("picture")
        if code not in library:
            raise data.error(f"body[{number}].picture", f"is not in {PICTURES_KEY}: {code}")
        value["picture"] = str(library[code].pk)
        rows.append({"picture_and_words": value})
    return DataFile(data.key, data.path, {**data.fields, "body": rows})


def pages(seeder):
    english = Locale.objects.get(language_code=SOURCE_LANGUAGE)
    library = {
        code: EasyReadPicture.objects.get(
            translation_key=uuid.uuid5(NAMESPACE, code), locale=english
        )
        for code in seeder.data.file(PICTURES_KEY).texts("pictures")
    }
    for key in PAGE_KEYS:
        data = with_pictures(seeder.data.file(key), library)
        seeder.child_page(
            seeder.page(key.rsplit("/", 1)[0]),
            EasyReadPage,
            key,
            title=data.require("title"),
            summary=data.require("summary"),
            body=data.stream("body", EasyReadBodyBlock()),
            glossary=data.stream("glossary", GlossaryBlock()),
        )


def register():
    registry.register("easy-read-pictures", pictures, after=["contact-details"])
    registry.register(
        "easy-read-pages",
        pages,
        after=["topics", "easy-read-pictures"],
        before=["co-production", "page-translations"],
    )
