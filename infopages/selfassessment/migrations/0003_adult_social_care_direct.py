"""Only Adult Social Care Direct reaches referrals: it sees the queue and each
referral, changes a referral's status and handler, exports it (PDF, JSON, subject
access) and erases it on request. Nobody adds or deletes referrals by hand."""

from django.db import migrations

TEAM = "Adult Social Care Direct"
GRANTS = [
    # The admin itself: without it the team could not sign in to reach the queue.
    ("wagtailadmin", "admin", "access_admin"),
    ("selfassessment", "referral", "view_referral"),
    ("selfassessment", "referral", "change_referral"),
    ("selfassessment", "referral", "export_referral"),
    ("selfassessment", "referral", "erase_referral"),
]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    team, _created = Group.objects.get_or_create(name=TEAM)
    for app_label, model, codename in GRANTS:
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
        permission, _created = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
        )
        team.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("selfassessment", "0002_referrals"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
