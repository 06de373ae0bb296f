"""The loading note written into Streamlit's page (ntm.ui.loading): both languages, and a rule that
hides it once the page's title is drawn."""

from ntm.i18n import t
from ntm.ui.loading import loading_note


def test_the_note_says_loading_in_vietnamese_then_english():
    note = loading_note()
    vi, en = t("app.loading", "vi"), t("app.loading", "en")
    assert vi == "Đang tải bảng điều hành…" and en == "Loading the dashboard…"
    assert note.index(f'<p lang="vi">{vi}</p>') < note.index(f'<p lang="en">{en}</p>')
    assert 'role="status"' in note


def test_the_note_hides_itself_once_the_main_area_has_a_title():
    assert 'body:has([data-testid="stMain"] h1) .ntm-loading' in loading_note()
