package dk.punkt.minutes;

/** The structured outcome of a decision, beside its text. */
public enum Outcome {
    GODKENDT("Godkendt"),
    TAGET_TIL_EFTERRETNING("Taget til efterretning"),
    DRØFTET("Drøftet"),
    UDSAT("Udsat"),
    IKKE_GODKENDT("Ikke godkendt"),
    TRUKKET("Trukket");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
