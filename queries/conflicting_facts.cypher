:param property => "";
// name: conflicting_facts
// description: Facts on which reports disagree: the same deal or investment given
//   another amount, currency, date, stake or status (same-dated reports), or the same
//   rating row with other figures in two reports of the same date. One row per fact and
//   property, with each value beside the report that gives it. `property` narrows to one
//   property ("" for all).
// returns: element, kind, id, fact, property, values, reports
CALL () {
  MATCH (n)
  WHERE size(coalesce(n.conflict_properties, [])) > 0
  RETURN 'node' AS element, labels(n)[0] AS kind, n.id AS id,
         coalesce(n.title, n.name, n.id) AS fact, n.conflict_properties AS props,
         n.conflict_values AS vals, n.conflict_reports AS reps
  UNION ALL
  MATCH (a)-[r]->(b)
  WHERE size(coalesce(r.conflict_properties, [])) > 0
  RETURN 'relationship' AS element, type(r) AS kind, r.key AS id,
         coalesce(a.name, a.id) + ' -' + type(r) + '-> ' + coalesce(b.name, b.id) AS fact,
         r.conflict_properties AS props, r.conflict_values AS vals, r.conflict_reports AS reps
}
UNWIND range(0, size(props) - 1) AS i
WITH element, kind, id, fact, props[i] AS property, vals[i] AS value, reps[i] AS report
WHERE $property = '' OR property = $property
RETURN element, kind, id, fact, property, collect(value) AS values, collect(report) AS reports
ORDER BY element, kind, id, property
