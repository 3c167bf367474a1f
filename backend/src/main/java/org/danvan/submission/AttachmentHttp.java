package org.danvan.submission;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.danvan.common.ContentDisposition;
import org.danvan.common.Problems;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The HTTP side of evidence files, shared by every resource that takes or serves them. */
public final class AttachmentHttp {

    private AttachmentHttp() {
    }

    /**
     * An upload answered: the multipart part {@code file} (its name as sent and its bytes; 400 on
     * {@code file} without it) given to {@code store}, the stored file's view answered 201 with its
     * {@code Location} under the request's path.
     */
    public static <V> Response upload(FileUpload file, UriInfo uri, BiFunction<String, byte[], V> store,
            Function<V, String> idOf) {
        V stored = store.apply(file == null ? null : file.fileName(), bytesOf(file));
        return Response.created(uri.getAbsolutePathBuilder().path(idOf.apply(stored)).build()).entity(stored).build();
    }

    /** The bytes of the multipart part {@code file}; a request without it is a 400 on {@code file}. */
    private static byte[] bytesOf(FileUpload file) {
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
