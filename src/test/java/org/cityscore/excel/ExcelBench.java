package org.cityscore.excel;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Optional;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.scorecard.ShippedScorecards;
import org.cityscore.text.BundleTexts;

/** The workbook work the benchmark measures, reached from the bench package. */
public final class ExcelBench {

    private final ScorecardDefinition undrr = ShippedScorecards.get("undrr-preliminary");
    private final byte[] filled;

    public ExcelBench() throws Exception {
        byte[] template = template();
        filled = ExcelImportTest.fill(template, sheet -> {
            ExcelImportTest.meta(sheet, 2, "Kaili");
            ExcelImportTest.meta(sheet, 4, 2025);
            int n = 0;
            for (var indicator : undrr.indicators().toList()) {
                ExcelImportTest.set(sheet, indicator.code(), WorkbookLayout.LEVEL, n % 4);
                ExcelImportTest.set(sheet, indicator.code(), WorkbookLayout.COMMENT, "评论 " + n++);
            }
        });
        if (!readFilled().isValid()) {
            throw new IllegalStateException(
                    "the benchmark workbook does not import: " + readFilled().problems());
        }
    }

    public ParsedWorkbook readFilled() {
        return new WorkbookImporter().read(filled, (id, version) -> Optional.of(undrr));
    }

    public byte[] writeTemplate() throws Exception {
        return template();
    }

    private byte[] template() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkbookExporter(BundleTexts.MESSAGES).write(undrr, WorkbookExporter.Metadata.BLANK, Map.of(), "zh", out);
        return out.toByteArray();
    }
}
