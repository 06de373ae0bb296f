"""Names shown as text: Markdown and Plotly escaping (ntm.markup, ntm.charts.safe_text)."""

from __future__ import annotations

import re
import string

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from ntm.charts import safe_text
from ntm.markup import escape_markdown, escape_plotly, markdown_table


def _unescape(markdown: str) -> str:
    """CommonMark's own rule: a backslash before ASCII punctuation stands for that character."""
    return re.sub(r"\\([" + re.escape(string.punctuation) + "])", r"\1", markdown)


def test_html_markdown_links_and_formulas_are_escaped() -> None:
    assert escape_markdown("<img src=x onerror=alert(1)>") == r"\<img src=x onerror=alert(1)\>"
    assert escape_markdown("**bold** [x](javascript:alert(1))") == r"\*\*bold\*\* \[x\](javascript\:alert(1))"
    assert escape_markdown(":red[Xã] :material/home:") == r"\:red\[Xã\] \:material/home\:"
    assert escape_markdown("$x$ `code` ~~s~~ a|b &lt;") == r"\$x\$ \`code\` \~\~s\~\~ a\|b \&lt;"


def test_marks_that_start_a_block_are_escaped_only_at_the_start() -> None:
    assert escape_markdown("# Xã") == r"\# Xã"
    assert escape_markdown("- Xã") == r"\- Xã"
    assert escape_markdown("12. Xã") == r"12\. Xã"
    assert escape_markdown("Xã 12. A - B # C") == "Xã 12. A - B # C"


def test_ordinary_names_stay_as_they_are() -> None:
    for name in ("Sông Lô", "TP. Vĩnh Yên", "Xã Đạo Trù (cũ)", "Hợp Thịnh-2"):
        assert escape_markdown(name) == name


def test_a_bare_web_address_is_not_linked_and_lines_are_joined() -> None:
    assert escape_markdown("www.x.vn") == r"www\.x.vn"
    assert escape_markdown("a\nb\r\nc") == "a b c"


@given(st.text())
def test_escaped_markdown_reads_back_as_the_name(name) -> None:
    escaped = escape_markdown(name)
    assert _unescape(escaped) == " ".join(name.splitlines())
    assert "\n" not in escaped and "\r" not in escaped


@given(st.text())
def test_no_special_mark_is_left_unescaped(name) -> None:
    escaped = escape_markdown(name)
    unescaped_specials = re.findall(r"(?<!\\)(?:\\\\)*[*_\[\]<>`$:|~&]", escaped)
    assert unescaped_specials == []


def test_plotly_text_keeps_tags_and_entities_as_characters() -> None:
    assert safe_text("<b>A & B</b>") == "&lt;b&gt;A &amp; B&lt;/b&gt;"
    assert safe_text is escape_plotly
    assert safe_text("Sông Lô") == "Sông Lô"


def test_markdown_table_escapes_text_cells_only() -> None:
    frame = pd.DataFrame({"Xã": ["**A**", "B"], "Số": [1, 2]})
    escaped = markdown_table(frame)
    assert escaped["Xã"].tolist() == [r"\*\*A\*\*", "B"]
    assert escaped["Số"].tolist() == [1, 2]
    assert frame["Xã"].tolist() == ["**A**", "B"]  # the download keeps the name as written
