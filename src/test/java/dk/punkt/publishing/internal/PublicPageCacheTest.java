package dk.punkt.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PublicPageCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final PublicPageCache cache = new PublicPageCache(Duration.ofSeconds(5), now::get);
    private final AtomicInteger renders = new AtomicInteger();
    private volatile Runnable duringRender = () -> {};

    private final FilterChain controller = (request, response) -> {
        duringRender.run();
        int n = renders.incrementAndGet();
        response.setContentType("text/html;charset=UTF-8");
        ((jakarta.servlet.http.HttpServletResponse) response).setHeader("X-Frame-Options", "DENY");
        response.getOutputStream().write(("<p>render " + n + "</p>").getBytes(StandardCharsets.UTF_8));
    };

    @Test
    void anAnonymousReaderGetsTheKeptPageUntilItExpires() throws Exception {
        assertThat(get("/offentlig/moeder/7").getContentAsString()).isEqualTo("<p>render 1</p>");
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        MockHttpServletResponse kept = get("/offentlig/moeder/7");
        assertThat(kept.getContentAsString()).isEqualTo("<p>render 1</p>");
        assertThat(kept.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(kept.getHeader("ETag")).isNotBlank();
        assertThat(kept.getHeader("X-Frame-Options")).isEqualTo("DENY");

        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(get("/offentlig/moeder/7").getContentAsString()).isEqualTo("<p>render 2</p>");
    }

    @Test
    void aMatchingEtagGetsNotModified() throws Exception {
        String etag = get("/offentlig/moeder/7").getHeader("ETag");
        MockHttpServletRequest request = request("/offentlig/moeder/7");
        request.addHeader("If-None-Match", etag);
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, controller);
        assertThat(response.getStatus()).isEqualTo(304);
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void anEventEvictsEveryPage() throws Exception {
        get("/offentlig/moeder/7");
        get("/offentlig/moeder/8");
        cache.evictAll();
        assertThat(cache.size()).isZero();
        assertThat(get("/offentlig/moeder/7").getContentAsString()).isEqualTo("<p>render 3</p>");
    }

    @Test
    void aPageRenderedWhileAnEventArrivesIsNotKept() throws Exception {
        duringRender = cache::evictAll;
        get("/offentlig/moeder/7");
        duringRender = () -> {};
        assertThat(cache.size()).isZero();
        assertThat(get("/offentlig/moeder/7").getContentAsString()).isEqualTo("<p>render 2</p>");
    }

    @Test
    void languagesAreKeptApart() throws Exception {
        get("/offentlig/moeder/7");
        MockHttpServletRequest english = request("/offentlig/moeder/7");
        english.setCookies(new Cookie(PublicPageCache.COOKIE_LOCALE, "en"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(english, response, controller);
        assertThat(response.getContentAsString()).isEqualTo("<p>render 2</p>");
    }

    @Test
    void readersWithASessionOrCredentialsQueriesAndOtherPagesAreNeverKept() throws Exception {
        get("/offentlig/moeder/7?lang=en");
        get("/offentlig/moeder/7/versioner/1");
        get("/offentlig/moeder");
        MockHttpServletRequest withSession = request("/offentlig/moeder/7");
        withSession.setRequestedSessionId("abc");
        cache.doFilter(withSession, new MockHttpServletResponse(), controller);
        MockHttpServletRequest withCredentials = request("/offentlig/moeder/7");
        withCredentials.addHeader("Authorization", "Basic bWVkbGVtOmRlbW8=");
        cache.doFilter(withCredentials, new MockHttpServletResponse(), controller);
        assertThat(cache.size()).isZero();
        assertThat(renders).hasValue(5);
    }

    @Test
    void failuresAndCookieSettingPagesAreNotKept() throws Exception {
        FilterChain notFound =
                (request, response) -> ((jakarta.servlet.http.HttpServletResponse) response).sendError(404);
        cache.doFilter(request("/offentlig/moeder/9"), new MockHttpServletResponse(), notFound);
        FilterChain withCookie = (request, response) -> {
            ((jakarta.servlet.http.HttpServletResponse) response).addCookie(new Cookie("x", "y"));
            controller.doFilter(request, response);
        };
        cache.doFilter(request("/offentlig/moeder/9"), new MockHttpServletResponse(), withCookie);
        assertThat(cache.size()).isZero();
    }

    @Test
    void readersArrivingDuringTheFirstRenderWaitForItInsteadOfRenderingAgain() throws Exception {
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        duringRender = () -> {
            rendering.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        ExecutorService readers = Executors.newFixedThreadPool(5);
        try {
            Future<MockHttpServletResponse> first = readers.submit(() -> get("/offentlig/moeder/7"));
            assertThat(rendering.await(5, TimeUnit.SECONDS)).isTrue();
            var others = java.util.stream.IntStream.range(0, 4)
                    .mapToObj(i -> readers.submit(() -> get("/offentlig/moeder/7")))
                    .toList();
            Thread.sleep(100);
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS).getContentAsString()).isEqualTo("<p>render 1</p>");
            for (Future<MockHttpServletResponse> other : others) {
                assertThat(other.get(5, TimeUnit.SECONDS).getContentAsString()).isEqualTo("<p>render 1</p>");
            }
            assertThat(renders).hasValue(1);
        } finally {
            readers.shutdownNow();
        }
    }

    private MockHttpServletResponse get(String uri) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request(uri), response, controller);
        return response;
    }

    private static MockHttpServletRequest request(String uri) {
        int query = uri.indexOf('?');
        MockHttpServletRequest request = new MockHttpServletRequest("GET", query < 0 ? uri : uri.substring(0, query));
        if (query >= 0) {
            request.setQueryString(uri.substring(query + 1));
        }
        return request;
    }
}
