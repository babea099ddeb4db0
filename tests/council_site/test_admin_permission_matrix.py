"""Every admin URL pattern, as every role: who reaches it (200, or the status named
in the table for views that answer GET otherwise) and who is refused: the sign-in
page for a stranger, 403 for anyone signed in. The patterns come from the URL
resolver, so a new app's admin views join the matrix by themselves, and the test
fails until the table below says who may reach them."""

import re
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import URLResolver, get_resolver, reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Collection, Locale, Site, Workflow
from wagtail_factories import DocumentFactory, ImageFactory
from wagtail_localize.models import Translation

from getinvolved.signup.models import InvolvementTopic, Person, PersonWay
from infopages.contact_details import ContactDetails
from infopages.directory.models import Suggestion
from infopages.formatrequests.models import FormatRequest
from infopages.paying.models import ChargingYear
from infopages.print_editions.models import PrintRun
from infopages.selfassessment.models import Referral
from tests.factories import (
    ContactDetailsFactory,
    EasyReadPictureFactory,
    LocationFactory,
    PrintEditionFactory,
    ServiceFactory,
    TaxonomyTermFactory,
    sign_in,
)
from tests.infopages.review.conftest import draft_at_stakeholder_step  # noqa: F401

ROLES = [
    "anonymous",
    "expert",
    "editor",
    "practice",
    "publisher",
    "involvement",
    "translator",
    "finance",
    "directory",
    "ascdirect",
    "formats",
    "superuser",
]
ROLE_USERS = {"expert": "expert1"}
ANYONE = set(ROLES)
SIGNED_IN = ANYONE - {"anonymous"}
STAKEHOLDER_REVIEWERS = {"expert"}
# Wagtail lets every staff member of the admin use choosers and its read-only API.
STAFF = SIGNED_IN - STAKEHOLDER_REVIEWERS
PAGE_EDITORS = {"editor", "publisher", "superuser"}
# Translation reviewers publish pages in the translated trees, so Wagtail shows
# them its page search and page reports.
TRANSLATORS = {"translator"}
PUBLISHERS = {"publisher", "superuser"}
INVOLVEMENT_TEAM = {"involvement", "superuser"}
FINANCE_TEAM = {"finance", "superuser"}
DIRECTORY_TEAM = {"directory", "superuser"}
ASC_DIRECT = {"ascdirect", "superuser"}
FORMATS_TEAM = {"formats", "superuser"}
SUPERUSER = {"superuser"}
NOBODY = set()
PERSON_NAME = "Amira Hassan"
PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>")


def admin_patterns():
    """(name or route, route, parameter names) of every admin URL pattern."""
    found = []

    def walk(resolver, prefix, namespace):
        for pattern in resolver.url_patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                inner = pattern.namespace
                walk(
                    pattern,
                    route,
                    f"{namespace}:{inner}" if namespace and inner else inner or namespace,
                )
            elif route.startswith("admin/"):
                name = ":".join(filter(None, (namespace, pattern.name))) if pattern.name else route
                parameters = [a or b for a, b in PARAMETER.findall(route)]
                if any(seen == name for seen, _route, _parameters in found):
                    # One name for two routes: the second is told apart by its parameters.
                    key = f"{name}[{','.join(parameters)}]"
                    found.append((key, route, parameters))
                else:
                    found.append((name, route, parameters))

    walk(get_resolver(), "", "")
    return found


def signed_up_person():
    person = Person(name=PERSON_NAME, email="amira@example.org", role="carer")
    person.ways = [PersonWay(way="asc_bulletin")]
    person.save()
    return person


class Objects:
    """One of each thing an admin URL can name, for the URL's parameters."""

    def __init__(self, page, people):
        state = page.current_workflow_task_state
        self.page = page
        self.state = state
        self.image = ImageFactory()
        self.document = DocumentFactory()
        self.user = people["editor"]
        self.group = Group.objects.get(name="Editors")
        self.site = Site.objects.get()
        self.locale = Locale.objects.get(language_code="pl")
        self.redirect = Redirect.objects.create(old_path="/old-leaflet", redirect_link="/en/")
        self.collection = Collection.get_first_root_node()
        self.workflow = Workflow.objects.get(pk=state.workflow_state.workflow_id)
        self.contacts = ContactDetails.objects.first() or ContactDetailsFactory()
        self.translation = Translation.objects.get(
            source__object_id=page.translation_key, target_locale=self.locale
        )
        self.edition = PrintEditionFactory(page=page)
        self.print_run = PrintRun.objects.create(
            edition=self.edition, copies=20, sent_to="Jubilee GP surgery"
        )
        self.person = signed_up_person()
        self.topic = InvolvementTopic.objects.create(name="Carers", slug="carers")
        self.charging_year = ChargingYear.objects.create(
            start_year=2025, effective_from=date(2025, 4, 7), source="Circular"
        )
        self.service = ServiceFactory(places=[LocationFactory()])
        self.term = TaxonomyTermFactory()
        self.suggestion = Suggestion.objects.create(
            service=self.service, text="Moved", language="en"
        )
        self.picture = EasyReadPictureFactory()
        self.referral = Referral.objects.create(
            reference="TESTREF2", name=PERSON_NAME, postcode="CV1 5RR", site_language="en"
        )
        self.format_request = FormatRequest.objects.create(
            format="braille",
            delivery="post",
            name=PERSON_NAME,
            postcode="CV1 5RR",
            site_language="en",
        )

    def directory_records(self):
        location = self.service.service_at_locations.get().location
        for model, thing in [
            ("service", self.service),
            ("organization", self.service.organization),
            ("location", location),
            ("taxonomyterm", self.term),
            ("taxonomy", self.term.taxonomy),
            ("suggestion", self.suggestion),
        ]:
            yield f"wagtailsnippets_directory_{model}", thing
            yield f"wagtailsnippetchoosers_directory_{model}", thing

    def by_namespace(self, name):
        namespace = name.rsplit(":", 1)[0]
        for prefix, thing in [
            *self.directory_records(),
            ("wagtailsnippets_easyread_easyreadpicture", self.picture),
            ("wagtailsnippetchoosers_easyread_easyreadpicture", self.picture),
            ("wagtailadmin_api:images", self.image),
            ("wagtailadmin_api:documents", self.document),
            ("wagtailimages", self.image),
            ("wagtaildocs", self.document),
            ("wagtailusers_users", self.user),
            ("wagtailusers_groups", self.group),
            ("wagtailsites", self.site),
            ("wagtaillocales", self.locale),
            ("wagtailredirects", self.redirect),
            ("wagtailadmin_collections", self.collection),
            ("wagtailsnippets", self.contacts),
            ("signup_person", self.person),
            ("print_runs", self.print_run),
            ("signup_topic", self.topic),
            ("charging_years", self.charging_year),
            ("selfassessment_referral", self.referral),
            ("formatrequest_queue", self.format_request),
        ]:
            if namespace.startswith(prefix):
                return thing.pk
        if namespace == "wagtailadmin_workflows":
            return self.state.task_id if "task" in name else self.workflow.pk
        return self.page.pk

    def value(self, name, parameter):
        values = {
            "page_id": self.page.pk,
            "page_pk": self.page.pk,
            "parent_page_id": self.page.get_parent().pk,
            "page_to_move_id": self.page.pk,
            "destination_id": self.page.get_parent().pk,
            "revision_id": self.state.revision_id,
            "revision_id_a": "live",
            "revision_id_b": self.state.revision_id,
            "task_id": self.state.task_id,
            "task_state_id": self.state.pk,
            "workflow_state_id": self.state.workflow_state_id,
            "workflow_pk": self.workflow.pk,
            "image_id": self.image.pk,
            "filter_spec": "fill-100x100",
            "document_id": self.document.pk,
            "doc_id": self.document.pk,
            "redirect_id": self.redirect.pk,
            "collection_id": self.collection.pk,
            "app_label": "home",
            "app_name": "home",
            "content_type_app_name": "home",
            "model_name": "contactdetails",
            "content_type_model_name": "contactdetails",
            "object_id": self.contacts.pk,
            "translation_id": self.translation.pk,
            "translation_source_id": self.translation.source_id,
            "edition_id": self.edition.pk,
            "user_id": self.user.pk,
            "action_name": "copy",
            "action": "publish",
            "mode": "default",
            "uidb64": "MQ",
            "token": "set-password",
        }
        if parameter == "pk":
            return self.by_namespace(name)
        # Things none of these tests make (invitations, uploads, editing sessions...):
        # the view must refuse or say not found, for everyone.
        return values.get(parameter, 1)

    def url(self, key, route, parameters):
        if key == route:
            return "/" + route.replace("^.*/$", "no-such-admin-page/")
        name = key.split("[")[0]
        return reverse(name, kwargs={p: self.value(name, p) for p in parameters})


@pytest.fixture
def objects(draft_at_stakeholder_step, polish_page, people):  # noqa: F811
    return Objects(draft_at_stakeholder_step, people)


@pytest.fixture
def clients(people):
    admin = get_user_model().objects.create_superuser(
        "root", "root@example.org", "a-long-test-password"
    )
    users = {role: people[ROLE_USERS.get(role, role)] for role in ROLES[1:-1]}
    users["superuser"] = admin
    # Wagtail's own error test view raises on purpose: its 500 is an outcome like any other.
    return {
        "anonymous": Client(raise_request_exception=False),
        **{role: sign_in(Client(raise_request_exception=False), u) for role, u in users.items()},
    }


def outcome(response, role):
    """What was sent, as the table says it: "refused" is exactly a sign-in redirect
    for a stranger and a 403 for anyone signed in, never a redirect that looks like
    success; anything else is named by its status code."""
    location = response.get("Location", "")
    if response.status_code == 200:
        return 200
    if role == "anonymous" and response.status_code == 302 and location.startswith("/admin/login/"):
        return "refused"
    if role != "anonymous" and response.status_code == 403:
        return "refused"
    return response.status_code


def observed_matrix(objects, clients):
    matrix = {}
    for name, route, parameters in admin_patterns():
        url = objects.url(name, route, parameters)
        matrix[name] = {role: outcome(client.get(url), role) for role, client in clients.items()}
    return matrix


def reach(roles, status=200, **exceptions):
    """Who reaches a view and what they get (200 unless the view answers a plain
    GET otherwise: 302 onwards, 405 for actions that only accept POST); everyone
    else is refused."""
    return {role: exceptions.get(role, status if role in roles else "refused") for role in ROLES}


# Views named in Wagtail's recent advisories: revision compare and history
# (wagtailadmin_pages:revisions_compare, :history, :revisions_view), page copy
# (:copy), preview (:preview_on_edit, :view_draft, :workflow_preview), choosers
# (*_chooser:*, wagtailadmin_choose_page*), image preview and URL generator
# (wagtailimages:preview, :url_generator), the documents and images API
# (wagtailadmin_api:*), form submissions (wagtailforms:*), translation
# (wagtail_localize:submit_page_translation) and snippet copy
# (wagtailsnippets_home_contactdetails:copy).
EXPECTED = {
    "admin/^.*/$": reach(STAFF, 302),
    "admin/test404/": reach(STAFF),
    "checked_upload_pofile": reach(STAFF, 405),
    "involvement_record": reach(INVOLVEMENT_TEAM),
    "involvement_record_results": reach(INVOLVEMENT_TEAM),
    # Print editions and hard copies: the staff who write pages.
    "print_editions": reach(PAGE_EDITORS),
    "print_editions_results": reach(PAGE_EDITORS),
    "print_editions_admin:download": reach(PAGE_EDITORS),
    "out_of_date_hard_copies": reach(PAGE_EDITORS),
    "out_of_date_hard_copies_results": reach(PAGE_EDITORS),
    "print_runs:index": reach(PAGE_EDITORS),
    "print_runs:index_results": reach(PAGE_EDITORS),
    "print_runs:add": reach(PAGE_EDITORS),
    "print_runs:edit": reach(PAGE_EDITORS),
    "print_runs:delete": reach(PAGE_EDITORS),
    "print_runs:history": reach(PAGE_EDITORS),
    "print_runs:history_results": reach(PAGE_EDITORS),
    "print_runs:usage": reach(PAGE_EDITORS),
    "print_runs:copy": reach(PAGE_EDITORS),
    # People getting involved and their answers: the involvement team alone.
    "signup_person:index": reach(INVOLVEMENT_TEAM),
    "signup_person:index_results": reach(INVOLVEMENT_TEAM),
    "signup_person:add": reach(INVOLVEMENT_TEAM),
    "signup_person:edit": reach(INVOLVEMENT_TEAM),
    "signup_person:history": reach(INVOLVEMENT_TEAM),
    "signup_person:history_results": reach(INVOLVEMENT_TEAM),
    "signup_person:usage": reach(INVOLVEMENT_TEAM),
    "signup_person:inspect": reach(INVOLVEMENT_TEAM),
    "signup_person:subject_access": reach(INVOLVEMENT_TEAM),
    "signup_person:erase": reach(INVOLVEMENT_TEAM),
    "signup_person:delete": reach(SUPERUSER),
    "signup_person:confirm": reach(INVOLVEMENT_TEAM, 405),
    "signup_topic:index": reach(INVOLVEMENT_TEAM),
    "signup_topic:index_results": reach(INVOLVEMENT_TEAM),
    "signup_topic:add": reach(INVOLVEMENT_TEAM),
    "signup_topic:edit": reach(INVOLVEMENT_TEAM),
    "signup_topic:delete": reach(INVOLVEMENT_TEAM),
    "signup_topic:history": reach(INVOLVEMENT_TEAM),
    "signup_topic:history_results": reach(INVOLVEMENT_TEAM),
    "signup_topic:usage": reach(INVOLVEMENT_TEAM),
    "experience_survey:dashboard": reach(INVOLVEMENT_TEAM),
    # The charging figures: the finance team enters and approves them (four eyes);
    # deleting a year is for administrators.
    "charging_years:index": reach(FINANCE_TEAM),
    "charging_years:index_results": reach(FINANCE_TEAM),
    "charging_years:add": reach(FINANCE_TEAM),
    "charging_years:edit": reach(FINANCE_TEAM),
    "charging_years:inspect": reach(FINANCE_TEAM),
    "charging_years:history": reach(FINANCE_TEAM),
    "charging_years:history_results": reach(FINANCE_TEAM),
    "charging_years:usage": reach(FINANCE_TEAM),
    "charging_years:approve": reach(FINANCE_TEAM),
    "charging_years:delete": reach(SUPERUSER),
    # Referrals for a needs assessment: Adult Social Care Direct alone. Nobody adds
    # or deletes one by hand.
    "selfassessment_referral:index": reach(ASC_DIRECT),
    "selfassessment_referral:index_results": reach(ASC_DIRECT),
    "selfassessment_referral:inspect": reach(ASC_DIRECT),
    "selfassessment_referral:edit": reach(ASC_DIRECT),
    "selfassessment_referral:history": reach(ASC_DIRECT),
    "selfassessment_referral:history_results": reach(ASC_DIRECT),
    "selfassessment_referral:usage": reach(ASC_DIRECT),
    "selfassessment_referral:json": reach(ASC_DIRECT),
    "selfassessment_referral:pdf": reach(ASC_DIRECT),
    "selfassessment_referral:subject_access": reach(ASC_DIRECT),
    "selfassessment_referral:erase": reach(ASC_DIRECT),
    "selfassessment_referral:add": reach(NOBODY),
    "selfassessment_referral:delete": reach(NOBODY),
    # Requests for another format: the accessible formats team alone. Sending and
    # recording a posted copy are by POST only; nobody adds or deletes one by hand.
    "formatrequest_queue:index": reach(FORMATS_TEAM),
    "formatrequest_queue:index_results": reach(FORMATS_TEAM),
    "formatrequest_queue:inspect": reach(FORMATS_TEAM),
    "formatrequest_queue:edit": reach(FORMATS_TEAM),
    "formatrequest_queue:history": reach(FORMATS_TEAM),
    "formatrequest_queue:history_results": reach(FORMATS_TEAM),
    "formatrequest_queue:usage": reach(FORMATS_TEAM),
    "formatrequest_queue:send": reach(FORMATS_TEAM, 405),
    "formatrequest_queue:posted": reach(FORMATS_TEAM, 405),
    "formatrequest_queue:subject_access": reach(FORMATS_TEAM),
    "formatrequest_queue:erase": reach(FORMATS_TEAM),
    "formatrequest_queue:demand": reach(FORMATS_TEAM),
    "formatrequest_queue:add": reach(NOBODY),
    "formatrequest_queue:delete": reach(NOBODY),
    "page_feedback_for_page": reach(PAGE_EDITORS),
    "page_feedback_for_page_results": reach(PAGE_EDITORS),
    "page_feedback_summary": reach(PAGE_EDITORS),
    "page_feedback_summary_results": reach(PAGE_EDITORS),
    "review:decide": reach(STAKEHOLDER_REVIEWERS),
    "review:invite": reach(PAGE_EDITORS),
    "review:revoke": reach(STAFF, 302),
    "review_schedule": reach(PAGE_EDITORS),
    "review_schedule_results": reach(PAGE_EDITORS),
    "send_translation_for_check": reach(PAGE_EDITORS, 302),
    "translation_status": reach(PAGE_EDITORS),
    "translation_status_results": reach(PAGE_EDITORS),
    "two_factor_recovery_codes": reach(SIGNED_IN),
    "two_factor_reset": reach(SUPERUSER),
    "two_factor_setup": reach(SIGNED_IN),
    "two_factor_verify": reach(SIGNED_IN),
    "wagtail_bulk_action": reach(STAFF, 302),
    "wagtail_localize:convert_to_alias": reach(PAGE_EDITORS, 302),
    "wagtail_localize:download_pofile": reach(PAGE_EDITORS),
    "wagtail_localize:edit_override": reach(STAFF, 405),
    "wagtail_localize:edit_string_translation": reach(STAFF, 405),
    "wagtail_localize:javascript_catalog": reach(STAFF),
    "wagtail_localize:machine_translate": reach(STAFF, 405),
    "wagtail_localize:preview_translation": reach(PAGE_EDITORS),
    "wagtail_localize:preview_translation[translation_id,mode]": reach(PAGE_EDITORS, 302),
    "wagtail_localize:snippets_api_detail": reach(STAFF, 302),
    "wagtail_localize:snippets_api_listing": reach(STAFF),
    "wagtail_localize:stop_translation": reach(STAFF, 405),
    "wagtail_localize:submit_page_translation": reach({"editor", "superuser"}),
    "wagtail_localize:submit_snippet_translation": reach({"editor", "superuser"}, 302),
    "wagtail_localize:translations_report": reach(STAFF),
    "wagtail_localize:translations_report_results": reach(STAFF),
    "wagtail_localize:update_translations": reach({"editor", "superuser"}),
    "wagtail_localize:upload_pofile": reach(STAFF, 405),
    "wagtailadmin_account": reach(SIGNED_IN),
    "wagtailadmin_api:documents:detail": reach(STAFF),
    "wagtailadmin_api:documents:find": reach(STAFF, 302),
    "wagtailadmin_api:documents:listing": reach(STAFF),
    "wagtailadmin_api:images:detail": reach(STAFF),
    "wagtailadmin_api:images:find": reach(STAFF, 302),
    "wagtailadmin_api:images:listing": reach(STAFF),
    "wagtailadmin_api:pages:action": reach(STAFF, 405),
    "wagtailadmin_api:pages:detail": reach(
        PAGE_EDITORS,
        practice=302,
        involvement=302,
        translator=302,
        finance=302,
        directory=302,
        ascdirect=302,
        formats=302,
    ),
    "wagtailadmin_api:pages:find": reach(STAFF, 302),
    "wagtailadmin_api:pages:listing": reach(STAFF),
    "wagtailadmin_block_preview": reach(STAFF, 302),
    "wagtailadmin_choose_page": reach(STAFF),
    "wagtailadmin_choose_page_anchor_link": reach(STAFF),
    "wagtailadmin_choose_page_child": reach(STAFF),
    "wagtailadmin_choose_page_chosen_multiple": reach(STAFF),
    "wagtailadmin_choose_page_email_link": reach(STAFF),
    "wagtailadmin_choose_page_external_link": reach(STAFF),
    "wagtailadmin_choose_page_phone_link": reach(STAFF),
    "wagtailadmin_choose_page_search": reach(STAFF),
    "wagtailadmin_collections:add": reach(SUPERUSER),
    "wagtailadmin_collections:delete": reach(STAFF, 302),
    "wagtailadmin_collections:edit": reach(SUPERUSER, 302),
    "wagtailadmin_collections:index": reach(SUPERUSER),
    "wagtailadmin_collections:set_privacy": reach(SUPERUSER),
    "wagtailadmin_dismissibles": reach(SIGNED_IN),
    "wagtailadmin_editing_sessions:ping": reach(STAFF, 405),
    "wagtailadmin_editing_sessions:release": reach(STAFF, 405),
    "wagtailadmin_error_test": reach(STAFF, 500),
    "wagtailadmin_explore": reach(PAGE_EDITORS, translator=302),
    "wagtailadmin_explore_results": reach(PAGE_EDITORS, translator=302),
    "wagtailadmin_explore_root": reach(PAGE_EDITORS, translator=302),
    "wagtailadmin_home": reach(SIGNED_IN),
    "wagtailadmin_javascript_catalog": reach(ANYONE),
    # Someone already signed in is taken on to their dashboard.
    "wagtailadmin_login": reach(ANYONE, 302, anonymous=200),
    # Signing out is by POST only, for anyone: a GET changes nothing.
    "wagtailadmin_logout": reach(ANYONE, 405),
    "wagtailadmin_pages:add": reach(STAFF, 302),
    # A topic takes information pages and the self-service tools, so the editor
    # chooses which to add.
    "wagtailadmin_pages:add_subpage": reach(PAGE_EDITORS),
    "wagtailadmin_pages:choose_parent": reach(STAFF, 302),
    "wagtailadmin_pages:collect_workflow_action_data": reach(NOBODY),
    "wagtailadmin_pages:confirm_workflow_cancellation": reach(STAFF),
    "wagtailadmin_pages:convert_alias": reach(STAFF, 302),
    "wagtailadmin_pages:copy": reach(PAGE_EDITORS),
    "wagtailadmin_pages:delete": reach(PUBLISHERS),
    "wagtailadmin_pages:edit": reach(PAGE_EDITORS),
    "wagtailadmin_pages:history": reach(PAGE_EDITORS),
    "wagtailadmin_pages:history_results": reach(PAGE_EDITORS),
    "wagtailadmin_pages:lock": reach(STAFF, 405),
    "wagtailadmin_pages:move": reach(PUBLISHERS),
    "wagtailadmin_pages:move_confirm": reach(STAFF),
    "wagtailadmin_pages:preview_on_add": reach(STAFF, 302),
    "wagtailadmin_pages:preview_on_edit": reach(PAGE_EDITORS),
    "wagtailadmin_pages:revisions_compare": reach(PAGE_EDITORS),
    "wagtailadmin_pages:revisions_index": reach(STAFF, 302),
    "wagtailadmin_pages:revisions_revert": reach(PAGE_EDITORS),
    "wagtailadmin_pages:revisions_unschedule": reach(PUBLISHERS),
    "wagtailadmin_pages:revisions_view": reach(PAGE_EDITORS),
    "wagtailadmin_pages:search": reach(PAGE_EDITORS | TRANSLATORS),
    "wagtailadmin_pages:search_results": reach(PAGE_EDITORS | TRANSLATORS),
    "wagtailadmin_pages:set_page_position": reach(STAFF, 405),
    "wagtailadmin_pages:set_privacy": reach(PUBLISHERS),
    "wagtailadmin_pages:type_use": reach(STAFF, 302),
    "wagtailadmin_pages:type_use_results": reach(STAFF, 302),
    "wagtailadmin_pages:unlock": reach(STAFF, 405),
    "wagtailadmin_pages:unpublish": reach(PUBLISHERS),
    "wagtailadmin_pages:usage": reach(PAGE_EDITORS),
    "wagtailadmin_pages:view_draft": reach(PAGE_EDITORS),
    "wagtailadmin_pages:workflow_action": reach(NOBODY),
    "wagtailadmin_pages:workflow_history": reach(PAGE_EDITORS),
    "wagtailadmin_pages:workflow_history_detail": reach(PAGE_EDITORS),
    "wagtailadmin_pages:workflow_preview": reach(STAKEHOLDER_REVIEWERS),
    "wagtailadmin_password_reset": reach(ANYONE),
    "wagtailadmin_password_reset_complete": reach(ANYONE),
    "wagtailadmin_password_reset_confirm": reach(ANYONE),
    "wagtailadmin_password_reset_done": reach(ANYONE),
    "wagtailadmin_reports:aging_pages": reach(PAGE_EDITORS | TRANSLATORS),
    "wagtailadmin_reports:aging_pages_results": reach(PAGE_EDITORS | TRANSLATORS),
    "wagtailadmin_reports:locked_pages": reach(PUBLISHERS),
    "wagtailadmin_reports:locked_pages_results": reach(PUBLISHERS),
    "wagtailadmin_reports:page_types_usage": reach(PAGE_EDITORS | TRANSLATORS),
    "wagtailadmin_reports:page_types_usage_results": reach(PAGE_EDITORS | TRANSLATORS),
    "wagtailadmin_reports:site_history": reach(STAFF),
    "wagtailadmin_reports:site_history_results": reach(STAFF),
    "wagtailadmin_reports:workflow": reach(PAGE_EDITORS | TRANSLATORS),
    "wagtailadmin_reports:workflow_results": reach(PAGE_EDITORS | TRANSLATORS),
    "wagtailadmin_reports:workflow_tasks": reach(PAGE_EDITORS | TRANSLATORS),
    "wagtailadmin_reports:workflow_tasks_results": reach(PAGE_EDITORS | TRANSLATORS),
    "wagtailadmin_sprite": reach(ANYONE),
    "wagtailadmin_tag_autocomplete": reach(STAFF),
    "wagtailadmin_tag_model_autocomplete": reach(STAFF, 302),
    "wagtailadmin_workflows:add": reach(SUPERUSER),
    "wagtailadmin_workflows:add_task": reach(STAFF, 302),
    "wagtailadmin_workflows:disable": reach(SUPERUSER),
    "wagtailadmin_workflows:disable_task": reach(SUPERUSER),
    "wagtailadmin_workflows:edit": reach(SUPERUSER),
    "wagtailadmin_workflows:edit_task": reach(SUPERUSER),
    "wagtailadmin_workflows:enable": reach(STAFF, 405),
    "wagtailadmin_workflows:enable_task": reach(STAFF, 405),
    "wagtailadmin_workflows:index": reach(SUPERUSER),
    "wagtailadmin_workflows:index_results": reach(SUPERUSER),
    "wagtailadmin_workflows:remove": reach(STAFF, 405),
    "wagtailadmin_workflows:remove[page_pk,workflow_pk]": reach(STAFF, 405),
    "wagtailadmin_workflows:select_task_type": reach(SUPERUSER),
    "wagtailadmin_workflows:task_chooser": reach(STAFF),
    "wagtailadmin_workflows:task_chooser_create": reach(STAFF),
    "wagtailadmin_workflows:task_chooser_results": reach(STAFF),
    "wagtailadmin_workflows:task_chosen": reach(STAFF),
    "wagtailadmin_workflows:task_index": reach(SUPERUSER),
    "wagtailadmin_workflows:task_index_results": reach(SUPERUSER),
    "wagtailadmin_workflows:usage": reach(SUPERUSER),
    "wagtailadmin_workflows:usage_results": reach(SUPERUSER),
    "wagtaildocs:add": reach(PAGE_EDITORS),
    "wagtaildocs:add_multiple": reach(PAGE_EDITORS),
    "wagtaildocs:create_multiple_from_uploaded_document": reach(STAFF, 405),
    "wagtaildocs:delete": reach(SUPERUSER),
    "wagtaildocs:delete_multiple": reach(STAFF, 405),
    "wagtaildocs:delete_upload_multiple": reach(STAFF, 405),
    "wagtaildocs:document_usage": reach(SUPERUSER),
    "wagtaildocs:edit": reach(SUPERUSER),
    "wagtaildocs:edit_multiple": reach(STAFF, 405),
    "wagtaildocs:index": reach(PAGE_EDITORS),
    "wagtaildocs:index_results": reach(PAGE_EDITORS),
    "wagtaildocs_chooser:choose": reach(STAFF),
    "wagtaildocs_chooser:choose_results": reach(STAFF),
    "wagtaildocs_chooser:chosen": reach(SUPERUSER),
    "wagtaildocs_chooser:chosen_multiple": reach(STAFF),
    "wagtaildocs_chooser:create": reach(PAGE_EDITORS),
    "wagtailembeds:chooser": reach(STAFF),
    "wagtailembeds:chooser_upload": reach(STAFF),
    "wagtailforms:delete_submissions": reach(NOBODY),
    "wagtailforms:index": reach(PAGE_EDITORS | TRANSLATORS),
    "wagtailforms:index_results": reach(PAGE_EDITORS | TRANSLATORS),
    "wagtailforms:list_submissions": reach(STAFF, 302),
    "wagtailforms:list_submissions_results": reach(STAFF, 302),
    "wagtailimages:add": reach(PAGE_EDITORS),
    "wagtailimages:add_multiple": reach(PAGE_EDITORS),
    "wagtailimages:create_multiple_from_uploaded_image": reach(STAFF, 405),
    "wagtailimages:delete": reach(SUPERUSER),
    "wagtailimages:delete_multiple": reach(STAFF, 405),
    "wagtailimages:delete_upload_multiple": reach(STAFF, 405),
    "wagtailimages:edit": reach(SUPERUSER),
    "wagtailimages:edit_multiple": reach(STAFF, 405),
    "wagtailimages:image_usage": reach(SUPERUSER),
    "wagtailimages:index": reach(PAGE_EDITORS),
    "wagtailimages:index_results": reach(PAGE_EDITORS),
    "wagtailimages:preview": reach(SUPERUSER),
    "wagtailimages:url_generator": reach(PAGE_EDITORS, 302),
    "wagtailimages:url_generator_output": reach(PAGE_EDITORS, 302),
    "wagtailimages_chooser:choose": reach(STAFF),
    "wagtailimages_chooser:choose_results": reach(STAFF),
    "wagtailimages_chooser:chosen": reach(SUPERUSER),
    "wagtailimages_chooser:chosen_multiple": reach(STAFF),
    "wagtailimages_chooser:create": reach(PAGE_EDITORS),
    "wagtailimages_chooser:select_format": reach(SUPERUSER),
    "wagtaillocales:add": reach(SUPERUSER),
    "wagtaillocales:copy": reach(SUPERUSER),
    "wagtaillocales:delete": reach(SUPERUSER),
    "wagtaillocales:edit": reach(SUPERUSER),
    "wagtaillocales:history": reach(SUPERUSER),
    "wagtaillocales:history_results": reach(SUPERUSER),
    "wagtaillocales:index": reach(SUPERUSER),
    "wagtaillocales:index_results": reach(SUPERUSER),
    "wagtaillocales:usage": reach(SUPERUSER),
    "wagtailredirects:add": reach(SUPERUSER),
    "wagtailredirects:delete": reach(SUPERUSER),
    "wagtailredirects:edit": reach(SUPERUSER),
    "wagtailredirects:index": reach(SUPERUSER),
    "wagtailredirects:index_results": reach(SUPERUSER),
    "wagtailredirects:process_import": reach(SUPERUSER, 405),
    "wagtailredirects:start_import": reach(SUPERUSER),
    "wagtailsettings:edit": reach(STAFF, 302),
    "wagtailsettings:edit[app_name,model_name,pk]": reach(STAFF, 302),
    "wagtailsettings:preview_on_edit": reach(STAFF, 302),
    "wagtailsites:add": reach(SUPERUSER),
    "wagtailsites:copy": reach(SUPERUSER),
    "wagtailsites:delete": reach(SUPERUSER),
    "wagtailsites:edit": reach(SUPERUSER),
    "wagtailsites:history": reach(SUPERUSER),
    "wagtailsites:history_results": reach(SUPERUSER),
    "wagtailsites:index": reach(SUPERUSER),
    "wagtailsites:index_results": reach(SUPERUSER),
    "wagtailsites:usage": reach(SUPERUSER),
    "wagtailsnippetchoosers_home_contactdetails:choose": reach(STAFF),
    "wagtailsnippetchoosers_home_contactdetails:choose_results": reach(STAFF),
    "wagtailsnippetchoosers_home_contactdetails:chosen": reach(STAFF, 302),
    "wagtailsnippetchoosers_home_contactdetails:chosen_multiple": reach(STAFF),
    "wagtailsnippetchoosers_home_contactdetails:create": reach(SUPERUSER),
    "wagtailsnippets:index": reach(NOBODY),
    "wagtailsnippets_home_contactdetails:add": reach(SUPERUSER),
    "wagtailsnippets_home_contactdetails:copy": reach(SUPERUSER),
    "wagtailsnippets_home_contactdetails:delete": reach(SUPERUSER),
    "wagtailsnippets_home_contactdetails:edit": reach(SUPERUSER),
    "wagtailsnippets_home_contactdetails:history": reach(SUPERUSER),
    "wagtailsnippets_home_contactdetails:history_results": reach(SUPERUSER),
    "wagtailsnippets_home_contactdetails:list": reach(SUPERUSER),
    "wagtailsnippets_home_contactdetails:list_results": reach(SUPERUSER),
    "wagtailsnippets_home_contactdetails:usage": reach(SUPERUSER),
    "wagtailusers_groups:add": reach(SUPERUSER),
    "wagtailusers_groups:delete": reach(SUPERUSER),
    "wagtailusers_groups:edit": reach(SUPERUSER),
    "wagtailusers_groups:history": reach(SUPERUSER),
    "wagtailusers_groups:history_results": reach(SUPERUSER),
    "wagtailusers_groups:index": reach(SUPERUSER),
    "wagtailusers_groups:index_results": reach(SUPERUSER),
    "wagtailusers_groups:usage": reach(SUPERUSER),
    "wagtailusers_users:add": reach(SUPERUSER),
    "wagtailusers_users:copy": reach(SUPERUSER),
    "wagtailusers_users:delete": reach(SUPERUSER),
    "wagtailusers_users:edit": reach(SUPERUSER),
    "wagtailusers_users:history": reach(SUPERUSER),
    "wagtailusers_users:history_results": reach(SUPERUSER),
    "wagtailusers_users:index": reach(SUPERUSER),
    "wagtailusers_users:index_results": reach(SUPERUSER),
    "wagtailusers_users:usage": reach(SUPERUSER),
}


def directory_expectations():
    """The directory editors keep the directory's records; none is deleted but by an
    administrator (a service that ends is marked inactive)."""
    expected = {
        "directory_unchecked": reach(DIRECTORY_TEAM),
        "directory_unchecked_results": reach(DIRECTORY_TEAM),
    }
    for model in ["service", "organization", "location", "taxonomyterm", "taxonomy", "suggestion"]:
        views = f"wagtailsnippets_directory_{model}"
        choosers = f"wagtailsnippetchoosers_directory_{model}"
        may_add = DIRECTORY_TEAM if model != "suggestion" else SUPERUSER
        for view in ["list", "list_results", "edit", "usage", "history", "history_results"]:
            expected[f"{views}:{view}"] = reach(DIRECTORY_TEAM)
        expected[f"{views}:add"] = reach(may_add)
        expected[f"{views}:delete"] = reach(SUPERUSER)
        expected[f"{choosers}:choose"] = reach(STAFF)
        expected[f"{choosers}:choose_results"] = reach(STAFF)
        # Wagtail's choosers name a chosen record to any staff member, as for pages.
        expected[f"{choosers}:chosen"] = reach(STAFF)
        expected[f"{choosers}:chosen_multiple"] = reach(STAFF)
        expected[f"{choosers}:create"] = reach(may_add)
    return expected


EXPECTED.update(directory_expectations())


def easy_read_picture_expectations():
    """Editors and publishers keep the Easy Read picture library; a picture pages may
    still show is deleted only by an administrator."""
    views = "wagtailsnippets_easyread_easyreadpicture"
    choosers = "wagtailsnippetchoosers_easyread_easyreadpicture"
    expected = {
        f"{views}:{view}": reach(PAGE_EDITORS)
        for view in ["list", "list_results", "add", "edit", "usage", "history", "history_results"]
    }
    expected[f"{views}:copy"] = reach(PAGE_EDITORS)
    expected[f"{views}:delete"] = reach(SUPERUSER)
    for view in ["choose", "choose_results", "chosen", "chosen_multiple"]:
        expected[f"{choosers}:{view}"] = reach(STAFF)
    expected[f"{choosers}:create"] = reach(PAGE_EDITORS)
    return expected


EXPECTED.update(easy_read_picture_expectations())


def test_every_admin_url_pattern_has_an_expectation():
    names = {name for name, _route, _parameters in admin_patterns()}
    assert sorted(names - EXPECTED.keys()) == [], "Add these admin views to EXPECTED"
    assert sorted(EXPECTED.keys() - names) == [], "These admin views no longer exist"


def test_admin_permission_matrix(objects, clients):
    surprises = []
    for name, route, parameters in admin_patterns():
        url = objects.url(name, route, parameters)
        for role, client in clients.items():
            response = client.get(url)
            got = outcome(response, role)
            expected = EXPECTED.get(name, {}).get(role)
            if expected == "refused" and PERSON_NAME.encode() in response.content:
                surprises.append(f"{role} saw a person's name at {name} ({url})")
            if got != expected:
                surprises.append(f"{role} at {name} ({url}): expected {expected}, got {got}")
    assert surprises == [], "\n".join(surprises)
