"""The council's roles and the co-produced information review workflow.

Roles follow least privilege: nobody gets a permission their part in the work
does not need. Wagtail's default "Moderators" group and "Moderators approval"
workflow are replaced, because publishing must go through the review."""

from django.db import migrations

ACCESS_ADMIN = ("wagtailadmin", "admin", "access_admin")
IMAGES = [("wagtailimages", "image", f"{action}_image") for action in ("add", "change", "choose")]
DOCUMENTS = [
    ("wagtaildocs", "document", f"{action}_document") for action in ("add", "change", "choose")
]
VIEW_FEEDBACK = ("page_feedback", "pagefeedback", "view_pagefeedback")
VIEW_SCHEDULE = ("review", "reviewvote", "view_review_schedule")
VIEW_INVOLVEMENT = ("review", "reviewvote", "view_involvement_record")

ROLES = {
    "Editors": {
        "permissions": [ACCESS_ADMIN, VIEW_FEEDBACK, VIEW_SCHEDULE],
        "pages": ["add_page", "change_page"],
        "media": IMAGES + DOCUMENTS,
    },
    "Practice reviewers": {"permissions": [ACCESS_ADMIN], "pages": [], "media": []},
    "Stakeholder reviewers": {"permissions": [ACCESS_ADMIN], "pages": [], "media": []},
    "Publishers": {
        "permissions": [ACCESS_ADMIN, VIEW_FEEDBACK, VIEW_SCHEDULE],
        "pages": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
        "media": IMAGES + DOCUMENTS,
    },
    "Involvement team": {"permissions": [ACCESS_ADMIN, VIEW_INVOLVEMENT], "pages": [], "media": []},
}

WORKFLOW_NAME = "Co-produced information review"


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    perm, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
    )
    return perm


def set_up_roles(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    HomePage = apps.get_model("home.HomePage")

    Group.objects.filter(name="Moderators").delete()
    root_collection = Collection.objects.filter(depth=1).first()
    for name, role in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set([permission(apps, *spec) for spec in role["permissions"]])
        GroupPagePermission.objects.filter(group=group).delete()
        for home in HomePage.objects.all():
            for codename in role["pages"]:
                GroupPagePermission.objects.create(
                    group=group, page_id=home.pk, permission=permission(apps, "wagtailcore", "page", codename)
                )
        GroupCollectionPermission.objects.filter(group=group).delete()
        if root_collection:
            for spec in role["media"]:
                GroupCollectionPermission.objects.create(
                    group=group, collection=root_collection, permission=permission(apps, *spec)
                )


def set_up_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    StakeholderReviewTask = apps.get_model("review.StakeholderReviewTask")
    HomePage = apps.get_model("home.HomePage")

    Workflow.objects.filter(name="Moderators approval").delete()
    GroupApprovalTask.objects.filter(name="Moderators approval").delete()

    group_task_type, _created = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    stakeholder_task_type, _created = ContentType.objects.get_or_create(
        app_label="review", model="stakeholderreviewtask"
    )
    practice = GroupApprovalTask.objects.create(name="Practice review", content_type=group_task_type)
    practice.groups.set([Group.objects.get(name="Practice reviewers")])
    stakeholders = StakeholderReviewTask.objects.create(
        name="Stakeholder review",
        content_type=stakeholder_task_type,
        group=Group.objects.get(name="Stakeholder reviewers"),
        required_approvals=2,
    )
    sign_off = GroupApprovalTask.objects.create(name="Final sign-off", content_type=group_task_type)
    sign_off.groups.set([Group.objects.get(name="Publishers")])

    workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    for order, task in enumerate([practice, stakeholders, sign_off]):
        WorkflowTask.objects.create(workflow=workflow, task_id=task.pk, sort_order=order)
    for home in HomePage.objects.all():
        WorkflowPage.objects.update_or_create(page_id=home.pk, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("review", "0001_initial"),
        ("home", "0002_create_homepage"),
        ("page_feedback", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(set_up_roles, migrations.RunPython.noop),
        migrations.RunPython(set_up_workflow, migrations.RunPython.noop),
    ]
