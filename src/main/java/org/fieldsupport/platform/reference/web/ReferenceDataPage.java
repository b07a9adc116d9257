package org.fieldsupport.platform.reference.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import org.fieldsupport.platform.reference.ReferenceData.Country;
import org.fieldsupport.platform.reference.internal.JdbcReferenceData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The reference-data page: countries, currencies and grades in the user's language. */
@Controller
class ReferenceDataPage {

    private final JdbcReferenceData referenceData;

    ReferenceDataPage(JdbcReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    /** The tables, one a page (issue 12.10: a page at most 8 KB; the three together were 12 KB). */
    static final java.util.List<String> TABLES = java.util.List.of("grades", "currencies", "countries");

    @GetMapping("/reference")
    String show(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "grades") String table,
                Model model, Locale locale) {
        String shown = TABLES.contains(table) ? table : TABLES.get(0);
        model.addAttribute("table", shown);
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        model.addAttribute("countries", !"countries".equals(shown) ? java.util.List.of() : referenceData.countries().stream()
                .sorted(Comparator.comparing((Country country) -> country.name(locale), collator)).toList());
        model.addAttribute("memberStateCount", referenceData.memberStates().size());
        model.addAttribute("currencies", "currencies".equals(shown) ? referenceData.currencies() : java.util.List.of());
        model.addAttribute("categoryNames", referenceData.staffCategories().stream().collect(
                java.util.stream.Collectors.toMap(JdbcReferenceData.StaffCategory::code, category -> category.name(locale))));
        model.addAttribute("grades", referenceData.grades());
        return "platform/reference";
    }

    /** The dashboard card's body, loaded by htmx into the home page. */
    @GetMapping("/reference/card")
    String card(Model model) {
        model.addAttribute("memberStateCount", referenceData.memberStates().size());
        model.addAttribute("currencyCount", referenceData.currencies().size());
        model.addAttribute("gradeCount", referenceData.grades().size());
        return "platform/reference-card :: card";
    }
}
