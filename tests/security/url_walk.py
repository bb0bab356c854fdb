"""The URL configuration, walked: every endpoint of our apps, filled with the other side's
objects (tests/security/test_access_matrix.py)."""

import re
from dataclasses import dataclass, field

from django.apps import apps
from django.urls import URLResolver, get_resolver
from wagtail import hooks
from wagtail.admin.viewsets import viewsets
from wagtail.models import Page
from wagtail.permissions import policy_registry

from tests.security.access_rules import OUR_APPS, WAGTAIL_ADMIN_RULES, Rule

# ---------------------------------------------------------------------------------------------
# The URL configuration, walked


@dataclass(frozen=True)
class Endpoint:
    key: str  # "namespace:name", or the route of an unnamed pattern
    route: str
    converters: dict
    module: str
    fixed: dict = field(default_factory=dict)  # parameters that are part of the key
    query: str = ""


def _our_viewset_namespaces() -> set[str]:
    namespaces = set()
    for viewset in viewsets.viewsets:
        model = getattr(viewset, "model", None)
        if isinstance(model, str):
            model = apps.get_model(model)
        if model is not None and model._meta.app_label in OUR_APPS:
            namespaces.add(viewset.url_namespace)
    return namespaces


def _walk(resolver, prefix="", namespaces=()):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = namespaces + ((pattern.namespace,) if pattern.namespace else ())
            yield from _walk(pattern, prefix + str(pattern.pattern), inner)
            continue
        view = getattr(pattern.callback, "view_class", None) or pattern.callback
        route = prefix + str(pattern.pattern)
        key = ":".join((*namespaces, pattern.name)) if pattern.name else route
        yield (
            Endpoint(
                key=key,
                route=route,
                converters=dict(pattern.pattern.converters),
                module=view.__module__,
            ),
            namespaces,
        )


def _bulk_action_endpoints(bulk_endpoint: Endpoint) -> list[Endpoint]:
    endpoints = []
    for action in hooks.get_hooks("register_bulk_action"):
        for model in action.models:
            if model._meta.app_label not in OUR_APPS:
                continue
            fixed = {
                "app_label": model._meta.app_label,
                "model_name": model._meta.model_name,
                "action": action.action_type,
            }
            endpoints.append(
                Endpoint(
                    key=f"bulk:{fixed['app_label']}.{fixed['model_name']}.{fixed['action']}",
                    route=bulk_endpoint.route,
                    converters=bulk_endpoint.converters,
                    module=action.__module__,
                    fixed=fixed,
                    query="?id={id}",
                )
            )
    return endpoints


def _editing_session_endpoints(ping_endpoint: Endpoint) -> list[Endpoint]:
    """The admin's "who else is editing this" ping, for each of our models with a policy."""
    endpoints = []
    for app_label in OUR_APPS:
        for model in apps.get_app_config(app_label).get_models():
            if issubclass(model, Page) or not policy_registry.get_by_type(model, fallback=False):
                continue
            fixed = {"app_label": app_label, "model_name": model._meta.model_name}
            endpoints.append(
                Endpoint(
                    key=f"ping:{app_label}.{model._meta.model_name}",
                    route=ping_endpoint.route,
                    converters=ping_endpoint.converters,
                    module=model.__module__,
                    fixed=fixed,
                )
            )
    return endpoints


def our_endpoints() -> list[Endpoint]:
    """Every URL pattern of our apps, the Wagtail admin URLs that act on our models by
    name (bulk actions and editing-session pings), and the Wagtail admin views that could show
    what our apps log or hold (WAGTAIL_ADMIN_RULES)."""
    ours = _our_viewset_namespaces()
    endpoints = []
    for endpoint, namespaces in _walk(get_resolver()):
        if endpoint.key == "wagtail_bulk_action":
            endpoints += _bulk_action_endpoints(endpoint)
        elif endpoint.key == "wagtailadmin_editing_sessions:ping":
            endpoints += _editing_session_endpoints(endpoint)
        elif (
            endpoint.module.split(".")[0] in OUR_APPS
            or set(namespaces) & ours
            or endpoint.key in WAGTAIL_ADMIN_RULES
        ):
            endpoints.append(endpoint)
    return endpoints


def _lookup(other, dotted):
    if callable(dotted):
        return dotted(other)
    value = other
    for name in dotted.split("."):
        value = getattr(value, name)
    return value


def endpoint_url(endpoint: Endpoint, rule: Rule, other) -> str:
    values = {name: _lookup(other, dotted) for name, dotted in rule.params.items()}
    values.update(endpoint.fixed)

    def fill(match):
        name = match.group("name")
        if name not in values:
            raise AssertionError(f"{endpoint.key}: the rule gives no value for <{name}>")
        return str(endpoint.converters[name].to_url(values[name]))

    path = "/" + re.sub(r"<(?:\w+:)?(?P<name>\w+)>", fill, endpoint.route)
    if "^" in path or "(" in path:
        raise AssertionError(f"{endpoint.key}: regex routes need an explicit URL in the rule")
    return path + endpoint.query.format(**values)
