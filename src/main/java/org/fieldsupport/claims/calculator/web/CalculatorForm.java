package org.fieldsupport.claims.calculator.web;

/**
 * The calculator screen's form: the same inputs as the API, lists typed one item per line with fields
 * separated by semicolons. Starts filled with the spec's worked example over a quarter.
 */
public class CalculatorForm {

    private String ruleSet = "COE-2026-v1";
    private String from = "2026-06-01";
    private String to = "2026-08-31";
    private String deployedOn = "2026-06-16";
    private String repatriatedOn = "";
    private String authorisedStrength = "850";
    private String environmental = "0.02";
    private String intensifiedOperational = "0.015";
    private String hostileAction = "0";
    private String transport = "0";
    private String troopCostRates = "2018-07-01; 1428.00";
    private String strengthReturns = "2026-06; 870\n2026-07; 840\n2026-08; 845.5";
    private String majorEquipment = "ME-1; APC, wheeled; WET; 10; 5000.00";
    private String selfSustainment = "CATERING; CONTRIBUTOR; 28.00";
    private String verifications = "2026-06-20; ME-1; 9\n2026-06-20; CATERING; SATISFACTORY";

    public String getRuleSet() { return ruleSet; }
    public void setRuleSet(String ruleSet) { this.ruleSet = ruleSet; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getDeployedOn() { return deployedOn; }
    public void setDeployedOn(String deployedOn) { this.deployedOn = deployedOn; }
    public String getRepatriatedOn() { return repatriatedOn; }
    public void setRepatriatedOn(String repatriatedOn) { this.repatriatedOn = repatriatedOn; }
    public String getAuthorisedStrength() { return authorisedStrength; }
    public void setAuthorisedStrength(String authorisedStrength) { this.authorisedStrength = authorisedStrength; }
    public String getEnvironmental() { return environmental; }
    public void setEnvironmental(String environmental) { this.environmental = environmental; }
    public String getIntensifiedOperational() { return intensifiedOperational; }
    public void setIntensifiedOperational(String v) { this.intensifiedOperational = v; }
    public String getHostileAction() { return hostileAction; }
    public void setHostileAction(String hostileAction) { this.hostileAction = hostileAction; }
    public String getTransport() { return transport; }
    public void setTransport(String transport) { this.transport = transport; }
    public String getTroopCostRates() { return troopCostRates; }
    public void setTroopCostRates(String troopCostRates) { this.troopCostRates = troopCostRates; }
    public String getStrengthReturns() { return strengthReturns; }
    public void setStrengthReturns(String strengthReturns) { this.strengthReturns = strengthReturns; }
    public String getMajorEquipment() { return majorEquipment; }
    public void setMajorEquipment(String majorEquipment) { this.majorEquipment = majorEquipment; }
    public String getSelfSustainment() { return selfSustainment; }
    public void setSelfSustainment(String selfSustainment) { this.selfSustainment = selfSustainment; }
    public String getVerifications() { return verifications; }
    public void setVerifications(String verifications) { this.verifications = verifications; }
}
