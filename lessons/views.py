from django.template.response import TemplateResponse
from django_ratelimit.decorators import ratelimit

from lessons.selectors import lesson_search

MAX_QUERY_LENGTH = 200


# Per address: a class of 40 searching at once from its school's one address must get through.
SEARCH_RATE = "300/m"


@ratelimit(key="ip", rate=SEARCH_RATE, method="GET", block=True)
def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    context = {"search_query": query}
    if query:
        context.update(lesson_search(query=query, params=request.GET))
    return TemplateResponse(request, "lessons/search_results.html", context)
