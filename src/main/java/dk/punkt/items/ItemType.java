package dk.punkt.items;

/** Sagstype: what the committee is asked to do with an item. */
public enum ItemType {
    ORIENTERING("Orientering"),
    BESLUTNING("Beslutning"),
    DROEFTELSE("Drøftelse"),
    TEMADROEFTELSE("Temadrøftelse");

    private final String label;

    ItemType(String label) {
        this.label = label;
    }

    /** The Danish name as printed in agendas and used in the JSON document. */
    public String label() {
        return label;
    }

    /** Reads the Danish name (case-insensitive) or the constant's name. */
    public static ItemType fromLabel(String text) {
        for (ItemType type : values()) {
            if (type.label.equalsIgnoreCase(text.strip()) || type.name().equalsIgnoreCase(text.strip())) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown item type '" + text + "'; expected one of Orientering,"
                + " Beslutning, Drøftelse, Temadrøftelse");
    }
}
