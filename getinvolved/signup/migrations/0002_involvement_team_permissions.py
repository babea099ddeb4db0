"""Only the involvement team reaches people's sign-ups: it may see, add and change
them, export mailing lists and subject access requests, erase people, and keep the
list of topics. Deleting a person outright is left to administrators."""

from django.db import migrations

TEAM = "Involvement team"
GRANTS = [
    ("signup", "person", "view_person"),
    ("signup", "person", "add_person"),
    ("signup", "person", "change_person"),
    ("signup", "person", "export_person"),
    ("signup", "person", "erase_person"),
    ("signup", "involvementtopic", "view_involvementtopic"),
    ("signup", "involvementtopic", "add_involvementtopic"),
    ("signup", "involvementtopic", "change_involvementtopic"),
    ("signup", "involvementtopic", "delete_involvementtopic"),
    ("survey", "surveyresponse", "view_surveyresponse"),
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
        ("signup", "0001_initial"),
        ("survey", "0001_initial"),
        ("review", "0002_roles_and_workflow"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
