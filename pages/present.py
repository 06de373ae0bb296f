"""Trình chiếu / Meeting mode: the scope's slides in large type, one at a time (`slide=N`) or all for printing."""

import streamlit as st

from ntm.slides import SLIDES, slide_number
from ntm.ui.present import draw_slide, present_style, slide_controls, slide_stamp
from ntm.ui.shell import page_context

context = page_context(presenting=True)
lang, filters = context.lang, context.filters
present_style()

number = slide_number(st.query_params.get("slide"))
stamp = slide_stamp(filters, context.metadata, lang)
shown = list(enumerate(SLIDES, start=1)) if number is None else [(number, SLIDES[number - 1])]
for position, key in shown:
    with st.container(key=f"present_slide_{position}"):
        draw_slide(key, filters, stamp, lang)
slide_controls(number, lang)
