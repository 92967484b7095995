package dk.punkt;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class PunktApplication {

    public static void main(String[] args) {
        SpringApplication.run(PunktApplication.class, args);
    }

    /** One clock for every module, so tests can fix time. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
