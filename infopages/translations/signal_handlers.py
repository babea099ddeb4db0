from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from wagtail.models import GroupPagePermission

from .pages import LanguageHomeMixin
from .roles import TRANSLATION_REVIEWER_PAGE_PERMISSIONS, TRANSLATION_REVIEWERS


def translation_reviewers_for_new_language(sender, instance, created, **kwargs):
    """Translation reviewers may publish in every language's tree but the English one."""
    if not created or not isinstance(instance, LanguageHomeMixin):
        return
    if instance.locale.language_code == settings.LANGUAGE_CODE:
        return
    group = Group.objects.filter(name=TRANSLATION_REVIEWERS).first()
    if group is None:
        return
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=TRANSLATION_REVIEWER_PAGE_PERMISSIONS
    ):
        GroupPagePermission.objects.get_or_create(group=group, page=instance, permission=permission)


post_save.connect(
    translation_reviewers_for_new_language, dispatch_uid="translation_reviewers_for_new_language"
)
