from django.template.response import TemplateResponse
from django_ratelimit.decorators import ratelimit

from lessons.selectors import lesson_search

MAX_QUERY_LENGTH = 200


@ratelimit(key="ip", rate="120/m", method="GET", block=True)
def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    context = {"search_query": query}
    if query:
        context.update(lesson_search(query=query, params=request.GET))
    return TemplateResponse(request, "lessons/search_results.html", context)
