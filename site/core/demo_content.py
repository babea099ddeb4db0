from django.db import models
from django.utils.translation import gettext


class DemoContentMixin(models.Model):
    """Pages made by `seed_demo` say so in the admin, so nobody mistakes them for approved text."""

    is_demo_content = models.BooleanField(default=False, editable=False)

    class Meta:
        abstract = True

    def get_admin_display_title(self):
        title = super().get_admin_display_title()
        return f"{title} ({gettext('demo content')})" if self.is_demo_content else title
