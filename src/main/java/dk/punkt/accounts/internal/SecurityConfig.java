package dk.punkt.accounts.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration
@EnableMethodSecurity
class SecurityConfig {

    /** Anyone may read these: the public site, the login page, static files and the health probe. */
    private static final String[] PUBLIC_PATHS = {
        "/",
        "/offentlig",
        "/offentlig/**",
        // Appendix downloads check access themselves: published open appendices are public.
        "/bilag/*",
        // OParl 1.1: read-only open data, public content only.
        "/oparl",
        "/oparl/**",
        "/login",
        "/css/**",
        "/js/**",
        "/webjars/**",
        "/favicon.ico",
        "/actuator/health",
        "/actuator/health/**",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/error"
    };

    private static final ObjectMapper PROBLEM_JSON = new ObjectMapper();

    /** bcrypt by default, with the {id} prefix so the hash can be upgraded later without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The JSON API: HTTP Basic on every request, no session and so no CSRF token; refusals as problem+json. Ordered
     * before the web chain, which would otherwise send API clients to the login page.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                // Search answers anonymous callers with public results (and callers who log in with theirs).
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/api/v1/search")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.realmName("Punkt")
                        .authenticationEntryPoint((request, response, e) -> problem(
                                request,
                                response,
                                401,
                                "Log in with HTTP Basic authentication (user name and" + " password of a Punkt user)")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) ->
                                problem(request, response, 401, "Log in with HTTP Basic authentication"))
                        .accessDeniedHandler((request, response, e) ->
                                problem(request, response, 403, "Access denied: " + e.getMessage())));
        return http.build();
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, int status, String detail)
            throws IOException {
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Punkt\", charset=\"UTF-8\"");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status == 401 ? "Unauthorized" : "Forbidden");
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        PROBLEM_JSON.writeValue(response.getOutputStream(), body);
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                                        + " frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
