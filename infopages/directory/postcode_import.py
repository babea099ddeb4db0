"""Reading the ONS Postcode Directory (or an extract of it) into the postcode table."""

import csv

from django.db import transaction

from .models import Postcode
from .places import normalise_postcode

BATCH = 5000
# The ONS Postcode Directory's column names, then plainer ones an extract may use.
POSTCODE_COLUMNS = ("pcds", "postcode")
LATITUDE_COLUMNS = ("lat", "latitude")
LONGITUDE_COLUMNS = ("long", "longitude")
# The directory writes this latitude for a postcode with no grid reference.
NO_POSITION = 99.999999


class PostcodeFileError(Exception):
    pass


def _column(header, names, path):
    for name in names:
        if name in header:
            return name
    raise PostcodeFileError(f"{path} has no column named {' or '.join(names)}")


def rows(path, prefixes=()):
    """(postcode, latitude, longitude) of each usable row, keeping to the prefixes."""
    with open(path, newline="", encoding="utf-8-sig") as file:
        reader = csv.DictReader(file)
        header = [name.strip().lower() for name in reader.fieldnames or []]
        reader.fieldnames = header
        postcode_column = _column(header, POSTCODE_COLUMNS, path)
        latitude_column = _column(header, LATITUDE_COLUMNS, path)
        longitude_column = _column(header, LONGITUDE_COLUMNS, path)
        for line, row in enumerate(reader, start=2):
            postcode = normalise_postcode(row[postcode_column])
            if postcode is None or (prefixes and not postcode.startswith(tuple(prefixes))):
                continue
            try:
                latitude = float(row[latitude_column])
                longitude = float(row[longitude_column])
            except (TypeError, ValueError):
                raise PostcodeFileError(
                    f"{path}, line {line}: latitude or longitude is not a number"
                ) from None
            if latitude == NO_POSITION or not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
                continue
            yield postcode, latitude, longitude


@transaction.atomic
def import_postcodes(path, prefixes=()):
    count = 0
    batch = []
    for postcode, latitude, longitude in rows(path, prefixes):
        batch.append(Postcode(postcode=postcode, latitude=latitude, longitude=longitude))
        if len(batch) >= BATCH:
            count += _save(batch)
            batch = []
    return count + _save(batch)


def _save(batch):
    Postcode.objects.bulk_create(
        batch,
        update_conflicts=True,
        unique_fields=["postcode"],
        update_fields=["latitude", "longitude"],
    )
    return len(batch)
