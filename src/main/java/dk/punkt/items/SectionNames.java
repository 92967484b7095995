package dk.punkt.items;

import java.util.List;

/** The sections of the item template, in the order they are printed (DESIGN.md §2). */
public final class SectionNames {

    public static final String ANLEDNING = "Anledning";
    public static final String RESUME = "Resumé";
    public static final String SAGSFREMSTILLING = "Sagsfremstilling";
    public static final String OEKONOMI = "Økonomi";
    public static final String PERSONALEKONSEKVENSER = "Personalekonsekvenser";
    public static final String KOMMUNIKATION = "Kommunikation";
    public static final String VISION_OG_POLITIKKER = "Kommunens vision og politikker";
    public static final String LOVGRUNDLAG = "Lovgrundlag";
    public static final String INDSTILLING = "Indstilling";
    public static final String BESLUTNING = "Beslutning";
    public static final String BILAG = "Bilag";

    /** Every template section in document order. */
    public static final List<String> TEMPLATE = List.of(
            ANLEDNING,
            RESUME,
            SAGSFREMSTILLING,
            OEKONOMI,
            PERSONALEKONSEKVENSER,
            KOMMUNIKATION,
            VISION_OG_POLITIKKER,
            LOVGRUNDLAG,
            INDSTILLING,
            BESLUTNING,
            BILAG);

    private SectionNames() {}

    public static boolean isTemplateSection(String name) {
        return TEMPLATE.contains(name);
    }

    /** Position in the template, or {@code TEMPLATE.size()} for sections outside it (kept from imports). */
    public static int orderOf(String name) {
        int index = TEMPLATE.indexOf(name);
        return index < 0 ? TEMPLATE.size() : index;
    }
}
