/**
 * The reimbursement rules as plain Java: rule sets ({@link org.fieldsupport.claims.rules.domain.RuleSet}),
 * their inputs and the explained amounts they produce. No Spring, no persistence, no web: every
 * amount can be recomputed by hand and is tested without a container.
 */
package org.fieldsupport.claims.rules.domain;
