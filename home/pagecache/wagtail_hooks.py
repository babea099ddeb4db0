from wagtail import hooks


@hooks.register("before_serve_page")
def mark_public_page(page, request, serve_args, serve_kwargs):
    """Only pages anyone may read are kept for everyone."""
    request.serves_public_page = not page.get_view_restrictions().exists()
