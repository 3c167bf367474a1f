package org.danvan.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The {@code Content-Disposition} of a download: an ASCII name for old clients, the UTF-8 name (RFC 5987) for the rest. */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + asciiName(fileName) + "\"; filename*=UTF-8''" + encoded;
    }

    /** The name for clients that do not read {@code filename*}: diacritics dropped, quotes removed. */
    static String asciiName(String name) {
        return SearchText.fold(name).replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "").replace("\\", "_");
    }
}
