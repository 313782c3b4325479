package ma.socialhub.supervision.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Function;
import java.util.function.Supplier;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.supervision.Table;
import ma.socialhub.supervision.TableExports;

/** CSV and XLSX links for a table: each download reads the figures again, as they are then. */
class ExportButtons extends Composite<HorizontalLayout> {

    ExportButtons(String fileName, Supplier<Table> table) {
        boolean rtl = HubLanguage.orDefault(getLocale()).isRightToLeft();
        HorizontalLayout links = getContent();
        links.addClassName("export-buttons");
        links.add(link(getTranslation("supervision.export.csv"), fileName + ".csv", "text/csv;charset=utf-8",
                t -> TableExports.csv(t), table, "export-csv"));
        links.add(link(getTranslation("supervision.export.xlsx"), fileName + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", t -> TableExports.xlsx(t, rtl), table,
                "export-xlsx"));
    }

    private static Anchor link(String label, String fileName, String type, Function<Table, byte[]> write, Supplier<Table> table,
            String className) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = write.apply(table.get());
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), "");
        // the download glyph is drawn by the style sheet: an icon component is one more server-side
        // element per link, and a trends screen has ten links
        anchor.add(label);
        anchor.addClassName(className);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
