package dk.punkt.imports;

/**
 * A file that cannot be imported. The message is one line naming the file and, where it applies, the line or
 * section at fault: {@code "minutes.txt: line 12: …"}.
 */
public class ImportException extends RuntimeException {

    private final String file;
    private final Integer line;
    private final String reason;

    public ImportException(String file, Integer line, String reason) {
        super(file + ": " + (line == null ? "" : "line " + line + ": ") + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public ImportException(String file, Integer line, String reason, Throwable cause) {
        this(file, line, reason);
        initCause(cause);
    }

    public String file() {
        return file;
    }

    /** The 1-based line at fault, or null when the fault is the whole file. */
    public Integer line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
