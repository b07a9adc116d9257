-- Allotments are decisions on money (access review, session 3): the Controller's budget allotments and the COE
-- planning officer's allotments against a COE budget estimate need a live delegation of authority of type
-- BUDGET_ALLOTMENT covering the resulting amount, the mission, the currency and the day. The chain of delegations
-- used is kept with the allotment ("#id delegatee > #id delegatee", root first); rows from before keep NULL.
ALTER TABLE bud_allotment ADD COLUMN delegation VARCHAR(1000);
ALTER TABLE claims_budget_allotment ADD COLUMN delegation VARCHAR(1000);
