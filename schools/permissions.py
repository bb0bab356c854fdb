"""Permission policies of the officers' admin: nothing is deleted from the admin, and an
officer acts only on what their areas cover."""

from wagtail.permission_policies import ModelPermissionPolicy

from schools.models import Area, Membership, School
from schools.selectors import (
    area_scope,
    officer_membership_scope,
    school_scope,
    teacher_membership_scope,
)


class NoDeletePermissionPolicy(ModelPermissionPolicy):
    """Schools are closed, areas retired and accounts stopped — never deleted — so that
    nothing recorded against them is lost."""

    denied_actions = frozenset({"delete"})

    def user_has_permission(self, user, action):
        return action not in self.denied_actions and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    # Per instance, an officer acts only inside their areas (a superuser on everything):
    # Wagtail asks these for e.g. the editing-session ping and the admin URL finder. Models
    # of subclasses that name no scope here keep the model-level answer.

    def scoped_instances(self, user):
        """The instances of the policy's model that ``user`` covers; None: not scoped here."""
        if self.model is Area:
            return area_scope(user=user)
        if self.model is School:
            return school_scope(user=user)
        if self.model is Membership:
            return teacher_membership_scope(user=user) | officer_membership_scope(user=user)
        return None

    def _covers(self, user, instance) -> bool:
        scoped = self.scoped_instances(user)
        return scoped is None or scoped.filter(pk=instance.pk).exists()

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and self._covers(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and self._covers(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        scoped = self.scoped_instances(user)
        if scoped is None or not self.user_has_any_permission(user, actions):
            return super().instances_user_has_any_permission_for(user, actions)
        return scoped


class SuperuserOnlyPermissionPolicy(NoDeletePermissionPolicy):
    """What only superusers administer (officers' scopes): nobody else holds any permission on
    it, whatever their groups give them."""

    def user_has_permission(self, user, action):
        return user.is_superuser and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission(actions).filter(is_superuser=True)
