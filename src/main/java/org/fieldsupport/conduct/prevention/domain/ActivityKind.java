package org.fieldsupport.conduct.prevention.domain;

/** Activities of the strategy, each belonging to one prong. */
public enum ActivityKind {
    RISK_ASSESSMENT(Prong.PREVENTION), AWARENESS(Prong.PREVENTION), TRAINING(Prong.PREVENTION),
    VETTING(Prong.PREVENTION), COMMUNITY_OUTREACH(Prong.PREVENTION), ENFORCEMENT_MEASURE(Prong.ENFORCEMENT),
    VICTIM_ASSISTANCE_REFERRAL(Prong.REMEDIAL), TRUST_FUND_PROJECT(Prong.REMEDIAL);

    private final Prong prong;

    ActivityKind(Prong prong) { this.prong = prong; }

    public Prong prong() { return prong; }
}
