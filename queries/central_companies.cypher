:param limit => 20;
:param exclude_types => ["MENTIONS", "RATES"];
// name: central_companies
// description: Companies and organisations ranked by degree: how many relationships touch
//   them, leaving out the types in `exclude_types` (provenance by default). `by_type` gives
//   the count of each type as "TYPE:n".
// returns: company, id, label, degree, by_type
MATCH (c)-[r]-()
WHERE (c:Company OR c:Organization) AND NOT type(r) IN $exclude_types
WITH c, type(r) AS type, count(r) AS n
ORDER BY type
WITH c, sum(n) AS degree, collect(type + ':' + toString(n)) AS by_type
RETURN c.name AS company, c.id AS id, labels(c)[0] AS label, degree, by_type
ORDER BY degree DESC, company
LIMIT $limit
