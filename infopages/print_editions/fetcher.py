"""The only way WeasyPrint may read anything while it makes an edition.

Editors' content ends up in the HTML, so every address in it is treated as
hostile: nothing is fetched over the network, nothing is followed, and only files
inside the project's own static and media folders are read, from disk. This
module imports nothing from Django, as it runs in the generating process."""

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse


def origin_of(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class RefusedAddress(ValueError):
    pass


class LockedDownFetcher(URLFetcher):
    """Serves `data:` addresses and, for the site's own origin, files under the given
    folders, read from disk: `folders` maps an address prefix such as "/media/images/"
    to a directory. Links in the PDF point at the site, but are never fetched."""

    def __init__(self, origin, folders):
        super().__init__(allowed_protocols={"data"}, allow_redirects=False)
        self.origin = origin
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
        if origin_of(url) != self.origin:
            raise RefusedAddress(f"Not read: {url}")
        address = unquote(urlsplit(url).path)
        for prefix, directory in self.folders.items():
            if not address.startswith(prefix):
                continue
            path = (directory / address.removeprefix(prefix)).resolve()
            # resolve() follows "..", and symbolic links, out of the folder: refuse those.
            if path.is_relative_to(directory) and path.is_file():
                return path
        raise RefusedAddress(f"Not a static or media file: {url}")
