"""The directory the browser tests search: a directory page of its own, in English,
Arabic and Polish, and a few services near Truro, far from the demo's around
Coventry, so that a search near them finds only them. Run in the served site's
database through its shell."""

import datetime
from decimal import Decimal

from infopages.directory.models import (
    Accessibility,
    AccessibilityFeature,
    CostOption,
    DirectoryPage,
    Language,
    Schedule,
)
from tests.factories import (
    LocationFactory,
    PostcodeFactory,
    ServiceFactory,
    TaxonomyFactory,
    TaxonomyTermFactory,
    home_page,
)
from tests.translating import translate, translate_page

SLUG = "directory-under-test"
POSTCODE = ("TR1 1AA", 50.2632, -5.0510)
TITLES = {"ar": "ابحث عن دعم قريب منك", "pl": "Znajdź wsparcie w pobliżu"}
# name: (latitude, longitude, accessibility)
PLACES = {
    "Quay hall": (50.2640, -5.0500, [AccessibilityFeature.STEP_FREE]),
    "Lane hut": (50.2700, -5.0400, []),
    "Hill rooms": (50.2800, -5.0700, []),
    "Moor centre": (50.3400, -5.1200, []),  # about 6 miles away
}
KINDS = {"Allotments": "البساتين", "Choirs": "الجوقات"}
# name: (place, kinds, day, cost, languages, Arabic name or None)
SERVICES = {
    "Quay allotment group": ("Quay hall", ["Allotments"], "MO", 0, ["pl"], "مجموعة بستان الرصيف"),
    "Lane knitting circle": ("Lane hut", [], "WE", 0, [], None),
    "Hill choir": ("Hill rooms", ["Choirs"], "TU", 3, ["ar"], None),
    "Moor allotment club": ("Moor centre", ["Allotments"], "MO,FR", 0, [], None),
}


def publish():
    existing = DirectoryPage.objects.filter(slug=SLUG, locale__language_code="en").first()
    if existing is not None:
        return existing.pk
    PostcodeFactory(postcode=POSTCODE[0], latitude=POSTCODE[1], longitude=POSTCODE[2])
    taxonomy = TaxonomyFactory()
    kinds = {name: TaxonomyTermFactory(taxonomy=taxonomy, name=name) for name in KINDS}
    for name, arabic in KINDS.items():
        translate(kinds[name], "ar", {"name": arabic})
    places = {}
    for name, (latitude, longitude, features) in PLACES.items():
        places[name] = LocationFactory(name=name, latitude=latitude, longitude=longitude)
        for feature in features:
            Accessibility.objects.create(location=places[name], feature=feature)
    for name, (place, kind_names, day, cost, languages, arabic) in SERVICES.items():
        service = ServiceFactory(
            name=name,
            description=f"{name} meets near Truro.",
            places=[places[place]],
            assured_date=datetime.date.today(),
        )
        service.terms.set([kinds[kind] for kind in kind_names])
        service.save()
        Schedule.objects.create(
            service=service, byday=day, opens_at=datetime.time(10), closes_at=datetime.time(12)
        )
        CostOption.objects.create(service=service, amount=Decimal(cost))
        for code in languages:
            Language.objects.create(service=service, code=code, name=code)
        if arabic:
            translate(service, "ar", {"name": arabic, "description": "يلتقي قرب ترورو."})
    page = DirectoryPage(title="Find support near you", slug=SLUG, introduction="Search it.")
    home_page().add_child(instance=page)
    page.save_revision().publish()
    for code, title in TITLES.items():
        translate_page(page, code, {"title": title, "introduction": title})
    return page.pk
