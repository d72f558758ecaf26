"""Policy tables: one row per policy, under a header that names the policy column and its
issuer and date columns ("政策名称 | 发布部门 | 发布时间", "Policy | Issuer | Date"). The
title is the cell as written (《》 dropped), the issuers the bodies of the issuer cell
(several joined by "、" or commas), the date the first dated one of the date cell."""

from __future__ import annotations

import re
from collections.abc import Iterator

from aikg.extractors.policy.english import known_region
from aikg.extractors.policy.rules import region_of, rx
from aikg.extractors.text.script import CJK
from aikg.extractors.values.dates import find_dates
from aikg.schema import Table

_EMPTY = {"", "-", "—", "/", "n/a", "na", "--"}
_SPLIT = re.compile(r"[、,;/]|\band\b")


def columns(header: list[str]) -> tuple[int, int, int] | None:
    """(title, issuer, date) column indexes of a policy table's header (-1: absent),
    else None: a policy column and an issuer or date column are needed.

    >>> columns(["发布时间", "发布部门", "政策名称", "主要内容"])
    (2, 1, 0)
    >>> columns(["名称", "时间"]), columns(["Policy", "Notes"])
    (None, None)
    >>> columns(["日期", "发文机关", "文件"]), columns(["日期", "公司", "文件"])
    ((2, 1, 0), None)
    """

    def find(key: str, skip: int = -1) -> int:
        return next((i for i, c in enumerate(header) if i != skip and rx(None, key).search(c)), -1)

    title = find("table_title_column")
    issuer, date = find("table_issuer_column", title), find("table_date_column", title)
    if title < 0:  # "日期 | 发文机关 | 文件": a bare 文件 column needs the issuer's beside it
        title = find("table_title_bare_column")
        issuer, date = find("table_issuer_column", title), find("table_date_column", title)
        return (title, issuer, date) if title >= 0 and issuer >= 0 else None
    return (title, issuer, date) if title >= 0 and (issuer >= 0 or date >= 0) else None


def _issuers(cell: str, place: str = "") -> list[str]:
    """The bodies an issuer cell names ("国家发展改革委、国家能源局", "CAC, MIIT"), the unnamed
    co-issuers cut off ("工信部等六部门"), a body named by its level only ("市经信局") given
    the place of the row's place column.

    >>> _issuers("国家发展改革委、国家能源局"), _issuers("/"), _issuers("工信部等六部门")
    (['国家发展改革委', '国家能源局'], [], ['工信部'])
    >>> _issuers("市经信局、市财政局", "星河"), _issuers("省工信厅", "江川省")
    (['星河市经信局', '星河市财政局'], ['江川省工信厅'])
    """
    parts = [rx("zh", "issuer_tail").sub("", p).strip() for p in re.split(_SPLIT, cell)]
    found = [p for p in parts if p.casefold() not in _EMPTY and len(p) >= 2]
    return [_placed(p, place) for p in found]


def _placed(body: str, place: str) -> str:
    """A body named by its level only ("市经信局") with its place ("星河" or "星河市")
    before it; a place of another level ("星河市" for "区科技局") is left off."""
    level = body[:1]
    if not place or level not in "省市" or not CJK.match(place[-1:]):
        return body
    stem = place[:-1] if place.endswith(level) else place
    return body if stem[-1:] in "省市区县" else f"{stem}{body}"


def _cell(row: list[str], i: int) -> str:
    return row[i].strip() if 0 <= i < len(row) else ""


def table_policies(table: Table, period: str) -> Iterator[tuple[dict, int]]:
    """(policy, row index) for each row of a policy table that has a title and an issuer
    or a date.

    >>> t = Table([["政策名称", "发布部门", "发布时间"], ["《某办法》", "国家数据局", "3 月 5 日"]])
    >>> [(p["props"]["title"], p["issuers"], p["props"]["date"]) for p, _ in
    ...  table_policies(t, "2031-04")]
    [('某办法', ['国家数据局'], '2031-03-05')]
    """
    found = columns(table.header)
    if not found:
        return
    title_at, issuer_at, date_at = found
    place_at = next(
        (i for i, c in enumerate(table.header) if rx(None, "table_place_column").search(c)), -1
    )
    for k in range(table.header_rows, len(table.rows)):
        row = table.rows[k]
        title = re.sub(r"^《(.+)》$", r"\1", _cell(row, title_at)).strip()
        issuers = _issuers(_cell(row, issuer_at), _cell(row, place_at))
        dated = find_dates(_cell(row, date_at), period)
        dates = [d for _, _, d in dated if d.precision != "year"]
        if title.casefold() in _EMPTY or not (issuers or dates):
            continue
        props = {"title": title, **(dates[0].props() if dates else {})}
        first = issuers[0] if issuers else ""
        region = region_of(first, title) or known_region(first)
        yield {"props": {**props, "region": region} if region else props, "issuers": issuers}, k
