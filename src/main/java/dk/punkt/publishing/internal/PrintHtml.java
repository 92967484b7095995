package dk.punkt.publishing.internal;

import dk.punkt.publishing.MeetingDocument;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.HashMap;
import java.util.List;
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
        return render(document, publicVersion, null);
    }

    /** {@code appendices} (may be null): the collected PDF's list of appendices, printed after the last item. */
    String render(MeetingDocument document, boolean publicVersion, List<CollectedAppendix> appendices) {
        Map<String, Object> params = new HashMap<>();
        params.put("document", document);
        params.put("publicVersion", publicVersion);
        params.put("appendices", appendices);
        StringOutput output = new StringOutput();
        templates.render("publishing/print.jte", params, output);
        return output.toString();
    }
}
