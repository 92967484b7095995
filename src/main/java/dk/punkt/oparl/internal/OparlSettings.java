package dk.punkt.oparl.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings {@code punkt.oparl.*}: the body's name (the municipality), contact and vendor facts for the System object,
 * the page size of lists, and how old the ledger may get before a request refreshes it. The base URL of every
 * address is the public site's {@code punkt.public-base-url}.
 */
@ConfigurationProperties("punkt.oparl")
record OparlSettings(
        @DefaultValue("Punkt") String bodyName,
        @DefaultValue("") String bodyShortName,
        @DefaultValue("Punkt") String systemName,
        @DefaultValue("") String contactEmail,
        @DefaultValue("") String contactName,
        @DefaultValue("") String vendorUrl,
        @DefaultValue("") String productUrl,
        @DefaultValue("100") int pageSize,
        @DefaultValue("30s") Duration refreshInterval) {}
