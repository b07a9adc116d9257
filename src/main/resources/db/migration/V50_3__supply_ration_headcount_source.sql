-- Supply (issue 17, session 4): a ration order's headcount comes from the claims module's strength of a contingent
-- (its month's strength return, else the MOU's authorised strength) or, as before, from the headcount recorded here.
ALTER TABLE sup_ration_order ADD COLUMN headcount_source VARCHAR(30) DEFAULT 'RECORDED' NOT NULL;
ALTER TABLE sup_ration_order ADD COLUMN contingent_reference VARCHAR(60);
