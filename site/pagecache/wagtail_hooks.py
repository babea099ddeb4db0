from wagtail import hooks

from .middleware import cache_is_on


@hooks.register("before_serve_page")
def mark_public_page(page, request, serve_args, serve_kwargs):
    """Only pages anyone may read are kept for everyone. Without the page cache the
    question is not asked, so pages cost no more queries than they did."""
    if cache_is_on():
        request.serves_public_page = not page.get_view_restrictions().exists()
