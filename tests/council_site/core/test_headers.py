"""Every response carries the security headers; public pages a nonce-based
Content-Security-Policy with no unsafe-inline, the admin its own strict one."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import sign_in


def policy(response):
    return {
        part.split()[0]: part.split()[1:]
        for part in response["Content-Security-Policy"].split(";")
        if part.strip()
    }


@pytest.fixture
def public_response(information_page):
    return Client().get(information_page.url, secure=True)


def test_public_pages_allow_only_scripts_with_this_responses_nonce(public_response):
    directives = policy(public_response)
    nonce = re.search(r'<script [^>]*nonce="([^"]+)"', public_response.content.decode())[1]
    assert f"'nonce-{nonce}'" in directives["script-src"]
    assert "'unsafe-inline'" not in public_response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in public_response["Content-Security-Policy"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["default-src"] == ["'self'"]


def test_public_pages_have_no_inline_script_or_style(public_response):
    html = public_response.content.decode()
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) == []
    assert "<style" not in html
    assert " style=" not in html
    assert not re.search(r"\son[a-z]+=", html)


def test_each_response_gets_its_own_nonce(information_page):
    first = policy(Client().get(information_page.url))["script-src"]
    second = policy(Client().get(information_page.url))["script-src"]
    assert first != second


def test_security_headers(public_response):
    assert public_response["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload"
    )
    assert public_response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert public_response["X-Content-Type-Options"] == "nosniff"
    assert public_response["X-Frame-Options"] == "DENY"
    assert "camera=()" in public_response["Permissions-Policy"]
    assert "geolocation=()" in public_response["Permissions-Policy"]
    assert "microphone=()" in public_response["Permissions-Policy"]


def test_the_admin_has_the_strictest_policy_wagtail_works_with(people):
    response = sign_in(Client(), people["editor"]).get(reverse("wagtailadmin_home"), secure=True)
    directives = policy(response)
    # Wagtail's date widgets write inline scripts; nothing may come from elsewhere.
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["connect-src"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "camera=()" in response["Permissions-Policy"]
