package org.cityscore.report;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import org.cityscore.text.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fonts of a report in one language, loaded once per process and face: a CJK font that also has Latin and Cyrillic
 * glyphs (Noto Sans CJK on Debian, the platform's CJK font elsewhere, or {@code cityscore.report.font}), embedded as a
 * subset. Noto's .ttc holds one face per writing tradition (0 JP, 1 KR, 2 SC, 3 TC): a Japanese report takes the JP
 * face so that Han characters have Japanese forms, a Korean one KR, and the others SC. Without a CJK font the report
 * still renders in Helvetica, and the log says which font to install.
 * <p>
 * Bold CJK text is the regular font drawn bold by OpenPDF (fill and stroke), not a second font: subsetting a CJK font
 * program (CFFFontSubset walks all its 65,000 glyphs) is the largest part of writing a report, and one program instead of
 * two takes a third off the time and 40 % off the file size.
 */
public final class ReportFonts {

    private static final Logger log = LoggerFactory.getLogger(ReportFonts.class);
    private static final List<String> NOTO = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc");
    private static final Map<String, List<String>> PLATFORM = Map.of(
            "ja", List.of("/System/Library/Fonts/ヒラギノ角ゴシック W3.ttc,0", "C:/Windows/Fonts/YuGothM.ttc,0",
                    "C:/Windows/Fonts/msgothic.ttc,0"),
            "ko", List.of("/System/Library/Fonts/AppleSDGothicNeo.ttc,0", "C:/Windows/Fonts/malgun.ttf"),
            "sc", List.of("/System/Library/Fonts/PingFang.ttc,0", "C:/Windows/Fonts/msyh.ttc,0"));

    private final BaseFont regular;
    private final BaseFont bold;
    private final boolean cjk;

    /** The fonts of a Chinese, English or Mongolian report. */
    public ReportFonts(String configured) {
        this(configured, "sc");
    }

    /** {@code face} as {@link #face(String)} gives it; a configured font is used for every face. */
    ReportFonts(String configured, String face) {
        List<String> regulars = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            regulars.add(configured);
        }
        int index = switch (face) {
            case "ja" -> 0;
            case "ko" -> 1;
            default -> 2;
        };
        NOTO.forEach(file -> regulars.add(file + "," + index));
        regulars.addAll(PLATFORM.getOrDefault(face, PLATFORM.get("sc")));
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

    /** The CJK face a report language needs: "ja", "ko", or "sc" for the others (Chinese, English, Mongolian). */
    static String face(String language) {
        return switch (Languages.code(language)) {
            case "ja" -> "ja";
            case "ko" -> "ko";
            default -> "sc";
        };
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
