package org.fieldsupport.claims.rates.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.claims.rates.domain.RateFileCheck;
import org.fieldsupport.claims.rates.internal.RateEditions;
import org.fieldsupport.claims.rates.internal.RateImport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * COE rate tables: editions with their equipment and self-sustainment rates, troop-cost and D&amp;D
 * standard-amount histories, and the all-or-nothing import (multipart: the edition's fields and its files,
 * CSV or XLSX) answering 201, or 400 problem details listing every row and column in error.
 */
@RestController
@RequestMapping(path = "/api/v1/claims", produces = MediaType.APPLICATION_JSON_VALUE)
class RateApiController {

    private final RateEditions editions;
    private final RateImport rateImport;

    RateApiController(RateEditions editions, RateImport rateImport) {
        this.editions = editions;
        this.rateImport = rateImport;
    }

    // amounts are decimal strings ("4789.58"), as everywhere in the claims API: exact, never binary floating point

    record EditionJson(String code, String titleEn, String titleFr, LocalDate effectiveFrom, boolean illustrative,
                       String source, String currency, int equipmentRates, int selfSustainmentRates,
                       boolean inForce) {
        static EditionJson of(RateEditions.EditionSummary e) {
            return new EditionJson(e.code(), e.titleEn(), e.titleFr(), e.effectiveFrom(), e.illustrative(), e.source(),
                    e.currency(), e.equipmentRates(), e.selfSustainmentRates(), e.inForce());
        }
    }

    record EquipmentJson(String code, String category, String description, String gfmv, int usefulLifeYears,
                         String nfiFactor, String maintenanceMonthly, String dryMonthly, String wetMonthly,
                         String categoryFr, String descriptionFr) { }

    record SelfSustainmentJson(String category, String description, String perPersonPerMonth) { }

    record EditionDetailJson(EditionJson edition, List<EquipmentJson> equipment,
                             List<SelfSustainmentJson> selfSustainment) { }

    record DatedJson(LocalDate effectiveFrom, String amount, String currency, String source, boolean inForce) {
        static DatedJson of(RateEditions.DatedAmount d) {
            return new DatedJson(d.effectiveFrom(), money(d.amount()), d.currency(), d.source(), d.inForce());
        }
    }

    private static String money(BigDecimal v) {
        return v.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    @GetMapping("/rate-editions")
    List<EditionJson> editions() {
        return editions.editions().stream().map(EditionJson::of).toList();
    }

    @GetMapping("/rate-editions/{code}")
    EditionDetailJson edition(@PathVariable String code) {
        RateEditions.EditionDetail d = editions.edition(code);
        return new EditionDetailJson(EditionJson.of(d.edition()),
                d.equipment().stream().map(r -> new EquipmentJson(r.code(), r.category(), r.description(),
                        money(r.gfmv()), r.usefulLifeYears(), r.nfiFactor().stripTrailingZeros().toPlainString(),
                        money(r.maintenanceMonthly()), money(r.dryMonthly()), money(r.wetMonthly()), r.categoryFr(),
                        r.descriptionFr())).toList(),
                d.selfSustainment().stream().map(s -> new SelfSustainmentJson(s.category(), s.description(),
                        money(s.perPersonPerMonth()))).toList());
    }

    @GetMapping("/troop-cost-rates")
    List<DatedJson> troopCostRates() {
        return editions.troopCostRates().stream().map(DatedJson::of).toList();
    }

    @GetMapping("/dd-standard-amounts")
    List<DatedJson> ddStandardAmounts() {
        return editions.ddStandardAmounts().stream().map(DatedJson::of).toList();
    }

    /**
     * Imports a new edition ({@code code}, {@code titleEn}/{@code titleFr}, {@code effectiveFrom},
     * {@code illustrative}, {@code source}, files {@code equipment} and {@code selfSustainment}) and/or
     * effective-dated rows (files {@code troopCost}, {@code ddStandard}). Nothing is written unless all is right.
     */
    @PostMapping(path = "/rate-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RateImport.Result> importRates(
            @RequestParam(required = false) String code, @RequestParam(required = false) String titleEn,
            @RequestParam(required = false) String titleFr, @RequestParam(required = false) String effectiveFrom,
            @RequestParam(defaultValue = "false") boolean illustrative, @RequestParam(required = false) String source,
            @RequestPart(required = false) MultipartFile equipment,
            @RequestPart(required = false) MultipartFile selfSustainment,
            @RequestPart(required = false) MultipartFile troopCost,
            @RequestPart(required = false) MultipartFile ddStandard) throws IOException {
        RateImport.Request request = request(code, titleEn, titleFr, effectiveFrom, illustrative, source,
                equipment, selfSustainment, troopCost, ddStandard);
        RateImport.Result result = rateImport.importRates(request);
        URI location = URI.create(result.edition() != null ? "/api/v1/claims/rate-editions/" + result.edition()
                : result.troopCostRates() > 0 ? "/api/v1/claims/troop-cost-rates" : "/api/v1/claims/dd-standard-amounts");
        return ResponseEntity.created(location).body(result);
    }

    /** The request of a multipart form: no edition when none of its fields is given. */
    static RateImport.Request request(String code, String titleEn, String titleFr, String effectiveFrom,
                                      boolean illustrative, String source, MultipartFile equipment,
                                      MultipartFile selfSustainment, MultipartFile troopCost,
                                      MultipartFile ddStandard) throws IOException {
        boolean anyEdition = present(code) || present(titleEn) || present(titleFr) || present(effectiveFrom)
                || present(source) || present(equipment) || present(selfSustainment);
        RateFileCheck.EditionHeader header = anyEdition
                ? new RateFileCheck.EditionHeader(code, titleEn, titleFr, effectiveFrom, illustrative, source) : null;
        Map<RateFileCheck.Table, RateImport.Upload> files = new LinkedHashMap<>();
        put(files, RateFileCheck.Table.EQUIPMENT, equipment);
        put(files, RateFileCheck.Table.SELF_SUSTAINMENT, selfSustainment);
        put(files, RateFileCheck.Table.TROOP_COST, troopCost);
        put(files, RateFileCheck.Table.DD_STANDARD, ddStandard);
        return RateImport.fromFiles(header, files);
    }

    private static void put(Map<RateFileCheck.Table, RateImport.Upload> files, RateFileCheck.Table table,
                            MultipartFile file) throws IOException {
        if (present(file)) {
            files.put(table, new RateImport.Upload(file.getOriginalFilename(), file.getBytes()));
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static boolean present(MultipartFile f) {
        return f != null && !f.isEmpty();
    }
}
