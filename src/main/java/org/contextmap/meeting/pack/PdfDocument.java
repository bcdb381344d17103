package org.contextmap.meeting.pack;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Lays a pack's XHTML out as a PDF (openhtmltopdf on PDFBox): A4, the classification marking at
 * the top of every page and "Page n of m" at the foot, the contents with page numbers.
 */
final class PdfDocument {

    static final String MARKING = "OFFICIAL-SENSITIVE";

    private static final String STYLE = """
            @page { size: A4; margin: 22mm 16mm 20mm 16mm;
                    @top-center { content: "%1$s"; font: bold 9pt Helvetica; color: #a00; }
                    @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 9pt Helvetica; } }
            body { font-family: Helvetica, sans-serif; font-size: 10pt; color: #111; }
            h1 { font-size: 22pt; margin: 0 0 6mm 0; }
            h2 { font-size: 14pt; margin: 8mm 0 3mm 0; page-break-after: avoid; }
            table { width: 100%%; border-collapse: collapse; margin-bottom: 4mm; -fs-table-paginate: paginate; }
            th, td { border: 0.5pt solid #999; padding: 1.5mm; text-align: left; vertical-align: top; }
            th { background: #eee; }
            tr { page-break-inside: avoid; }
            .cover { page-break-after: always; }
            .marking { color: #a00; font-weight: bold; font-size: 14pt; border: 1pt solid #a00; padding: 2mm;
                       display: inline-block; }
            .overdue { font-weight: bold; color: #a00; }
            .note { color: #444; font-size: 9pt; }
            .contents { list-style: none; padding-left: 0; }
            .contents a { color: #111; text-decoration: none; }
            .contents a::after { content: leader('.') target-counter(attr(href), page); }
            img { max-width: 100%%; }
            """.formatted(MARKING);

    private PdfDocument() {
    }

    /** The PDF of a body (the XHTML between {@code <body>} and {@code </body>}). */
    static byte[] render(String title, String body) {
        String page = "<html><head><title>" + Html.escape(title) + "</title><style>" + STYLE
                + "</style></head><body>" + body + "</body></html>";
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(page, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written", e);
        }
    }
}
