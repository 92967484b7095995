package dk.punkt.items.internal;

import dk.punkt.accounts.AccountService;
import dk.punkt.accounts.CurrentUser;
import dk.punkt.accounts.WorkflowPolicy;
import dk.punkt.accounts.WorkflowPolicy.Step;
import dk.punkt.items.AppendixRejectedException;
import dk.punkt.items.AppendixService;
import dk.punkt.items.ItemListing;
import dk.punkt.items.ItemService;
import dk.punkt.items.StoredAppendix;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Uploading an appendix on the item page, and downloading one through the access check. */
@Controller
class AppendixController {

    private final AccountService accounts;
    private final WorkflowPolicy policy;
    private final ItemAccess access;
    private final ItemService items;
    private final AppendixService appendices;
    private final MessageSource messages;

    AppendixController(
            AccountService accounts,
            WorkflowPolicy policy,
            ItemAccess access,
            ItemService items,
            AppendixService appendices,
            MessageSource messages) {
        this.accounts = accounts;
        this.policy = policy;
        this.access = access;
        this.items = items;
        this.appendices = appendices;
        this.messages = messages;
    }

    @PostMapping("/punkter/{id}/bilag")
    String upload(
            @PathVariable long id,
            @RequestParam(name = "fil", required = false) MultipartFile file,
            @RequestParam(name = "lukket", defaultValue = "false") boolean closed,
            RedirectAttributes redirect)
            throws IOException {
        CurrentUser user = accounts.current().orElseThrow(() -> new AccessDeniedException("Not logged in"));
        policy.require(user, Step.UPLOAD_APPENDIX);
        ItemListing listing =
                items.findListing(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        access.requireWorkPage(user, listing.item().committeeId());
        if (file == null
                || file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()) {
            redirect.addFlashAttribute("appendixError", t("items.appendix.error.noFile"));
            return "redirect:/punkter/" + id + "#bilag";
        }
        try {
            var added = appendices.upload(id, file.getOriginalFilename(), closed, file.getInputStream());
            redirect.addFlashAttribute("notice", t("items.appendix.added", added.name()));
        } catch (AppendixRejectedException e) {
            redirect.addFlashAttribute(
                    "appendixError",
                    t(
                            "items.appendix.error." + e.reason().name(),
                            e.fileName(),
                            appendices.maxSize().toMegabytes()));
        }
        return "redirect:/punkter/" + id + "#bilag";
    }

    @GetMapping("/bilag/{id}")
    ResponseEntity<InputStreamResource> download(@PathVariable long id) {
        StoredAppendix appendix =
                appendices.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<CurrentUser> user = accounts.current();
        if (!access.mayDownload(user, appendix)) {
            // Anonymous visitors are sent to the login page by Spring Security; others get the 403 page.
            throw new AccessDeniedException("Appendix " + id + " is not for "
                    + user.map(CurrentUser::username).orElse("anonymous visitors"));
        }
        InputStream content = appendices.open(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String type = appendix.appendix().contentType() == null
                ? MediaType.APPLICATION_OCTET_STREAM_VALUE
                : appendix.appendix().contentType();
        boolean viewable = type.equals("application/pdf") || type.startsWith("image/");
        ContentDisposition disposition = (viewable ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(appendix.appendix().name(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .contentLength(appendix.appendix().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(new InputStreamResource(content));
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
