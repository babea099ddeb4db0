"""The whole co-production review in Chromium, as each person does it."""

import re

from tests.browser.conftest import LET_CHECKERS_IN
from tests.browser.pages import axe_violations, sign_in_tab

PAGE_PATH = "/en/advocacy/what-an-advocate-does/"


def sign_in(browser, served_site, username):
    context = browser.new_context(viewport={"width": 1300, "height": 900}, **LET_CHECKERS_IN)
    return sign_in_tab(context.new_page(), served_site, username)


def choose_action(tab, name):
    tab.get_by_role("button", name="More actions").click()
    tab.get_by_role("button", name=name, exact=True).click()
    tab.wait_for_load_state()


def review(tab, served_site, artifacts, title, comment=""):
    tab.goto(served_site + "/admin/")
    tab.get_by_role("link", name=f"Review “{title}”").click()
    tab.get_by_label("It is ready: I approve it").check()
    if comment:
        tab.get_by_label("Your comments (optional if you approve)").fill(comment)
    tab.get_by_role("button", name="Send my review").click()
    tab.wait_for_url(served_site + "/admin/")


def test_a_draft_is_co_produced_from_submission_to_publication(
    browser, served_site, served_site_shell, artifacts
):
    public = browser.new_page(**LET_CHECKERS_IN)
    public.goto(served_site + PAGE_PATH)
    page_id = re.search(r"/en/feedback/(\d+)/", public.content()).group(1)
    title = public.get_by_role("heading", level=1).inner_text()
    edit_url = f"{served_site}/admin/pages/{page_id}/edit/"

    editor = sign_in(browser, served_site, "editor")
    editor.goto(edit_url)
    editor.get_by_role("textbox", name="Summary").fill(
        "An advocate helps you say what you want and makes sure you are heard."
    )
    choose_action(editor, "Submit to Co-produced information review")

    practice = sign_in(browser, served_site, "practice")
    practice.goto(edit_url)
    choose_action(practice, "Approve")

    # An editor invites someone without an account, who reviews through a link.
    editor.goto(edit_url)
    editor.get_by_role("tab", name="Co-production").click()
    editor.get_by_role("link", name="Invite a reviewer without an account").click()
    editor.get_by_label("Name").fill("Morgan Carer")
    editor.get_by_label("Email address").fill("morgan@example.org")
    editor.get_by_role("button", name="Send the invitation").click()
    token = served_site_shell(
        "from infopages.review.models import ReviewInvitation;"
        "print(ReviewInvitation.objects.latest('created_at').token)"
    )
    guest = browser.new_page(**LET_CHECKERS_IN)
    guest.goto(f"{served_site}/review/{token}/")
    guest.screenshot(path=artifacts / "review-by-invitation.png", full_page=True)
    assert axe_violations(guest) == []
    guest.get_by_label("It is ready: I approve it").check()
    guest.get_by_role("button", name="Send my review").click()
    assert guest.get_by_role("heading", name="Thank you for your review").is_visible()

    expert1 = sign_in(browser, served_site, "expert1")
    expert1.screenshot(path=artifacts / "reviewer-dashboard.png", full_page=True)
    assert expert1.get_by_role("heading", name="Drafts waiting for your review").is_visible()
    assert axe_violations(expert1) == []
    review(expert1, served_site, artifacts, title)
    review(
        sign_in(browser, served_site, "expert2"),
        served_site,
        artifacts,
        title,
        comment="Clear and kind.",
    )

    publisher = sign_in(browser, served_site, "publisher")
    publisher.goto(edit_url)
    choose_action(publisher, "Approve")

    public.goto(served_site + PAGE_PATH)
    public.screenshot(path=artifacts / "co-produced-page.png", full_page=True)
    assert "makes sure you are heard" in public.content()
    assert public.get_by_text("Last reviewed with the stakeholder group:").is_visible()
