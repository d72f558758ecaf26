:param company => "NVIDIA";
:param chip_deal_kinds => ["chip_purchase", "hardware_purchase"];
// name: chip_supply_chain
// description: A chip company's chips with their specifications, the supply chains it holds
//   a tier of (with the other members of each chain), and who buys its chips: the payers
//   of deals paid to it that involve one of its chips or are of a chip-buying kind.
//   The company is matched by name or alias, ignoring case.
// returns: company, chips, supply_chains, buyers
MATCH (c)
WHERE (c:Company OR c:Organization)
  AND (toLower(c.name) = toLower($company)
    OR any(alias IN coalesce(c.aliases, []) WHERE toLower(alias) = toLower($company)))
CALL (c) {
  OPTIONAL MATCH (c)-[:DESIGNS]->(chip:Chip)
  WITH chip
  ORDER BY chip.name
  RETURN collect(chip {.name, .chip_type, .process_nm, .fp16_tflops, .power_w, .scenarios,
                       .market}) AS chips
}
CALL (c) {
  OPTIONAL MATCH (c)-[tier:IN_SUPPLY_CHAIN]->(chain:SupplyChain)
  OPTIONAL MATCH (member)-[member_tier:IN_SUPPLY_CHAIN]->(chain)
  WITH chain, tier, member, member_tier
  ORDER BY member_tier.tier, member.name
  WITH chain, tier,
       collect(CASE WHEN member IS NOT NULL
                 THEN {name: member.name, tier: member_tier.tier, stage: member_tier.stage}
               END) AS members
  ORDER BY chain.name
  RETURN collect(CASE WHEN chain IS NOT NULL
                   THEN {chain: chain.name, tier: tier.tier, stage: tier.stage,
                         members: members}
                 END) AS supply_chains
}
CALL (c) {
  OPTIONAL MATCH (buyer)-[:PAYS_FOR]->(deal:Deal)-[:PAID_TO]->(c)
  WHERE deal.kind IN $chip_deal_kinds
     OR EXISTS { (deal)-[:INVOLVES]->(:Chip)<-[:DESIGNS]-(c) }
  OPTIONAL MATCH (deal)-[:INVOLVES]->(chip:Chip)
  WITH buyer, deal, chip
  ORDER BY chip.name
  WITH buyer, deal, collect(chip.name) AS deal_chips
  ORDER BY deal.date_value, buyer.name, deal.id
  RETURN collect(CASE WHEN deal IS NOT NULL
                   THEN {buyer: buyer.name, deal: deal.id, kind: deal.kind,
                         chips: deal_chips, amount: deal.amount, currency: deal.currency,
                         status: deal.status, date: toString(deal.date)}
                 END) AS buyers
}
RETURN c.name AS company, chips, supply_chains, buyers
ORDER BY company
