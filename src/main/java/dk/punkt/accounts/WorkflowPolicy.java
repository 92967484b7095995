package dk.punkt.accounts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may take which workflow step (DESIGN.md §1). The entities keep the state rules; this keeps the role rules.
 * It lives in {@code accounts}, the lowest module, so the API and every module's own pages ask the same policy.
 */
@Component
public class WorkflowPolicy {

    public enum Step {
        CREATE_ITEM("create an item", Role.AUTHOR, Role.SECRETARY, Role.ADMIN),
        SUBMIT_ITEM("submit an item for approval", Role.AUTHOR, Role.SECRETARY, Role.ADMIN),
        EDIT_ITEM("edit a draft item", Role.AUTHOR, Role.SECRETARY, Role.ADMIN),
        UPLOAD_APPENDIX("attach an appendix to a draft item", Role.AUTHOR, Role.SECRETARY, Role.ADMIN),
        APPROVE_ITEM("approve an item", Role.RECOMMENDER, Role.ADMIN),
        RETURN_ITEM("return an item to its author", Role.RECOMMENDER, Role.ADMIN),
        PLAN_MEETING("plan a meeting", Role.SECRETARY, Role.ADMIN),
        ASSEMBLE_AGENDA("assemble an agenda", Role.SECRETARY, Role.ADMIN),
        PUBLISH_AGENDA("publish an agenda", Role.SECRETARY, Role.ADMIN),
        IMPORT_DOCUMENTS("import agendas and minutes", Role.SECRETARY, Role.ADMIN),
        // minutes (issue 5)
        RECORD_DECISION("record a decision", Role.SECRETARY, Role.ADMIN),
        APPROVE_MINUTES("approve the minutes", Role.SECRETARY, Role.ADMIN),
        CORRECT_MINUTES("correct approved minutes", Role.SECRETARY, Role.ADMIN),
        MANAGE_FOLLOW_UPS("create and close follow-ups", Role.SECRETARY, Role.ADMIN),
        REFER_ITEM("refer an item to another committee", Role.SECRETARY, Role.ADMIN),
        READ_OUTBOX("read the outbox of e-mail messages", Role.SECRETARY, Role.ADMIN),
        RECORD_ATTENDANCE("record who attended a meeting", Role.SECRETARY, Role.ADMIN),
        SEND_MINUTES_FOR_REVIEW("send the draft minutes to the members for comments", Role.SECRETARY, Role.ADMIN);

        private final String action;
        private final Set<Role> allowed;

        Step(String action, Role... allowed) {
            this.action = action;
            this.allowed = EnumSet.copyOf(Arrays.asList(allowed));
        }

        public boolean allows(CurrentUser user) {
            return user.roles().stream().anyMatch(allowed::contains);
        }
    }

    /** Roles that work on drafts and may read agendas before they are published. */
    private static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.SECRETARY, Role.RECOMMENDER, Role.AUTHOR);

    /** @throws AccessDeniedException (403) naming the step, the user's roles and the roles that may take it */
    public void require(CurrentUser user, Step step) {
        if (!step.allows(user)) {
            throw new AccessDeniedException("User '" + user.username() + "' (roles " + names(user.roles())
                    + ") may not " + step.action + ": that needs one of the roles " + names(step.allowed));
        }
    }

    /** Whether the user may read meetings whose agenda is not published yet. */
    public boolean readsUnpublished(CurrentUser user) {
        return user.roles().stream().anyMatch(STAFF::contains);
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
    }
}
