"""The estimate: how many households a second the calculation works out (10,000
random households, one run), and the SQL queries of each question page, the check
page and the result (each asked for twice; the second is counted)."""

import os
import random
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "var" / "bench"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "council_site.settings.test")
os.environ.setdefault(
    "DATABASE_URL", os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{WORK / 'paying.sqlite3'}")
)
sys.path.insert(0, str(ROOT))

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from infopages.paying.charging import (  # noqa: E402
    AgeBand,
    Figures,
    Household,
    Occupant,
    Setting,
    estimate,
)
from infopages.paying.models import ChargingYear, EstimatePage  # noqa: E402
from infopages.paying.years import financial_year  # noqa: E402
from tests.factories import home_page  # noqa: E402

HOUSEHOLDS = 10_000
FIGURES = {
    "upper_capital_limit": Decimal("23250"),
    "lower_capital_limit": Decimal("14250"),
    "tariff_step": Decimal("250"),
    "personal_expenses_allowance": Decimal("30.65"),
    "mig_single_18_to_24": Decimal("89.15"),
    "mig_single_25_to_pension": Decimal("112.50"),
    "mig_single_pension_age": Decimal("230.00"),
    "mig_couple_18_to_pension": Decimal("88.00"),
    "mig_couple_pension_age": Decimal("175.00"),
    "disability_premium_single": Decimal("49.65"),
    "disability_premium_couple": Decimal("35.00"),
    "enhanced_disability_premium_single": Decimal("24.25"),
    "enhanced_disability_premium_couple": Decimal("17.40"),
    "carer_premium": Decimal("52.00"),
    "dependent_child": Decimal("100.00"),
}
JOURNEY = [
    ("where", {"setting": "care_home"}),
    ("age", {"age_band": "pension_age"}),
    ("partner", {"couple": "no"}),
    ("savings", {"savings": "20,000"}),
    ("home", {"property_value": "150000"}),
    ("who-lives-there", {"occupant": "nobody"}),
    ("first-weeks", {"first_twelve_weeks": "yes"}),
    ("income", {"state_pension": "230", "other_pensions": "20", "benefits": "0", "earnings": "0"}),
]


def pounds(rng, top):
    return Decimal(rng.randrange(0, top * 100)) / 100


def random_household(rng):
    return Household(
        setting=rng.choice(list(Setting)),
        age_band=rng.choice(list(AgeBand)),
        couple=rng.random() < 0.3,
        savings=pounds(rng, 40_000),
        property_value=pounds(rng, 400_000),
        occupant=rng.choice(list(Occupant)),
        first_twelve_weeks=rng.random() < 0.2,
        state_pension=pounds(rng, 250),
        other_pensions=pounds(rng, 200),
        benefits=pounds(rng, 300),
        earnings=pounds(rng, 200),
        housing_costs=pounds(rng, 100),
        disability_related_spending=pounds(rng, 50),
        disability_premium=rng.random() < 0.3,
        enhanced_disability_premium=rng.random() < 0.1,
        carer_premium=rng.random() < 0.1,
        dependent_children=rng.choice((0, 0, 0, 1, 2)),
    )


def households_per_second():
    rng = random.Random(2025)
    households = [random_household(rng) for _ in range(HOUSEHOLDS)]
    figures = Figures(**FIGURES)
    started = time.perf_counter()
    for household in households:
        estimate(household, figures)
    return HOUSEHOLDS / (time.perf_counter() - started)


def fresh_database():
    if connection.vendor == "sqlite":
        Path(connection.settings_dict["NAME"]).unlink(missing_ok=True)
        WORK.mkdir(parents=True, exist_ok=True)
    else:
        call_command("flush", interactive=False, verbosity=0)
    call_command("migrate", verbosity=0)


def queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured)


def queries_per_page():
    fresh_database()
    page = EstimatePage(title="Will I have to pay towards my care?", slug="will-i-have-to-pay")
    home_page().add_child(instance=page)
    page.save_revision().publish()
    this_year = financial_year(date.today())
    ChargingYear.objects.create(
        start_year=this_year,
        effective_from=date(this_year, 4, 1),
        source="Benchmark figures",
        approved_at=timezone.now(),
        **FIGURES,
    )
    client = Client()
    counts = [("start", queries(client, page.url))]
    for name, answers in JOURNEY:
        counts.append((name, queries(client, f"{page.url}question/{name}/")))
        client.post(f"{page.url}question/{name}/", answers)
    counts.append(("check", queries(client, f"{page.url}check/")))
    counts.append(("result", queries(client, f"{page.url}result/")))
    return counts


def main():
    print(f"Estimate calculation: {households_per_second():,.0f} households/second")
    print()
    print(f"{'Page':<20} SQL queries")
    for name, count in queries_per_page():
        print(f"{name:<20} {count}")


if __name__ == "__main__":
    main()
