"""Easy Read reviewers: a group that marks reviewers with a learning disability, or
their supporters (it gives no permission), the same mark on invitations and on each
decision, and the stakeholder task's choice to need one of their approvals."""

from django.db import migrations, models

GROUP_NAME = "Easy Read reviewers"


def add_group(apps, schema_editor):
    apps.get_model("auth.Group").objects.get_or_create(name=GROUP_NAME)


def remove_group(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):

    dependencies = [
        ('review', '0004_reviewvote_completes_translation_check'),
        ('auth', '0012_alter_user_first_name_max_length'),
    ]

    operations = [
        migrations.AddField(
            model_name='reviewinvitation',
            name='is_easy_read_reviewer',
            field=models.BooleanField(default=False, help_text='A person with a learning disability, or their supporter: Easy Read pages need an approval from one.', verbose_name='Easy Read reviewer'),
        ),
        migrations.AddField(
            model_name='reviewvote',
            name='is_easy_read_reviewer',
            field=models.BooleanField(default=False, verbose_name='Easy Read reviewer'),
        ),
        migrations.AddField(
            model_name='stakeholderreviewtask',
            name='easy_read_approval_required',
            field=models.BooleanField(default=False, help_text='For Easy Read pages, at least one approval must come from an Easy Read reviewer.', verbose_name='Easy Read approval needed'),
        ),
        migrations.RunPython(add_group, remove_group),
    ]
