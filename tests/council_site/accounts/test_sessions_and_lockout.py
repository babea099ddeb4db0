"""Sessions end when idle, after a fixed time however busy, and the moment an
account is disabled; repeated wrong passwords lock out the account from that address."""

import time

from django.conf import settings
from django.test import Client
from django.urls import reverse

from council_site.accounts.client_ip import client_ip
from council_site.accounts.sessions import SIGNED_IN_AT
from tests.factories import sign_in

PASSWORD = "a-long-test-password"


def test_an_admin_session_lasts_thirty_idle_minutes_renewed_on_each_request(people):
    client = sign_in(Client(), people["editor"])
    response = client.get(reverse("wagtailadmin_home"))
    assert settings.SESSION_COOKIE_AGE == 30 * 60
    assert response.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == 30 * 60


def test_a_session_ends_after_the_absolute_limit_however_busy(people):
    client = sign_in(Client(), people["editor"])
    session = client.session
    session[SIGNED_IN_AT] = int(time.time()) - settings.SESSION_ABSOLUTE_SECONDS - 1
    session.save()

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert client.get(reverse("wagtailadmin_home"))["Location"].startswith("/admin/login/")


def test_disabling_an_account_ends_its_sessions_at_once(people):
    editor = people["editor"]
    client = sign_in(Client(), editor)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200

    editor.is_active = False
    editor.save()

    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def attempt(password, address="203.0.113.7", **headers):
    return Client(REMOTE_ADDR=address, **headers).post(
        reverse("wagtailadmin_login"), {"username": "editor", "password": password}
    )


def test_five_wrong_passwords_lock_the_account_out_from_that_address(people):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt("wrong-password").status_code == 200
    assert attempt("wrong-password").status_code == 429

    locked = attempt(PASSWORD)
    assert locked.status_code == 429
    assert "Too many attempts" in locked.content.decode()
    # Someone else's address is not locked out with it.
    assert attempt(PASSWORD, address="198.51.100.2").status_code == 302


def test_behind_a_proxy_the_lockout_follows_the_client_not_the_proxy(people, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    balancer = "10.0.0.5"
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt("wrong-password", balancer, HTTP_X_FORWARDED_FOR="203.0.113.7")

    assert attempt(PASSWORD, balancer, HTTP_X_FORWARDED_FOR="203.0.113.7").status_code == 429
    assert attempt(PASSWORD, balancer, HTTP_X_FORWARDED_FOR="198.51.100.2").status_code == 302


class FakeRequest:
    def __init__(self, forwarded_for):
        self.META = {"REMOTE_ADDR": "10.0.0.5", "HTTP_X_FORWARDED_FOR": forwarded_for}


def test_an_address_the_client_wrote_itself_is_never_trusted(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # The client claims 192.0.2.1; the one trusted balancer saw 203.0.113.7.
    assert client_ip(FakeRequest("192.0.2.1, 203.0.113.7")) == "203.0.113.7"
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(FakeRequest("192.0.2.1, 203.0.113.7")) == "10.0.0.5"


def test_passwords_must_be_long_and_not_common():
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    for weak in ("short1", "password1234", "123456789012"):
        try:
            validate_password(weak)
        except ValidationError:
            continue
        raise AssertionError(f"{weak!r} was accepted")


def test_a_get_to_sign_out_clears_nothing(people):
    client = sign_in(Client(), people["editor"])
    session_key = client.session.session_key

    response = client.get(reverse("wagtailadmin_logout"))

    assert response.status_code == 405
    # The idle timer renews the cookie on every request; it must not be emptied,
    # nor the person told they have signed out when they have not.
    assert response.cookies[settings.SESSION_COOKIE_NAME].value == session_key
    assert "messages" not in response.cookies
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_after_signing_out_a_copy_of_the_cookie_opens_nothing(people):
    client = sign_in(Client(), people["editor"])
    copied = client.cookies[settings.SESSION_COOKIE_NAME].value

    client.post(reverse("wagtailadmin_logout"))

    replayed = Client()
    replayed.cookies[settings.SESSION_COOKIE_NAME] = copied
    assert replayed.get(reverse("wagtailadmin_home"))["Location"].startswith("/admin/login/")
