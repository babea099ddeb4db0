"""Several app servers behind a load balancer: two gunicorn servers on one
database and one shared cache. A page published through one is what the other
serves at once, cache or no cache; and a database connection that is cut (as by
a database restart) costs no request after it."""

import subprocess
import sys
import urllib.request

import dj_database_url
import psycopg2
import pytest

from tests.browser.conftest import ROOT, SERVED_SITE_ENVIRONMENTS, free_port, wait_until_serving
from tests.browser.pages import sign_in_tab

PAGE_PATH = "/en/complaints-and-feedback/local-government-and-social-care-ombudsman/"


def read(url):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback only
        return response.status, response.read().decode()


@pytest.fixture(scope="module")
def app_servers(served_site, tmp_path_factory):
    """Two more app servers on the served site's database, sharing a page cache."""
    env = {
        **SERVED_SITE_ENVIRONMENTS[served_site],
        "CACHE_IS_SHARED": "true",
        "TEST_SHARED_CACHE_DIR": str(tmp_path_factory.mktemp("shared-cache")),
    }
    servers, addresses = [], []
    for _ in range(2):
        port = free_port()
        command = [sys.executable, "-m", "gunicorn", "council_site.wsgi", "-b", f"127.0.0.1:{port}"]
        servers.append(
            subprocess.Popen(
                [*command, "-w", "2"],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        addresses.append(f"http://127.0.0.1:{port}")
        SERVED_SITE_ENVIRONMENTS[addresses[-1]] = env
    try:
        for server, address in zip(servers, addresses, strict=True):
            wait_until_serving(f"{address}/en/", server)
        yield addresses
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=10)


def test_a_page_published_on_one_app_server_is_served_by_the_other_at_once(
    page, app_servers, served_site_shell
):
    first, second = app_servers
    for _ in range(3):  # both servers now have the page in the shared cache
        assert "The Local Government and Social Care Ombudsman" in read(second + PAGE_PATH)[1]
        read(first + PAGE_PATH)

    page_id = served_site_shell(
        "from wagtail.models import Page; print(Page.objects.get("
        "url_path__endswith='/local-government-and-social-care-ombudsman/',"
        " locale__language_code='en').pk)"
    )
    sign_in_tab(page, first, "admin")
    page.goto(f"{first}/admin/pages/{page_id}/edit/")
    page.locator("#id_title").fill("The Ombudsman, published on one server")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish", exact=True).click()
    page.wait_for_url(f"{first}/admin/pages/*/")

    assert "The Ombudsman, published on one server" in read(second + PAGE_PATH)[1]


def test_a_cut_database_connection_costs_no_request_after_it(app_servers, served_site):
    config = dj_database_url.parse(SERVED_SITE_ENVIRONMENTS[served_site]["DATABASE_URL"])
    if "postgresql" not in config["ENGINE"]:
        pytest.skip("SQLite has no server connection to cut; CI runs this on PostgreSQL.")
    first, _second = app_servers
    assert read(first + "/healthz")[0] == 200
    connection = psycopg2.connect(
        dbname="postgres", user=config["USER"], host=config["HOST"], port=config["PORT"] or 5432
    )
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            [config["NAME"]],
        )
    connection.close()
    # Each worker finds its connection dead on its health check and opens another.
    for _ in range(6):
        assert read(first + "/healthz")[0] == 200
        assert read(first + "/en/search/?q=ombudsman")[0] == 200
