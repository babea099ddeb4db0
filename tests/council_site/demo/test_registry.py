"""The demo's steps run after the steps they name, whichever app registered first."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from council_site.demo import registry


@pytest.fixture
def steps(monkeypatch):
    monkeypatch.setattr(registry, "_steps", {})


def names():
    return [step.name for step in registry.ordered_steps()]


def test_steps_run_after_those_they_name_and_otherwise_in_order_registered(steps):
    registry.register("translations", print, after=["pages", "people"])
    registry.register("pages", print, after=["home"])
    registry.register("home", print)
    registry.register("people", print)
    assert names() == ["home", "pages", "people", "translations"]


def test_a_step_can_go_before_a_step_that_does_not_name_it(steps):
    registry.register("translations", print, after=["pages"])
    registry.register("pages", print)
    registry.register("self-assessment", print, after=["pages"], before=["translations"])
    assert names() == ["pages", "self-assessment", "translations"]


def test_the_real_steps_make_the_home_page_before_its_topics_and_translate_last():
    order = names()
    assert order.index("home-page") < order.index("topics") < order.index("page-translations")
    assert order.index("logins") < order.index("co-production")
    assert order.index("topics") < order.index("self-assessment") < order.index("page-translations")


def test_a_step_waiting_for_an_unknown_step_is_refused(steps):
    registry.register("pages", print, after=["hom"])
    with pytest.raises(ImproperlyConfigured, match="pages -> hom"):
        registry.ordered_steps()


def test_steps_waiting_for_each_other_are_refused(steps):
    registry.register("a", print, after=["b"])
    registry.register("b", print, after=["a"])
    with pytest.raises(ImproperlyConfigured, match="wait for each other: a, b"):
        registry.ordered_steps()
