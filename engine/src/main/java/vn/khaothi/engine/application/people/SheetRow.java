package vn.khaothi.engine.application.people;

import java.util.Map;

/** One data row of a CSV or Excel sheet: its line number and its cells by canonical column name. */
public record SheetRow(int line, Map<String, String> cells) {

    public String get(String column) {
        String value = cells.get(column);
        return value == null ? "" : value.trim();
    }
}
