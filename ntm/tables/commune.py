"""Tables and texts of the commune page: translated headers, numbers and dates in the reader's language."""

from __future__ import annotations

from datetime import date

import pandas as pd

from ntm.figures.commune import (
    VillageSummary,
    as_date,
    comparable_criteria_met_change,
    criterion_changes,
    highest_recognised_tier,
    plan_status,
)
from ntm.figures.values import is_missing
from ntm.i18n import format_date, period_name, t
from ntm.tables.labels import (
    commune_group_name,
    criterion_label,
    decision_text,
    measure_text,
    region_name,
    status_name,
    threshold_text,
    tier_name,
    unit_label,
    value_text,
    yes_no,
)
from ntm.tables.typed import (
    INTEGER,
    YEAR,
    TypedTable,
    integer_or_none,
    with_decision_date,
    with_indicator_figures,
)


def commune_labels(choices: pd.DataFrame, lang: str) -> dict[str, str]:
    """unit_code → the name shown in the commune choice; the district is added when the scope spans several."""
    several = choices["district_name"].nunique() > 1
    return {
        code: t("commune.choice_label", lang, name=name, district=district) if several else name
        for code, name, district in zip(
            choices["unit_code"], choices["name"], choices["district_name"], strict=True
        )
    }


def commune_name(choices: pd.DataFrame, unit_code: str) -> str:
    """The chosen commune's name from `commune_choices`."""
    return str(choices.loc[choices["unit_code"] == unit_code, "name"].iloc[0])


def headline_metrics(
    standing: pd.DataFrame,
    recognitions: pd.DataFrame,
    history: pd.DataFrame,
    villages: VillageSummary,
    period_end: date,
    lang: str,
) -> list[dict]:
    """The four figures at the top, as keyword arguments of `st.metric`."""
    metrics = [
        dict(
            label=t("commune.kpi.tier", lang),
            value=tier_name(highest_recognised_tier(recognitions), lang),
            help=t("commune.kpi.tier_help", lang, day=format_date(period_end, lang)),
        )
    ]
    if standing.empty:
        metrics.append(dict(label=t("commune.kpi.criteria_met", lang, tier="–"), value="–"))
        metrics.append(dict(label=t("commune.kpi.unknown", lang), value="–"))
    else:
        row = standing.iloc[0]
        change = comparable_criteria_met_change(history)
        previous = history["period"].iloc[-2] if change is not None else None
        metrics.append(
            dict(
                label=t("commune.kpi.criteria_met", lang, tier=tier_name(row["tier"], lang)),
                value=f"{row['criteria_met']}/{row['criteria_total']}",
                # No arrow for "no change": an arrow with +0 reads as progress.
                delta=f"{change:+d}" if change else None,
                delta_description=t("commune.kpi.since", lang, period_name=period_name(previous, lang))
                if change
                else None,
                help=t("commune.kpi.criteria_met_help", lang, set_name=row[f"name_{lang}"]),
            )
        )
        metrics.append(dict(label=t("commune.kpi.unknown", lang), value=str(row["criteria_unknown"])))
    metrics.append(
        dict(
            label=t("commune.kpi.villages", lang),
            value=f"{villages.recognised}/{villages.villages}" if villages.villages else "–",
            help=t(
                "commune.kpi.villages_help",
                lang,
                reaching=villages.reaching,
                assessed=villages.assessed,
            ),
        )
    )
    return metrics


def recognition_lines(recognitions: pd.DataFrame, period_end: date, lang: str) -> list[str]:
    """One line per decision (`Nông thôn mới: Quyết định 735/QĐ-UBND ngày 15/03/2019`), or why there is none."""
    if recognitions.empty:
        return [t("commune.recognitions.none", lang, day=format_date(period_end, lang))]
    lines = []
    for tier, number, day, revoked in zip(
        recognitions["tier"],
        recognitions["decision_no"],
        recognitions["decision_date"],
        recognitions["revoked_date"],
        strict=True,
    ):
        line = t(
            "commune.recognitions.line",
            lang,
            tier=tier_name(tier, lang),
            number="–" if is_missing(number) else number,
            day=format_date(as_date(day), lang),
        )
        if as_date(revoked) is not None:
            line += " " + t("commune.recognitions.revoked", lang, day=format_date(as_date(revoked), lang))
        lines.append(line)
    return lines


def bullet_list(lines: list[str]) -> str:
    """Markdown bullets whose text is shown as written (a `*` or `_` in a decision number stays literal)."""
    special = "\\`*_[]<>#|~$"  # `$` would start LaTeX in Streamlit
    return "\n".join("- " + "".join(f"\\{c}" if c in special else c for c in line) for line in lines)


def _year_or_none(value) -> int | None:
    return None if is_missing(value) else int(value)


def plan_table(plans: pd.DataFrame, period_end: date, lang: str) -> pd.DataFrame:
    """Target, target year, criteria met this period, decision, standing — one row per plan."""
    return pd.DataFrame(
        {
            t("commune.plans.col_target", lang): [tier_name(tier, lang) for tier in plans["tier"]],
            t("commune.plans.col_year", lang): [str(int(year)) for year in plans["target_year"]],
            t("commune.plans.col_criteria", lang): [
                "–" if is_missing(total) else f"{int(met)}/{int(total)}"
                for met, total in zip(plans["criteria_met"], plans["criteria_total"], strict=True)
            ],
            t("commune.plans.col_decision", lang): [
                decision_text(number, day, lang)
                for number, day in zip(plans["decision_no"], plans["decision_date"], strict=True)
            ],
            t("commune.plans.col_status", lang): [
                t(
                    f"commune.plan.{plan_status(int(year), period_end, _year_or_none(recognised), bool(reaches))}",
                    lang,
                )
                for year, recognised, reaches in zip(
                    plans["target_year"], plans["recognised_year"], plans["reaches"], strict=True
                )
            ],
        }
    )


def criteria_table(criteria: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Criterion (`10. Thu nhập`), indicators met (`2/3`), result — one row per criterion."""
    return pd.DataFrame(
        {
            t("commune.criteria.col_criterion", lang): [
                criterion_label(no, name)
                for no, name in zip(criteria["criterion_no"], criteria[f"name_{lang}"], strict=True)
            ],
            t("commune.criteria.col_indicators", lang): [
                f"{met}/{total}"
                for met, total in zip(criteria["n_met"], criteria["n_indicators"], strict=True)
            ],
            t("commune.criteria.col_status", lang): [status_name(s, lang) for s in criteria["status"]],
        }
    )


def indicator_table(indicators: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Code, indicator, value, threshold, gap, result (and note, when any) — one row per indicator of the set."""
    rows = indicators.to_dict("records")
    table = pd.DataFrame(
        {
            t("commune.indicators.col_code", lang): [r["indicator_code"] for r in rows],
            t("commune.indicators.col_name", lang): [r[f"name_{lang}"] for r in rows],
            t("commune.indicators.col_value", lang): [
                value_text(r["value"], r["kind"], lang, r["unit"]) for r in rows
            ],
            t("commune.indicators.col_threshold", lang): [
                threshold_text(r["threshold_value"], r["direction"], r["kind"], lang, r["unit"]) for r in rows
            ],
            t("commune.indicators.col_gap", lang): [measure_text(r["gap"], r["unit"], lang) for r in rows],
            t("commune.indicators.col_status", lang): [status_name(r["status"], lang) for r in rows],
        },
        dtype=str,
    )
    notes = ["" if is_missing(r["note"]) else str(r["note"]) for r in rows]
    if any(notes):  # a column of blanks would only take width from the names
        table[t("commune.indicators.col_note", lang)] = notes
    return table


def village_table(villages: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Village, criteria met, lacking data, meets all, decision, target year — one row per village."""
    rows = villages.to_dict("records")
    assessed = [not is_missing(r["set_id"]) for r in rows]
    return pd.DataFrame(
        {
            t("commune.villages.col_village", lang): [r["name"] for r in rows],
            t("commune.villages.col_criteria", lang): [
                f"{int(r['criteria_met'])}/{int(r['criteria_total'])}"
                if ok
                else t("commune.villages.not_assessed", lang)
                for r, ok in zip(rows, assessed, strict=True)
            ],
            t("label.status.unknown", lang): [
                str(int(r["criteria_unknown"])) if ok else "–" for r, ok in zip(rows, assessed, strict=True)
            ],
            t("commune.villages.col_reaches", lang): [
                yes_no(r["reaches"], lang) if ok else "–" for r, ok in zip(rows, assessed, strict=True)
            ],
            t("commune.villages.col_decision", lang): [
                decision_text(r["decision_no"], r["decision_date"], lang) for r in rows
            ],
            t("commune.villages.col_plan", lang): [
                "–" if is_missing(r["target_year"]) else str(int(r["target_year"])) for r in rows
            ],
        },
        dtype=str,
    )


def _met_and_total(
    frame: pd.DataFrame, header: str, met: list, total: list, total_header: str
) -> dict[str, str]:
    """Replaces a `n/N` column by the number met and puts the whole in a column of its own after it."""
    frame[header] = [integer_or_none(m) for m in met]
    frame.insert(frame.columns.get_loc(header) + 1, total_header, [integer_or_none(n) for n in total])
    return {header: INTEGER, total_header: INTEGER}


def plan_values(plans: pd.DataFrame, period_end: date, lang: str) -> TypedTable:
    """`plan_table` for a file: the target year and the criteria met as numbers, the set's total beside,
    the decision's number and date in columns of their own."""
    frame = plan_table(plans, period_end, lang)
    year = t("commune.plans.col_year", lang)
    frame[year] = [int(y) for y in plans["target_year"]]
    kinds = _met_and_total(
        frame, t("commune.plans.col_criteria", lang), plans["criteria_met"].tolist(),
        plans["criteria_total"].tolist(), t("export.col.criteria_total", lang),
    )  # fmt: skip
    kinds |= with_decision_date(frame, t("commune.plans.col_decision", lang), plans["decision_no"].tolist(),
                                plans["decision_date"].tolist(), lang)  # fmt: skip
    return TypedTable(frame, {year: YEAR, **kinds})


def criteria_values(criteria: pd.DataFrame, lang: str) -> TypedTable:
    """`criteria_table` for a file: indicators met as a number, the criterion's indicators beside it."""
    frame = criteria_table(criteria, lang)
    kinds = _met_and_total(
        frame, t("commune.criteria.col_indicators", lang), criteria["n_met"].tolist(),
        criteria["n_indicators"].tolist(), t("export.col.indicators_total", lang),
    )  # fmt: skip
    return TypedTable(frame, kinds)


def indicator_values(indicators: pd.DataFrame, lang: str) -> TypedTable:
    """`indicator_table` for a file: value, threshold and gap as numbers with the unit in a column of its
    own (a yes/no indicator in words), the threshold's direction (`≥`) before the threshold."""
    display = indicator_table(indicators, lang)
    gap = t("commune.indicators.col_gap", lang)
    headers = (t("commune.indicators.col_value", lang), t("commune.indicators.col_threshold", lang), gap)
    typed = with_indicator_figures(display, indicators, headers, lang)
    typed.frame.insert(typed.frame.columns.get_loc(gap) + 1, t("label.col.unit", lang),
                       [unit_label(u, lang) for u in indicators["unit"]])  # fmt: skip
    return typed


def village_values(villages: pd.DataFrame, lang: str) -> TypedTable:
    """`village_table` for a file: criteria met, lacking data and the target year as numbers, the set's
    total beside the criteria met (a village not assessed says so, as on screen), the decision's number and
    date in columns of their own."""
    frame = village_table(villages, lang)
    assessed = [not is_missing(s) for s in villages["set_id"]]
    criteria, unknown = t("commune.villages.col_criteria", lang), t("label.status.unknown", lang)
    shown = frame[criteria].tolist()
    kinds = _met_and_total(
        frame, criteria,
        [m if ok else None for m, ok in zip(villages["criteria_met"], assessed, strict=True)],
        [n if ok else None for n, ok in zip(villages["criteria_total"], assessed, strict=True)],
        t("export.col.criteria_total", lang),
    )  # fmt: skip
    frame[criteria] = [
        m if ok else text for m, ok, text in zip(frame[criteria], assessed, shown, strict=True)
    ]
    frame[unknown] = [
        integer_or_none(n) if ok else None
        for n, ok in zip(villages["criteria_unknown"], assessed, strict=True)
    ]
    plan = t("commune.villages.col_plan", lang)
    frame[plan] = [integer_or_none(y) for y in villages["target_year"]]
    kinds |= with_decision_date(frame, t("commune.villages.col_decision", lang),
                                villages["decision_no"].tolist(), villages["decision_date"].tolist(), lang)  # fmt: skip
    return TypedTable(frame, {**kinds, unknown: INTEGER, plan: YEAR})


def funding_source_name(source: str, lang: str) -> str:
    return t(f"commune.funding.{source}", lang)


def criterion_labels(criteria: pd.DataFrame, lang: str) -> dict[int, str]:
    """criterion_no → `10. Thu nhập`, the row names of the criterion-by-period chart."""
    return {
        int(no): criterion_label(no, name)
        for no, name in zip(criteria["criterion_no"], criteria[f"name_{lang}"], strict=True)
    }


def predecessor_table(predecessors: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Former xã, code, district, legal act, effective date, last criteria met (and the period), recognised
    as (with the decision) — one row per row of `commune_predecessors`."""
    rows = predecessors.to_dict("records")
    return pd.DataFrame(
        {
            t("commune.before.col_name", lang): [r["name"] for r in rows],
            t("label.col.code", lang): [str(r["from_code"]) for r in rows],
            t("commune.before.col_district", lang): [
                "–" if is_missing(r["district_name"]) else str(r["district_name"]) for r in rows
            ],
            t("commune.before.col_criteria", lang): [
                t("commune.villages.not_assessed", lang)
                if is_missing(r["last_period"])
                else t(
                    "commune.before.criteria_in",
                    lang,
                    met=int(r["criteria_met"]),
                    total=int(r["criteria_total"]),
                    period_name=period_name(r["last_period"], lang),
                )
                for r in rows
            ],
            t("commune.before.col_tier", lang): [
                tier_name(None if is_missing(r["tier"]) else r["tier"], lang)
                + (
                    ""
                    if is_missing(r["tier"])
                    else " – " + decision_text(r["decision_no"], r["decision_date"], lang)
                )
                for r in rows
            ],
            t("commune.before.col_act", lang): [
                "–" if is_missing(r["legal_act"]) else str(r["legal_act"]) for r in rows
            ],
            t("commune.before.col_date", lang): [
                format_date(as_date(r["effective_date"]), lang) for r in rows
            ],
        },
        dtype=str,
    )


def predecessors_note(predecessors: pd.DataFrame, name: str, lang: str) -> str:
    """Whose standing the section shows and up to when: the day before the change took effect."""
    first_day = min(as_date(d) for d in predecessors["effective_date"])
    return t(
        "commune.before.note",
        lang,
        name=name,
        day=format_date(first_day, lang),
        last_day=format_date(date.fromordinal(first_day.toordinal() - 1), lang),
    )


def set_change_note(indicators: pd.DataFrame, lang: str) -> str:
    """The commune's standing under each set (`set_change_indicators` of one xã): set, period, criteria met."""
    row = indicators.iloc[0]
    return t(
        "commune.set_change.note",
        lang,
        old_set=row[f"old_set_{lang}"],
        old_period=period_name(row["old_period"], lang),
        old_met=int(row["old_criteria_met"]),
        old_total=int(row["old_criteria_total"]),
        new_set=row[f"new_set_{lang}"],
        new_period=period_name(row["new_period"], lang),
        new_met=int(row["new_criteria_met"]),
        new_total=int(row["new_criteria_total"]),
    )


def set_change_criteria_table(indicators: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Criterion of the new set, its result, what changed, the indicators no longer met and newly met —
    one row per criterion of `set_change_indicators` (one xã)."""
    changes = criterion_changes(indicators)
    return pd.DataFrame(
        {
            t("commune.criteria.col_criterion", lang): [
                criterion_label(no, name)
                for no, name in zip(changes["criterion_no"], changes[f"criterion_{lang}"], strict=True)
            ],
            t("commune.criteria.col_status", lang): [
                status_name(s, lang) for s in changes["criterion_status"]
            ],
            t("commune.set_change.col_change", lang): [
                t(f"commune.set_change.{c}", lang) for c in changes["change"]
            ],
            t("commune.set_change.col_lost", lang): [", ".join(codes) or "–" for codes in changes["lost"]],
            t("commune.set_change.col_gained", lang): [
                ", ".join(codes) or "–" for codes in changes["gained"]
            ],
        },
        dtype=str,
    )


def indicator_note(standing: pd.DataFrame, lang: str) -> str:
    """Whose thresholds the indicator table shows: the region's (2016–2025) or the commune group's (2026–2030)."""
    row = standing.iloc[0]
    if row["threshold_basis"] == "commune_group":
        if is_missing(row["commune_group"]):
            return t("commune.indicators.note_no_group", lang, year=row["year"])
        return t(
            "commune.indicators.note_group",
            lang,
            group=commune_group_name(row["commune_group"], lang),
            year=row["year"],
        )
    return t("commune.indicators.note", lang, region=region_name(row["region"], lang), year=row["year"])
