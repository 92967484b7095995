package dk.punkt.publishing.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * Keeps the rendered public meeting page ({@code /offentlig/moeder/{id}}) for anonymous readers for a few seconds, so
 * that a meeting everyone opens at once (the agenda has just gone out) is assembled and rendered once, not once per
 * reader. Logged-in readers never get it: their page carries their name and form token.
 *
 * <p>It runs in front of Spring Security (and the other filters): the page is open to everyone, and a request that carries a session or
 * credentials is passed on untouched, so only anonymous readers are answered here, with the headers (security
 * headers included) of the render they share. That keeps the security chain's per-request matching and the request metrics off the hot path.
 *
 * <p>Any domain event (agenda published, decision recorded, minutes approved, …) empties the cache after its
 * transaction commits; changes that publish no event show after at most the time to
 * live. A render that began before an eviction is not stored, so an old page cannot outlive the change that evicted
 * it.
 */
final class PublicPageCache extends OncePerRequestFilter {

    static final String COOKIE_LOCALE = "punkt-sprog";
    private static final Pattern MEETING_PAGE = Pattern.compile("/offentlig/moeder/\\d{1,18}");
    private static final int MAX_ENTRIES = 2_000;
    private static final Set<String> NOT_REPEATED =
            Set.of("set-cookie", "date", "content-length", "transfer-encoding", "etag", "connection");
    private static final Duration RENDER_WAIT = Duration.ofSeconds(10);

    private final long timeToLiveNanos;
    private final LongSupplier clock;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    PublicPageCache(Duration timeToLive, LongSupplier clock) {
        this.timeToLiveNanos = timeToLive.toNanos();
        this.clock = clock;
    }

    /** A rendered page as it was sent, and when it was stored (clock nanos). */
    record Page(byte[] body, List<Header> headers, String etag, long storedAt) {}

    record Header(String name, String value) {}

    /** Forgets every page; renders that are under way when this is called will not be stored. */
    void evictAll() {
        generation.incrementAndGet();
        pages.clear();
    }

    int size() {
        return pages.size();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || request.getQueryString() != null
                || !MEETING_PAGE.matcher(request.getRequestURI()).matches()
                || request.getRequestedSessionId() != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getRequestURI() + '|' + localeCookie(request);
        Page page = pages.get(key);
        if (page != null && clock.getAsLong() - page.storedAt() < timeToLiveNanos) {
            send(page, request, response);
            return;
        }
        // One render per page at a time: the others serve the expired page meanwhile, or wait for the render when
        // there is none (first reader, or just evicted), instead of all 50 readers of a new agenda rendering it.
        CompletableFuture<Page> mine = new CompletableFuture<>();
        CompletableFuture<Page> running = rendering.putIfAbsent(key, mine);
        if (running != null) {
            Page awaited = page != null ? page : await(running);
            if (awaited != null) {
                send(awaited, request, response);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        try {
            mine.complete(render(key, request, response, chain));
        } finally {
            mine.complete(null);
            rendering.remove(key, mine);
        }
    }

    /** Renders the page through the controller and keeps it when it is a plain success; null when not kept. */
    private Page render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long renderedIn = generation.get();
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        Page rendered = null;
        if (wrapper.getStatus() == HttpServletResponse.SC_OK
                && wrapper.getHeader(HttpHeaders.SET_COOKIE) == null
                && wrapper.getContentType() != null) {
            byte[] body = wrapper.getContentAsByteArray();
            rendered = new Page(body, headersOf(wrapper), etagOf(body), clock.getAsLong());
            store(key, rendered, renderedIn);
            response.setHeader(HttpHeaders.ETAG, rendered.etag());
        }
        wrapper.copyBodyToResponse();
        return rendered;
    }

    private static Page await(CompletableFuture<Page> running) {
        try {
            return running.get(RENDER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private void store(String key, Page page, long renderedIn) {
        if (pages.size() >= MAX_ENTRIES) {
            pages.clear();
        }
        pages.put(key, page);
        // An eviction while this page was being rendered: the page may predate the change, so do not keep it.
        if (generation.get() != renderedIn) {
            pages.remove(key, page);
        }
    }

    private static void send(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.ETAG, page.etag());
        if (page.etag().equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        for (Header header : page.headers()) {
            response.addHeader(header.name(), header.value());
        }
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /** The headers to send again with the page: all but those that belong to one response only. */
    private static List<Header> headersOf(HttpServletResponse response) {
        List<Header> headers = new ArrayList<>();
        for (String name : new LinkedHashSet<>(response.getHeaderNames())) {
            if (!NOT_REPEATED.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(new Header(name, value)));
            }
        }
        return List.copyOf(headers);
    }

    private static String localeCookie(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, COOKIE_LOCALE);
        return cookie == null ? "" : cookie.getValue();
    }

    private static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
