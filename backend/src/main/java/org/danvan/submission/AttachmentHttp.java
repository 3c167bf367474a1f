package org.danvan.submission;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.danvan.common.ContentDisposition;
import org.danvan.common.Problems;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The HTTP side of evidence files, shared by every resource that takes or serves them. */
public final class AttachmentHttp {

    private AttachmentHttp() {
    }

    /** The bytes of the multipart part {@code file}; a request without it is a 400 on {@code file}. */
    public static byte[] bytesOf(FileUpload file) {
        if (file == null) {
            throw Problems.invalid("file", "file-required");
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored file as a download, its name in both header forms and never sniffed. */
    public static Response download(AttachmentService.Content content) {
        return Response.ok(content.bytes(), content.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(content.fileName()))
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
