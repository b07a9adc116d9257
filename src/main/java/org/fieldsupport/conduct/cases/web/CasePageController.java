package org.fieldsupport.conduct.cases.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.conduct.cases.domain.CaseKind;
import org.fieldsupport.conduct.cases.domain.Channel;
import org.fieldsupport.conduct.cases.domain.PersonnelCategory;
import org.fieldsupport.conduct.cases.internal.CaseReadLog;
import org.fieldsupport.conduct.cases.internal.CaseService;
import org.fieldsupport.conduct.discipline.domain.DisciplinaryMeasure;
import org.fieldsupport.conduct.discipline.internal.DisciplineService;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.Paging;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens of the case register: list, intake, case file with its actions, dashboard card, read-log review. */
@Controller
@RequestMapping("/conduct")
class CasePageController {

    private final CaseService cases;
    private final DisciplineService discipline;
    private final CaseReadLog readLog;
    private final Paging paging;
    private final MessageSource messages;

    CasePageController(CaseService cases, DisciplineService discipline, CaseReadLog readLog, Paging paging,
                       MessageSource messages) {
        this.cases = cases;
        this.discipline = discipline;
        this.readLog = readLog;
        this.paging = paging;
        this.messages = messages;
    }

    @GetMapping("/cases")
    String list(@RequestParam(required = false) String mission, @RequestParam(required = false) String status,
                @RequestParam(required = false) String kind, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Integer page, Model model) {
        PageQuery query = paging.read(page, 50, null, Map.of());
        model.addAttribute("cases", cases.list(new CaseService.Filter(mission, status, kind, year), query));
        model.addAttribute("statuses", CaseService.Status.values());
        model.addAttribute("kinds", CaseKind.values());
        model.addAttribute("mission", mission);
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("year", year);
        model.addAttribute("overdue", cases.overdueReferrals());
        return "conduct/cases/list";
    }

    @GetMapping("/cases/card")
    String card(Model model) {
        long[] counts = cases.visibleCounts();
        model.addAttribute("open", counts[0]);
        model.addAttribute("all", counts[1]);
        return "conduct/cases/card :: card";
    }

    @GetMapping("/cases/new")
    String form(Model model) {
        model.addAttribute("form", Map.of());
        model.addAttribute("problem", null);
        options(model);
        return "conduct/cases/form";
    }

    @PostMapping("/cases")
    String receive(@RequestParam Map<String, String> form, Model model, Locale locale) {
        try {
            CaseService.CaseView view = cases.receive(new CaseService.NewCase(form.get("missionCode"), form.get("kind"),
                    date(form.get("receivedOn"), "receivedOn"), form.get("channel"), form.get("source"), form.get("origin"),
                    date(form.get("incidentDate"), "incidentDate"), form.get("summary")));
            return "redirect:/conduct/cases/" + view.id();
        } catch (BusinessRuleException | InvalidInputException e) {
            model.addAttribute("form", form);
            model.addAttribute("problem", ConductProblems.message(e, messages, locale));
            options(model);
            return "conduct/cases/form";
        }
    }

    private void options(Model model) {
        model.addAttribute("kinds", CaseKind.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("origins", CaseService.Origin.values());
    }

    @GetMapping("/cases/{id}")
    String detail(@PathVariable long id, Model model) {
        CaseService.CaseView view = cases.read(id);
        model.addAttribute("c", view);
        model.addAttribute("categories", PersonnelCategory.values());
        model.addAttribute("ageBands", CaseService.AgeBand.values());
        model.addAttribute("entities", CaseService.Entity.values());
        model.addAttribute("outcomes", CaseService.Outcome.values());
        model.addAttribute("paternity", CaseService.Paternity.values());
        model.addAttribute("measures", DisciplinaryMeasure.values());
        model.addAttribute("types", cases.taxonomy(view.receivedOn()).stream()
                .filter(t -> view.kind().equals(t.kind())).toList());
        return "conduct/cases/detail";
    }

    /** Every action form of the case file posts here; the case must be visible before anything else is looked at. */
    @PostMapping("/cases/{id}/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam Map<String, String> f, Locale locale,
               RedirectAttributes redirect) {
        cases.requireVisible(id);
        try {
            switch (action) {
                case "subjects" -> cases.addSubject(id, new CaseService.NewSubject(f.get("category"),
                        f.get("contributingCountry"), f.get("contingent"),
                        f.get("types") == null ? List.of() : Arrays.asList(f.get("types").split(","))));
                case "victims" -> cases.addVictim(id, new CaseService.NewVictim(f.get("ageBand"),
                        f.containsKey("minor") ? Boolean.valueOf(f.get("minor")) : null,
                        "true".equals(f.get("assistanceReferred")), f.get("identity")));
                case "assessment" -> cases.assess(id, f.get("breach") == null ? null : Boolean.valueOf(f.get("breach")), f.get("note"));
                case "referrals" -> cases.refer(id, new CaseService.NewReferral(f.get("entity"),
                        date(f.get("referredOn"), "referredOn"), date(f.get("dueOn"), "dueOn"), f.get("note")));
                case "referral-response" -> cases.recordResponse(id, date(f.get("respondedOn"), "respondedOn"));
                case "investigation" -> cases.investigation(id, new CaseService.InvestigationDates(f.get("entity"),
                        date(f.get("start"), "start"), date(f.get("end"), "end")));
                case "outcome" -> cases.outcome(id, new CaseService.OutcomeRecord(f.get("outcome"), f.get("interimActions"),
                        f.get("memberStateActions"), f.get("criminalReferral"), f.get("paternityStatus")));
                case "grants" -> cases.grant(id, f.get("username"));
                case "reconcile" -> cases.reconcile(id, f.get("note"));
                case "merge" -> cases.merge(id, parseLong(f.get("into")));
                case "reviews" -> discipline.submit(id, f.get("recommendation"), f.get("note"));
                case "review-decision" -> discipline.decide(id, f.get("decision"), f.get("note"));
                default -> throw new BusinessRuleException("conduct.refused.action", action);
            }
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", ConductProblems.message(e, messages, locale));
        }
        return "redirect:/conduct/cases/" + id;
    }

    @GetMapping("/read-log")
    String readLog(@RequestParam(required = false) String reference, @RequestParam(required = false) String username,
                   @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("entries", readLog.review(reference, username, paging.read(page, 100, null, Map.of())));
        model.addAttribute("reference", reference);
        model.addAttribute("username", username);
        return "conduct/readlog";
    }

    @GetMapping("/discipline")
    String discipline(Model model) {
        model.addAttribute("reviews", discipline.list(false));
        return "conduct/discipline";
    }

    @GetMapping("/reconciliation")
    String reconciliation(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("pending", cases.reconciliation(year));
        model.addAttribute("year", year);
        return "conduct/reconciliation";
    }

    private static Long parseLong(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("into", "Number", "conduct.input.number");
        }
    }

    static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(List.of(new FieldErrors.FieldError(field, "Date", "conduct.input.date", null)));
        }
    }
}
