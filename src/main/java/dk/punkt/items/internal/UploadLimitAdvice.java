package dk.punkt.items.internal;

import dk.punkt.items.AppendixService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload larger than the server accepts at all is refused before any controller runs; for an item's appendix
 * form the user is sent back to the item with the Danish message instead of an error page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UploadLimitAdvice {

    private static final Pattern APPENDIX_UPLOAD = Pattern.compile("/punkter/(\\d+)/bilag");

    private final MessageSource messages;
    private final AppendixService appendices;

    UploadLimitAdvice(MessageSource messages, AppendixService appendices) {
        this.messages = messages;
        this.appendices = appendices;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response) {
        Matcher matcher = APPENDIX_UPLOAD.matcher(request.getRequestURI());
        if (!matcher.matches()) {
            throw e;
        }
        String target = "/punkter/" + matcher.group(1);
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put(
                "appendixError",
                messages.getMessage(
                        "items.appendix.error.tooLargeForServer",
                        new Object[] {appendices.maxSize().toMegabytes()},
                        LocaleContextHolder.getLocale()));
        RequestContextUtils.saveOutputFlashMap(target, request, response);
        return "redirect:" + target + "#bilag";
    }
}
