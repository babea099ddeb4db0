"""Home pages already translated get the roles' permissions of the English one."""

from django.db import migrations


def copy_grants(apps, schema_editor):
    HomePage = apps.get_model("home.HomePage")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    for source in HomePage.objects.filter(locale__language_code="en"):
        grants = list(GroupPagePermission.objects.filter(page_id=source.pk))
        for home in HomePage.objects.filter(translation_key=source.translation_key).exclude(pk=source.pk):
            for grant in grants:
                GroupPagePermission.objects.get_or_create(
                    group_id=grant.group_id, page_id=home.pk, permission_id=grant.permission_id
                )


class Migration(migrations.Migration):
    dependencies = [("review", "0002_roles_and_workflow"), ("home", "0005_alter_homepage_key_contacts")]

    operations = [migrations.RunPython(copy_grants, migrations.RunPython.noop)]
