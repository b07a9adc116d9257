package org.fieldsupport.personnel.posts.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.personnel.posts.domain.PostRequest;
import org.fieldsupport.personnel.posts.internal.PostService;
import org.fieldsupport.personnel.posts.internal.StructureTemplates;
import org.fieldsupport.personnel.shared.MissionChoices;
import org.fieldsupport.personnel.shared.PersonnelAccess;
import org.fieldsupport.personnel.shared.PersonnelPermissions;
import org.fieldsupport.personnel.shared.ScreenMessages;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.Paging;
import org.fieldsupport.platform.reference.ReferenceData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens of the staffing tables: posts, the import, requests to change posts, standard structures. */
@Controller
@RequestMapping("/personnel")
class PostPageController {

    private final PostService posts;
    private final StructureTemplates templates;
    private final Paging paging;
    private final MissionChoices missionChoices;
    private final PersonnelAccess access;
    private final ScreenMessages messages;
    private final ReferenceData reference;

    PostPageController(PostService posts, StructureTemplates templates, Paging paging, MissionChoices missionChoices,
                       PersonnelAccess access, ScreenMessages messages, ReferenceData reference) {
        this.posts = posts;
        this.templates = templates;
        this.paging = paging;
        this.missionChoices = missionChoices;
        this.access = access;
        this.messages = messages;
        this.reference = reference;
    }

    @GetMapping("/posts")
    String posts(@RequestParam(required = false) String mission, @RequestParam(required = false) String category,
                 @RequestParam(required = false) String vacant, @RequestParam(required = false) Integer page,
                 Model model) {
        Boolean vacantOnly = "true".equals(vacant) ? Boolean.TRUE : "false".equals(vacant) ? Boolean.FALSE : null;
        PostService.StaffingTable table = posts.staffingTable(mission, category, vacantOnly,
                paging.read(page, 50, null, Map.of()));
        model.addAttribute("posts", table.page());
        model.addAttribute("authorised", table.authorised());
        model.addAttribute("vacantCount", table.vacant());
        model.addAttribute("missions", missionChoices.of(PersonnelPermissions.POSTS_READ));
        model.addAttribute("categories", reference.grades().stream().map(ReferenceData.Grade::category).distinct().toList());
        model.addAttribute("mission", mission);
        model.addAttribute("category", category);
        model.addAttribute("vacant", vacant);
        model.addAttribute("mayManage", access.holdsAnywhere(PersonnelPermissions.POSTS_MANAGE));
        return "personnel/posts";
    }

    @PostMapping("/posts/import")
    String importTable(@RequestParam(name = "file", required = false) MultipartFile file, Locale locale,
                       RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "Required", "personnel.input.required");
            }
            PostService.ImportResult result = posts.importTable(file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("notice", messages.get("personnel.import.done", locale, result.created(),
                    result.updated()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("importErrors", messages.fieldErrors(e, locale));
        }
        return "redirect:/personnel/posts";
    }

    @GetMapping("/post-requests")
    String requests(@RequestParam(required = false) String mission, @RequestParam(required = false) String status,
                    Model model) {
        model.addAttribute("requests", posts.requests(mission, status));
        model.addAttribute("missions", missionChoices.of(PersonnelPermissions.POSTS_READ));
        model.addAttribute("mission", mission);
        model.addAttribute("status", status);
        model.addAttribute("kinds", PostRequest.Kind.values());
        model.addAttribute("statuses", PostRequest.Status.values());
        model.addAttribute("grades", reference.grades());
        model.addAttribute("mayManage", access.holdsAnywhere(PersonnelPermissions.POSTS_MANAGE));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
            model.addAttribute("errors", Map.of());
        }
        return "personnel/post-requests";
    }

    @PostMapping("/post-requests")
    String submit(@RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long postId = null;
        String postText = form.getOrDefault("postId", "").strip();
        if (!postText.isEmpty()) {
            try {
                postId = Long.valueOf(postText);
            } catch (NumberFormatException e) {
                errors.put("postId", messages.get("personnel.input.number", locale));
            }
        }
        LocalDate effective = null;
        String effText = form.getOrDefault("effectiveOn", "").strip();
        if (!effText.isEmpty()) {
            try {
                effective = LocalDate.parse(effText);
            } catch (DateTimeParseException e) {
                errors.put("effectiveOn", messages.get("personnel.input.date", locale, effText));
            }
        }
        if (errors.isEmpty()) {
            try {
                PostRequest r = posts.submit(new PostService.NewRequest(form.get("kind"), form.get("missionCode"), postId,
                        form.get("unitName"), form.get("title"), blank(form.get("gradeCode")), blank(form.get("fundingSource")),
                        blank(form.get("targetMission")), form.get("targetUnit"), form.get("jobDescription"),
                        form.get("justification"), effective));
                redirect.addFlashAttribute("notice", messages.get("personnel.request.submitted", locale, r.reference()));
                return "redirect:/personnel/post-requests";
            } catch (InvalidInputException e) {
                errors.putAll(messages.fieldErrors(e, locale));
            } catch (BusinessRuleException e) {
                redirect.addFlashAttribute("problem", messages.problem(e, locale));
            }
        }
        redirect.addFlashAttribute("form", form);
        redirect.addFlashAttribute("errors", errors);
        return "redirect:/personnel/post-requests";
    }

    @PostMapping("/post-requests/{id}/{action}")
    String decide(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String classifiedGrade,
                  @RequestParam(required = false) String note, Locale locale, RedirectAttributes redirect) {
        try {
            PostRequest r = posts.decide(id, "approve".equals(action), blank(classifiedGrade), note);
            redirect.addFlashAttribute("notice", messages.get("personnel.request.decided." + r.status().name(), locale,
                    r.reference()));
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", messages.problem(e, locale));
        }
        return "redirect:/personnel/post-requests";
    }

    @GetMapping("/structures")
    String structures(Model model) {
        model.addAttribute("templates", templates.all());
        model.addAttribute("missions", missionChoices.of(PersonnelPermissions.POSTS_MANAGE));
        return "personnel/structures";
    }

    @PostMapping("/structures/{code}/apply")
    String apply(@PathVariable String code, @RequestParam(required = false) String mission,
                 @RequestParam(required = false) String validFrom, Locale locale, RedirectAttributes redirect) {
        try {
            LocalDate from = null;
            if (validFrom != null && !validFrom.isBlank()) {
                try {
                    from = LocalDate.parse(validFrom.strip());
                } catch (DateTimeParseException e) {
                    throw InvalidInputException.of("validFrom", "Date", "personnel.input.date", validFrom);
                }
            }
            StructureTemplates.Applied applied = templates.apply(code, mission, from);
            redirect.addFlashAttribute("notice", messages.get("personnel.structure.applied", locale,
                    applied.postsCreated(), applied.mission()));
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", messages.problem(e, locale));
        }
        return "redirect:/personnel/structures";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static List<String> fundingSources() {
        return List.of("ASSESSED", "EXTRABUDGETARY", "GTA");
    }
}
