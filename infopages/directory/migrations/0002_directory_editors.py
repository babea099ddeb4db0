"""The directory editors keep the directory: they may add and change services, their
organisations, locations and kinds of support, and deal with readers' suggested
corrections. Nothing is deleted (a service that ends is marked inactive), and they
reach no page, person or account."""

from django.db import migrations

TEAM = "Directory editors"
GRANTS = [
    ("wagtailadmin", "admin", "access_admin"),
    *(
        ("directory", model, f"{action}_{model}")
        for model in ["service", "organization", "location", "taxonomyterm", "taxonomy"]
        for action in ["add", "change", "view"]
    ),
    ("directory", "suggestion", "view_suggestion"),
    ("directory", "suggestion", "change_suggestion"),
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
        ("directory", "0001_initial"),
        ("review", "0002_roles_and_workflow"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
