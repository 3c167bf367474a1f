package org.danvan.submission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;

/**
 * Recognises evidence files by their content, never their name: Tika's magic for PDF and images;
 * an Office Open XML package (which Tika's core sees only as OOXML) is told apart by the main part
 * its {@code [Content_Types].xml} declares, as Tika's own OPC detector does.
 */
public final class AttachmentTypes {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Map<String, String> ACCEPTED = Map.of(PDF, PDF, "image/png", "image/png",
            "image/jpeg", "image/jpeg");
    private static final Tika TIKA = new Tika();
    private static final int CONTENT_TYPES_LIMIT = 1 << 20;

    private AttachmentTypes() {
    }

    /** The media type of an accepted file, or empty for any other content. */
    public static Optional<String> detect(byte[] content) {
        String detected = TIKA.detect(content);
        if ("application/x-tika-ooxml".equals(detected) || "application/zip".equals(detected)) {
            return officeType(content);
        }
        return Optional.ofNullable(ACCEPTED.get(detected));
    }

    private static Optional<String> officeType(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if ("[Content_Types].xml".equals(entry.getName())) {
                    String types = new String(zip.readNBytes(CONTENT_TYPES_LIMIT), StandardCharsets.UTF_8);
                    if (types.contains("wordprocessingml.document.main+xml")) {
                        return Optional.of(DOCX);
                    }
                    if (types.contains("spreadsheetml.sheet.main+xml")) {
                        return Optional.of(XLSX);
                    }
                    return Optional.empty();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
