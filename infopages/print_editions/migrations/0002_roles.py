"""Editors and publishers download print editions and record the hard copies."""

from django.db import migrations

GROUPS = ["Editors", "Publishers"]
PERMISSIONS = [
    ("printedition", "download_printedition", "Can see and download every print edition"),
    ("printrun", "add_printrun", "Can add print run"),
    ("printrun", "change_printrun", "Can change print run"),
    ("printrun", "delete_printrun", "Can delete print run"),
    ("printrun", "view_printrun", "Can view print run"),
]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    for model, codename, name in PERMISSIONS:
        content_type, _created = ContentType.objects.get_or_create(
            app_label="print_editions", model=model
        )
        permission, _created = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        for group in Group.objects.filter(name__in=GROUPS):
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("print_editions", "0001_initial"),
        ("review", "0002_roles_and_workflow"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
