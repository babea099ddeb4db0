import pytest

from tests.factories import EasyReadPageFactory, EasyReadPictureFactory, easy_read_rows


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def pictures(db):
    return [
        EasyReadPictureFactory(title="Warning", alt_text="A red warning light"),
        EasyReadPictureFactory(title="Phone", alt_text="A telephone"),
    ]


@pytest.fixture
def easy_read_page(information_page, pictures):
    return EasyReadPageFactory(
        parent=information_page,
        title="How to report abuse: Easy Read",
        slug="easy-read",
        body=easy_read_rows(
            [
                (pictures[0], "Abuse is when someone hurts you.\nIt is wrong."),
                (pictures[1], "Phone us to tell us.\nWe will listen."),
            ]
        ),
    )
