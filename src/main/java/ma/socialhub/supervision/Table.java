package ma.socialhub.supervision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table as a supervisor sees it on screen, ready to export: translated headers, then rows whose
 * cells are text, numbers or dates (a wait is a number of minutes), in the screen's order.
 */
public record Table(String title, List<String> headers, List<List<@Nullable Object>> rows) {

    public Table {
        headers = List.copyOf(headers);
        // cells may be empty (null): a wait that did not happen
        rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
        for (List<@Nullable Object> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("A row of " + row.size() + " cells under " + headers.size() + " headers");
            }
        }
    }
}
