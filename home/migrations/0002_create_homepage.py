"""Replace Wagtail's "Welcome" page with the council's home page, so a new
installation serves the right page types from its first start."""

from django.db import migrations

URGENT_HELP_TEXT = (
    "<p>If you or someone else is in immediate danger, call <b>999</b>.</p>"
    "<p>If you think an adult is being abused or neglected, call Adult Social Care Direct "
    "on <b>024 7683 3003</b>. Outside office hours, call <b>024 7683 2222</b>.</p>"
)


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    Page.objects.filter(depth=2, content_type__model="page", slug="home").delete()
    if Page.objects.filter(depth=2).exists():
        return

    locale, _created = Locale.objects.get_or_create(language_code="en")
    content_type, _created = ContentType.objects.get_or_create(model="homepage", app_label="home")
    homepage = HomePage.objects.create(
        title="Adult social care information",
        draft_title="Adult social care information",
        slug="home",
        content_type=content_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locale,
        urgent_help_heading="Get help now",
        urgent_help_text=URGENT_HELP_TEXT,
        key_contacts=[],
    )
    Page.objects.filter(depth=1).update(numchild=1)
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", root_page=homepage, is_default_site=True)


def remove_homepage(apps, schema_editor):
    apps.get_model("home.HomePage").objects.filter(slug="home", depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
