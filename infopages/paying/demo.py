"""The estimate's demo: the 2025/26 charging figures (entered by one finance login
and approved by another) and the estimate page below the financial assessment
topic, both read from site/demo/content/paying/. Running it again changes nothing."""

from decimal import Decimal

import yaml
from django.db import transaction

from .models import ChargingYear, EstimatePage

FIGURES_FILE = "paying/charging-figures-2025-26.yaml"
PAGE_FILE = "paying/will-i-have-to-pay.yaml"
PAGE_KEY = "paying/will-i-have-to-pay"


def read(seeder, name):
    return yaml.safe_load((seeder.data_dir / name).read_text())


@transaction.atomic
def add_charging_figures(seeder):
    data = read(seeder, FIGURES_FILE)
    if ChargingYear.objects.filter(start_year=data["start_year"]).exists():
        return
    year = ChargingYear(
        start_year=data["start_year"],
        effective_from=data["effective_from"],
        source=" ".join(data["source"].split()),
        notes=" ".join(data["notes"].split()),
        **{name: Decimal(value) for name, value in data["figures"].items()},
    )
    year.record_change(seeder.user(data["entered_by"]))
    year.save()
    year.approve(seeder.user(data["approved_by"]))
    seeder.log(f"Charging figures for {year}, approved")


@transaction.atomic
def add_estimate_page(seeder):
    data = read(seeder, PAGE_FILE)
    topic = seeder.page(data["parent"])
    if EstimatePage.objects.filter(slug=data["slug"], locale=topic.locale).exists():
        return
    page = EstimatePage(
        title=data["title"],
        slug=data["slug"],
        introduction=" ".join(data["introduction"].split()),
        financial_assessment_page=seeder.page(data["financial_assessment_page"]),
        is_demo_content=True,
    )
    topic.add_child(instance=page)
    page.save_revision().publish()
    seeder.log(f"Estimate page at {page.url_path}")


def step(seeder):
    add_charging_figures(seeder)
    add_estimate_page(seeder)
