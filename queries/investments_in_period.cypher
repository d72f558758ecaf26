:param from => "1900-01-01";
:param to => "2999-12-31";
// name: investments_in_period
// description: Who invested in whom between two dates, both included: investors,
//   investees, round, amount and status of every Investment. A date the report gave only
//   as a month or a year counts from its first day. Give `from` and `to` as YYYY-MM-DD.
// returns: date, investors, investees, round, kind, amount, currency, amount_text,
//   stake_pct, status, investment
MATCH (i:Investment)
WHERE i.date_value >= date($from) AND i.date_value <= date($to)
OPTIONAL MATCH (investor)-[:MAKES_INVESTMENT]->(i)
WITH i, investor
ORDER BY investor.name
WITH i, collect(DISTINCT investor.name) AS investors
OPTIONAL MATCH (i)-[:INVESTS_IN]->(investee)
WITH i, investors, investee
ORDER BY investee.name
WITH i, investors, collect(DISTINCT investee.name) AS investees
RETURN toString(i.date) AS date, investors, investees, i.round AS round, i.kind AS kind,
       i.amount AS amount, i.currency AS currency, i.amount_text AS amount_text,
       i.stake_pct AS stake_pct, i.status AS status, i.id AS investment
ORDER BY i.date_value, investment
