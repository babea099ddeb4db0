"""Pages of results, counted as Open Referral's paged answers count them."""

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Paging:
    number: int
    per_page: int
    total_items: int

    @property
    def total_pages(self):
        return math.ceil(self.total_items / self.per_page)

    @property
    def start(self):
        return (self.number - 1) * self.per_page

    @property
    def stop(self):
        return self.start + self.per_page

    def size(self):
        return max(0, min(self.per_page, self.total_items - self.start))

    def summary(self):
        """The paged answer's fields, without its contents."""
        return {
            "total_items": self.total_items,
            "total_pages": self.total_pages,
            "page_number": self.number,
            "size": self.size(),
            "first_page": self.number == 1,
            "last_page": self.number >= self.total_pages,
            "empty": self.total_items == 0,
        }


def page_links(current, total_pages):
    """The page numbers to link to, as GOV.UK's pagination shows them: the first, the
    last, and those either side of the current one, with None where numbers are
    left out (an ellipsis), so a search with hundreds of pages still has a short list."""
    shown = sorted(
        {1, total_pages, current - 1, current, current + 1} & set(range(1, total_pages + 1))
    )
    links = []
    for number in shown:
        if links and number - links[-1] > 1:
            links.append(None)
        links.append(number)
    return links
