package org.fieldsupport.personnel.staff.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.personnel.staff.domain.StaffAction;
import org.fieldsupport.personnel.staff.domain.StaffMember;
import org.fieldsupport.personnel.staff.internal.Letters;
import org.fieldsupport.personnel.staff.internal.StaffService;
import org.fieldsupport.platform.api.Idempotent;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.api.Paging;
import org.fieldsupport.platform.api.TabularFile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff administration through the API. */
@RestController
@RequestMapping("/api/v1/personnel/staff")
class StaffApiController {

    private static final Map<String, String> SORT = Map.of("name", "s.full_name", "indexNumber", "s.index_number",
            "contractEnd", "s.contract_end", "grade", "s.grade_code");

    private final StaffService staff;
    private final Letters letters;
    private final Paging paging;
    private final org.fieldsupport.personnel.staff.internal.ReminderWorkItems reminderItems;

    StaffApiController(StaffService staff, Letters letters, Paging paging,
                       org.fieldsupport.personnel.staff.internal.ReminderWorkItems reminderItems) {
        this.reminderItems = reminderItems;
        this.staff = staff;
        this.letters = letters;
        this.paging = paging;
    }

    @GetMapping
    PageResponse<StaffMember> list(@RequestParam(required = false) String mission,
                                   @RequestParam(required = false) String status, @RequestParam(required = false) String q,
                                   @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                   @RequestParam(required = false) String sort) {
        return staff.list(mission, status, q, paging.read(page, size, sort, SORT));
    }

    @GetMapping("/me")
    StaffMember me() {
        return staff.me();
    }

    @GetMapping("/{id}")
    StaffMember get(@PathVariable long id) {
        return staff.get(id);
    }

    @GetMapping("/{id}/actions")
    List<StaffAction> actions(@PathVariable long id) {
        return staff.actions(id);
    }

    @GetMapping("/{id}/review")
    Map<String, Object> review(@PathVariable long id) {
        List<String> findings = staff.review(id);
        return Map.of("regular", findings.isEmpty(), "findings", findings);
    }

    @GetMapping("/{id}/letter")
    ResponseEntity<byte[]> letter(@PathVariable long id, @RequestParam(defaultValue = "en") String lang) {
        Letters.Letter l = letters.letter(id, "fr".equals(lang) ? Locale.FRENCH : Locale.ENGLISH);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + l.fileName() + "\"").body(l.pdf());
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam String mission, @RequestParam(defaultValue = "xlsx") String format) {
        boolean personal = staff.mayReadPersonal(mission);
        List<Map<String, String>> rows = staff.exportRows(mission, personal);
        List<String> columns = new ArrayList<>(StaffService.EXPORT_COLUMNS);
        if (personal) {
            columns.addAll(StaffService.PERSONAL_COLUMNS);
        }
        boolean csv = "csv".equalsIgnoreCase(format);
        byte[] body = csv ? TabularFile.csv(columns, rows) : TabularFile.xlsx("Staff", columns, rows);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"staff-" + mission + (csv ? ".csv\"" : ".xlsx\""))
                .contentType(csv ? new MediaType("text", "csv") : MediaType.parseMediaType(TabularFile.XLSX_CONTENT_TYPE))
                .body(body);
    }

    record NewStaffBody(@Size(max = 20) String indexNumber, @Size(max = 200) String fullName, String gender,
                        @Size(max = 3) String nationality, LocalDate dateOfBirth, Integer dependants,
                        @Size(max = 40) String medicalStatus, @Size(max = 100) String username,
                        @Size(max = 20) String missionCode, Long postId, @Size(max = 100) String dutyStation,
                        String contractType, @Size(max = 10) String gradeCode, Integer step, LocalDate entryOnDuty,
                        LocalDate contractEnd) { }

    @PostMapping
    @Idempotent
    ResponseEntity<StaffMember> offer(@Valid @RequestBody NewStaffBody b) {
        StaffMember s = staff.offer(new StaffService.NewStaff(b.indexNumber(), b.fullName(), b.gender(), b.nationality(),
                b.dateOfBirth(), b.dependants(), b.medicalStatus(), b.username(), b.missionCode(), b.postId(),
                b.dutyStation(), b.contractType(), b.gradeCode(), b.step(), b.entryOnDuty(), b.contractEnd()));
        return ResponseEntity.created(URI.create("/api/v1/personnel/staff/" + s.id())).body(s);
    }

    @PostMapping("/{id}/appoint")
    StaffMember appoint(@PathVariable long id) {
        return staff.appoint(id);
    }

    record EntitlementsBody(@Size(max = 100) String travelOrigin, BigDecimal assignmentGrant, String currency) { }

    @PostMapping("/{id}/entitlements")
    StaffMember entitlements(@PathVariable long id, @Valid @RequestBody EntitlementsBody b) {
        return staff.recordEntitlements(id, b.travelOrigin(), b.assignmentGrant(), b.currency());
    }

    record ExtendBody(LocalDate contractEnd) { }

    @PostMapping("/{id}/extend")
    StaffMember extend(@PathVariable long id, @RequestBody ExtendBody b) {
        return staff.extend(id, b.contractEnd());
    }

    record SeparateBody(LocalDate separationDate, String reason) { }

    @PostMapping("/{id}/separate")
    StaffMember separate(@PathVariable long id, @RequestBody SeparateBody b) {
        return staff.separate(id, b.separationDate(), b.reason());
    }

    @PostMapping("/{id}/step")
    StaffMember step(@PathVariable long id) {
        return staff.grantStep(id);
    }

    /** Opens the reminders of the next 90 days as work items of the missions' HR officers (idempotent). */
    @PostMapping("/reminders/work-items")
    Map<String, Object> openReminders(@RequestParam(required = false) String mission) {
        return Map.of("reminders", reminderItems.openForCurrentUser(mission));
    }

    @GetMapping("/reminders")
    List<StaffService.Reminder> reminders(@RequestParam(required = false) String mission,
                                          @RequestParam(defaultValue = "90") int days) {
        return staff.reminders(mission, Math.max(0, Math.min(days, 366)));
    }
}
