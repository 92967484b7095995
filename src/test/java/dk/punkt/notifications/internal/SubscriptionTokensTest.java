package dk.punkt.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriptionTokensTest {

    @Test
    void tokensAre256BitUrlSafeAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = SubscriptionTokens.newToken();
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(SubscriptionTokens.wellFormed(token)).isTrue();
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void theStoredHashIsSha256Hex() {
        assertThat(SubscriptionTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void rubbishIsNotAToken() {
        assertThat(SubscriptionTokens.wellFormed(null)).isFalse();
        assertThat(SubscriptionTokens.wellFormed("short")).isFalse();
        assertThat(SubscriptionTokens.wellFormed("A".repeat(42) + "=")).isFalse();
    }
}
