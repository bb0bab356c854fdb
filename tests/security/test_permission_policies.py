"""The Area, School and Membership permission policies answer per instance by the officer's
area (Wagtail asks them for the editing-session ping, the admin URL finder and choosers)."""

import pytest
from wagtail.permissions import policy_registry

from delivery.models import DeliverySession
from schools.models import Area, Membership, School

pytestmark = pytest.mark.django_db


def _objects(world):
    return {
        Area: (world.district_a, world.district_b),
        School: (world.school_a, world.school_b),
        Membership: (
            world.teacher_a.school_memberships.get(),
            world.teacher_b.school_memberships.get(),
        ),
    }


@pytest.mark.parametrize("model", [Area, School, Membership])
def test_an_officer_holds_permissions_on_their_own_areas_objects_only(world, model):
    policy = policy_registry.get_by_type(model)
    own, others = _objects(world)[model]
    officer = world.officer_a
    assert policy.user_has_permission_for_instance(officer, "change", own)
    assert not policy.user_has_permission_for_instance(officer, "change", others)
    assert not policy.user_has_any_permission_for_instance(officer, ["change", "view"], others)
    listed = policy.instances_user_has_permission_for(officer, "change")
    assert listed.filter(pk=own.pk).exists() and not listed.filter(pk=others.pk).exists()
    # Nothing is deleted from the admin, even inside the scope.
    assert not policy.user_has_permission_for_instance(officer, "delete", own)


@pytest.mark.parametrize("model", [Area, School, Membership])
def test_the_province_and_superusers_hold_them_on_both_districts(world, superuser, model):
    policy = policy_registry.get_by_type(model)
    for user in (world.officer_province, superuser):
        for instance in _objects(world)[model]:
            assert policy.user_has_permission_for_instance(user, "change", instance)


def test_an_officers_scope_is_for_superusers_alone(world, superuser):
    policy = policy_registry.get_by_type(Membership)
    scope_a = world.officer_a.school_memberships.get()
    assert not policy.user_has_permission_for_instance(world.officer_province, "change", scope_a)
    assert policy.user_has_permission_for_instance(superuser, "change", scope_a)


def test_teachers_and_others_hold_none(world):
    for model, instances in _objects(world).items():
        policy = policy_registry.get_by_type(model)
        for user in (world.teacher_a, world.nobody):
            for instance in instances:
                assert not policy.user_has_any_permission_for_instance(
                    user, ["add", "change", "view"], instance
                )


def test_the_sessions_policy_keeps_its_model_level_answer(world):
    """Sessions' policy subclasses the schools one; it names no scope there, so its answer is
    the model's: viewable by the officers, never changed in the admin."""
    policy = policy_registry.get_by_type(DeliverySession)
    assert policy.user_has_permission_for_instance(world.officer_a, "view", world.session_a)
    assert not policy.user_has_permission_for_instance(world.officer_a, "change", world.session_a)
