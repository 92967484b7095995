package dk.punkt.testsupport;

import java.util.Locale;

/** The database an integration test run uses, chosen by system property {@code punkt.test.database}. */
public enum TestDatabase {
    H2,
    POSTGRES;

    public static final String PROPERTY = "punkt.test.database";

    /** The database named by the system property; H2 when it is absent or blank. */
    public static TestDatabase current() {
        String value = System.getProperty(PROPERTY, "").trim();
        if (value.isEmpty()) {
            return H2;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "h2" -> H2;
            case "postgres", "postgresql" -> POSTGRES;
            default ->
                throw new IllegalArgumentException(
                        "System property " + PROPERTY + " must be 'h2' or 'postgres', but was '" + value + "'");
        };
    }
}
