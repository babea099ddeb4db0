"""Editors and moderators read "Is this page useful?" answers to improve their pages."""

from django.db import migrations

GROUPS = ["Editors", "Moderators"]


def grant_view_permission(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="page_feedback", model="pagefeedback"
    )
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename="view_pagefeedback",
        defaults={"name": "Can view page feedback"},
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


def revoke_view_permission(apps, schema_editor):
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*Permission.objects.filter(codename="view_pagefeedback"))


class Migration(migrations.Migration):
    dependencies = [
        ("page_feedback", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant_view_permission, revoke_view_permission)]
