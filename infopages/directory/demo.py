"""The demo directory: about fifty made-up services around Coventry, from the data file
site/demo/content/directory/services.yaml and its demo postcode extract. Every record
says it is demo content. Running the step again changes nothing."""

import datetime
import uuid
from decimal import Decimal

import polib
import yaml
from django.utils import timezone
from wagtail.models import Locale

from council_site.demo import registry
from council_site.demo.translating import translation_from_po
from council_site.languages import LANGUAGE_INFO, SOURCE_LANGUAGE, TRANSLATED_LANGUAGES

from .models import (
    Accessibility,
    CostOption,
    DirectoryPage,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)
from .postcode_import import import_postcodes

DEMO = "(demo content)"
# Stable identifiers, so the demo's API addresses stay the same from run to run.
NAMESPACE = uuid.UUID("6f1c2d1e-8a5b-4f36-9d35-0c7a4de1b8a1")
LANGUAGE_NAMES = {code: info["name"] for code, info in LANGUAGE_INFO.items()}


def key(*parts):
    return uuid.uuid5(NAMESPACE, "/".join(parts))


PAGE_KEY = "directory/find-support-near-you"
# The PO files' entries for the records in services.yaml have contexts
# `directory/services|term/<name>|<field>` or `directory/services|service/<name>|<field>`.
RECORDS_KEY = "directory/services"
RECORD_MODELS = {"term": TaxonomyTerm, "service": Service}


def directory_page(seeder):
    data = seeder.data.file(PAGE_KEY)
    seeder.child_page(
        seeder.page("home"),
        DirectoryPage,
        PAGE_KEY,
        title=data.require("title"),
        introduction=data.require("introduction"),
    )


def register():
    registry.register("directory", step, after=["logins"])
    registry.register("directory-translations", record_translations, after=["directory"])
    registry.register(
        "directory-page", directory_page, after=["home-page"], before=["page-translations"]
    )


def step(seeder):
    folder = seeder.data_dir / "directory"
    import_postcodes(str(folder / "postcodes-demo.csv"))
    data = yaml.safe_load((folder / "services.yaml").read_text(encoding="utf-8"))
    english = Locale.objects.get(language_code=SOURCE_LANGUAGE)
    taxonomy, _ = Taxonomy.objects.update_or_create(
        id=key("taxonomy"),
        defaults={"name": data["taxonomy"]["name"], "description": data["taxonomy"]["description"]},
    )
    terms = {
        name: TaxonomyTerm.objects.update_or_create(
            translation_key=key("term", name),
            locale=english,
            defaults={"taxonomy": taxonomy, "name": name},
        )[0]
        for name in data["terms"]
    }
    organizations = {
        name: Organization.objects.update_or_create(
            translation_key=key("organization", name),
            locale=english,
            defaults={"name": name, "description": f"{description} {DEMO}"},
        )[0]
        for name, description in data["organizations"].items()
    }
    locations = {name: place(name, details) for name, details in data["locations"].items()}
    owner = seeder.user("editor")
    checked = timezone.localdate()
    for index, row in enumerate(data["services"]):
        name, organization, term_names, where, days, hours, cost, languages, what, who = row
        service, _ = Service.objects.update_or_create(
            translation_key=key("service", name),
            locale=english,
            defaults={
                "organization": organizations[organization],
                "name": name,
                "description": f"{what} {DEMO}",
                "eligibility_description": who,
                "url": "https://www.example.org/demo-directory/",
                "owner": owner,
                # Every seventh service is overdue a check, so the report has something to show.
                "assured_date": checked - datetime.timedelta(days=400 if index % 7 == 0 else 30),
            },
        )
        replace_details(service, where, locations, days, hours, cost, languages, index)
        service.terms.set([terms[term] for term in term_names])
        service.save()
    seeder.log(f"Directory: {len(data['services'])} demo services")


def place(name, details):
    location, _ = Location.objects.update_or_create(
        id=key("location", name),
        defaults={
            "name": name,
            "description": DEMO,
            "address_1": details["address"],
            "postal_code": details["postcode"],
            "latitude": details["lat"],
            "longitude": details["lon"],
        },
    )
    location.accessibility.all().delete()
    Accessibility.objects.bulk_create(
        Accessibility(location=location, feature=feature) for feature in details.get("access", [])
    )
    return location


def replace_details(service, where, locations, days, hours, cost, languages, index):
    for model in (ServiceAtLocation, Phone, Schedule, CostOption, Language):
        model.objects.filter(service=service).delete()
    for name in where:
        ServiceAtLocation.objects.create(
            service=service,
            location=locations[name],
            uuid=key("at", str(service.translation_key), name),
        )
    opens, closes = (datetime.time.fromisoformat(t) for t in hours.split("-"))
    Schedule.objects.create(service=service, byday=days, opens_at=opens, closes_at=closes)
    # Numbers in Ofcom's range kept for drama, so no real line is rung.
    Phone.objects.create(service=service, number=f"024 7696 {index:04d}")
    CostOption.objects.create(
        service=service,
        amount=Decimal(str(cost)),
        amount_description="" if not cost else "per session",
    )
    Language.objects.bulk_create(
        Language(service=service, code=code, name=LANGUAGE_NAMES.get(code, code))
        for code in languages
    )


def records_in(po):
    """{(kind, name): PO file of that record's entries, with wagtail-localize's contexts}."""
    records = {}
    for entry in po:
        record, _bar, field = entry.msgctxt.rpartition("|")
        kind, _slash, name = record.partition("/")
        record = records.setdefault((kind, name), polib.POFile())
        record.append(polib.POEntry(msgctxt=field, msgid=entry.msgid, msgstr=entry.msgstr))
    return records


def record_translations(seeder):
    """The kinds of support and services the PO files translate, published at once."""
    for code in TRANSLATED_LANGUAGES:
        po = seeder.data.translations(code).get(RECORDS_KEY)
        if po is None:
            continue
        locale = Locale.objects.get(language_code=code)
        made = 0
        for (kind, name), entries in records_in(po).items():
            record = RECORD_MODELS[kind].objects.english().get(translation_key=key(kind, name))
            if record.get_translation_or_none(locale) is None:
                label = f"{RECORDS_KEY}|{kind}/{name}"
                translation_from_po(seeder, entries, record, code, label).save_target(publish=True)
                made += 1
        if made:
            seeder.log(f"Directory: translated {made} records into {code}.")
