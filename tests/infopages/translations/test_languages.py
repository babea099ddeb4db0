import re

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.models import Locale

from council_site.languages import LANGUAGE_INFO
from infopages.translations.models import TranslationRequest
from tests.factories import InformationPageFactory, home_page, sign_in

RIGHT_TO_LEFT = {"ar", "ur"}


@pytest.fixture
def arabic_page(information_page, translate):
    translate(home_page(), "ar", {"title": "معلومات الرعاية الاجتماعية للبالغين"})
    translate(information_page.get_parent(), "ar", {"title": "حماية البالغين"})
    return translate(
        information_page, "ar", {"title": "كيفية الإبلاغ عن الإساءة", "summary": "ملخص."}
    )


def html_tag(html):
    return re.search(r"<html[^>]*>", html).group(0)


@pytest.mark.parametrize("code", LANGUAGE_INFO)
def test_every_language_has_its_lang_and_direction(db, code):
    response = Client().get(f"/{code}/")
    assert response.status_code == 200
    direction = "rtl" if code in RIGHT_TO_LEFT else "ltr"
    assert (
        html_tag(response.content.decode())
        == f'<html lang="{code}" dir="{direction}" class="govuk-template">'
    )


def test_endonyms_are_declared_for_every_language():
    assert {code: info["name_local"] for code, info in LANGUAGE_INFO.items()} == {
        "en": "English",
        "pl": "Polski",
        "pa": "ਪੰਜਾਬੀ",
        "ur": "اردو",
        "ar": "العربية",
        "ro": "Română",
        "ti": "ትግርኛ",
        "gu": "ગુજરાતી",
    }


def test_switcher_and_hreflang_list_the_languages_the_page_exists_in(arabic_page, information_page):
    html = Client().get(information_page.url).content.decode()
    switcher = html.split('aria-label="Languages"')[1].split("</nav>")[0]
    current = '<span class="govuk-language-navigation__text" aria-current="true"'
    assert f'{current} lang="en" dir="ltr">English</span>' in switcher
    assert (
        f'href="{arabic_page.url}" rel="alternate" lang="ar" hreflang="ar" dir="rtl">العربية</a>'
        in switcher
    )
    assert "Polski" not in switcher  # no Polish version of this page
    assert "Other languages and formats" in switcher
    assert f'<link rel="canonical" href="http://localhost{information_page.url}">' in html
    assert f'<link rel="alternate" hreflang="ar" href="http://localhost{arabic_page.url}">' in html
    assert (
        f'<link rel="alternate" hreflang="en" href="http://localhost{information_page.url}">'
        in html
    )


def test_a_page_not_yet_translated_is_shown_in_english_with_a_notice_in_the_readers_language(
    information_page,
):
    response = Client().get("/pl/safeguarding-adults/how-to-report-abuse/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "How to report abuse" in html
    assert '<html lang="pl"' in html
    assert '<main class="govuk-main-wrapper" id="main-content" lang="en" dir="ltr">' in html
    # Search engines are sent to the English address, where the page really lives.
    assert f'<link rel="canonical" href="http://localhost{information_page.url}">' in html
    assert (
        "Ta strona nie jest jeszcze dostępna w tym języku: Polski. Wyświetlamy ją po angielsku."
        in html
    )
    assert "Poproś o tę stronę w tym języku: Polski" in html


def test_asking_for_a_translation_is_recorded_once_a_day_per_browser(information_page):
    client = Client()
    url = f"/ar/translation-requests/{information_page.pk}/"
    page_path = "/ar/safeguarding-adults/how-to-report-abuse/"
    response = client.post(url, {"next": page_path})
    assert response.status_code == 302
    assert response["Location"] == page_path + "?translation=requested#translation-notice"
    client.post(url, {"next": page_path})
    Client().post(url, {"next": "https://elsewhere.example/"})  # another browser
    requests = TranslationRequest.objects.all()
    assert requests.count() == 2
    assert {request.locale.language_code for request in requests} == {"ar"}
    assert all(request.page_id == information_page.pk for request in requests)


def test_a_request_can_only_send_the_reader_back_to_this_site(information_page):
    response = Client().post(
        f"/ar/translation-requests/{information_page.pk}/", {"next": "https://evil.example/"}
    )
    assert response["Location"].startswith(information_page.url)


def test_a_translation_older_than_its_english_source_says_so(arabic_page, information_page):
    assert (
        "has been updated since this translation"
        not in Client().get(arabic_page.url).content.decode()
    )
    information_page.summary = "Changed in English."
    information_page.save_revision().publish()
    html = Client().get(arabic_page.url).content.decode()
    assert f'href="{information_page.url}" lang="en" hreflang="en"' in html


@pytest.mark.parametrize("path", ["/xx/safeguarding-adults/", "/fr/", "/en-us/search/"])
def test_an_unknown_language_prefix_gives_the_not_found_page(db, path):
    response = Client().get(path)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_addresses_without_a_language_still_lead_to_english(db):
    assert Client().get("/")["Location"] == "/en/"
    assert Client().get("/search/")["Location"] == "/en/search/"


def test_search_in_polish_finds_polish_pages(topic, translate):
    translate(home_page(), "pl", {"title": "Informacje"})
    polish_topic = translate(topic, "pl", {"title": "Ochrona osób dorosłych"})
    translate(
        InformationPageFactory(parent=topic, title="Abuse at home", slug="abuse-at-home"),
        "pl",
        {"title": "Przemoc w domu", "summary": "Co robić, gdy ktoś krzywdzi Cię w domu."},
    )
    assert polish_topic.locale == Locale.objects.get(language_code="pl")
    html = Client().get("/pl/search/", {"q": "przemoc"}).content.decode()
    assert "Przemoc w domu" in html
    assert "Abuse at home" not in html


def test_a_newly_published_translation_appears_in_the_switcher_at_once(information_page, translate):
    client = Client()
    assert "العربية" not in client.get(information_page.url).content.decode()
    translate(home_page(), "ar", {"title": "الرئيسية"})
    translate(information_page.get_parent(), "ar", {"title": "حماية البالغين"})
    arabic = translate(information_page, "ar", {"title": "كيفية الإبلاغ"})
    assert f'href="{arabic.url}"' in client.get(information_page.url).content.decode()
    arabic.unpublish()
    assert f'href="{arabic.url}"' not in client.get(information_page.url).content.decode()


def test_translation_report_shows_each_language_state_and_requests(
    arabic_page, information_page, topic, translate
):
    from django.contrib.auth.models import Group
    from django.urls import reverse

    from tests.factories import UserFactory

    untranslated = InformationPageFactory(parent=topic, title="Direct payments")
    Client().post(f"/pl/translation-requests/{untranslated.pk}/", {"next": "/pl/"})
    information_page.summary = "Changed in English."
    information_page.save_revision().publish()
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    sign_in(client, editor)
    response = client.get(reverse("translation_status"), {"export": "csv"})
    rows = {
        row.split(",")[0]: row.split(",")[1:]
        for row in b"".join(response.streaming_content).decode().splitlines()
    }
    columns = rows["Page"]
    assert rows["How to report abuse"][columns.index("Arabic")] == "Out of date (days: 0)"
    assert rows["How to report abuse"][columns.index("Polish")] == "Not translated (requests: 0)"
    assert rows["Direct payments"][columns.index("Polish")] == "Not translated (requests: 1)"
    assert "Translations" in client.get(reverse("translation_status")).content.decode()


class TestPoFiles:
    @pytest.fixture
    def setup(self, arabic_page, information_page):
        from django.contrib.auth.models import Group
        from wagtail_localize.models import Translation

        from tests.factories import UserFactory

        publisher = UserFactory()
        publisher.groups.add(Group.objects.get(name="Publishers"))
        client = Client()
        sign_in(client, publisher)
        translation = Translation.objects.get(
            source__object_id=information_page.translation_key, target_locale__language_code="ar"
        )
        return client, translation, arabic_page

    def download(self, client, translation):
        import polib

        response = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
        return polib.pofile(response.content.decode())

    def upload(self, client, translation, content):
        from django.core.files.uploadedfile import SimpleUploadedFile

        return client.post(
            f"/admin/localize/translate/{translation.pk}/pofile/upload/?next=/admin/",
            {"file": SimpleUploadedFile("translation.po", content)},
            follow=True,
        )

    def test_round_trip_download_edit_upload_publish(self, setup, translate):
        client, translation, arabic_page = setup
        po = self.download(client, translation)
        next(entry for entry in po if entry.msgctxt == "title").msgstr = "عنوان من المترجم"
        response = self.upload(client, translation, str(po).encode())
        assert "Successfully imported translations from PO File." in response.content.decode()
        translation.save_target(publish=True)
        arabic_page.refresh_from_db()
        assert "عنوان من المترجم" in Client().get(arabic_page.url).content.decode()

    @pytest.mark.parametrize("damage", ["not a po file", "other translation", "missing", "extra"])
    def test_a_wrong_po_file_is_refused_and_changes_nothing(self, setup, damage):
        from wagtail_localize.models import StringTranslation

        client, translation, _arabic_page = setup
        po = self.download(client, translation)
        for entry in po:
            entry.msgstr = "تغيير"
        if damage == "not a po file":
            content = b"\xff\xfe this is not a PO file \x00"
        else:
            if damage == "other translation":
                po.metadata["X-WagtailLocalize-TranslationID"] = (
                    "00000000-0000-0000-0000-000000000000"
                )
            elif damage == "missing":
                po.remove(po[0])
            else:
                po.append(type(po[0])(msgctxt="body.invented", msgid="Not on the page", msgstr="x"))
            content = str(po).encode()
        before = list(StringTranslation.objects.values_list("pk", "data"))
        html = self.upload(client, translation, content).content.decode()
        assert "Successfully imported" not in html
        assert any(
            words in html
            for words in (
                "not a PO file that can be read",
                "made for another page",
                "does not match the page",
            )
        )
        assert list(StringTranslation.objects.values_list("pk", "data")) == before


def queries_to_render(url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.get(url)  # the caches every page shares are filled by the first reader
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def test_a_translation_renders_in_at_most_two_queries_more_than_its_english_page(
    arabic_page, information_page, settings
):
    settings.PAGE_CACHE_SECONDS = 0  # each page is made, so its queries count
    assert queries_to_render(arabic_page.url) <= queries_to_render(information_page.url) + 2


def test_a_home_page_published_in_a_new_language_is_served_at_once(db, translate):
    client = Client()
    assert "Strona główna" not in client.get("/pl/").content.decode()
    translate(home_page(), "pl", {"title": "Strona główna"})
    assert "Strona główna" in client.get("/pl/").content.decode()


def test_a_translated_topic_lists_its_english_pages_not_yet_translated(topic, translate):
    translate(home_page(), "pl", {"title": "Informacje"})
    polish_topic = translate(topic, "pl", {"title": "Ochrona osób dorosłych"})
    translate(
        InformationPageFactory(parent=topic, title="Abuse at home", slug="abuse-at-home"),
        "pl",
        {"title": "Przemoc w domu", "summary": "Krótko."},
    )
    InformationPageFactory(parent=topic, title="Scams", slug="scams")
    html = BeautifulSoup(Client().get(polish_topic.url).content, "html.parser")
    items = {a.get_text(strip=True): a.find_parent("li") for a in html.select("main li h2 a")}
    assert set(items) == {"Przemoc w domu", "Scams"}
    assert items["Scams"]["lang"] == "en"
    assert "lang" not in items["Przemoc w domu"].attrs


def test_an_alias_of_an_untranslated_topic_shows_its_english_words_as_english(topic, translate):
    translate(home_page(), "ar", {"title": "الرئيسية"})
    # Translating a page whose topic is not translated makes the topic an alias.
    translate(
        InformationPageFactory(parent=topic, title="Abuse at home", slug="abuse-at-home"),
        "ar",
        {"title": "العنف في المنزل", "summary": "باختصار."},
    )
    alias = topic.get_translation(Locale.objects.get(language_code="ar"))
    assert alias.alias_of_id == topic.pk
    main = BeautifulSoup(Client().get(alias.url).content, "html.parser").main
    assert (main["lang"], main["dir"]) == ("en", "ltr")
    home = BeautifulSoup(Client().get("/ar/").content, "html.parser")
    assert home.find("a", string=topic.title)["href"] == topic.url
