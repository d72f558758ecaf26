:param company => "NVIDIA";
:param exclude_types => ["MENTIONS"];
:param limit => 300;
// name: company_facts
// description: A starting point in Neo4j Browser: one company's or organisation's facts as
//   a picture, without the provenance. Each row is one relationship of the company (to
//   its investments, deals, models, chips, partners, policies...) with, for an Investment
//   or Deal, the other side of the money; relationships of the types in `exclude_types`
//   (MENTIONS by default) and Report nodes are left out, so the graph shows what the
//   reports say, not which report said it. The company is matched by name or alias,
//   ignoring case. `graph` holds the paths the Browser draws.
// returns: company, fact, subject, subject_label, counterparts, date, graph
MATCH (c)
WHERE (c:Company OR c:Organization)
  AND (toLower(c.name) = toLower($company)
    OR any(alias IN coalesce(c.aliases, []) WHERE toLower(alias) = toLower($company)))
MATCH p = (c)-[r]-(x)
WHERE NOT type(r) IN $exclude_types AND NOT x:Report
OPTIONAL MATCH q = (x)-[r2]-(y)
WHERE (x:Investment OR x:Deal) AND y <> c AND NOT y:Report AND NOT type(r2) IN $exclude_types
WITH c, r, x, p, y, q
ORDER BY y.name
WITH c, r, x, p, collect(DISTINCT y.name) AS counterparts, collect(q) AS via
RETURN c.name AS company, type(r) AS fact, coalesce(x.title, x.name) AS subject,
       labels(x)[0] AS subject_label, counterparts, toString(coalesce(x.date, r.date)) AS date,
       [p] + via AS graph
ORDER BY coalesce(x.date_value, r.date_value), fact, subject
LIMIT $limit
