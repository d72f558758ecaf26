:param region => null;
:param issuer => null;
// name: policies_by_issuer
// description: Policies with their issuer, region, title and date, by issuer then date.
//   `region` is a country code as the graph stores it (CN, US, EU, UK; any case) and keeps
//   the policies of that region or whose issuer is there;
//   `issuer` keeps one issuer, matched by name or alias ignoring case. null keeps all,
//   including policies whose issuer the report does not name (issuer null).
// returns: issuer, region, title, date, scope, policy
MATCH (p:Policy)
OPTIONAL MATCH (issuer)-[:ISSUED]->(p)
WITH p, issuer
WHERE ($region IS NULL OR p.region = toUpper($region) OR issuer.region = toUpper($region))
  AND ($issuer IS NULL
    OR (issuer IS NOT NULL AND toLower(issuer.name) = toLower($issuer))
    OR any(alias IN coalesce(issuer.aliases, []) WHERE toLower(alias) = toLower($issuer)))
RETURN issuer.name AS issuer, coalesce(p.region, issuer.region) AS region,
       coalesce(p.title, p.name) AS title, toString(p.date) AS date, p.scope AS scope,
       p.id AS policy
ORDER BY issuer, p.date_value, title
