package org.cityscore.report;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts of the report, loaded once per process: a CJK font that also has Latin glyphs (Noto Sans CJK SC on
 * Debian, PingFang or Microsoft YaHei elsewhere, or {@code cityscore.report.font}), embedded as a subset. Without
 * one the report still renders in Helvetica, and the log says which font to install.
 * <p>
 * Bold CJK text is the regular font drawn bold by OpenPDF (fill and stroke), not a second font: subsetting a CJK font
 * program (CFFFontSubset walks all its 65,000 glyphs) is the largest part of writing a report, and one program instead of
 * two takes a third off the time and 40 % off the file size.
 */
public final class ReportFonts {

    private static final Logger log = LoggerFactory.getLogger(ReportFonts.class);
    private static final List<String> REGULAR = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc,2",
            "/System/Library/Fonts/PingFang.ttc,0",
            "C:/Windows/Fonts/msyh.ttc,0");

    private final BaseFont regular;
    private final BaseFont bold;
    private final boolean cjk;

    public ReportFonts(String configured) {
        List<String> regulars = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            regulars.add(configured);
        }
        regulars.addAll(REGULAR);
        BaseFont found = load(regulars);
        cjk = found != null;
        if (found == null) {
            log.warn("No CJK font found for PDF reports: Chinese, Japanese and Korean text will be missing. "
                    + "Install Debian's fonts-noto-cjk, or set cityscore.report.font to a .ttf/.otf file (or \"file.ttc,index\").");
            found = builtIn(BaseFont.HELVETICA);
        }
        regular = found;
        bold = cjk ? regular : builtIn(BaseFont.HELVETICA_BOLD);
    }

    BaseFont regular() {
        return regular;
    }

    Font font(float size, boolean isBold, Color color) {
        return new Font(isBold ? bold : regular, size, isBold && cjk ? Font.BOLD : Font.NORMAL, color);
    }

    private static BaseFont load(List<String> candidates) {
        for (String candidate : candidates) {
            String file = candidate.contains(",") ? candidate.substring(0, candidate.lastIndexOf(',')) : candidate;
            if (Files.isReadable(Path.of(file))) {
                try {
                    return BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                } catch (Exception e) {
                    log.warn("Cannot use {} for PDF reports: {}", candidate, e.getMessage());
                }
            }
        }
        return null;
    }

    private static BaseFont builtIn(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException("OpenPDF cannot load its built-in font " + name, e);
        }
    }
}
