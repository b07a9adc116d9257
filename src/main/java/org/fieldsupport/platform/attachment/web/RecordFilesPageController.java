package org.fieldsupport.platform.attachment.web;

import java.io.IOException;
import java.util.Locale;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.attachment.AttachableRecords;
import org.fieldsupport.platform.attachment.Attachments;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The attachments-and-comments panel of any record (a fragment a module's page loads with htmx), its upload and
 * comment forms (back to the page given in {@code back}) and downloads.
 */
@Controller
@RequestMapping("/records/{recordType}/{recordId}")
class RecordFilesPageController {

    private final RecordFilesAccess access;
    private final Attachments attachments;
    private final MessageSource messages;

    RecordFilesPageController(RecordFilesAccess access, Attachments attachments, MessageSource messages) {
        this.access = access;
        this.attachments = attachments;
        this.messages = messages;
    }

    @GetMapping("/files")
    String panel(@PathVariable String recordType, @PathVariable String recordId,
                 @RequestParam(required = false) String back, Model model) {
        AttachableRecords records = access.read(recordType, recordId);
        model.addAttribute("recordType", recordType);
        model.addAttribute("recordId", recordId);
        model.addAttribute("back", safeBack(back));
        model.addAttribute("mayWrite", records.mayWrite(recordId));
        model.addAttribute("attachments", attachments.list(recordType, recordId));
        model.addAttribute("comments", attachments.comments(recordType, recordId));
        model.addAttribute("maxMegabytes", records.policy().maxBytes() / (1024 * 1024));
        return "platform/attachment/panel :: panel";
    }

    @PostMapping("/files")
    String upload(@PathVariable String recordType, @PathVariable String recordId,
                  @RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(required = false) String back, RedirectAttributes redirect, Locale locale)
            throws IOException {
        AttachableRecords records = access.write(recordType, recordId);
        try {
            attachments.attach(recordType, recordId, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getContentType(), file == null ? null : file.getBytes(),
                    records.policy());
            redirect.addFlashAttribute("notice", messages.getMessage("platform.attachment.saved", null, locale));
        } catch (InvalidInputException e) {
            var error = e.errors().get(0);
            redirect.addFlashAttribute("problem", messages.getMessage(error.messageKey(), error.args(), locale));
        }
        return "redirect:" + safeBack(back);
    }

    @PostMapping("/comments")
    String comment(@PathVariable String recordType, @PathVariable String recordId,
                   @RequestParam(required = false) String text, @RequestParam(required = false) String back,
                   RedirectAttributes redirect, Locale locale) {
        access.write(recordType, recordId);
        try {
            attachments.comment(recordType, recordId, text);
        } catch (InvalidInputException e) {
            var error = e.errors().get(0);
            redirect.addFlashAttribute("problem", messages.getMessage(error.messageKey(), error.args(), locale));
        }
        return "redirect:" + safeBack(back);
    }

    @GetMapping("/files/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable String recordType, @PathVariable String recordId,
                                    @PathVariable long attachmentId) {
        access.read(recordType, recordId);
        return RecordFilesApiController.file(attachments.download(recordType, recordId, attachmentId));
    }

    /** Only a path of this application (never another site). */
    static String safeBack(String back) {
        return back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/";
    }
}
