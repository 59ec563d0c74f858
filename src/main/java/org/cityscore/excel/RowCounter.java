package org.cityscore.excel;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Counts the rows of every sheet by streaming its XML, before the workbook is loaded into memory: a sheet with a
 * million rows is refused here instead of filling the server's memory.
 */
final class RowCounter {

    /** Thrown as soon as a sheet has more rows than allowed. */
    static final class TooManyRows extends RuntimeException {
        final String sheet;

        TooManyRows(String sheet) {
            super(sheet, null, false, false);
            this.sheet = sheet;
        }
    }

    private RowCounter() {}

    /** Throws {@link TooManyRows} when a sheet has more than {@code limit} rows; other failures are left to the real reader. */
    static void check(byte[] xlsx, int limit) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    count(sheet, sheets.getSheetName(), limit);
                }
            }
        } catch (TooManyRows e) {
            throw e;
        } catch (Exception unreadable) {
            // the workbook reader that follows explains what is wrong with the file
        }
    }

    private static void count(InputStream sheet, String name, int limit) throws Exception {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            private int rows;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes)
                    throws SAXException {
                if ("row".equals(localName) && ++rows > limit) {
                    throw new TooManyRows(name);
                }
            }
        });
        parser.parse(new InputSource(sheet));
    }
}
