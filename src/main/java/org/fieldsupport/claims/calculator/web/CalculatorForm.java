package org.fieldsupport.claims.calculator.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The calculator screen's form (issue 12.8): the API's inputs as fields, one row of inputs per list item (the page
 * shows the rows given plus empty ones to add), the period as months, and mission factors in percent (2 = 2 %, as
 * on the MOU page; the API keeps fractions, 0.02). Starts filled with the spec's worked example over a quarter.
 */
public class CalculatorForm {

    /** Empty rows offered under each list for new items. */
    static final int SPARE_ROWS = 2;

    private String ruleSet = "";
    private String from = "";
    private String to = "";
    private String deployedOn = "";
    private String repatriatedOn = "";
    private String authorisedStrength = "";
    private String environmental = "";
    private String intensifiedOperational = "";
    private String hostileAction = "";
    private String transport = "";
    private List<Rate> troopCostRates = new ArrayList<>();
    private List<Strength> strengthReturns = new ArrayList<>();
    private List<Equipment> majorEquipment = new ArrayList<>();
    private List<Category> selfSustainment = new ArrayList<>();
    private List<EquipmentFinding> equipmentFindings = new ArrayList<>();
    private List<CategoryFinding> categoryFindings = new ArrayList<>();

    /** The form as the page first shows it: the spec's worked example over a quarter (a posted form starts empty). */
    static CalculatorForm example(String ruleSet) {
        CalculatorForm f = new CalculatorForm();
        f.ruleSet = ruleSet;
        f.from = "2026-06";
        f.to = "2026-08";
        f.deployedOn = "2026-06-16";
        f.authorisedStrength = "850";
        f.environmental = "2";
        f.intensifiedOperational = "1.5";
        f.hostileAction = "0";
        f.transport = "0";
        f.troopCostRates.add(new Rate("2018-07-01", "1428.00"));
        f.strengthReturns.addAll(List.of(new Strength("2026-06", "870"), new Strength("2026-07", "840"),
                new Strength("2026-08", "845.5")));
        f.majorEquipment.add(new Equipment("ME-1", "APC, wheeled", "WET", "10", "5000.00"));
        f.selfSustainment.add(new Category("CATERING", "CONTRIBUTOR", "28.00"));
        f.equipmentFindings.add(new EquipmentFinding("2026-06-20", "ME-1", "9"));
        f.categoryFindings.add(new CategoryFinding("2026-06-20", "CATERING", "SATISFACTORY"));
        return f;
    }

    /** A troop cost rate in force from a date. */
    public static class Rate {
        private String from = "";
        private String rate = "";
        public Rate() { }
        Rate(String from, String rate) { this.from = from; this.rate = rate; }
        public String getFrom() { return from; }
        public void setFrom(String from) { this.from = from; }
        public String getRate() { return rate; }
        public void setRate(String rate) { this.rate = rate; }
        boolean blank() { return isBlank(from) && isBlank(rate); }
    }

    /** A month's average strength. */
    public static class Strength {
        private String month = "";
        private String average = "";
        public Strength() { }
        Strength(String month, String average) { this.month = month; this.average = average; }
        public String getMonth() { return month; }
        public void setMonth(String month) { this.month = month; }
        public String getAverage() { return average; }
        public void setAverage(String average) { this.average = average; }
        boolean blank() { return isBlank(month) && isBlank(average); }
    }

    /** An Annex B line. */
    public static class Equipment {
        private String line = "";
        private String description = "";
        private String leaseType = "";
        private String quantity = "";
        private String rate = "";
        public Equipment() { }
        Equipment(String line, String description, String leaseType, String quantity, String rate) {
            this.line = line; this.description = description; this.leaseType = leaseType; this.quantity = quantity;
            this.rate = rate;
        }
        public String getLine() { return line; }
        public void setLine(String line) { this.line = line; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getLeaseType() { return leaseType; }
        public void setLeaseType(String leaseType) { this.leaseType = leaseType; }
        public String getQuantity() { return quantity; }
        public void setQuantity(String quantity) { this.quantity = quantity; }
        public String getRate() { return rate; }
        public void setRate(String rate) { this.rate = rate; }
        boolean blank() { return isBlank(line) && isBlank(description) && isBlank(quantity) && isBlank(rate); }
    }

    /** An Annex C category. */
    public static class Category {
        private String category = "";
        private String providedBy = "";
        private String rate = "";
        public Category() { }
        Category(String category, String providedBy, String rate) {
            this.category = category; this.providedBy = providedBy; this.rate = rate;
        }
        public String getCategory() { return category; }
        public void setCategory(String category) { this.category = category; }
        public String getProvidedBy() { return providedBy; }
        public void setProvidedBy(String providedBy) { this.providedBy = providedBy; }
        public String getRate() { return rate; }
        public void setRate(String rate) { this.rate = rate; }
        boolean blank() { return isBlank(category) && isBlank(rate); }
    }

    /** An inspection's serviceable quantity of an Annex B line. */
    public static class EquipmentFinding {
        private String date = "";
        private String line = "";
        private String serviceable = "";
        public EquipmentFinding() { }
        EquipmentFinding(String date, String line, String serviceable) {
            this.date = date; this.line = line; this.serviceable = serviceable;
        }
        public String getDate() { return date; }
        public void setDate(String date) { this.date = date; }
        public String getLine() { return line; }
        public void setLine(String line) { this.line = line; }
        public String getServiceable() { return serviceable; }
        public void setServiceable(String serviceable) { this.serviceable = serviceable; }
        boolean blank() { return isBlank(date) && isBlank(line) && isBlank(serviceable); }
    }

    /** An inspection's rating of an Annex C category. */
    public static class CategoryFinding {
        private String date = "";
        private String category = "";
        private String rating = "";
        public CategoryFinding() { }
        CategoryFinding(String date, String category, String rating) {
            this.date = date; this.category = category; this.rating = rating;
        }
        public String getDate() { return date; }
        public void setDate(String date) { this.date = date; }
        public String getCategory() { return category; }
        public void setCategory(String category) { this.category = category; }
        public String getRating() { return rating; }
        public void setRating(String rating) { this.rating = rating; }
        boolean blank() { return isBlank(date) && isBlank(category) && isBlank(rating); }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Drops the rows left empty and adds {@link #SPARE_ROWS} empty ones under each list, for the page. */
    void withSpareRows() {
        troopCostRates.removeIf(r -> r == null || r.blank());
        strengthReturns.removeIf(r -> r == null || r.blank());
        majorEquipment.removeIf(r -> r == null || r.blank());
        selfSustainment.removeIf(r -> r == null || r.blank());
        equipmentFindings.removeIf(r -> r == null || r.blank());
        categoryFindings.removeIf(r -> r == null || r.blank());
        for (int i = 0; i < SPARE_ROWS; i++) {
            troopCostRates.add(new Rate());
            strengthReturns.add(new Strength());
            majorEquipment.add(new Equipment());
            selfSustainment.add(new Category());
            equipmentFindings.add(new EquipmentFinding());
            categoryFindings.add(new CategoryFinding());
        }
    }

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
    public List<Rate> getTroopCostRates() { return troopCostRates; }
    public void setTroopCostRates(List<Rate> v) { this.troopCostRates = v; }
    public List<Strength> getStrengthReturns() { return strengthReturns; }
    public void setStrengthReturns(List<Strength> v) { this.strengthReturns = v; }
    public List<Equipment> getMajorEquipment() { return majorEquipment; }
    public void setMajorEquipment(List<Equipment> v) { this.majorEquipment = v; }
    public List<Category> getSelfSustainment() { return selfSustainment; }
    public void setSelfSustainment(List<Category> v) { this.selfSustainment = v; }
    public List<EquipmentFinding> getEquipmentFindings() { return equipmentFindings; }
    public void setEquipmentFindings(List<EquipmentFinding> v) { this.equipmentFindings = v; }
    public List<CategoryFinding> getCategoryFindings() { return categoryFindings; }
    public void setCategoryFindings(List<CategoryFinding> v) { this.categoryFindings = v; }
}
