package org.fieldsupport.procurement.contract.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.fieldsupport.procurement.contract.domain.CallOffRule;
import org.fieldsupport.procurement.contract.internal.Contracts;
import org.fieldsupport.procurement.shared.internal.ProcurementAccess;
import org.fieldsupport.procurement.shared.internal.ProcurementPermissions;
import org.fieldsupport.procurement.shared.web.ProcurementPageMessages;
import org.fieldsupport.procurement.vendor.internal.VendorEvaluations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Systems contracts: the list with utilisation and expiry, a contract's call-offs, deliveries and evaluations. */
@Controller("procurementContractPages")
class ContractPages {

    private final Contracts contracts;
    private final VendorEvaluations evaluations;
    private final ProcurementAccess access;
    private final ProcurementPageMessages messages;

    ContractPages(Contracts contracts, VendorEvaluations evaluations, ProcurementAccess access, ProcurementPageMessages messages) {
        this.contracts = contracts;
        this.evaluations = evaluations;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/procurement/contracts")
    String list(Model model) {
        model.addAttribute("contracts", contracts.list());
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("ruleSet", CallOffRule.RULE_SET);
        model.addAttribute("scores", evaluations.scores());
        model.addAttribute("canCreate", access.may(ProcurementPermissions.CONTRACT, null));
        return "procurement/contracts";
    }

    @PostMapping("/procurement/contracts")
    String create(@RequestParam String reference, @RequestParam String vendor, @RequestParam(required = false) String description,
                  @RequestParam String ceiling, @RequestParam String currency, @RequestParam String validFrom,
                  @RequestParam String validTo, @RequestParam String missions, RedirectAttributes flash) {
        List<String> ms = Arrays.stream(missions.split("[,; ]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        Contracts.Contract c = messages.attempt(flash, () -> contracts.create(new Contracts.NewContract(reference, vendor,
                description, ceiling, currency, validFrom, validTo, ms)));
        return c == null ? "redirect:/procurement/contracts" : "redirect:/procurement/contracts/" + c.reference();
    }

    @GetMapping("/procurement/contracts/{reference}")
    String detail(@PathVariable String reference, Model model) {
        Contracts.Contract c = contracts.get(reference);
        model.addAttribute("contract", c);
        model.addAttribute("callOffs", contracts.callOffs(c.id()));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("callOffMissions", c.missions().stream()
                .filter(m -> access.may(ProcurementPermissions.CALL_OFF, m)).toList());
        return "procurement/contract";
    }

    @PostMapping("/procurement/contracts/{reference}/call-offs")
    String callOff(@PathVariable String reference, @RequestParam String missionCode, @RequestParam String date,
                   @RequestParam String amount, @RequestParam String description, RedirectAttributes flash) {
        messages.attempt(flash, () -> contracts.callOff(reference, new Contracts.NewCallOff(missionCode, date, amount, description)));
        return "redirect:/procurement/contracts/" + reference;
    }

    @PostMapping("/procurement/call-offs/{reference}/action")
    String action(@PathVariable String reference, @RequestParam String action,
                  @RequestParam(required = false) String deliveredOn, @RequestParam(required = false) Integer quality,
                  @RequestParam(required = false) Integer timeliness, @RequestParam(required = false) Integer compliance,
                  @RequestParam(required = false) String comments, RedirectAttributes flash) {
        Contracts.CallOff co = contracts.callOff(reference);
        String contract = contracts.list().stream().filter(c -> c.id() == co.contractId()).findFirst()
                .map(Contracts.Contract::reference).orElseThrow();
        messages.attempt(flash, () -> switch (action) {
            case "cancel" -> contracts.cancel(reference);
            case "deliver" -> contracts.deliver(reference, deliveredOn);
            default -> evaluations.evaluate(reference, quality, timeliness, compliance, comments);
        });
        return "redirect:/procurement/contracts/" + contract;
    }
}
