"""The finance team enters and approves the charging figures of each year, and
nothing else. Deleting a year is left to administrators: a year once used for
estimates stays on record."""

from django.db import migrations

TEAM = "Finance team"
GRANTS = ["view_chargingyear", "add_chargingyear", "change_chargingyear", "approve_chargingyear"]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    team, _created = Group.objects.get_or_create(name=TEAM)
    content_type, _created = ContentType.objects.get_or_create(
        app_label="paying", model="chargingyear"
    )
    for codename in GRANTS:
        permission, _created = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
        )
        team.permissions.add(permission)
    access_admin, _created = Permission.objects.get_or_create(
        content_type=ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")[0],
        codename="access_admin",
        defaults={"name": "Can access Wagtail admin"},
    )
    team.permissions.add(access_admin)


class Migration(migrations.Migration):
    dependencies = [
        ("paying", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
