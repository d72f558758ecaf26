"""The covered company of a Chinese company note as the maker of the items that call it
公司 ("公司 12 月 3 日发布 X", "同日, 公司静默更新 Y", "公司语音团队开源 Z").

Company notes and flash comments name the company they cover in the title ("X（002xxx.SZ）
公司点评：…") and then call it 公司; an item of such a note that says 公司 at the start of
a clause (``covered_pronoun``) and names no company of its own takes the covered company
(``deals.covered`` reads it from the title or a cover line) as its default maker, the way
a paragraph under a company subheading takes the subheading's company.
"""

from __future__ import annotations

from dataclasses import replace

from aikg.extractors.ai_dynamics.rules import rx
from aikg.extractors.ai_dynamics.units import Unit
from aikg.extractors.deals.covered import report_note_company
from aikg.schema import SegmentedReport


def with_covered(report: SegmentedReport, units: list[Unit]) -> list[Unit]:
    """``units`` with the covered company as the company of each item of a company note
    that calls it 公司 and has no company of its own; other reports' units as they are."""
    if not any(not u.company and rx("zh", "covered_pronoun").search(u.text) for u in units):
        return units
    covered = report_note_company(report, {})
    if covered is None:
        return units
    return [
        replace(u, company=covered.name)
        if not u.company and rx("zh", "covered_pronoun").search(u.text)
        else u
        for u in units
    ]
