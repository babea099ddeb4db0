"""WeasyPrint reads nothing but the project's own images and static files: editors'
content cannot make it fetch addresses on the network or read other files."""

import socket
import threading

import pytest
from pypdf import PdfReader

from infopages.print_editions.fetcher import LockedDownFetcher, RefusedAddress
from infopages.print_editions.generation import make_edition_now
from infopages.print_editions.models import EditionFailure, PrintFormat
from infopages.print_editions.pdf import GenerationTimedOut, make_pdf
from tests.factories import InformationPageFactory, body

from .conftest import pdf_text


@pytest.fixture
def listener():
    """A server on a loopback port that counts every connection made to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    connections = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                connection, _address = server.accept()
            except TimeoutError:
                continue
            connections.append(connection.recv(1024))
            connection.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], connections
    stop.set()
    thread.join()
    server.close()


def hostile_html(port):
    local = f"http://127.0.0.1:{port}"
    return f"""<!DOCTYPE html><html lang="en"><head><title>Hostile</title>
    <link rel="stylesheet" href="{local}/style.css">
    <link rel="attachment" href="file:///etc/passwd">
    <style>@import url("{local}/import.css");
    body {{ background: url("http://169.254.169.254/latest/meta-data/"); }}
    @font-face {{ font-family: Spy; src: url("{local}/font.woff"); }}</style></head>
    <body><p style="background: url('{local}/inline.png')">Safe text</p>
    <img src="{local}/image.png" alt="">
    <img src="http://169.254.169.254/latest/meta-data/iam" alt="">
    <img src="file:///etc/passwd" alt="">
    <img src="/media/images/../../../../etc/passwd" alt="">
    <a rel="attachment" href="/media/documents/secret.pdf">Attached</a>
    <iframe src="{local}/frame"></iframe><object data="{local}/object"></object>
    <embed src="file:///etc/passwd"></body></html>"""


def test_nothing_is_fetched_or_read_and_nothing_is_attached(listener, tmp_path, settings):
    port, connections = listener
    rendered = make_pdf(
        hostile_html(port), [("/media/images/", str(tmp_path))], "http://localhost/"
    )

    assert connections == []
    assert rendered.refused_addresses
    assert all(
        address.startswith(("http://127.0.0.1", "http://169.254", "file:", "http://localhost/"))
        for address in rendered.refused_addresses
    )
    pdf = tmp_path / "hostile.pdf"
    pdf.write_bytes(rendered.content)
    assert PdfReader(pdf).attachments == {}
    text = pdf_text(pdf)
    assert "Safe text" in text and "root:" not in text


def test_editor_content_with_hostile_links_makes_no_request(listener, topic):
    port, connections = listener
    paragraph = (
        f'<p><a href="http://127.0.0.1:{port}/track">Tracked</a> '
        '<a href="file:///etc/passwd">Passwords</a> '
        '<a href="http://169.254.169.254/latest/">Metadata</a></p>'
        f'<img src="http://127.0.0.1:{port}/pixel.png">'
    )
    page = InformationPageFactory(parent=topic, body=body([("paragraph", paragraph)]))
    edition = make_edition_now(page.pk, PrintFormat.STANDARD)

    assert connections == []
    assert PdfReader(edition.file.path).attachments == {}
    text = pdf_text(edition.file.path)
    assert f"Tracked (http://127.0.0.1:{port}/track)" in text
    assert "Passwords" in text and "root:" not in text


def test_fetcher_reads_only_files_inside_its_folders(tmp_path):
    images = tmp_path / "images"
    images.mkdir()
    (images / "photo.png").write_bytes(b"picture")
    (tmp_path / "secret.txt").write_text("secret")
    (images / "link.png").symlink_to(tmp_path / "secret.txt")
    fetcher = LockedDownFetcher("http://localhost", [("/media/images/", str(images))])
    origin = "http://localhost"

    assert fetcher.fetch(f"{origin}/media/images/photo.png").read() == b"picture"
    for refused in [
        f"{origin}/media/images/../secret.txt",
        f"{origin}/media/images/%2e%2e/secret.txt",
        f"{origin}/media/images/link.png",
        f"{origin}/media/documents/report.pdf",
        "http://localhost:8001/media/images/photo.png",
        "https://localhost/media/images/photo.png",
        f"file://{images / 'photo.png'}",
        "ftp://localhost/media/images/photo.png",
    ]:
        with pytest.raises(RefusedAddress):
            fetcher.fetch(refused)


def test_a_generation_over_its_time_limit_is_stopped():
    html = "<html><body>" + "<table><tr><td>cell</td></tr></table>" * 2000 + "</body></html>"
    with pytest.raises(GenerationTimedOut):
        make_pdf(html, [], "http://localhost/", time_limit=0.05)


def test_a_timed_out_edition_is_recorded_and_shown_to_staff(
    information_page, monkeypatch, admin_client
):
    monkeypatch.setattr("infopages.print_editions.pdf.TIME_LIMIT_SECONDS", 0.01)
    assert make_edition_now(information_page.pk, PrintFormat.STANDARD) is None

    failure = EditionFailure.objects.get(page=information_page, format=PrintFormat.STANDARD)
    assert failure.timed_out and failure.attempts == 1
    listing = admin_client.get("/admin/print-editions/").content.decode()
    assert "Editions that could not be made" in listing
    assert "stopped because it took longer than 60 seconds" in listing
    panel = admin_client.get(f"/admin/pages/{information_page.pk}/edit/").content.decode()
    assert "stopped because it took longer than 60 seconds" in panel
