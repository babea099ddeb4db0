"""Every admin account needs its second factor before the admin shows anything."""

import pytest
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from council_site.accounts.audit import (
    REPLACED_AUTHENTICATOR,
    REPLACED_RECOVERY_CODES,
    RESET_TWO_FACTOR,
    SET_UP_TWO_FACTOR,
)
from council_site.accounts.two_factor import AUTHENTICATOR_NAME, new_recovery_codes
from council_site.outbox.models import OutboxEmail
from tests.factories import UserFactory, is_refused, sign_in

PASSWORD = "a-long-test-password"


@pytest.fixture
def editor(people):
    return people["editor"]


def password_only(user):
    client = Client()
    response = client.post(
        reverse("wagtailadmin_login"), {"username": user.username, "password": PASSWORD}
    )
    assert response.status_code == 302
    return client


def authenticator(user):
    return TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=True)


def current_code(device):
    return f"{totp(device.bin_key):06d}"


@pytest.mark.parametrize("role", ["editor", "expert1", "publisher", "involvement", "translator"])
def test_a_password_alone_reaches_only_setting_up_a_second_factor(people, role):
    client = password_only(people[role])
    response = client.get(reverse("wagtailadmin_explore_root"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("two_factor_setup"))
    html = client.get(response["Location"]).content.decode()
    assert "Set up two-step sign-in" in html
    assert "<svg" in html


def test_a_superuser_needs_it_too(db):
    admin = UserFactory(username="root", is_superuser=True, is_staff=True)
    response = password_only(admin).get(reverse("wagtailadmin_home"))
    assert response["Location"].startswith(reverse("two_factor_setup"))


def test_setting_up_an_app_gives_ten_recovery_codes_and_opens_the_admin(editor):
    client = password_only(editor)
    client.get(reverse("two_factor_setup"))
    device = TOTPDevice.objects.get(user=editor, confirmed=False)

    response = client.post(reverse("two_factor_setup"), {"code": current_code(device)})

    html = response.content.decode()
    assert "Your recovery codes" in html
    codes = StaticToken.objects.filter(device__user=editor).values_list("token", flat=True)
    assert len(codes) == 10
    assert all(code in html for code in codes)
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_a_wrong_code_at_set_up_is_refused_and_the_key_stays(editor):
    client = password_only(editor)
    client.get(reverse("two_factor_setup"))
    device = TOTPDevice.objects.get(user=editor, confirmed=False)

    response = client.post(reverse("two_factor_setup"), {"code": "000000x"})

    assert "That code is not right" in response.content.decode()
    assert TOTPDevice.objects.get(user=editor, confirmed=False) == device
    assert client.get(reverse("wagtailadmin_home")).status_code == 302


def test_signing_in_asks_for_the_code_and_goes_on_to_where_the_person_was_going(editor, settings):
    # This test is about where the code leads, not about slowing down guesses.
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    device = authenticator(editor)
    client = password_only(editor)
    wanted = reverse("wagtaildocs:index")
    response = client.get(wanted)
    assert response["Location"] == f"{reverse('two_factor_verify')}?next={wanted}"

    wrong = client.post(reverse("two_factor_verify"), {"code": "123456", "next": wanted})
    assert "That code is not right" in wrong.content.decode()
    assert client.get(wanted).status_code == 302

    right = client.post(
        reverse("two_factor_verify"), {"code": current_code(device), "next": wanted}
    )
    assert right["Location"] == wanted
    assert client.get(wanted).status_code == 200


def test_the_code_never_sends_the_person_to_another_site(editor):
    device = authenticator(editor)
    client = password_only(editor)
    response = client.post(
        reverse("two_factor_verify"),
        {"code": current_code(device), "next": "https://elsewhere.example/"},
    )
    assert response["Location"] == reverse("wagtailadmin_home")


def test_each_recovery_code_works_once(editor):
    authenticator(editor)
    code = new_recovery_codes(editor)[0]

    first = password_only(editor)
    assert first.post(reverse("two_factor_verify"), {"code": code})["Location"] == "/admin/"

    second = password_only(editor)
    response = second.post(reverse("two_factor_verify"), {"code": code})
    assert response.status_code == 200
    assert "That code is not right" in response.content.decode()


def test_new_recovery_codes_replace_the_old_ones(editor):
    device = authenticator(editor)
    old = new_recovery_codes(editor)
    client = password_only(editor)
    client.post(reverse("two_factor_verify"), {"code": current_code(device)})

    html = client.post(
        reverse("two_factor_recovery_codes"), {"current_code": old[0]}
    ).content.decode()

    new = list(StaticToken.objects.filter(device__user=editor).values_list("token", flat=True))
    assert len(new) == 10
    assert set(new).isdisjoint(old)
    assert all(code in html for code in new)


def test_public_pages_need_no_second_factor(editor, information_page):
    assert password_only(editor).get(information_page.url).status_code == 200


def test_after_a_wrong_code_even_the_right_one_must_wait(editor):
    device = authenticator(editor)
    client = password_only(editor)
    client.post(reverse("two_factor_verify"), {"code": "123456"})

    response = client.post(reverse("two_factor_verify"), {"code": current_code(device)})

    assert response.status_code == 200
    assert client.get(reverse("wagtailadmin_home")).status_code == 302


def reset_url(user):
    return reverse("two_factor_reset", args=[user.pk])


def test_an_administrator_resets_a_lost_second_factor(editor, admin_client, caplog):
    earlier_session = sign_in(Client(), editor)
    new_recovery_codes(editor)
    listing = admin_client.get(reverse("wagtailusers_users:index")).content.decode()
    assert reset_url(editor) in listing
    confirmation = admin_client.get(reset_url(editor)).content.decode()
    assert "Reset two-step sign-in for" in confirmation

    with caplog.at_level("WARNING", logger="council_site.audit"):
        done = admin_client.post(reset_url(editor), follow=True).content.decode()

    assert "will set up two-step sign-in again the next time they sign in" in done
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert not StaticDevice.objects.filter(user=editor).exists()
    asked = earlier_session.get(reverse("wagtailadmin_home"))
    assert asked["Location"].startswith(reverse("two_factor_setup"))
    history = ModelLogEntry.objects.filter(object_id=str(editor.pk), action=RESET_TWO_FACTOR)
    assert history.count() == 1
    assert f"two-step sign-in reset user={editor.pk}" in caplog.text
    assert editor.username not in caplog.text


def test_nobody_resets_their_own_second_factor_here(admin_user, admin_client):
    assert is_refused(admin_client.post(reset_url(admin_user)))
    assert TOTPDevice.objects.filter(user=admin_user).exists()


def test_only_those_who_manage_accounts_may_reset_one(editor, people):
    publisher = people["publisher"]
    sign_in(Client(), publisher)
    assert is_refused(sign_in(Client(), editor).post(reset_url(publisher)))
    assert TOTPDevice.objects.filter(user=publisher).exists()


def verified(user, device):
    client = password_only(user)
    assert (
        client.post(reverse("two_factor_verify"), {"code": current_code(device)}).status_code == 302
    )
    return client


def devices_of(user):
    return sorted(TOTPDevice.objects.filter(user=user).values_list("pk", "key", "confirmed"))


def test_a_password_alone_cannot_replace_an_existing_authenticator(editor):
    device = authenticator(editor)
    codes = new_recovery_codes(editor)
    before = devices_of(editor)
    client = password_only(editor)

    shown = client.get(reverse("two_factor_setup"))
    assert shown["Location"].startswith(reverse("two_factor_verify"))
    # Even a code for a key the attacker made themselves changes nothing.
    attacker_device = TOTPDevice(user=editor, confirmed=False)
    posted = client.post(reverse("two_factor_setup"), {"code": current_code(attacker_device)})

    assert posted["Location"].startswith(reverse("two_factor_verify"))
    assert devices_of(editor) == before
    assert sorted(
        StaticToken.objects.filter(device__user=editor).values_list("token", flat=True)
    ) == sorted(codes)
    assert client.get(reverse("wagtailadmin_explore_root"))["Location"].startswith(
        reverse("two_factor_verify")
    )
    assert device.pk in [pk for pk, _key, _confirmed in devices_of(editor)]


def test_a_password_alone_cannot_make_new_recovery_codes(editor):
    authenticator(editor)
    codes = new_recovery_codes(editor)
    client = password_only(editor)

    response = client.post(reverse("two_factor_recovery_codes"), {"current_code": codes[0]})

    assert response["Location"].startswith(reverse("two_factor_verify"))
    assert StaticToken.objects.filter(device__user=editor, token=codes[0]).exists()


def test_opening_the_set_up_page_again_and_again_adds_one_device_only(editor):
    client = password_only(editor)
    keys = {client.get(reverse("two_factor_setup")).context["secret"] for _ in range(3)}

    assert len(keys) == 1
    assert TOTPDevice.objects.filter(user=editor).count() == 1


def test_a_first_set_up_is_logged_and_told_by_email(editor, caplog):
    client = password_only(editor)
    client.get(reverse("two_factor_setup"))
    device = TOTPDevice.objects.get(user=editor)

    with caplog.at_level("WARNING", logger="council_site.audit"):
        client.post(reverse("two_factor_setup"), {"code": current_code(device)})

    assert ModelLogEntry.objects.filter(object_id=str(editor.pk), action=SET_UP_TWO_FACTOR).exists()
    assert f"two-step sign-in set up user={editor.pk} by user={editor.pk}" in caplog.text
    email = OutboxEmail.objects.get(to=editor.email)
    assert "Two-step sign-in was set up on your account." in email.body


def test_a_new_phone_needs_a_verified_session_and_the_current_code(editor, caplog, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    old = authenticator(editor)
    codes = new_recovery_codes(editor)
    client = verified(editor, old)
    page = client.get(reverse("two_factor_setup"))
    assert "Set up a new phone" in page.content.decode()
    new = TOTPDevice.objects.get(user=editor, confirmed=False)

    without_proof = client.post(
        reverse("two_factor_setup"), {"code": current_code(new), "current_code": "000000"}
    )
    assert "That code is not right" in without_proof.content.decode()
    assert TOTPDevice.objects.get(pk=old.pk).confirmed

    with caplog.at_level("WARNING", logger="council_site.audit"):
        done = client.post(
            reverse("two_factor_setup"), {"code": current_code(new), "current_code": codes[0]}
        )

    assert done["Location"] == reverse("wagtailadmin_home")
    assert devices_of(editor) == [(new.pk, new.key, True)]
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    history = ModelLogEntry.objects.filter(object_id=str(editor.pk), action=REPLACED_AUTHENTICATOR)
    assert history.count() == 1
    assert f"two-step sign-in authenticator replaced user={editor.pk}" in caplog.text
    assert editor.username not in caplog.text and editor.email not in caplog.text
    email = OutboxEmail.objects.get(to=editor.email)
    assert "A new authenticator app now gives the codes for your account." in email.body
    assert "If it was not you" in email.body


def test_new_recovery_codes_are_logged_and_told_by_email(editor):
    device = authenticator(editor)
    old = new_recovery_codes(editor)
    client = verified(editor, device)

    client.post(reverse("two_factor_recovery_codes"), {"current_code": old[1]})

    assert ModelLogEntry.objects.filter(
        object_id=str(editor.pk), action=REPLACED_RECOVERY_CODES
    ).exists()
    assert "New recovery codes were made" in OutboxEmail.objects.get(to=editor.email).body


def test_the_email_is_in_the_persons_own_language(editor):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "pl"
    profile.save()
    client = password_only(editor)
    client.get(reverse("two_factor_setup"))
    device = TOTPDevice.objects.get(user=editor)

    client.post(reverse("two_factor_setup"), {"code": current_code(device)})

    email = OutboxEmail.objects.get(to=editor.email)
    assert email.subject == "Logowanie dwuetapowe na Twoim koncie zostało zmienione"


def test_the_session_key_changes_when_the_second_step_passes(editor):
    device = authenticator(editor)
    client = password_only(editor)
    after_password = client.session.session_key

    client.post(reverse("two_factor_verify"), {"code": current_code(device)})

    assert client.session.session_key != after_password
    fixed = Client()
    fixed.cookies["sessionid"] = after_password
    assert fixed.get(reverse("wagtailadmin_home"))["Location"].startswith("/admin/login/")


def test_the_session_key_changes_when_a_first_set_up_passes(editor):
    client = password_only(editor)
    client.get(reverse("two_factor_setup"))
    after_password = client.session.session_key

    client.post(reverse("two_factor_setup"), {"code": current_code(TOTPDevice.objects.get())})

    assert client.session.session_key != after_password
