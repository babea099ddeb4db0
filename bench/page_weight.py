"""What a reader's browser downloads for an information page: serve the site with
gunicorn (production settings, so static files come from WhiteNoise with their
compressed copies, on the demo content), fetch the page and every file it needs
(stylesheets, scripts and the modules they import, images, the favicon) asking
for gzip or Brotli as a browser does, and print each file's bytes as sent and as
read. Exits 1 when the CSS is 40 KB or more before compression, or the whole
page 100 KB or more as sent.

Usage: .venv/bin/python bench/page_weight.py [path]"""

import re
import shutil
import sys
import urllib.error
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from page_speed import (
    INFORMATION_PAGE,
    WORK,
    bench_env,
    empty_database,
    manage,
    start_server,
    wait_until_serving,
)

KB = 1024
CSS_LIMIT = 40 * KB
PAGE_LIMIT = 100 * KB
BROWSER_ENCODINGS = "br, gzip"
# A module's static imports, in source or minified form: import x from "…", import "…".
JS_IMPORT = re.compile(r"""\bimport\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']""")
CSS_URL = re.compile(r"""url\(\s*["']?([^"')]+)["']?\s*\)""")


class AssetLinks(HTMLParser):
    """The addresses of the files a page asks the browser to load."""

    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") in {"stylesheet", "icon"}:
            self.links.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.links.append(attrs["src"])
        elif tag in {"img", "source"}:
            if attrs.get("src"):
                self.links.append(attrs["src"])
            for candidate in (attrs.get("srcset") or "").split(","):
                if candidate.strip():
                    self.links.append(candidate.split()[0])


def linked_files(url, content_type, body):
    """The files a fetched file leads the browser to load next."""
    text = body.decode("utf-8", errors="replace")
    if "html" in content_type:
        parser = AssetLinks()
        parser.feed(text)
        found = parser.links
    elif "css" in content_type:
        found = [link for link in CSS_URL.findall(text) if not link.startswith("data:")]
    elif "javascript" in content_type:
        found = JS_IMPORT.findall(text)
    else:
        found = []
    return [urljoin(url, link) for link in found]


def fetch(url, encodings):
    request = urllib.request.Request(url, headers={"Accept-Encoding": encodings})
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - loopback only
        return response.headers, response.read()


def weigh(url):
    """One file: its type, how it was compressed, bytes sent and bytes once unpacked.
    A file a stylesheet names but the server lacks costs nothing: browsers fetch a
    url() only for an element that uses it."""
    try:
        headers, sent = fetch(url, BROWSER_ENCODINGS)
    except urllib.error.HTTPError as error:
        if error.code != 404:
            raise
        return {
            "url": url,
            "type": "missing",
            "encoding": "",
            "sent": 0,
            "unpacked": 0,
            "body": b"",
        }
    _, unpacked = fetch(url, "identity")
    return {
        "url": url,
        "type": headers.get_content_type(),
        "encoding": headers.get("Content-Encoding", "none"),
        "sent": len(sent),
        "unpacked": len(unpacked),
        "body": unpacked,
    }


def weigh_page(page_url):
    """The page and everything it loads, each file once, in the order a browser meets them."""
    files, queue, seen = [], [page_url], {page_url}
    while queue:
        weighed = weigh(queue.pop(0))
        files.append(weighed)
        for link in linked_files(weighed["url"], weighed["type"], weighed["body"]):
            if link not in seen and urlsplit(link).netloc == urlsplit(page_url).netloc:
                seen.add(link)
                queue.append(link)
    return files


def totals(files):
    css = sum(file["unpacked"] for file in files if file["type"] == "text/css")
    return css, sum(file["sent"] for file in files)


def targets_met(files):
    css, sent = totals(files)
    return css < CSS_LIMIT and sent < PAGE_LIMIT


def print_table(files):
    print(f"{'file':<60}{'type':<24}{'encoding':>9}{'sent':>9}{'unpacked':>10}")
    for file in files:
        path = urlsplit(file["url"]).path
        print(
            f"{path:<60}{file['type']:<24}{file['encoding']:>9}"
            f"{file['sent']:>9,}{file['unpacked']:>10,}"
        )
    css, sent = totals(files)
    unpacked = sum(file["unpacked"] for file in files)
    print(f"{'total':<93}{sent:>9,}{unpacked:>10,}")
    print()
    print(f"CSS before compression: {css / KB:.1f} KB (target under {CSS_LIMIT // KB} KB)")
    print(f"Whole page as sent: {sent / KB:.1f} KB (target under {PAGE_LIMIT // KB} KB)")


def main(path):
    shutil.rmtree(WORK / "static", ignore_errors=True)
    WORK.mkdir(parents=True, exist_ok=True)
    env = bench_env("weight")
    empty_database(env)
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "seed_demo")
    manage(env, "collectstatic", "--no-input", "-v0")
    server, base = start_server(env)
    try:
        wait_until_serving(base + path)
        files = weigh_page(base + path)
    finally:
        server.terminate()
        server.wait()
    print(f"{path}, production settings, asking for {BROWSER_ENCODINGS}")
    print_table(files)
    met = targets_met(files)
    print("Targets: " + ("met" if met else "NOT met"))
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else INFORMATION_PAGE))
