package org.danvan.submission;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import org.danvan.common.DanvanConfig;
import org.danvan.common.Hashes;
import org.danvan.common.ProblemException;

/**
 * Takes in an evidence file for any owner, with one size limit ({@code danvan.uploads.max-size}: 413
 * over it) and one list of types recognised by content ({@link AttachmentTypes}: 415 for another).
 */
@ApplicationScoped
public class AttachmentIntake {

    private final Clock clock;
    private final long maxSize;

    public AttachmentIntake(Clock clock, DanvanConfig config) {
        this.clock = clock;
        this.maxSize = config.uploads().maxSize().asLongValue();
    }

    /** Fills {@code file} with the content, its safe name, type, size, hash and time; 413 or 415 when refused. */
    public <F extends StoredFile> F accept(F file, String fileName, byte[] content) {
        if (content.length > maxSize) {
            throw new ProblemException(413, "payload-too-large", List.of());
        }
        file.mediaType = AttachmentTypes.detect(content)
                .orElseThrow(() -> new ProblemException(415, "unsupported-file-type", List.of()));
        file.fileName = safeName(fileName);
        file.sizeBytes = content.length;
        file.sha256 = Hashes.sha256(content);
        file.content = content;
        file.createdAt = clock.instant();
        return file;
    }

    /** Keeps the name a person gave, without any path or control characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "tep-dinh-kem";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
