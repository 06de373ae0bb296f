"""Every session-state key of the app, in one place: find here who else reads a key before changing it.

Widget keys double as session keys (Streamlit keeps a widget's value under its key); a choice that must
outlive its widget (moving between pages drops the widget's own key) is kept under `kept_key(widget)`.
"""

from __future__ import annotations

# Widgets of the scope bar (ntm.ui.scope); each value is kept across pages under kept_key(...).
LANGUAGE = "lang"
SCOPE_PERIOD = "scope_period"
SCOPE_PROVINCE = "scope_province"
SCOPE_DISTRICT = "scope_district"
SCOPE_COMMUNE_SEARCH = "scope_commune_search"
SCOPE_UNITS = "scope_units"
SCOPE_SET = "scope_set"
SCOPE_CRITERIA = "scope_criteria"

# Page-level choices a drill-down sets (ntm.ui.scope.focus_select, ntm.ui.navigation).
FOCUS_UNIT = "focus_unit"
FOCUS_CRITERION = "focus_criterion"

# Notices of linked values that fell back to defaults, shown once (ntm.ui.scope).
SCOPE_NOTICES = "scope_notices"
# The period the scope bar last built a scope for, to tell a change across the reform (ntm.ui.scope).
SCOPE_PERIOD_SHOWN = "scope_period_shown"
# The one line saying what a period change across the reform did to the place, shown once (ntm.ui.scope).
SCOPE_REFORM_NOTICE = "scope_reform_notice"
# The URL parameters the app wrote itself, so a change by Back / Forward can be told apart (ntm.ui.scope).
URL_WRITTEN = "url_written"
# Renewed on every drill-down so that selectable charts and tables start unselected (ntm.ui.navigation).
SELECTION_GENERATION = "selection_generation"
# What the data page's rollback callback did, shown on the next run (pages/data.py).
DATA_PAGE_NOTICE = "data_page_notice"
# The last import result on the data page and its file (ntm.ui.importing).
IMPORT_LAST_RESULT = "import_last_result"
# The logged-in administrator's name (ntm.ui.admin).
ADMIN_NAME = "admin_name"


def kept_key(widget_key: str) -> str:
    """Where a widget's value is kept while the widget is not drawn (on another page)."""
    return f"kept_{widget_key}"


def import_confirm_key(file_id: str, count: int) -> str:
    # Keyed by file and count: another file, or another number of removals, must be confirmed anew.
    return f"import_confirm_{file_id}_{count}"


def rollback_confirm_key(version_id: str) -> str:
    # Keyed by the version: choosing another one must be confirmed anew.
    return f"rollback_confirm_{version_id}"
