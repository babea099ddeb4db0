"""The estimate's demo: the charging figures of each year in site/demo/content/paying/
(entered by one finance login and approved by another) and the estimate page below
the financial assessment topic. Running it again changes nothing."""

import datetime
from decimal import Decimal

from council_site.demo import registry

from .models import ChargingYear, EstimatePage

FIGURES_KEYS = ("paying/charging-figures-2025-26", "paying/charging-figures-2026-27")
# The page is known by its data file's key: the languages' PO entries name it.
PAGE_KEY = "paying/will-i-have-to-pay"


def one_line(text):
    return " ".join(text.split())


def add_charging_figures(seeder, key):
    data = seeder.data.file(key)
    start_year = data.require("start_year", int)
    if ChargingYear.objects.filter(start_year=start_year).exists():
        return
    year = ChargingYear(
        start_year=start_year,
        effective_from=data.require("effective_from", datetime.date),
        source=one_line(data.require("source")),
        notes=one_line(data.require("notes")),
        **{name: Decimal(value) for name, value in data.require("figures", dict).items()},
    )
    year.record_change(seeder.user(data.require("entered_by")))
    year.save()
    year.approve(seeder.user(data.require("approved_by")))
    seeder.log(f"Charging figures for {year}, approved")


def add_estimate_page(seeder):
    data = seeder.data.file(PAGE_KEY)
    seeder.child_page(
        seeder.page(data.require("parent")),
        EstimatePage,
        PAGE_KEY,
        title=data.require("title"),
        introduction=one_line(data.require("introduction")),
        financial_assessment_page=seeder.page(data.require("financial_assessment_page")),
    )


def step(seeder):
    for key in FIGURES_KEYS:
        add_charging_figures(seeder, key)
    add_estimate_page(seeder)


def register():
    registry.register("estimate", step, after=["topics", "logins"], before=["page-translations"])
