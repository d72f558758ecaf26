:param company => "NVIDIA";
// name: company_timeline
// description: Every dated fact about one company or organisation, oldest first: models
//   released, products launched, investments and deals on either side, events, policies
//   issued, partnerships and report ratings (the rating as detail, its price target as
//   amount). The company is matched by name or alias,
//   ignoring case. `date` is as precise as the report was (see `precision`).
// returns: company, date, precision, fact, role, subject, subject_label, detail, amount,
//   currency, status, reports
MATCH (c)
WHERE (c:Company OR c:Organization)
  AND (toLower(c.name) = toLower($company)
    OR any(alias IN coalesce(c.aliases, []) WHERE toLower(alias) = toLower($company)))
CALL (c) {
  MATCH (c)-[r:RELEASED|LAUNCHED]->(x)
  WHERE r.date IS NOT NULL
  RETURN r.date AS date, r.date_value AS date_value, r.date_precision AS precision,
         type(r) AS fact, 'maker' AS role, x.name AS subject, labels(x)[0] AS subject_label,
         r.action AS detail, null AS amount, null AS currency, null AS status,
         r.evidence_reports AS reports
  UNION ALL
  MATCH (c)-[r:MAKES_INVESTMENT|INVESTS_IN|PAYS_FOR|PAID_TO|PARTY_TO|ANNOUNCED|ISSUED|INVOLVES]-(x)
  WHERE (x:Investment OR x:Deal OR x:Event OR x:Policy) AND x.date IS NOT NULL
  RETURN x.date AS date, x.date_value AS date_value, x.date_precision AS precision,
         labels(x)[0] AS fact,
         CASE type(r)
           WHEN 'MAKES_INVESTMENT' THEN 'investor'
           WHEN 'INVESTS_IN' THEN 'investee'
           WHEN 'PAYS_FOR' THEN 'payer'
           WHEN 'PAID_TO' THEN 'payee'
           WHEN 'PARTY_TO' THEN 'party'
           WHEN 'ANNOUNCED' THEN 'subject'
           WHEN 'ISSUED' THEN 'issuer'
           ELSE 'involved'
         END AS role,
         coalesce(x.title, x.name) AS subject, labels(x)[0] AS subject_label,
         coalesce(x.round, x.kind, x.scope) AS detail, x.amount AS amount,
         x.currency AS currency, x.status AS status, x.evidence_reports AS reports
  UNION ALL
  MATCH (c)-[r:PARTNERS_WITH]-(x)
  WHERE r.date IS NOT NULL
  RETURN r.date AS date, r.date_value AS date_value, r.date_precision AS precision,
         type(r) AS fact, 'partner' AS role, x.name AS subject, labels(x)[0] AS subject_label,
         null AS detail, null AS amount, null AS currency, null AS status,
         r.evidence_reports AS reports
  UNION ALL
  MATCH (report:Report)-[r:RATES]->(c)
  WHERE r.date IS NOT NULL
  RETURN r.date AS date, r.date_value AS date_value, null AS precision,
         type(r) AS fact, 'rated' AS role, coalesce(report.title, report.name) AS subject,
         'Report' AS subject_label, r.rating AS detail, r.target_price AS amount,
         r.price_currency AS currency, null AS status, r.evidence_reports AS reports
}
RETURN c.name AS company, toString(date) AS date, precision, fact, role, subject,
       subject_label, detail, amount, currency, status, reports
ORDER BY date_value, fact, subject, role
