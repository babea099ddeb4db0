"""Every translation is checked by a fluent reader before it is published.

The workflow is assigned to the root page, so every language's tree inherits it
as soon as that language's home page exists; the English home page keeps its
own, nearer assignment: the co-produced review."""

from django.conf import settings
from django.db import migrations

GROUP_NAME = "Translation reviewers"
WORKFLOW_NAME = "Translation check"
# Approving publishes, which Wagtail allows only to people who may publish the page.
PAGE_PERMISSIONS = ["publish_page"]


def set_up_translation_check(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    TranslationCheckTask = apps.get_model("page_translations.TranslationCheckTask")

    admin_type, _created = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _created = Permission.objects.get_or_create(
        content_type=admin_type, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    reviewers, _created = Group.objects.get_or_create(name=GROUP_NAME)
    reviewers.permissions.add(access_admin)
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    page_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
    for home in Page.objects.filter(depth=2).exclude(locale__language_code=settings.LANGUAGE_CODE):
        for codename in PAGE_PERMISSIONS:
            permission, _created = Permission.objects.get_or_create(
                content_type=page_type, codename=codename, defaults={"name": codename}
            )
            GroupPagePermission.objects.get_or_create(group=reviewers, page=home, permission=permission)

    task_type, _created = ContentType.objects.get_or_create(
        app_label="page_translations", model="translationchecktask"
    )
    task = TranslationCheckTask.objects.create(name=WORKFLOW_NAME, content_type=task_type)
    task.groups.set([reviewers])
    workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    WorkflowTask.objects.create(workflow=workflow, task_id=task.pk, sort_order=0)
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        WorkflowPage.objects.update_or_create(page_id=root.pk, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("page_translations", "0004_translationchecktask"),
        ("review", "0004_reviewvote_completes_translation_check"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(set_up_translation_check, migrations.RunPython.noop)]
