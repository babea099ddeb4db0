TRANSLATION_REVIEWERS = "Translation reviewers"
# Approving a translation check publishes the translation, which Wagtail allows only
# to people who may publish the page; nothing more is given.
TRANSLATION_REVIEWER_PAGE_PERMISSIONS = ["publish_page"]
