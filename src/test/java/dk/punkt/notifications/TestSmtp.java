package dk.punkt.notifications;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The real SMTP server (GreenMail) the mail tests send to, and what they read from its messages. */
final class TestSmtp {

    private TestSmtp() {}

    /** One server for the test class, on a free port so parallel builds on one machine do not collide. */
    static GreenMailExtension server() {
        return new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
    }

    /** Points the application's mail sender at the server. */
    static void register(DynamicPropertyRegistry registry, GreenMailExtension smtp) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    /** The message's recipients as one comma-separated string. */
    static String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
