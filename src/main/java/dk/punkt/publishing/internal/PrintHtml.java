package dk.punkt.publishing.internal;

import dk.punkt.publishing.MeetingDocument;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The meeting document as the XHTML the PDF renderer reads (template {@code publishing/print.jte}). */
@Component
public class PrintHtml {

    private final TemplateEngine templates;

    PrintHtml(TemplateEngine templates) {
        this.templates = templates;
    }

    public String render(MeetingDocument document, boolean publicVersion) {
        StringOutput output = new StringOutput();
        templates.render("publishing/print.jte", Map.of("document", document, "publicVersion", publicVersion), output);
        return output.toString();
    }
}
