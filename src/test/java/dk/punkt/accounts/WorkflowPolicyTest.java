package dk.punkt.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.punkt.accounts.WorkflowPolicy.Step;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class WorkflowPolicyTest {

    private static CurrentUser user(Role... roles) {
        return new CurrentUser(1, "u", "U", Set.of(roles));
    }

    @Test
    void authorsEditDraftsAndAttachAppendicesRecommendersDoNot() {
        WorkflowPolicy policy = new WorkflowPolicy();
        policy.require(user(Role.AUTHOR), Step.EDIT_ITEM);
        policy.require(user(Role.AUTHOR), Step.UPLOAD_APPENDIX);
        policy.require(user(Role.SECRETARY), Step.EDIT_ITEM);
        assertThatThrownBy(() -> policy.require(user(Role.RECOMMENDER), Step.EDIT_ITEM))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("edit a draft item");
        assertThatThrownBy(() -> policy.require(user(Role.MEMBER), Step.UPLOAD_APPENDIX))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Step.APPROVE_ITEM.allows(user(Role.AUTHOR))).isFalse();
        assertThat(Step.RETURN_ITEM.allows(user(Role.RECOMMENDER))).isTrue();
    }
}
