package dk.punkt.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the logged-in user, or "system" for start-up jobs and the CLI. */
public class UsernameRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String username =
                authentication != null && authentication.isAuthenticated() ? authentication.getName() : "system";
        ((PunktRevision) revisionEntity).setUsername(username);
    }
}
