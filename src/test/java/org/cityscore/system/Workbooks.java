package org.cityscore.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks a trainer (or an attacker) uploads: the app's own template filled in with POI, and zip bombs built in memory. */
final class Workbooks {

    static final String SCORES = "Scores";
    static final int LEVEL = 4;
    static final int VALUE = 6;
    static final int COMMENT = 8;

    private Workbooks() {}

    /** The template with the edits applied, as the bytes of an .xlsx. */
    static byte[] edit(byte[] template, Consumer<XSSFWorkbook> edits) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edits.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the value beside a label of the header ("City", "Year", …) on the Scores sheet; returns its cell, e.g. Scores!B6. */
    static String setMeta(XSSFWorkbook workbook, String label, Object value) {
        Sheet sheet = workbook.getSheet(SCORES);
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null
                    && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().strip().equalsIgnoreCase(label)) {
                return set(row, 1, value);
            }
        }
        throw new IllegalArgumentException("The template has no header label " + label);
    }

    /** Sets a cell of an indicator's row (found by its code in column B); returns the cell's name. */
    static String setAnswer(XSSFWorkbook workbook, String code, int column, Object value) {
        for (Row row : workbook.getSheet(SCORES)) {
            Cell codeCell = row.getCell(1);
            if (codeCell != null
                    && codeCell.getCellType() == CellType.STRING
                    && codeCell.getStringCellValue().strip().equals(code)) {
                return set(row, column, value);
            }
        }
        throw new IllegalArgumentException("The template has no row for " + code);
    }

    private static String set(Row row, int column, Object value) {
        Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(String.valueOf(value));
        }
        return SCORES + "!" + cell.getAddress().formatAsString();
    }

    /** The workbook with one more part of incompressible bytes (stored, not deflated), so the file has this size. */
    static byte[] padded(byte[] workbook, int size, long seed) {
        byte[] noise = new byte[size - workbook.length - 200];
        new Random(seed).nextBytes(noise);
        List<Part> parts = parts(workbook);
        parts.add(Part.stored("xl/padding.xml", noise));
        return zip(parts);
    }

    /** A classic zip bomb that looks like an .xlsx: one worksheet of {@code megabytes} MB of zeros, about 1 kB per MB. */
    static byte[] zerosBomb(byte[] workbook, int megabytes) {
        List<Part> parts = parts(workbook);
        Part zeros = Part.deflated("xl/worksheets/sheet9.xml", new byte[1 << 20]);
        for (int i = 0; i < megabytes; i++) {
            parts.add(zeros.renamed("xl/worksheets/zeros" + i + ".xml"));
        }
        return zip(parts);
    }

    /**
     * A workbook whose parts each inflate about 77 times (a ratio of 0.013, above POI's own zip-bomb threshold of
     * 0.01, so only a limit on the total uncompressed size stops it): {@code parts} parts of 24 MB each.
     */
    static byte[] expandingParts(byte[] workbook, int parts) {
        byte[] content = new byte[24 << 20];
        Random random = new Random(11);
        for (int i = 0; i < content.length; i += 4096) {
            for (int j = 0; j < 45; j++) {
                content[i + j] = (byte) ('a' + random.nextInt(26));
            }
        }
        Part part = Part.deflated("xl/padding0.xml", content);
        List<Part> all = parts(workbook);
        for (int i = 0; i < parts; i++) {
            all.add(part.renamed("xl/padding" + i + ".xml"));
        }
        return zip(all);
    }

    private static List<Part> parts(byte[] workbook) {
        List<Part> parts = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.add(Part.deflated(entry.getName(), in.readAllBytes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    /** One zip entry, compressed once: a bomb repeats the same compressed bytes under many names. */
    private record Part(String name, int method, long crc, long size, byte[] data) {

        static Part deflated(String name, byte[] content) {
            Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
            deflater.setInput(content);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 8 + 64);
            byte[] buffer = new byte[1 << 16];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            return new Part(name, ZipEntry.DEFLATED, crc(content), content.length, out.toByteArray());
        }

        static Part stored(String name, byte[] content) {
            return new Part(name, ZipEntry.STORED, crc(content), content.length, content);
        }

        Part renamed(String newName) {
            return new Part(newName, method, crc, size, data);
        }

        private static long crc(byte[] content) {
            CRC32 crc = new CRC32();
            crc.update(content);
            return crc.getValue();
        }
    }

    /** The zip format written by hand (local headers, data, central directory, end record), so parts are compressed once. */
    private static byte[] zip(List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        for (Part part : parts) {
            byte[] name = part.name().getBytes(StandardCharsets.UTF_8);
            int offset = out.size();
            out.writeBytes(header(0x04034b50, part, name, -1));
            out.writeBytes(name);
            out.writeBytes(part.data());
            central.writeBytes(header(0x02014b50, part, name, offset));
            central.writeBytes(name);
        }
        int centralOffset = out.size();
        out.writeBytes(central.toByteArray());
        ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
        end.putInt(0x06054b50)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) parts.size())
                .putShort((short) parts.size())
                .putInt(central.size())
                .putInt(centralOffset)
                .putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    private static byte[] header(int signature, Part part, byte[] name, int localOffset) {
        boolean central = localOffset >= 0;
        ByteBuffer header = ByteBuffer.allocate(central ? 46 : 30).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(signature);
        if (central) {
            header.putShort((short) 20); // made by
        }
        header.putShort((short) 20)
                .putShort((short) 0)
                .putShort((short) part.method())
                .putShort((short) 0)
                .putShort((short) 0x21)
                .putInt((int) part.crc())
                .putInt(part.data().length)
                .putInt((int) part.size())
                .putShort((short) name.length)
                .putShort((short) 0);
        if (central) {
            header.putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putInt(0)
                    .putInt(localOffset);
        }
        return header.array();
    }
}
