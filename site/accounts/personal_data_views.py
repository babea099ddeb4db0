"""A person's rights over a record they sent (a referral, a format request): a copy
of everything held, and erasure; each use is in the audit log by record number."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views import View

from council_site.core.admin_records import RecordActionMixin, as_json, download

from .audit import log_record_access


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
