"""The site as gunicorn serves it, except that each address's template is rendered
once and its HTML reused: what a page would cost if its template took no time.
bench/page_speed.py serves it to show the most that any template engine, or any
saving in the queries a template makes, could give an uncached page."""

from django.template.response import SimpleTemplateResponse

from council_site.wsgi import application

render = SimpleTemplateResponse.rendered_content.fget
made = {}


def made_once(response):
    path = response._request.path
    if path not in made:
        made[path] = render(response)
    return made[path]


SimpleTemplateResponse.rendered_content = property(made_once)

__all__ = ["application"]
