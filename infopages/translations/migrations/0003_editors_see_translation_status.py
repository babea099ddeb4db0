"""Editors and publishers decide what to translate next."""

from django.db import migrations

GROUPS = ["Editors", "Publishers"]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="page_translations", model="translationrequest"
    )
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename="view_translation_status",
        defaults={"name": "Can see which pages need translating"},
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("page_translations", "0002_translation_status_permission"),
        ("review", "0002_roles_and_workflow"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
