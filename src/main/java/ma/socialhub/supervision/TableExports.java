package ma.socialhub.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Table} as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet
 * programs read Arabic and Tifinagh right) or as XLSX (numbers stay numbers, dates stay dates, an
 * Arabic sheet runs right to left).
 *
 * <p>Cells are neutralised by OWASP's rule against formula injection: a text cell that begins with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, and in CSV every text cell
 * is quoted — a spreadsheet in a French locale splits on {@code ;}, so an unquoted
 * {@code x;=HYPERLINK(..)} would become a second cell that is a formula. Numbers stay numbers.
 */
public final class TableExports {

    private TableExports() {
    }

    public static byte[] csv(Table table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, table.headers().stream().map(h -> (@Nullable Object) h).toList());
        table.rows().forEach(row -> line(out, row));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(Table table, boolean rightToLeft) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Smart Social Hub", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(sheetName(table.title()));
            if (rightToLeft) {
                sheet.rightToLeft();
            }
            for (int c = 0; c < table.headers().size(); c++) {
                sheet.value(0, c, table.headers().get(c));
                sheet.style(0, c).bold().set();
                sheet.width(c, Math.min(60, Math.max(12, table.headers().get(c).length() + 4)));
            }
            sheet.freezePane(0, 1);
            for (int r = 0; r < table.rows().size(); r++) {
                List<@Nullable Object> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object cell = row.get(c);
                    switch (cell) {
                        case null -> { }
                        case Number n -> sheet.value(r + 1, c, n);
                        case LocalDate d -> {
                            sheet.value(r + 1, c, d);
                            sheet.style(r + 1, c).format("yyyy-mm-dd").set();
                        }
                        default -> sheet.value(r + 1, c, safe(cell.toString()));
                    }
                }
            }
            sheet.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void line(StringBuilder out, List<@Nullable Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object cell = cells.get(i);
            if (cell instanceof Number) {
                out.append(cell);
            } else if (cell != null) {
                out.append('"').append(safe(cell.toString()).replace("\"", "\"\"")).append('"');
            }
        }
        out.append("\r\n");
    }

    private static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
    private static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return name.isEmpty() ? "Sheet1" : name.length() > 31 ? name.substring(0, 31) : name;
    }
}
