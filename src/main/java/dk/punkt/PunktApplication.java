package dk.punkt;

import dk.punkt.imports.PunktCli;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class PunktApplication {

    public static void main(String[] args) {
        // "import …" and "export …" run a command in a non-web context and exit with its code.
        if (PunktCli.isCommand(args)) {
            System.exit(PunktCli.run(args, PunktApplication.class));
        }
        SpringApplication.run(PunktApplication.class, args);
    }

    /** One clock for every module, so tests can fix time. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
