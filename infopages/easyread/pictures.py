"""What the Easy Read picture library accepts: PNG, and SVG drawings made only of
shapes. An SVG is a document that can run scripts and fetch other addresses when
opened on its own, so only the drawing elements and attributes below are let in;
anything else (scripts, event handlers, links, embedded documents, styles) refuses
the file rather than being quietly removed."""

import re
from io import BytesIO

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

SVG = "{http://www.w3.org/2000/svg}"
ALLOWED_ELEMENTS = {
    "svg",
    "g",
    "path",
    "circle",
    "ellipse",
    "rect",
    "line",
    "polyline",
    "polygon",
    "defs",
    "linearGradient",
    "radialGradient",
    "stop",
    "title",
    "desc",
}
ALLOWED_ATTRIBUTES = {
    "id",
    "class",
    "viewBox",
    "width",
    "height",
    "version",
    "x",
    "y",
    "x1",
    "y1",
    "x2",
    "y2",
    "cx",
    "cy",
    "r",
    "rx",
    "ry",
    "d",
    "points",
    "transform",
    "fill",
    "fill-rule",
    "fill-opacity",
    "clip-rule",
    "stroke",
    "stroke-width",
    "stroke-linecap",
    "stroke-linejoin",
    "stroke-miterlimit",
    "stroke-dasharray",
    "stroke-opacity",
    "opacity",
    "offset",
    "stop-color",
    "stop-opacity",
    "gradientUnits",
    "gradientTransform",
    "preserveAspectRatio",
    "paint-order",
    "display",
    "color",
}
# A colour, a number or a gradient of this drawing: never an address elsewhere.
OUTSIDE_REFERENCE = re.compile(r"url\(\s*['\"]?(?!#)|javascript:|data:", re.IGNORECASE)
MAX_PICTURE_BYTES = 512 * 1024


class PictureRefused(ValueError):
    pass


def local_name(tag):
    return tag[len(SVG) :] if tag.startswith(SVG) else None


def check_svg(content):
    try:
        root = ElementTree.fromstring(content, forbid_dtd=True)
    except (ElementTree.ParseError, DefusedXmlException) as error:
        raise PictureRefused(_("It is not a well-formed SVG drawing.")) from error
    if local_name(root.tag) != "svg":
        raise PictureRefused(_("It is not an SVG drawing."))
    for element in root.iter():
        name = local_name(element.tag) if isinstance(element.tag, str) else None
        if name not in ALLOWED_ELEMENTS:
            raise PictureRefused(
                _("It has a part that is not a drawing: %(name)s.") % {"name": name or element.tag}
            )
        for attribute, value in element.attrib.items():
            if attribute not in ALLOWED_ATTRIBUTES:
                raise PictureRefused(
                    _("It has a setting that is not allowed: %(name)s.") % {"name": attribute}
                )
            if OUTSIDE_REFERENCE.search(value):
                raise PictureRefused(
                    _("It refers to something outside the drawing: %(name)s.") % {"name": attribute}
                )


def check_png(content):
    try:
        with Image.open(BytesIO(content)) as image:
            kind = image.format
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError) as error:
        raise PictureRefused(_("It is not a PNG picture.")) from error
    if kind != "PNG":
        raise PictureRefused(_("It is not a PNG picture."))


CHECKS = {"svg": check_svg, "png": check_png}


def check_picture(name, content):
    """Raises PictureRefused, saying why, unless the file is a picture the library
    takes."""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in CHECKS:
        raise PictureRefused(_("Only .svg and .png files can be used."))
    if len(content) > MAX_PICTURE_BYTES:
        raise PictureRefused(_("It is larger than 512 KB."))
    CHECKS[extension](content)
