:param report => null;
// name: report_provenance
// description: The facts one report supports: nodes that list it in `reports` or in their
//   evidence, and relationships whose evidence cites it, with the sentences and locators
//   read from that report. `report` is the report's file name (with or without its
//   extension, e.g. "2025-09 AI weekly.pdf"), its id as evidence cites it, its Report node
//   id, or its title. Set it first (`:param report => "..."` in the Browser).
// required: report
// returns: element, kind, id, fact, texts, locators
OPTIONAL MATCH (rep:Report)
WITH rep, last(split(replace(coalesce(rep.path, ''), '\\', '/'), '/')) AS file
WHERE rep.id = $report OR rep.title = $report OR $report IN coalesce(rep.reports, [])
   OR file = $report OR file STARTS WITH $report + '.'
WITH collect(rep) AS reps
// Evidence cites the report's own id, which the Report node lists in `reports`.
WITH [$report] + [rep IN reps | rep.id]
     + reduce(acc = [], rep IN reps | acc + coalesce(rep.reports, [])) AS rids
CALL (rids) {
  MATCH (n)
  WHERE any(x IN coalesce(n.evidence_reports, []) WHERE x IN rids)
     OR any(x IN coalesce(n.reports, []) WHERE x IN rids)
  WITH n, [i IN range(0, size(coalesce(n.evidence_reports, [])) - 1)
           WHERE n.evidence_reports[i] IN rids] AS hits
  RETURN 'node' AS element, labels(n)[0] AS kind, n.id AS id,
         coalesce(n.title, n.name, n.id) AS fact,
         [i IN hits | n.evidence_texts[i]] AS texts,
         [i IN hits | n.evidence_locators[i]] AS locators
  UNION ALL
  MATCH (a)-[r]->(b)
  WHERE any(x IN coalesce(r.evidence_reports, []) WHERE x IN rids)
  WITH a, r, b, [i IN range(0, size(r.evidence_reports) - 1)
                 WHERE r.evidence_reports[i] IN rids] AS hits
  RETURN 'relationship' AS element, type(r) AS kind, r.key AS id,
         coalesce(a.name, a.id) + ' -' + type(r) + '-> ' + coalesce(b.name, b.id) AS fact,
         [i IN hits | r.evidence_texts[i]] AS texts,
         [i IN hits | r.evidence_locators[i]] AS locators
}
RETURN element, kind, id, fact, texts, locators
ORDER BY element, kind, id
