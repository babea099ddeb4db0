"""The readiness check a load balancer asks: database and cache both answer."""

import json

from django.test import Client

from council_site.core import views


def test_ready_when_database_and_cache_answer(db):
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content) == {"database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_not_ready_when_the_cache_fails(db, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("cache server gone")

    monkeypatch.setattr(views, "cache_answers", broken)
    response = Client().get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"database": "ok", "cache": "failing"}


def test_not_ready_when_the_database_fails(db, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("database server gone")

    monkeypatch.setattr(views, "database_answers", broken)
    response = Client().get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["database"] == "failing"


def test_database_connections_are_checked_before_reuse(settings):
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True
