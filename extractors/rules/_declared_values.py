"""The keys of the rules files of the document and value families (see ``_declared.py``)."""

from __future__ import annotations

VALUE_KEYS: dict[str, str] = {
    # units
    "units/zh": "unit_words",
    "units/en": "unit_words",
    # text
    "text/en": "abbreviations dotted_initials",
    "text/zh": "traditional_chars",
    # dates
    "dates/zh": "month_suffixes relative weekday weeks",
    "dates/en": "month_leads year_leads lead_words months relative relative_months weekday",
    # amounts
    "amounts/common": "prefix_currencies",
    "amounts/zh": (
        "suffix_qualifiers units digits multipliers suffix_currencies prefix_currencies "
        "qualifiers qualifier_fillers vague_prefix role_before role_after"
    ),
    "amounts/en": (
        "unit_needs_no_space units suffix_currencies qualifiers qualifier_fillers vague "
        "role_before role_after "
        # enmoney round 25: ¥ of a Japanese company is the yen
        "yen_context yen_china"
    ),
    # document: a report's title, publication date and period (document/meta.py; lead
    # round 30 moved them out of the code)
    "document/common": (
        "title_words not_title title_period month_strategy@match full_date en_day_first "
        "en_month_first en_date en_months asof yearless_asof year_month quarter "
        "forward_before forward_after@match date_word front_date_keys cover_citation "
        "covered_range sentence_end banner_separator time_of_day house_word "
        "series_separator latin_word"
    ),
    # sections
    "sections/common": (
        "order whole_line heading_max_width run_in_furniture flattened_min_chars "
        "flattened_min_sentences flattened_cut "
        # zhrel round 24: headings led by an emoji
        "emoji_heading@match "
        # lead round 25: a heading's number ("二、", "2.2", "（三）")
        "heading_number@match "
        # tables round 27: box-drawn tables (document/boxed.py)
        "box_bar box_rule@fullmatch "
        # tables round 28: border-less, quoted and grouped-header box tables
        "box_separator box_stroke@fullmatch box_quote@match loose_bar "
        # lead round 29: "■ …" and whole-line "【…】" headings of text dumps
        "glyph_heading@match"
    ),
    "sections/zh": (
        "headings.toc@match headings.summary@match headings.ai_dynamics@match "
        "headings.policy@match headings.industry@match headings.rating@match "
        "headings.disclaimer@match sticky_disclaimer series_label@fullmatch"
    ),
    "sections/en": (
        "headings.toc@match headings.summary@match headings.ai_dynamics@match "
        "headings.policy@match headings.industry@match headings.rating@match "
        "headings.disclaimer@match sticky_disclaimer series_label@fullmatch"
    ),
    # policy
    "policy/common": (
        "skip_sections table_title_column table_issuer_column table_date_column "
        # policy round 23: a bare 文件 column beside an issuer column
        "table_title_bare_column "
        # polpart round 27: a local table's place column
        "table_place_column "
        # zhrel (policy items): a list item's number or bullet
        "list_lead@match"
    ),
    "policy/zh": (
        "verbs verb_blockers_after@match title_quoted title_about title_named "
        "title_named_doc title_bare title_directive issuer_stop issuer@fullmatch "
        "not_issuer country_issuers person_issuers national_issuer directive_issuer "
        "policy_title_end scope scope_stop regions@match title_numbered issuer_tail "
        "place_issuer@fullmatch official_issuer@fullmatch country_before_place@match "
        "reporting_subject@match foreign_issuer effect_verbs@fullmatch law_title_end "
        # zhrel (policy dates): effective and deadline dates, recency words
        "not_issue_date recency_words "
        # zhrel (policy items): a title opening its sentence
        "title_first_opening@fullmatch "
        # zhrel round 22 (policy plans): a body that will issue an act has not issued it
        "plan_before_verb "
        # policy round 23: a foreign ministry named with its fields joined by 、
        "foreign_enumerated_name@fullmatch passive_issuer draft_after_title@match "
        # polpart round 27: 会同 joins issuers; a country before an issuer-less title
        "issuer_joiner country_before_title"
    ),
    "policy/en": (
        "title_max_words issuer_words issuer_stopwords verbs effect_verbs passive_before "
        "title_lead@fullmatch title_cap@match title_words title_end issuer_run@fullmatch "
        "issuer_trailing person_issuers@fullmatch regions heading_max_words not_enacted "
        "official_issuer@fullmatch law_words country_government issuer_partners "
        "administration_issuer named_title@match effect_date status_verbs list_addition "
        # zhrel (policy titles): the lower-case topic after a title word
        "title_complement@match issuer_expansions act_clause_break "
        # zhrel round 22 (votes): a bill that passed one chamber, bill numbers
        "chamber_after@match bill_number "
        # policy round 23: an executive order named by the programme it launches
        "order_program@match title_trailing_day"
    ),
    # ai_dynamics
    "ai_dynamics/common": (
        "bullet_chars news_section_kinds release_skip_sections generic_latin "
        "trailing_generic_latin headline_item measure_token unit_token "
        "product_hint_words model_hint_words model_column release_date_column chip_words "
        "maker_column tracker_date_column open_weights closed_weights "
        # zhrel (release rows written as lines)
        "row_cell_separator row_lead "
        # releases round 27: items dated by the item before them
        "same_day_lead device_words carries_chip"
    ),
    "ai_dynamics/zh": (
        "max_descriptor_chars cjk_latin_tail_max keep_type_in_cjk_name name_connectors "
        "generic_cjk release_verbs postfix_only_verbs product_types "
        "paragraph_start monthly_report_title continuation_start verb_modifiers "
        "verb_blockers_after verb_blockers_before postfix_blockers_after "
        "verb_particles_after adjective_verbs subject_markers product_object_after "
        "release_nouns noun_release_blockers_before model_types name_token cjk_name "
        "quoted_name cjk_name_banned name_banned_chars whole_name_blockers "
        "descriptor_prefixes name_suffixes_to_strip variant_suffixes not_name_after "
        "model_api_after cjk_subject cjk_company_subject "
        "event_reference subheading_max_chars headline_marker headline_end skip_line "
        "event_kinds event_words maker_trailer maker_descriptor maker_pronoun "
        "bare_day plan_words version_tail brand_after_type report_title_line money_title "
        "partnership_title "
        "update_to type_prefix timeline_heading timeline_line short_name_paren name_editions "
        "brand_model_version "
        # zhrel (broker weekly item forms)
        "brand_version_after_type date_before_verb maker_possessive not_name_before list_intro "
        "list_item "
        # relnames round 23: topic-first items, hyphened brands
        "cjk_hyphen_name lead_adverb pronoun_possessive venue_before_verb "
        # zhrel (glued scripts, reported releases)
        "glued_latin_after glued_latin_before relative_days bare_day_time relative_offsets "
        "timeline_inline "
        # zhrel round 22 (clause forms): a type word's colon, launch events, base-model
        # modifiers, date-only clauses, type descriptors that are no brand
        "type_colon launch_event built_on_modifier date_clause descriptor_head@fullmatch "
        "day_offset "
        # zhrel round 24: the reading form (spaced hyphens), Latin
        # brands with a model word, day headings, headings that state news
        "spaced_hyphen latin_brand_model_version day_heading_rest@fullmatch "
        "news_heading item_number publication_after@match after_release@match "
        "dated_noun_release_lead "
        # releases round 27: quoted families with a model word and a version
        "quoted_brand_model_version team_maker covered_pronoun"
    ),
    "ai_dynamics/en": (
        "max_descriptor_words subject_stopwords name_stop_tokens descriptor_stops "
        "model_types other_types product_types company_heading item_start "
        "verb_blockers_before passive_before by_agent intransitive_after "
        "verb_modifiers_end pronoun_subject subject_blockers_after agent_verbs cap_run "
        "name_first name_next descriptor_blockers open_descriptor joiner not_name "
        "amount_after subheading_max_chars headline_marker headline_end skip_line "
        "event_kinds event_words release_verbs plan_before money_title "
        "partnership_title max_appositive_words noun_blockers_before trailing_appositive "
        "future_verb "
        # zhrel (releases): the maker named by "from" in a passive subject, day shifts
        "from_agent@match relative_offsets "
        # zhrel round 22: a place-based descriptor before a maker
        "based_descriptor@match "
        # relnames round 23: "upgraded X to Y", a maker named after its model
        "update_to@match latest_from "
        # releases round 27: a team named as the subject
        "team_subject"
    ),
    # chips
    "chips/common": (
        "flat_row units table.min_spec_columns table.none_values table.scenario_split "
        # tables round 27: a chip named with its form factor in a table row
        "table.form_factor "
        # tables round 28: code names in brackets, angstrom-class nodes
        "table.code_name@fullmatch table.angstrom_node "
        "table.shapes supply_chain.stage_default_tier supply_chain.chain "
        "supply_chain.list_split supply_chain.list_drop supply_chain.tiers "
        # chips (s23): the kind of a chip its table or sentence leaves out
        "kinds.word kinds.families "
        # chips (s24): the words between a chip's name and its kind in an appositive
        "kinds.between kinds.described "
        # chips (s25): a Chinese report calling a part a 推理芯片 or AI 芯片 beside its name
        "kinds.described_zh_kind kinds.described_zh_before kinds.described_zh_after "
        # chips (s25): designers of one kind of accelerator, before a part's name
        "kinds.makers"
    ),
    "chips/zh": (
        "table.columns table.regions supply_chain.stages supply_chain.chain_prefix_drop "
        "supply_chain.enumeration supply_chain.descriptor_split supply_chain.party_words "
        "prose.not_chips prose.spec prose.named_chip prose.subject prose.maker_chip "
        "prose.spec_words prose.not_after prose.not_chip_pattern prose.comparison_before "
        "prose.sentence_specs named.chip"
    ),
    "chips/en": (
        "table.columns table.regions supply_chain.stages supply_chain.chain_prefix_drop "
        "supply_chain.descriptor_split supply_chain.party_words named.frames "
        # chips (s24): specs stated beside a chip in English prose and bullets
        "stated.specs stated.part stated.not_part stated.system_after stated.system_before "
        "stated.comparison stated.possessive stated.maker_verb stated.anaphora "
        "stated.maker_gap stated.bullet_head stated.opener stated.chip_word_after "
        "stated.subject_its"
    ),
    # tables
    "tables/common": (
        "junk_names junk_pattern rating.min_header_fields rating.required_any "
        "rating.regex_fields rating.numeric_fields rating.series_fields "
        "rating.missing_values rating.not_rated rating.currency_by_suffix rating.header_fields "
        "rating.year_pattern rating.ticker_pattern rating.mcap_scale_mn rating.price_affix "
        "rating.spaced_ticker rating.consensus_header "
        # tables round 28: a name cell with its ticker in brackets
        "rating.named_ticker@match "
        "investment.min_shape_share investment.inherit_within_lines "
        "investment.name_max_chars investment.caption_line keydata.front_lines "
        "keydata.subject_lines keydata.subject keydata.price prose.group prose.after "
        "prose.before prose.target "
        # ratings (s21): old-view columns of rating-change tables, bare tickers in a
        # view's parentheses, views quoted from other houses or the consensus
        "rating.previous_column prose.bare_ticker prose.street_view prose.other_house "
        "prose.after_zh prose.lead_zh "
        "investment.investor_from_caption investment.columns "
        # enmoney (round 24): an investor cell's placeholder ("Undisclosed")
        "investment.investor_placeholder investment.investor_descriptor "
        # zhmoney (round 25): a role word run on after an investor's name ("X领投")
        "investment.investor_role keydata.heading_mark "
        # placement (round 27): allotment tables of a placement's purchasers
        "placement.columns placement.issuer placement.total_row@match "
        # lead round 29: funding cards (tables/cards.py)
        "cards.head@match cards.field@match cards.investor_keys cards.amount_keys "
        "cards.round_keys cards.investor_split cards.investor_role cards.undisclosed"
    ),
    "tables/zh": (
        "rating.rating_words investment.cjk_name_suffixes investment.caption_words "
        "keydata.rating_key keydata.close_key keydata.target_key keydata.subject_rating"
    ),
    "tables/en": (
        "rating.rating_words investment.latin_name_tails investment.caption_words "
        "keydata.rating_key keydata.close_key keydata.target_key keydata.subject_rating "
        # ratings (s21): abbreviated ratings of tables and views ("OW", "UW")
        "rating.rating_abbreviations "
        # ratings (s23): rating calls in news wraps (tables/calls.py)
        "calls.cue calls.not_before calls.close calls.house"
    ),
}
