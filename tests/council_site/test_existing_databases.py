"""A database migrated before the platform moved into site/ keeps working: each
app kept its label, so its migrations are still the ones the database records as
applied and its models still use the tables the database has."""

import json
from pathlib import Path

import pytest
from django.apps import apps
from django.db import connection
from django.db.migrations.loader import MigrationLoader

EXISTING = json.loads((Path(__file__).parent / "existing_database.json").read_text())


def test_every_migration_an_existing_database_applied_is_still_in_the_history():
    graph = MigrationLoader(None, ignore_no_migrations=True).graph
    missing = [name for name in EXISTING["migrations"] if tuple(name.split(".")) not in graph.nodes]
    assert missing == []


def test_the_models_still_use_every_table_an_existing_database_has():
    tables = {model._meta.db_table for model in apps.get_models()}
    assert sorted(set(EXISTING["tables"]) - tables) == []


@pytest.mark.django_db
def test_migrating_from_scratch_makes_the_same_tables():
    assert set(EXISTING["tables"]) <= set(connection.introspection.table_names())
