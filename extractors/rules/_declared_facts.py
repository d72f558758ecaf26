"""The keys of the rules files of the fact and name families (see ``_declared.py``)."""

from __future__ import annotations

FACT_KEYS: dict[str, str] = {
    # deals
    "deals/common": (
        "sections default_status holding_status summary_max investment_as_purchase.kind "
        "non_binding.status continuation round_regex table.columns table.company_column "
        "table.default_kind "
        # deals (enmoney helper, round 22): relative days that keep the date before
        "same_day "
        # placement (round 27): the frames of one purchaser's allotment
        "allotment_frames "
        # placement plans (s29-invzh): the frames a plan's words make planned
        "plan_frames "
        # inven (round 29): the frames whose match is a private placement
        "placement_frames "
        # deals (direction round 27): the kinds a provided service replaces
        "service_replaces"
    ),
    "deals/zh": (
        "anaphor_pattern_words soft_objects verb_kinds object_kinds kind_cues "
        "status_words non_binding.words investment_as_purchase.cues relative_days "
        "stake_words mutual_clause frames@frame whole_stake context_names hedges "
        "maker_names "
        # deals, Chinese money (zhmoney): a stake changed "由 60% 提升至 72%", fiscal years
        "stake_change fiscal_year event_column company_heading key_value_amount "
        # zhmoney: a paid technology licence is a partnership too
        "licence_words "
        # zhmoney (round 3): the words that head a round's list of investors
        "investor_list_head item_head announcer_buys "
        # zhmoney (round 23): markup between a name and its verb
        "markup_emphasis latex_figure "
        # zhmoney (round 24): a company note's 公司, its covered company
        "covered_word note_title covered_object "
        # placement (round 27): a placement's issuer, a round's investors, a round unnamed
        "placement_issuer round_investor_mark unnamed_round venture_respective "
        # placement plans (s29-invzh): the plan's words before its subscribers
        "placement_plan "
        # deals (direction round 27): what a contract provides and who provides it
        "service_kinds service_provider "
        # deals (dealdir, round 29): the party a clause after an agreement names as its payer
        "clause_payer heading_company provider_name_zh"
    ),
    "deals/en": (
        "anaphor_pattern_words soft_objects verb_kinds object_kinds kind_cues "
        "status_words non_binding.words investment_as_purchase.cues relative_days "
        "stake_words mutual_clause frames@frame status_ignore whole_stake context_names "
        "anaphor_modes hedges maker_names "
        # deals/en (enmoney helper): a frame's lead after a preposition, bullet labels
        "after_preposition bullet_label@match lease_signed lead_label@match "
        # deals/en (enmoney helper): who provides in an agreement, power purchases, a
        # sentence restating the deal just read
        "provider_purpose provider_names provider_companies power_purchase deal_anaphor "
        "agreement_acronym acquisition_value maker_companies clause_anaphor "
        # deals/en (enmoney helper, round 22): where an object list ends
        "list_clause_verb@match list_lead list_item hedge_names round_stated "
        # deals/en (enmoney helper, round 23): an alliance an investment is part of
        "tied_partnership stake_bought days_later "
        # deals (direction round 27): what a contract provides and who provides it
        "service_kinds service_provider "
        # deals/en (enmoney helper, round 24): the filer a filing's defined term names
        "defined_filer not_filer raise_headline "
        # enspread (round 27): a deal's closing or a round's size in the next sentence
        "deal_closed round_size tranche spread_lead "
        # placement (round 27): the issuer of a placement its subscribers are listed in
        "placement_issuer "
        # dealsen (round 28): the company a digest's block is about
        "section_company@fullmatch maker_supply memory_makers "
        # dealsen (round 29): a heading's company before its topic, a title's series label
        "heading_company@fullmatch title_series@fullmatch"
    ),
    # relations
    "relations/common": "sections_skip",
    "relations/zh": (
        "product_cues anaphors subsidiary_patterns@subsidiary partner_patterns@partner "
        "mutual_patterns@mutual same_day"
        # relations/zh (rel helper): the parties a signing lists, typed before names are read
        " party_lists.cue party_lists.body_words"
        " party_lists.object party_lists.subject"
        # relations/zh (rel helper, round 22): a partner named by its role, undated
        " partner_roles@partner"
    ),
    "relations/en": (
        "anaphors subsidiary_patterns@subsidiary partner_patterns@partner appositive "
        "mutual_patterns@mutual same_day"
        # relations/en (rel helper): a partner's description cut before partners are read
        " partner_descriptor lead_label"
        # relations/en (rel helper, round 22): a partner named by its role, undated
        " partner_roles@partner"
    ),
    # alliances/en (enpart round 28): development agreements, an alliance beside an
    # investment, a joint groundbreaking, a partner for a named product, "the two ... with C"
    "alliances/en": (
        "partner_patterns@partner mutual_with@partner signed_on dated_alliance pair_heading "
        "pair_statement"
    ),
    # names
    "names/common": (
        "chip_nouns chip_line_nouns chip_code chip_code_skip "
        "gate.max_chars gate.markup gate.licence gate.unit gate.price gate.date "
        "mentions.chip_context mentions.model_context mentions.product_words mentions.paren "
        "mentions.site_nouns mentions.site_after mentions.site_code mentions.site_sentence "
        "mentions.arm_nouns mentions.app_after mentions.tool_after mentions.unit_after "
        "mentions.short_name "
        "mentions.ticker gate.round gate.role_note "
        "gate.process_node gate.index mentions.noun_after_chip mentions.noun_after_product "
        "mentions.noun_after_model mentions.chip_in_name mentions.version_after@match "
        "mentions.system_names"
    ),
    "names/en": (
        "stopwords not_names places name_tail_words legal_suffixes chip_nouns chip_line_nouns "
        "modifier_after gate.generic gate.person_titles gate.heading gate.contact_line "
        "gate.desk_words gate.person_or_clause "
        "mentions.glued_arm mentions.company_heads mentions.org_heads mentions.org_openers "
        "mentions.versioned mentions.house_heads mentions.publication_heads mentions.desk_after "
        "mentions.version_not_heads "
        # names family (s19b-names): contract terms and model family words
        "contract_term model_tier_words "
        # names family (s25-names): investment arms named after their company
        "arm_tail@match "
        # names family (s22-names): companies a kind noun introduces, short forms
        "kind_nouns kind_before kind_after@match kind_private@match short_form_tails "
        # names family (s23-enmoney): capitalised words that open a run and are no name
        "gate.descriptive_word@match gate.clause_verb@match gate.run_in_heading@match"
    ),
    "names/zh": (
        "arm_tail@match arm_after_owner "
        "alias_compounds unit_suffixes suffixes weak_suffixes stem_min stem_max bad_stem_chars "
        "measure_words "
        "generic_after "
        "left_boundaries generic_stems chip_nouns chip_line_nouns modifier_after "
        "role_names.min_cjk role_names.max_cjk role_names.max_len "
        "role_names.common_word_freq role_names.clause_breaks role_names.list_breaks "
        "role_names.bad_chars role_names.stop_names role_names.generic_heads "
        "role_names.generic_tails role_names.generic_inner role_names.named_tails "
        "role_names.named_tail_stem role_names.marker_compounds "
        "role_names.object_markers role_names.lead role_names.subject_right "
        "role_names.clause_verbs role_names.object_right role_names.pair_right "
        "role_names.invested_right role_names.joint_right role_names.list_right "
        "role_names.apposition "
        "gate.generic gate.glued gate.bad_start gate.heading gate.clause gate.contact_line "
        "gate.version_stop gate.person "
        # names family (s19b-names): a verb or role word glued before a name, common nouns
        # ending in a suffix word, the verbs after a tie-up's second party
        "gate.verb_start suffixed_words role_names.tie_right "
        "mentions.suffixes mentions.org_suffixes mentions.org_compounds mentions.org_names "
        "mentions.version_bad_chars mentions.version_unit mentions.cjk_versioned "
        "mentions.quoted_model_words mentions.quoted_product_words mentions.quoted "
        "mentions.cjk_numbered mentions.trade_stem mentions.brand_head "
        # names family (s21-names): verbs glued before a stem, weak suffixes, legal forms
        "stems.verb_tags stems.verb_min_len stems.name_min_len stems.weak_stem_suffixes "
        "stems.bad_tags stems.legal_forms stems.legal_stem_max stems.count_tags "
        # investments (s29-invzh): long fund names
        "stems.fund_forms stems.fund_stem_max stems.fund_phase "
        "stems.lead_tags stems.lead_words "
        # names family (s22-names): a date ends a stem on its left
        "date_boundary stems.described_bad_tags mentions.kind_list"
        # names family (s25-names): stock picks, industry maps, notice items
        " mentions.pick_list mentions.pick_intro_strong mentions.label_list mentions.item_head"
    ),
}
