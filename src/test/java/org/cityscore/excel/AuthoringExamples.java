package org.cityscore.excel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;

/** Authoring workbooks as a framework owner would write them, for the upload tests and the screenshots. */
final class AuthoringExamples {

    /** A workbook with mistakes, and the cells ({@code levels!B3}) each of them is in. */
    record Broken(byte[] bytes, List<String> cells) {}

    private AuthoringExamples() {}

    /** The SHIFT+ export under a new id with five mistakes of five kinds. */
    static Broken fiveMistakes(byte[] shiftExport) throws IOException {
        List<String> expected = new ArrayList<>();
        try (AuthoringSheets book = new AuthoringSheets(shiftExport)) {
            book.setting("id", "shift-copy");
            Row level = book.find(book.sheet("levels"), 0, "E1");
            level.getCell(1).setCellValue(7);
            expected.add("levels!" + cell(level.getRowNum(), 1));
            Row threshold = rowOf(book, "thresholds", "P1", "3");
            threshold.getCell(2).setCellValue(30);
            expected.add("thresholds!" + cell(threshold.getRowNum(), 2));
            Row e2 = book.find(book.sheet("indicators"), 2, "E2");
            e2.getCell(book.column("indicators", "name::zh")).setBlank();
            expected.add("indicators!" + cell(e2.getRowNum(), book.column("indicators", "name::zh")));
            Row twice = book.row(
                    "indicators",
                    "category",
                    "E",
                    "code",
                    "E1",
                    "name::en",
                    "Again",
                    "name::zh",
                    "再次",
                    "question::en",
                    "?",
                    "question::zh",
                    "？");
            expected.add("indicators!" + cell(twice.getRowNum(), 2));
            Row e5 = book.find(book.sheet("indicators"), 2, "E5");
            e5.getCell(book.column("indicators", "kind")).setCellValue("mesured");
            expected.add("indicators!" + cell(e5.getRowNum(), book.column("indicators", "kind")));
            return new Broken(book.bytes(), expected);
        }
    }

    /** The small "city walkability" card of issue 17, in English and Chinese, written into the empty template. */
    static byte[] walkability(byte[] template) throws IOException {
        try (AuthoringSheets book = new AuthoringSheets(template)) {
            book.setting("id", "city-walkability")
                    .setting("version", "1.0")
                    .setting("languages", "en, zh")
                    .setting("title::en", "City walkability")
                    .setting("title::zh", "城市步行友好度")
                    .setting("scaleMin", 0)
                    .setting("scaleMax", 3)
                    .setting("citation", "Written for Cityscore by the Example City training team, 2026")
                    .setting("note::en", "All texts are Cityscore's own.")
                    .setting("note::zh", "所有文本均为 Cityscore 自行编写。");
            for (String sheet : List.of("scale", "bands")) {
                book.addColumn(sheet, "label::zh");
            }
            book.addColumn("categories", "title::zh");
            book.addColumn("indicators", "name::zh")
                    .addColumn("indicators", "question::zh")
                    .addColumn("indicators", "unit::zh");
            book.addColumn("levels", "description::zh");
            String[][] labels = {{"None", "无"}, {"Started", "起步"}, {"Adopted", "已采纳"}, {"Implemented", "已实施"}};
            for (int level = 0; level <= 3; level++) {
                book.row("scale", "level", level, "label::en", labels[level][0], "label::zh", labels[level][1]);
            }
            book.row("categories", "code", "W", "title::en", "Walking", "title::zh", "步行");
            book.row(
                    "indicators",
                    "category",
                    "W",
                    "code",
                    "W1",
                    "kind",
                    "rated",
                    "name::en",
                    "Sidewalk network",
                    "name::zh",
                    "人行道网络",
                    "question::en",
                    "Do main streets have continuous sidewalks?",
                    "question::zh",
                    "主要街道是否有连续的人行道？");
            book.row(
                    "indicators",
                    "category",
                    "W",
                    "code",
                    "W2",
                    "kind",
                    "measured",
                    "name::en",
                    "Walking share",
                    "name::zh",
                    "步行出行比例",
                    "question::en",
                    "What share of trips is made on foot?",
                    "question::zh",
                    "步行出行占全部出行的比例是多少？",
                    "unit::en",
                    "% of trips",
                    "unit::zh",
                    "占出行的百分比",
                    "rangeMin",
                    0,
                    "rangeMax",
                    100,
                    "direction",
                    "higher-is-better",
                    "weight",
                    2);
            book.row(
                    "levels",
                    "indicator",
                    "W1",
                    "level",
                    3,
                    "description::en",
                    "Continuous sidewalks on all main streets",
                    "description::zh",
                    "所有主要街道都有连续人行道");
            for (int level = 1; level <= 3; level++) {
                book.row("thresholds", "indicator", "W2", "level", level, "value", level * 10);
            }
            book.row("bands", "from", 0, "label::en", "Bronze", "label::zh", "铜级");
            return book.bytes();
        }
    }

    private static Row rowOf(AuthoringSheets book, String sheet, String code, String level) {
        for (Row row : book.sheet(sheet)) {
            if (row.getCell(0) != null
                    && code.equals(row.getCell(0).toString())
                    && row.getCell(1) != null
                    && row.getCell(1).getNumericCellValue() == Double.parseDouble(level)) {
                return row;
            }
        }
        throw new AssertionError("no row " + code + " " + level + " in " + sheet);
    }

    private static String cell(int row, int column) {
        return new CellReference(row, column).formatAsString(false);
    }
}
