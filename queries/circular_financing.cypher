:param max_len => 4;
:param include_tentative => false;
:param tentative_statuses => ["planned", "tentative"];
// name: circular_financing
// description: Directed money loops between companies: a payer MAKES_INVESTMENT in an
//   Investment that INVESTS_IN the payee, or PAYS_FOR a Deal that is PAID_TO the payee,
//   hop after hop back to the first company. Each loop of distinct companies is returned
//   once, starting at its smallest id, with every investment or deal that carries each hop.
//   Investments and deals whose status is tentative are left out unless
//   `include_tentative`. `max_len` counts companies and is capped at 6.
// returns: ids, cycle, length, flows
MATCH (c)
WHERE c:Company OR c:Organization
MATCH p = (c)-[:MAKES_INVESTMENT|PAYS_FOR|INVESTS_IN|PAID_TO*2..12]->(c)
WHERE length(p) <= 2 * $max_len
  AND all(n IN nodes(p) WHERE
    CASE
      WHEN n:Investment OR n:Deal
        THEN $include_tentative OR NOT coalesce(n.status, '') IN $tentative_statuses
      ELSE n.id >= c.id
    END)
WITH p, [i IN range(0, length(p) - 1, 2) | nodes(p)[i]] AS companies,
     [i IN range(1, length(p) - 1, 2) | nodes(p)[i]] AS vias
WHERE all(i IN range(0, size(companies) - 2) WHERE NOT companies[i] IN companies[i + 1..])
UNWIND range(0, size(vias) - 1) AS hop
WITH companies, hop, vias[hop] AS via
WITH [x IN companies | x.id] AS ids, [x IN companies | x.name] AS cycle,
     {hop: hop, source: companies[hop].name,
      target: companies[(hop + 1) % size(companies)].name, via: via.id,
      label: labels(via)[0], kind: via.kind, round: via.round, amount: via.amount,
      currency: via.currency, status: via.status, date: toString(via.date)} AS flow
ORDER BY flow.hop, flow.via
WITH ids, cycle, collect(DISTINCT flow) AS flows
RETURN ids, cycle, size(ids) AS length, flows
ORDER BY length, ids
