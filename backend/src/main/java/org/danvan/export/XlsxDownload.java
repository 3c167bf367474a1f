package org.danvan.export;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.danvan.common.ContentDisposition;

/** An exported table as the HTTP answer: the XLSX media type, the file's name, the workbook streamed out. */
public final class XlsxDownload {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxDownload() {
    }

    /**
     * The answer that writes {@code table} (its rows already flushed to its temporary file) and
     * then deletes its temporary file, whether or not the client read it all.
     */
    public static Response of(Exported exported) {
        return of(exported.table(), exported.fileName());
    }

    public static Response of(XlsxTable table, String fileName) {
        StreamingOutput body = out -> {
            try (table) {
                table.writeTo(out);
            }
        };
        return Response.ok(body, MEDIA_TYPE)
                .header("Content-Disposition", ContentDisposition.attachment(fileName.replaceAll("[\\\\/:*?\"<>|]", "-") + ".xlsx"))
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
