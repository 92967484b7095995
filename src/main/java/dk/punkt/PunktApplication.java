package dk.punkt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PunktApplication {

    public static void main(String[] args) {
        SpringApplication.run(PunktApplication.class, args);
    }
}
