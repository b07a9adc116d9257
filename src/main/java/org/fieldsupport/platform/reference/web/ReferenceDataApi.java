package org.fieldsupport.platform.reference.web;

import java.util.List;
import org.fieldsupport.platform.reference.ReferenceData.CurrencyInfo;
import org.fieldsupport.platform.reference.internal.JdbcReferenceData;
import org.fieldsupport.platform.reference.internal.JdbcReferenceData.CountryRow;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reference data for API clients. The lists are small and fixed (249 countries, under 200
 * currencies, 28 grades), so they are returned whole rather than paged.
 */
@RestController
@RequestMapping("/api/v1/reference")
class ReferenceDataApi {

    private final JdbcReferenceData referenceData;

    ReferenceDataApi(JdbcReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    record CountryJson(String alpha2, String alpha3, String numeric, String nameEn, String nameFr, boolean unMemberState) {
        static CountryJson of(CountryRow row) {
            return new CountryJson(row.alpha2(), row.alpha3(), row.numericCode(), row.nameEn(), row.nameFr(), row.unMemberState());
        }
    }

    record CurrencyJson(String code, String numeric, int minorUnits, String nameEn, String nameFr) {
        static CurrencyJson of(CurrencyInfo currency) {
            return new CurrencyJson(currency.code(), currency.numericCode(), currency.minorUnits(), currency.nameEn(), currency.nameFr());
        }
    }

    record GradeJson(String code, String category, int rank, String nameEn, String nameFr) { }

    /** All ISO 3166-1 countries; {@code ?memberState=true} keeps the 193 UN Member States, {@code false} the others. */
    @GetMapping("/countries")
    List<CountryJson> countries(@RequestParam(name = "memberState", required = false) Boolean memberState) {
        return referenceData.countryRows().stream()
                .filter(row -> memberState == null || row.unMemberState() == memberState)
                .map(CountryJson::of).toList();
    }

    @GetMapping("/currencies")
    List<CurrencyJson> currencies() {
        return referenceData.currencies().stream().map(CurrencyJson::of).toList();
    }

    /** Most senior first. */
    @GetMapping("/grades")
    List<GradeJson> grades() {
        return referenceData.grades().stream()
                .map(grade -> new GradeJson(grade.code(), grade.category(), grade.rank(), grade.nameEn(), grade.nameFr()))
                .toList();
    }
}
