package dk.punkt.api.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs: the JSON API only (not the HTML pages), with HTTP Basic. */
@Configuration
class OpenApiConfig {

    private static final String BASIC = "basicAuth";

    @Bean
    OpenAPI punktOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Punkt API")
                        .version("v1")
                        .description("Committees, meetings, agenda items and their workflow. Errors are"
                                + " application/problem+json (RFC 9457) with the offending field in 'field'."))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @Bean
    OpenApiCustomizer apiPathsOnly() {
        return openApi -> {
            if (openApi.getPaths() != null) {
                openApi.getPaths().keySet().removeIf(path -> !path.startsWith("/api/"));
            }
        };
    }
}
