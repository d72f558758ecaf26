:param from => "1900-01";
:param to => "2999-12";
// name: models_by_month
// description: Model releases per month and company, from the dates of RELEASED. Releases
//   the report dated only to the year are left out. `from` and `to` are months (YYYY-MM),
//   both included.
// returns: month, company, releases, models
MATCH (c)-[r:RELEASED]->(m:Model)
WHERE r.date IS NOT NULL AND size(toString(r.date)) >= 7
WITH substring(toString(r.date), 0, 7) AS month, c, m
WHERE month >= $from AND month <= $to
WITH month, c, m
ORDER BY m.name
RETURN month, c.name AS company, count(*) AS releases, collect(DISTINCT m.name) AS models
ORDER BY month, company
