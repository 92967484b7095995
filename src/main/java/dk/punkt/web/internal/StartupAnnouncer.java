package dk.punkt.web.internal;

import dk.punkt.accounts.AdminBootstrap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints the one line a newcomer needs: where Punkt runs and, on the first start, how to log in. */
@Component
class StartupAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(StartupAnnouncer.class);

    private final AdminBootstrap adminBootstrap;

    StartupAnnouncer(AdminBootstrap adminBootstrap) {
        this.adminBootstrap = adminBootstrap;
    }

    @EventListener
    void announce(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        String url = "http://localhost:" + web.getWebServer().getPort() + "/";
        String line = "Punkt kører på " + url
                + adminBootstrap
                        .firstStartNotice()
                        .map(notice -> " — " + notice)
                        .orElse("");
        log.info(line);
    }
}
