"""What the admin views of records residents send (referrals, format requests)
share: nobody adds or deletes one by hand, an erased one has nothing left to see,
and each action on one needs its own permission."""

import json

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from wagtail.permission_policies import ModelPermissionPolicy


class ResidentRecordPermissionPolicy(ModelPermissionPolicy):
    """Records come from residents and leave by erasure or retention: nobody, not
    even an administrator, adds or deletes one by hand."""

    never = {"add", "delete"}

    def user_has_permission(self, user, action):
        return action not in self.never and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, set(actions) - self.never)

    def user_has_permission_for_instance(self, user, action, instance):
        return action not in self.never and super().user_has_permission_for_instance(
            user, action, instance
        )


class IdentifiableRecordMixin:
    """An erased record has nothing left to see or change."""

    def get_object(self, queryset=None):
        record = super().get_object(queryset)
        if not record.is_identifiable:
            raise PermissionDenied
        return record


class RecordActionMixin:
    """A view of one identifiable record of `model` that needs one permission; the
    record is `self.record`."""

    model = None
    permission = None

    def dispatch(self, request, pk, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        self.record = get_object_or_404(self.model, pk=pk)
        if not self.record.is_identifiable:
            raise PermissionDenied
        return super().dispatch(request, pk, **kwargs)


def download(content, content_type, filename):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def as_json(data):
    return json.dumps(data, ensure_ascii=False, indent=2)
