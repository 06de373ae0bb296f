"""Trình chiếu / Meeting mode: the scope's slides in large type, one at a time (`slide=N`) or all for printing."""

import streamlit as st

from ntm.figures.meeting import SLIDES, slide_number
from ntm.ui.meeting import draw_slide, meeting_style, slide_controls, slide_stamp
from ntm.ui.shell import page_context

context = page_context(meeting_mode=True)
lang, scope = context.lang, context.scope
meeting_style()

number = slide_number(st.query_params.get("slide"))
stamp = slide_stamp(scope, context.metadata, lang)
shown = list(enumerate(SLIDES, start=1)) if number is None else [(number, SLIDES[number - 1])]
for position, key in shown:
    with st.container(key=f"meeting_slide_{position}"):
        draw_slide(key, scope.filters, stamp, lang)
slide_controls(number, lang)
