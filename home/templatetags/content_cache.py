"""``{% content_cache "name" key… %}…{% endcontent_cache %}``: a fragment rendered once per
content generation (home/page_cache.py), site and language, for the pages' heaviest parts.

Pages are cached whole only for anonymous visitors; teachers signed in, pupils in a quiz and a
cold cache still render every page. What a fragment shows must depend only on the content
(the page, its settings and snippets, which start a new generation when they change) and the
given keys — never on the user or the request. Previews render the fragment every time.
"""

import hashlib

from django import template
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Site

from home.page_cache import SHARED_DATA_SECONDS, current_generation

register = template.Library()


class ContentCacheNode(template.Node):
    def __init__(self, nodelist, name, keys):
        self.nodelist = nodelist
        self.name = name
        self.keys = keys

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        parts = [str(key.resolve(context)) for key in self.keys]
        # Hashed: a key may hold a query string a visitor typed.
        digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]
        language = translation.get_language() or ""
        # Per site: each has its own settings (the hotline) and its own links.
        site = Site.find_for_request(request)
        site_id = site.pk if site is not None else "-"
        name = self.name.resolve(context)
        key = f"pagecache:{current_generation()}:fragment:{site_id}:{language}:{name}:{digest}"
        html = cache.get(key)
        if html is None:
            html = self.nodelist.render(context)
            cache.set(key, html, SHARED_DATA_SECONDS)
        return html


@register.tag
def content_cache(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} needs a fragment name")
    nodelist = parser.parse(("endcontent_cache",))
    parser.delete_first_token()
    return ContentCacheNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]]
    )
