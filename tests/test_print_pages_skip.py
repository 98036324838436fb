"""A KIM's poster and drafts, pages of their own without the site's chrome, have the skip
link the site's pages have (Material's `md-skip`): a tester found the first Tab on "Kembali ke
profil", and the drafts six links further."""

import pytest

PAGES = [("kim/yosodadi-smart/dokumen/", "#sk-lurah"),  # a kelurahan's drafts
         ("kim/sinar-harapan-pekalongan/dokumen/", "#sk-kepala-desa"),
         ("kim/sinar-harapan-pekalongan/poster/", "#isi")]


@pytest.mark.parametrize("path, target", PAGES)
def test_the_first_tab_offers_to_skip_to_the_content_shown_on_focus_not_on_paper(browser, server, path, target):
    context = browser.new_context()
    tab = context.new_page()
    tab.goto(f"{server.url}{path}")
    skip = tab.locator("a.md-skip")
    assert skip.count() == 1 and skip.get_attribute("href") == target and tab.locator(target).count() == 1
    assert skip.bounding_box()["x"] + skip.bounding_box()["width"] < 0  # out of sight until focused
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.className") == "md-skip"
    box = skip.bounding_box()
    assert box["x"] >= 0 and box["y"] >= 0 and box["x"] + box["width"] <= tab.viewport_size["width"]
    assert skip.inner_text() == "Lewati ke isi (Skip to content)"
    tab.keyboard.press("Enter")
    assert tab.evaluate("location.hash") == target
    tab.emulate_media(media="print")
    assert not skip.is_visible()
    context.close()
