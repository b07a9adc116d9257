package org.fieldsupport.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.fieldsupport.platform.reference.ReferenceData.Country;
import org.fieldsupport.platform.reference.ReferenceData.Grade;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@WithMockUser(username = "reference-reader")
class ReferenceDataTests {

    @Autowired ReferenceData referenceData;
    @Autowired MockMvc mvc;

    @Test
    void there_are_exactly_193_united_nations_member_states() {
        assertThat(referenceData.memberStates()).hasSize(193);
        assertThat(referenceData.country("TUR")).map(Country::nameEn).contains("Türkiye");
        assertThat(referenceData.country("va")).map(Country::unMemberState).contains(false);
        assertThat(referenceData.country("PSE")).map(Country::unMemberState).contains(false);
        assertThat(referenceData.country("SSD")).map(Country::unMemberState).contains(true);
        assertThat(referenceData.country("CIV")).map(c -> c.name(Locale.FRENCH)).contains("Côte d'Ivoire");
    }

    @Test
    void iso_codes_are_unique_and_well_formed() {
        List<Country> countries = referenceData.countries();
        assertThat(countries).hasSizeGreaterThanOrEqualTo(249);
        assertThat(countries.stream().map(Country::alpha2).collect(Collectors.toSet())).hasSize(countries.size());
        assertThat(countries.stream().map(Country::alpha3).collect(Collectors.toSet())).hasSize(countries.size());
        assertThat(countries).allSatisfy(country -> {
            assertThat(country.alpha2()).matches("[A-Z]{2}");
            assertThat(country.alpha3()).matches("[A-Z]{3}");
        });
        var currencies = referenceData.currencies();
        assertThat(currencies.stream().map(ReferenceData.CurrencyInfo::code).collect(Collectors.toSet())).hasSize(currencies.size());
        assertThat(currencies.stream().map(ReferenceData.CurrencyInfo::numericCode).collect(Collectors.toSet())).hasSize(currencies.size());
        assertThat(referenceData.currency("usd")).hasValueSatisfying(usd -> {
            assertThat(usd.numericCode()).isEqualTo("840");
            assertThat(usd.minorUnits()).isEqualTo(2);
        });
        assertThat(referenceData.currency("JPY")).map(ReferenceData.CurrencyInfo::minorUnits).contains(0);
    }

    @Test
    void every_name_exists_in_french() {
        assertThat(referenceData.countries()).allSatisfy(country -> assertThat(country.nameFr()).isNotBlank());
        assertThat(referenceData.currencies()).allSatisfy(currency -> assertThat(currency.nameFr()).isNotBlank());
        assertThat(referenceData.grades()).allSatisfy(grade -> assertThat(grade.nameFr()).isNotBlank());
    }

    @Test
    void grades_run_from_under_secretary_general_down_to_volunteer() {
        List<String> codes = referenceData.grades().stream().map(Grade::code).toList();
        assertThat(codes).containsExactly("USG", "ASG", "D-2", "D-1", "P-5", "P-4", "P-3", "P-2", "P-1",
                "FS-7", "FS-6", "FS-5", "FS-4", "FS-3", "FS-2", "FS-1", "NO-D", "NO-C", "NO-B", "NO-A",
                "G-7", "G-6", "G-5", "G-4", "G-3", "G-2", "G-1", "UNV");
        List<Integer> ranks = referenceData.grades().stream().map(Grade::rank).toList();
        assertThat(ranks).isSortedAccordingTo((a, b) -> Integer.compare(b, a)).doesNotHaveDuplicates();
        assertThat(referenceData.grade("d-1").orElseThrow().rank())
                .isGreaterThan(referenceData.grade("P-5").orElseThrow().rank());
        assertThat(Set.copyOf(referenceData.grades().stream().map(Grade::category).toList()))
                .contains("SENIOR", "DIRECTOR", "PROFESSIONAL", "FIELD_SERVICE", "NATIONAL_PROFESSIONAL", "GENERAL_SERVICE", "VOLUNTEER");
    }

    @Test
    void the_api_lists_member_states_currencies_and_grades() throws Exception {
        mvc.perform(get("/api/v1/reference/countries").param("memberState", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(193))
                .andExpect(jsonPath("$[?(@.alpha3 == 'FRA')].numeric").value("250"));
        mvc.perform(get("/api/v1/reference/currencies"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'EUR')].minorUnits").value(2));
        mvc.perform(get("/api/v1/reference/grades"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("USG"));
    }

    @Test
    void the_reference_page_shows_names_in_the_users_language() throws Exception {
        // one table a page (issue 12.10, page weight): grades first
        StringBuilder french = new StringBuilder();
        StringBuilder english = new StringBuilder();
        for (String table : new String[] {"grades", "currencies", "countries"}) {
            french.append(mvc.perform(get("/reference").param("table", table).param("lang", "fr"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            english.append(mvc.perform(get("/reference").param("table", table).param("lang", "en"))
                    .andReturn().getResponse().getContentAsString());
        }
        assertThat(french.toString()).contains("Données de référence", "Royaume-Uni de Grande-Bretagne",
                "Administrateur hors classe (P-5)", "dollar des États-Unis", "Dont 193 États Membres");
        assertThat(english.toString()).contains("Reference data", "United Kingdom of Great Britain", "Senior Officer (P-5)");
        assertThat(mvc.perform(get("/reference").param("lang", "en")).andReturn().getResponse().getContentAsString())
                .contains("Senior Officer (P-5)").doesNotContain("United Kingdom of Great Britain");
    }

    @Test
    void the_home_page_loads_the_reference_card_with_htmx() throws Exception {
        String home = mvc.perform(get("/").param("lang", "en")).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("hx-get=\"/reference/card\"", "hx-trigger=\"revealed\"", "card-reference-title");
        String card = mvc.perform(get("/reference/card").header("HX-Request", "true").param("lang", "fr"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(card).contains("193 États Membres").doesNotContain("<html", "main-nav");
    }
}
