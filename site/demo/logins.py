"""The platform's own demo steps: the site's address and one login for each role,
all with the one demo authenticator key (people.yaml)."""

from binascii import unhexlify

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice

from council_site.accounts.two_factor import AUTHENTICATOR_NAME
from council_site.core.sites import serve_default_site_at

from .loader import DemoData


def authenticator_key():
    """The demo logins' shared key, as bytes (`manage.py demo_code` shows its code)."""
    return unhexlify(DemoData().file("people").require("authenticator_key"))


def site_address(seeder):
    serve_default_site_at(settings.SITE_URL)


def logins(seeder):
    data = seeder.data.file("people")
    User = get_user_model()
    admin = data.require("admin", dict)
    if not User.objects.filter(username=admin["username"]).exists():
        User.objects.create_superuser(admin["username"], admin["email"], admin["password"])
        seeder.log(f"Created the demo admin: {admin['username']} / {admin['password']}")
    password = data.require("password")
    for person in data.records("people"):
        user, created = User.objects.get_or_create(
            username=person["username"],
            defaults={
                "first_name": person["first_name"],
                "last_name": person["last_name"],
                "email": f"{person['username']}@example.org",
            },
        )
        if created:
            user.set_password(password)
            user.save()
            user.groups.add(Group.objects.get(name=person["group"]))
            seeder.log(
                f"Created the demo {person['group'].lower()} login: {user.username} / {password}"
            )
        add_to_more_groups(seeder, user, person.get("also_in", []))
    give_back_the_demo_authenticator(
        seeder,
        [admin["username"], *(person["username"] for person in data.records("people"))],
        data.require("authenticator_key"),
    )


def add_to_more_groups(seeder, user, names):
    """Groups a demo login is in besides its role, such as Easy Read reviewers; added to
    a database seeded before the login had them, too."""
    for name in names:
        group = Group.objects.get(name=name)
        if not user.groups.filter(pk=group.pk).exists():
            user.groups.add(group)
            seeder.log(f"Added {user.username} to {name}.")


def give_back_the_demo_authenticator(seeder, usernames, key):
    """Each demo login has the one demo authenticator, whatever a person trying the
    demo did to it (opened the set-up page, set up a phone of their own)."""
    for user in get_user_model().objects.filter(username__in=usernames):
        devices = TOTPDevice.objects.filter(user=user)
        if [(d.key, d.confirmed) for d in devices] == [(key, True)]:
            continue
        devices.delete()
        TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, key=key, confirmed=True)
        seeder.log(f"Gave {user.username} the demo authenticator key.")
