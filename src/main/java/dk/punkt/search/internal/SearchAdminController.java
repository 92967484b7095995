package dk.punkt.search.internal;

import dk.punkt.accounts.AccountService;
import dk.punkt.accounts.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /admin/soegning}: rebuild the search index with a progress display (htmx polls the status fragment while
 * the rebuild runs; without JavaScript the page's reload link does the same). Administrators only.
 */
@Controller
class SearchAdminController {

    private final AccountService accounts;
    private final ReindexJob job;

    SearchAdminController(AccountService accounts, ReindexJob job) {
        this.accounts = accounts;
        this.job = job;
    }

    @GetMapping("/admin/soegning")
    String page(Model model) {
        requireAdmin();
        model.addAttribute("progress", job.progress());
        return "search/admin";
    }

    @GetMapping("/admin/soegning/status")
    String status(Model model) {
        requireAdmin();
        model.addAttribute("progress", job.progress());
        return "search/adminStatus";
    }

    @PostMapping("/admin/soegning/genindekser")
    String reindex() {
        requireAdmin();
        job.start();
        return "redirect:/admin/soegning";
    }

    private void requireAdmin() {
        if (!accounts.current().map(user -> user.has(Role.ADMIN)).orElse(false)) {
            throw new AccessDeniedException("Rebuilding the search index needs the ADMIN role");
        }
    }
}
