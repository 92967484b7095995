package dk.punkt.items.internal;

import java.util.Locale;
import java.util.Optional;

/** The file types accepted as appendices, with the content type they are served as. */
public enum AppendixType {
    PDF("pdf", "application/pdf", null),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word/document.xml"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xl/workbook.xml"),
    PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "ppt/presentation.xml"),
    PNG("png", "image/png", null),
    JPEG("jpg", "image/jpeg", null);

    private final String extension;
    private final String contentType;
    private final String mainPart;

    AppendixType(String extension, String contentType, String mainPart) {
        this.extension = extension;
        this.contentType = contentType;
        this.mainPart = mainPart;
    }

    public String contentType() {
        return contentType;
    }

    /** The OOXML part a document of this type must contain, or null for non-OOXML types. */
    String mainPart() {
        return mainPart;
    }

    /** The type a file name claims by its ending ({@code .jpeg} counts as JPEG). */
    public static Optional<AppendixType> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ending = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (ending.equals("jpeg")) {
            return Optional.of(JPEG);
        }
        for (AppendixType type : values()) {
            if (type.extension.equals(ending)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
