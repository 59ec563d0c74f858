package org.cityscore.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Edits an authoring workbook as its author would in Excel: set a setting, add a language column, add a row. */
final class AuthoringSheets implements AutoCloseable {

    private final XSSFWorkbook workbook;

    AuthoringSheets(byte[] bytes) throws IOException {
        workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    Sheet sheet(String name) {
        return workbook.getSheet(name);
    }

    /** Sets a setting's value, adding its row when the settings sheet has none yet. */
    AuthoringSheets setting(String key, Object value) {
        Sheet settings = sheet(AuthoringLayout.SETTINGS);
        Row row = find(settings, 0, key);
        if (row == null) {
            row = settings.createRow(settings.getLastRowNum() + 1);
            row.createCell(0).setCellValue(key);
        }
        set(row.createCell(1), value);
        return this;
    }

    /** Adds a column at the end of a sheet's header row. */
    AuthoringSheets addColumn(String sheet, String heading) {
        Row header = sheet(sheet).getRow(0);
        header.createCell(header.getLastCellNum()).setCellValue(heading);
        return this;
    }

    /** Appends a row; {@code values} alternate column heading and value: "code", "W", "title::en", "Walking". */
    Row row(String sheet, Object... values) {
        Sheet target = sheet(sheet);
        Row row = target.createRow(target.getLastRowNum() + 1);
        Map<String, Integer> columns = columns(target);
        for (int i = 0; i < values.length; i += 2) {
            Integer column = columns.get((String) values[i]);
            if (column == null) {
                throw new IllegalArgumentException("no column " + values[i] + " in " + sheet + ": " + columns.keySet());
            }
            set(row.createCell(column), values[i + 1]);
        }
        return row;
    }

    /** The first row whose cell in {@code column} reads {@code text}. */
    Row find(Sheet sheet, int column, String text) {
        DataFormatter format = new DataFormatter();
        for (Row row : sheet) {
            if (row.getCell(column) != null
                    && format.formatCellValue(row.getCell(column)).equals(text)) {
                return row;
            }
        }
        return null;
    }

    /** The index of a heading in a sheet's header row. */
    int column(String sheet, String heading) {
        return columns(sheet(sheet)).get(heading);
    }

    private static Map<String, Integer> columns(Sheet sheet) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (Cell cell : sheet.getRow(0)) {
            columns.put(cell.getStringCellValue(), cell.getColumnIndex());
        }
        return columns;
    }

    static void set(Cell cell, Object value) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value == null) {
            cell.setBlank();
        } else {
            cell.setCellValue(value.toString());
        }
    }

    byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
