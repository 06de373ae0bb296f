"""Streamlit's own widget texts: the scope's lists show no English "Select all" (none chosen already
means all, and Streamlit has no option to translate the text)."""


def test_the_scope_lists_offer_no_select_all(data_dir, make_app):
    app = make_app().run()
    units, criteria = app.multiselect(key="scope_units"), app.multiselect(key="scope_criteria")
    assert len(units.options) > 1 and len(criteria.options) > 1
    assert units.proto.select_all == 0
    assert criteria.proto.select_all == 0
