package dk.punkt.imports.internal;

import dk.punkt.accounts.AccountService;
import dk.punkt.accounts.CurrentUser;
import dk.punkt.accounts.WorkflowPolicy;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Import from the web (SECRETARY, ADMIN): upload files, see each one's parsed result beside its source, choose the
 * committee, confirm, and follow the background import.
 */
@Controller
class ImportPageController {

    static final int MAX_FILES = 50;

    private final AccountService accounts;
    private final WorkflowPolicy policy;
    private final CommitteeService committees;
    private final ImportBatches batches;

    ImportPageController(
            AccountService accounts, WorkflowPolicy policy, CommitteeService committees, ImportBatches batches) {
        this.accounts = accounts;
        this.policy = policy;
        this.committees = committees;
        this.batches = batches;
    }

    private CurrentUser importer() {
        CurrentUser user = accounts.current()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Log in to import"));
        policy.require(user, WorkflowPolicy.Step.IMPORT_DOCUMENTS);
        return user;
    }

    @GetMapping("/import")
    String form(Model model) {
        importer();
        model.addAttribute("error", null);
        return "imports/upload";
    }

    @PostMapping("/import")
    String upload(@RequestParam(name = "filer", required = false) List<MultipartFile> files, Model model) {
        CurrentUser user = importer();
        List<ImportBatches.Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                if (!file.isEmpty()
                        || file.getOriginalFilename() != null
                                && !file.getOriginalFilename().isBlank()) {
                    uploads.add(new ImportBatches.Upload(nameOf(file), bytesOf(file)));
                }
            }
        }
        if (uploads.isEmpty() || uploads.size() > MAX_FILES) {
            model.addAttribute("error", uploads.isEmpty() ? "imports.upload.none" : "imports.upload.tooMany");
            return "imports/upload";
        }
        ImportBatches.Batch batch = batches.prepare(user.username(), uploads);
        return "redirect:/import/" + batch.id();
    }

    @GetMapping("/import/{id}")
    String batch(@PathVariable String id, Model model) {
        ImportBatches.Batch batch = batchOf(id);
        model.addAttribute("batch", batch);
        model.addAttribute(
                "committees",
                committees.findAll().stream().map(CommitteeView::name).toList());
        List<SourceLines> sources = batch.files().stream()
                .map(f -> f.text() == null ? null : SourceLines.of(f.text(), f.document()))
                .toList();
        model.addAttribute("sources", sources);
        return "imports/batch";
    }

    /** The progress table alone, for htmx polling while the import runs. */
    @GetMapping("/import/{id}/status")
    String status(@PathVariable String id, Model model) {
        model.addAttribute("batch", batchOf(id));
        return "imports/status";
    }

    @PostMapping("/import/{id}")
    String confirm(@PathVariable String id, @RequestParam(name = "udvalg", required = false) String committee) {
        ImportBatches.Batch batch = batchOf(id);
        if (committee != null
                && !committee.isBlank()
                && committees.findByName(committee.strip()).isEmpty()) {
            // The list offers only existing committees or the documents' own; anything else is a forged request.
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown committee '" + committee + "'");
        }
        batches.start(batch, committee);
        return "redirect:/import/" + batch.id();
    }

    private ImportBatches.Batch batchOf(String id) {
        CurrentUser user = importer();
        return batches.find(id, user.username())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No import " + id));
    }

    private static String nameOf(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        // Browsers may send a path; only the file's own name means anything here.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .strip();
        return name.isEmpty() ? "fil" : name;
    }

    private static byte[] bytesOf(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file " + file.getOriginalFilename(), e);
        }
    }
}
