package org.fieldsupport.claims.rates.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.fieldsupport.claims.rates.domain.RateFileCheck;
import org.fieldsupport.claims.rates.internal.RateEditions;
import org.fieldsupport.claims.rates.internal.RateImport;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.TabularFile;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Screens of the COE rate tables: editions, an edition's rates, troop-cost and D&amp;D history, import. */
@Controller
@RequestMapping("/claims/rates")
class RatePageController {

    private final RateEditions editions;
    private final RateImport rateImport;
    private final MessageSource messages;

    RatePageController(RateEditions editions, RateImport rateImport, MessageSource messages) {
        this.editions = editions;
        this.rateImport = rateImport;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("editions", editions.editions());
        model.addAttribute("troopCost", editions.troopCostRates());
        model.addAttribute("ddStandard", editions.ddStandardAmounts());
        model.addAttribute("mayImport", editions.mayImport());
        return "claims/rates/list";
    }

    @GetMapping("/editions/{code}")
    String edition(@PathVariable String code, Model model) {
        model.addAttribute("detail", editions.edition(code));
        return "claims/rates/edition";
    }

    @GetMapping("/import")
    String importForm(Model model) {
        editions.requireImport();
        model.addAttribute("tables", RateFileCheck.Table.values());
        return "claims/rates/import";
    }

    @PostMapping("/import")
    String importRates(@RequestParam(required = false) String code, @RequestParam(required = false) String titleEn,
                       @RequestParam(required = false) String titleFr,
                       @RequestParam(required = false) String effectiveFrom,
                       @RequestParam(defaultValue = "false") boolean illustrative,
                       @RequestParam(required = false) String source,
                       @RequestParam(required = false) MultipartFile equipment,
                       @RequestParam(required = false) MultipartFile selfSustainment,
                       @RequestParam(required = false) MultipartFile troopCost,
                       @RequestParam(required = false) MultipartFile ddStandard,
                       Model model, Locale locale, HttpServletResponse response) throws IOException {
        editions.requireImport();
        model.addAttribute("tables", RateFileCheck.Table.values());
        model.addAttribute("code", code);
        model.addAttribute("titleEn", titleEn);
        model.addAttribute("titleFr", titleFr);
        model.addAttribute("effectiveFrom", effectiveFrom);
        model.addAttribute("illustrative", illustrative);
        model.addAttribute("source", source);
        try {
            RateImport.Result result = rateImport.importRates(RateApiController.request(code, titleEn, titleFr,
                    effectiveFrom, illustrative, source, equipment, selfSustainment, troopCost, ddStandard));
            if (result.edition() != null) {
                return "redirect:/claims/rates/editions/" + result.edition() + "?imported";
            }
            return "redirect:/claims/rates?imported";
        } catch (RateImport.Refused e) {
            response.setStatus(400);
            model.addAttribute("problems", e.problems().stream().map(p -> new String[] {
                    p.table() == null ? messages.getMessage("claims.rates.import.form", null, locale)
                            : messages.getMessage("claims.rates.table." + p.table().key(), null, locale),
                    p.row() == 0 ? "" : String.valueOf(p.row()), p.column(),
                    messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale)}).toList());
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("problems", e.errors().stream().map(fe -> new String[] {fe.field(), "", "",
                    messages.getMessage(fe.messageKey(), fe.args(), fe.messageKey(), locale)}).toList());
        }
        return "claims/rates/import";
    }

    /** Import templates: {@code equipment}, {@code self-sustainment}, {@code troop-cost}, {@code dd-standard}. */
    @GetMapping("/templates/{table}")
    ResponseEntity<byte[]> template(@PathVariable String table, @RequestParam(defaultValue = "csv") String format) {
        RateFileCheck.Table t;
        try {
            t = RateFileCheck.Table.ofKey(table);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.notFound().build();
        }
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        return ResponseEntity.ok()
                .contentType(xlsx ? MediaType.parseMediaType(TabularFile.XLSX_CONTENT_TYPE)
                        : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("coe-rates-" + t.key() + (xlsx ? ".xlsx" : ".csv")).build().toString())
                .body(editions.template(t, xlsx));
    }
}
