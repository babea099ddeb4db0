from datetime import date
from decimal import Decimal

import pytest
import wagtail_factories

from infopages.paying.models import ChargingYear, EstimatePage
from tests.factories import UserFactory, home_page

FIGURES_2025 = {
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
    "enhanced_disability_premium_single": Decimal("24.25"),
    "carer_premium": Decimal("52.00"),
    "dependent_child": Decimal("100.00"),
}


class EstimatePageFactory(wagtail_factories.PageFactory):
    title = "Will I have to pay towards my care?"
    slug = "will-i-have-to-pay"
    parent = None

    class Meta:
        model = EstimatePage


@pytest.fixture
def estimate_page(db):
    return EstimatePageFactory(parent=home_page())


@pytest.fixture
def figures_2025(db):
    year = ChargingYear.objects.create(
        start_year=2025,
        effective_from=date(2025, 4, 7),
        source="Social care charging for local authorities: 2025 to 2026",
        changed_by=UserFactory(),
        **FIGURES_2025,
    )
    year.approve(UserFactory())
    return year
