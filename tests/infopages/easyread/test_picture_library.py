"""Editors keep the Easy Read picture library in the admin: a picture is taken only
when it is a plain picture, and they see why when it is not."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from infopages.easyread.models import EasyReadPage, EasyReadPicture
from tests.factories import PICTURE_CREDIT, PICTURE_SVG, sign_in

ADD = "wagtailsnippets_easyread_easyreadpicture:add"


def upload(client, name, content):
    return client.post(
        reverse(ADD),
        {
            "title": "Smiling face",
            "file": SimpleUploadedFile(name, content),
            "alt_text": "A smiling face",
            "credit": PICTURE_CREDIT,
        },
    )


def test_an_editor_adds_a_drawing_to_the_library(people, client):
    sign_in(client, people["editor"])
    response = upload(client, "smile.svg", PICTURE_SVG)
    assert response.status_code == 302
    picture = EasyReadPicture.objects.get()
    assert picture.alt_text == "A smiling face"
    assert picture.file.read() == PICTURE_SVG


def test_a_drawing_that_could_run_a_script_is_refused_and_the_editor_told_why(people, client):
    sign_in(client, people["editor"])
    script = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    response = upload(client, "smile.svg", script)
    assert response.status_code == 200
    html = response.content.decode()
    assert "This file cannot be used. It has a part that is not a drawing: script." in html
    assert 'value="A smiling face"' in html
    assert not EasyReadPicture.objects.exists()


def test_an_editor_may_not_delete_a_picture_pages_may_show(people, client, pictures):
    sign_in(client, people["editor"])
    url = reverse("wagtailsnippets_easyread_easyreadpicture:delete", args=[pictures[0].pk])
    assert client.post(url).status_code in (302, 403)
    assert EasyReadPicture.objects.filter(pk=pictures[0].pk).exists()


def test_an_editor_can_start_the_easy_read_version_of_an_information_page(
    people, client, information_page
):
    sign_in(client, people["editor"])
    url = reverse(
        "wagtailadmin_pages:add",
        args=["easyread", "easyreadpage", information_page.pk],
    )
    response = client.get(url)
    assert response.status_code == 200
    assert "Picture and words" in response.content.decode()
    assert EasyReadPage.can_create_at(information_page)
