"""Every CSV the admin offers is safe to open in a spreadsheet program. A cell that
starts with = + - @ (or a tab or carriage return before one) is run as a formula,
so a comment a stranger left on "Is this page useful?", a page title or a name
could fetch a web address or run a command on a member of staff's computer. Such
text is written with a leading quote, which spreadsheets show as typed.

Wagtail's own exports (site history, page reports, listings) carry page titles and
names that editors type, so the one path every admin CSV takes is Wagtail's
SpreadsheetExportMixin.write_csv_row, which the platform's app replaces with
`write_inert_csv_row` (through council_site.core.internals, where Wagtail's private
parts are reached). XLSX exports are already inert: Wagtail writes any formula cell
as text."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(value):
    """A cell as a spreadsheet will show it, never run it; numbers and dates stay as
    they are, so they can still be added up."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def inert_row(values):
    return [inert(value) for value in values]


def write_inert_csv_row(view, writer, row_dict):
    return writer.writerow(
        {
            field: inert(view.preprocess_field_value(field, value, view.FORMAT_CSV))
            for field, value in row_dict.items()
        }
    )
