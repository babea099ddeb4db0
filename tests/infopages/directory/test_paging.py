import pytest

from infopages.directory.paging import page_links


@pytest.mark.parametrize(
    ("current", "total", "links"),
    [
        (1, 1, [1]),
        (1, 3, [1, 2, 3]),
        (1, 211, [1, 2, None, 211]),
        (50, 211, [1, None, 49, 50, 51, None, 211]),
        (3, 211, [1, 2, 3, 4, None, 211]),
        (211, 211, [1, None, 210, 211]),
    ],
)
def test_a_long_search_links_the_ends_and_the_pages_either_side(current, total, links):
    assert page_links(current, total) == links
