"""The only way WeasyPrint may read anything while it makes an edition.

Editors' content ends up in the HTML, so every address in it is treated as
hostile: nothing is fetched over the network, nothing is followed, and only files
inside the project's own static and media folders are read, from disk. This
module imports nothing from Django, as it runs in the generating process."""

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse

# Every relative address in an edition resolves against this made-up origin, which
# no network can answer (".invalid" is reserved), and only it is served from disk.
PRINT_ORIGIN = "https://print.invalid"


class RefusedAddress(ValueError):
    pass


class LockedDownFetcher(URLFetcher):
    """Serves `data:` addresses and, for the print origin, files under the given
    folders: `folders` maps an address prefix such as "/media/" to a directory."""

    def __init__(self, folders):
        super().__init__(allowed_protocols={"data"}, allow_redirects=False)
        self.folders = {prefix: Path(directory).resolve() for prefix, directory in folders}
        self.refused = []

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        try:
            path = self.local_file(url)
        except RefusedAddress:
            self.refused.append(url)
            raise
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": content_type})

    def local_file(self, url):
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" != PRINT_ORIGIN:
            raise RefusedAddress(f"Not read: {url}")
        address = unquote(parts.path)
        for prefix, directory in self.folders.items():
            if not address.startswith(prefix):
                continue
            path = (directory / address.removeprefix(prefix)).resolve()
            # resolve() follows "..", and symbolic links, out of the folder: refuse those.
            if path.is_relative_to(directory) and path.is_file():
                return path
        raise RefusedAddress(f"Not a static or media file: {url}")
