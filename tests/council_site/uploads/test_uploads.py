"""Only the allowed document and image types are stored, checked by content and
size; documents are read through Wagtail's serve view, never their media URL."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests.factories import sign_in

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def editor_client(people):
    return sign_in(Client(), people["editor"])


def upload_document(client, name, content):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(buffer, "PNG")
    return buffer.getvalue()


def upload_image(client, name, content):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


def test_a_real_pdf_is_stored(editor_client):
    response = upload_document(editor_client, "leaflet.pdf", PDF)
    assert response.status_code == 302
    assert get_document_model().objects.filter(title="leaflet.pdf").exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("page.html", b"<html><script>alert(1)</script></html>", "is not allowed"),
        ("drawing.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>", "is not allowed"),
        ("leaflet.pdf", b"<html><script>alert(1)</script></html>", "do not match its type"),
        ("notes.txt", b"<!DOCTYPE html><html></html>", "do not match its type"),
        ("form.docx", b"%PDF-1.4 pretending", "do not match its type"),
    ],
)
def test_other_types_and_disguised_files_are_refused_with_a_reason(
    editor_client, name, content, message
):
    response = upload_document(editor_client, name, content)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not get_document_model().objects.exists()


def test_a_document_over_the_size_limit_is_refused(editor_client, settings):
    settings.MAX_DOCUMENT_UPLOAD_SIZE = 1024
    response = upload_document(editor_client, "big.pdf", PDF + b"0" * 2048)
    assert "Documents can be at most 1.0\xa0KB" in response.content.decode()
    assert not get_document_model().objects.exists()


def test_an_svg_image_is_refused_and_a_png_stored(editor_client):
    svg = upload_image(editor_client, "logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>")
    assert svg.status_code == 200
    assert "Not a supported image format" in svg.content.decode()
    assert upload_image(editor_client, "photo.png", png_bytes()).status_code == 302
    assert list(get_image_model().objects.values_list("title", flat=True)) == ["photo.png"]


def test_documents_are_served_by_the_view_and_their_media_url_answers_not_found(
    editor_client, settings
):
    upload_document(editor_client, "leaflet.pdf", PDF)
    document = get_document_model().objects.get()
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert document.url == reverse("wagtaildocs_serve", args=[document.pk, document.filename])

    served = Client().get(document.url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == PDF
    assert Client().get(f"/media/{document.file.name}").status_code == 404


def test_private_pages_offer_no_shared_password(information_page, people):
    client = sign_in(Client(), people["publisher"])
    response = client.get(reverse("wagtailadmin_pages:set_privacy", args=[information_page.pk]))
    html = response.content.decode()
    assert 'value=\\"login\\"' in html
    assert 'value=\\"password\\"' not in html
