"""The pace section's sentences, one per plan still ahead."""

from __future__ import annotations

from ntm.figures.pace import PlanVerdict
from ntm.i18n import format_percent, t
from ntm.tables.labels import basis_in_sentence, goal_name


def verdict_sentence(verdict: PlanVerdict, lang: str) -> str:
    """The plan's verdict read aloud; a programme target names its base and its legal basis."""
    if verdict.source:
        return t(
            "pace.target_met" if verdict.will_be_met else "pace.target_not_met",
            lang,
            tier=goal_name(verdict.tier, lang),
            year=verdict.target_year,
            planned=format_percent(verdict.planned_share, lang),
            base=basis_in_sentence(verdict.basis, lang),
            source=verdict.source,
            projected=format_percent(verdict.projected_share, lang),
        )
    key = "pace.met" if verdict.will_be_met else "pace.not_met"
    return t(
        key,
        lang,
        tier=goal_name(verdict.tier, lang),
        year=verdict.target_year,
        planned=format_percent(verdict.planned_share, lang),
        projected=format_percent(verdict.projected_share, lang),
    )
