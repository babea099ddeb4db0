import datetime
from decimal import Decimal

import pytest

from infopages.directory.models import (
    Accessibility,
    AccessibilityFeature,
    CostOption,
    Language,
    Phone,
    Schedule,
    ServiceStatus,
)
from tests.factories import (
    LocationFactory,
    PostcodeFactory,
    ServiceFactory,
    TaxonomyFactory,
    TaxonomyTermFactory,
)

# Made-up positions around Coventry city centre (CV1 5RR is the search point).
HERE = (52.4068, -1.5197)


class Directory:
    def __init__(self):
        self.postcode = PostcodeFactory(postcode="CV1 5RR", latitude=HERE[0], longitude=HERE[1])
        PostcodeFactory(postcode="CV6 1AA", latitude=52.4300, longitude=-1.5000)
        taxonomy = TaxonomyFactory()
        self.carers = TaxonomyTermFactory(taxonomy=taxonomy, name="Carers")
        self.dementia = TaxonomyTermFactory(taxonomy=taxonomy, name="Dementia")
        self.near = LocationFactory(name="Near hall", latitude=52.4080, longitude=-1.5200)
        self.middle = LocationFactory(name="Middle hall", latitude=52.4300, longitude=-1.5000)
        self.far = LocationFactory(name="Far hall", latitude=52.5500, longitude=-1.3000)
        self.away = LocationFactory(name="Birmingham hall", latitude=52.4862, longitude=-1.8904)
        Accessibility.objects.create(location=self.near, feature=AccessibilityFeature.STEP_FREE)
        self.carers_centre = ServiceFactory(
            name="Carers centre",
            description="Support for unpaid carers.",
            places=[self.middle],
            assured_date=datetime.date(2026, 1, 5),
        )
        self.carers_centre.terms.add(self.carers)
        self.carers_centre.save()
        Phone.objects.create(service=self.carers_centre, number="024 7663 2972")
        Schedule.objects.create(
            service=self.carers_centre,
            byday="MO,WE",
            opens_at=datetime.time(9),
            closes_at=datetime.time(17),
        )
        CostOption.objects.create(service=self.carers_centre, amount=Decimal("0"))
        Language.objects.create(service=self.carers_centre, code="pa", name="Punjabi")
        self.memory_cafe = ServiceFactory(
            name="Memory café",
            description="A friendly café for people living with dementia.",
            places=[self.far, self.near],
        )
        self.memory_cafe.terms.add(self.dementia, self.carers)
        self.memory_cafe.save()
        CostOption.objects.create(service=self.memory_cafe, amount=Decimal("2.50"))
        Schedule.objects.create(service=self.memory_cafe, byday="TU", opens_at=datetime.time(10))
        self.brum = ServiceFactory(name="Birmingham befriending", places=[self.away])
        self.closed = ServiceFactory(
            name="Closed lunch club", status=ServiceStatus.INACTIVE, places=[self.near]
        )
        self.phone_line = ServiceFactory(name="Advice line")


@pytest.fixture
def directory(db):
    return Directory()
