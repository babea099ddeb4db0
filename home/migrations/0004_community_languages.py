"""The site is published in the city's main community languages."""

from django.db import migrations

LANGUAGE_CODES = ["en", "pl", "pa", "ur", "ar", "ro", "ti", "gu"]


def add_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    for code in LANGUAGE_CODES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [("home", "0003_alter_councilsettings_footer_links")]

    operations = [migrations.RunPython(add_locales, migrations.RunPython.noop)]
