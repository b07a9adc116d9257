package org.fieldsupport.budget.liquidation.domain;

/**
 * The five groups of an asset disposal plan of a mission in liquidation (Financial Regulation 5.14): I other
 * peacekeeping operations or reserve/start-up kits; II other assessed-funded UN activities; III sale to UN agencies,
 * international organisations or NGOs; IV commercial disposal; V installed assets left to the host Government.
 */
public enum DisposalGroup {
    I, II, III, IV, V;

    public String labelKey() { return "budget.disposal.group." + name(); }
}
