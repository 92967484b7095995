package dk.punkt.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "navn@example.dk",
                "fornavn.efternavn@kommune.dk",
                "a+tag@sub.domain.example",
                "o'hara@example.com",
                "x@xn--sknland-fxa.dk"
            })
    void acceptsCommonAddresses(String address) {
        assertThat(EmailAddresses.normalize(address)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "navn",
                "navn@",
                "@example.dk",
                "navn@example",
                "navn@@example.dk",
                "navn@exa mple.dk",
                "na vn@example.dk",
                ".navn@example.dk",
                "navn.@example.dk",
                "na..vn@example.dk",
                "navn@-example.dk",
                "navn@example..dk",
                "navn@example.d",
                "navn@example.123",
                "\"quoted\"@example.dk",
                "søren@example.dk",
                "navn@example.dk\r\nBcc: x@example.dk"
            })
    void refusesMalformedAddresses(String address) {
        assertThat(EmailAddresses.normalize(address)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void oneMailboxOneSpelling() {
        assertThat(EmailAddresses.normalize("  Navn@Example.DK ")).contains("navn@example.dk");
        assertThat(EmailAddresses.normalize(null)).isEmpty();
        assertThat(EmailAddresses.normalize("a".repeat(65) + "@example.dk")).isEmpty();
    }
}
