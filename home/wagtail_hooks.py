from wagtail import hooks


@hooks.register("before_serve_page")
def mark_page_request(page, request, serve_args, serve_kwargs):
    # Lets the public page cache store Wagtail pages, and nothing else.
    request.is_wagtail_page = True
