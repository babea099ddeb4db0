"""What the admin views of records residents send (referrals, format requests)
share: nobody adds or deletes one by hand, an erased one has nothing left to see,
and each action on one needs its own permission."""

import json

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views import View
from wagtail.permission_policies import ModelPermissionPolicy

from council_site.accounts.audit import log_record_access


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


class SubjectAccessExportView(RecordActionMixin, View):
    """Everything held about the person a record came from, as JSON, for a subject
    access request (UK GDPR Article 15). Set with as_view(): model, permission,
    audit_action, file_stem, and everything_held (a function of the record)."""

    audit_action = None
    file_stem = None
    everything_held = None

    def get(self, request, pk):
        log_record_access(request, self.audit_action, [self.record], self.audit_action)
        return download(
            as_json(self.everything_held(self.record)),
            "application/json; charset=utf-8",
            f"{self.file_stem}-{self.record.reference}-everything-held.json",
        )


class EraseView(RecordActionMixin, View):
    """Asks, then erases the personal data of a record. Set with as_view(): model,
    permission, audit_action, template_name (given the record as `record`), erase (a
    function of the record, true when it erased something), erased_message and
    index_url_name."""

    audit_action = None
    template_name = None
    erase = None
    erased_message = None
    index_url_name = None

    def get(self, request, pk):
        return TemplateResponse(request, self.template_name, {"record": self.record})

    def post(self, request, pk):
        if self.erase(self.record):
            log_record_access(request, self.audit_action, [self.record], self.audit_action)
            messages.success(request, self.erased_message)
        return redirect(self.index_url_name)
