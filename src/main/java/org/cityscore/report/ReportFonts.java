package org.cityscore.report;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cityscore.text.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts of a report in one language, loaded once per process and face, embedded as a subset. Chinese, English,
 * Japanese and Korean reports use a CJK font that also has Latin glyphs (Noto Sans CJK on Debian, the platform's CJK
 * font elsewhere, or {@code cityscore.report.font}); Noto's .ttc holds one face per writing tradition (0 JP, 1 KR,
 * 2 SC, 3 TC), and a Japanese report takes the JP face so that Han characters have Japanese forms, a Korean one KR.
 * Mongolian needs the Cyrillic letters ө and ү, which Noto Sans CJK lacks: its reports use DejaVu Sans (Debian's
 * fonts-dejavu-core) or Arial, with their real bold, and fall back to the CJK font for the Han, kana or Hangul they
 * quote (a city's name, a comment). Without any of these the report still renders in Helvetica, and the log says which
 * font to install.
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
            // not user-facing: font file names
            "ja",
                    List.of(
                            "/System/Library/Fonts/ヒラギノ角ゴシック W3.ttc,0",
                            "C:/Windows/Fonts/YuGothM.ttc,0",
                            "C:/Windows/Fonts/msgothic.ttc,0"),
            "ko", List.of("/System/Library/Fonts/AppleSDGothicNeo.ttc,0", "C:/Windows/Fonts/malgun.ttf"),
            "sc", List.of("/System/Library/Fonts/PingFang.ttc,0", "C:/Windows/Fonts/msyh.ttc,0"));
    /** Fonts with Mongolian Cyrillic, each with its bold. */
    private static final Map<String, String> CYRILLIC = new LinkedHashMap<>();

    static {
        CYRILLIC.put(
                "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");
        CYRILLIC.put(
                "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
                "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf");
        CYRILLIC.put(
                "/System/Library/Fonts/Supplemental/Arial.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf");
        CYRILLIC.put("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf");
    }

    private final BaseFont regular;
    private final BaseFont bold;
    private final boolean drawnBold;
    private final BaseFont fallback;

    /** The fonts of a Chinese or English report. */
    public ReportFonts(String configured) {
        this(configured, "sc");
    }

    /** {@code face} as {@link #face(String)} gives it; a configured font is used for every face. */
    ReportFonts(String configured, String face) {
        List<String> regulars = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            regulars.add(configured);
        }
        if (face.equals("mn")) {
            regulars.addAll(CYRILLIC.keySet());
        }
        int index = switch (face) {
            case "ja" -> 0;
            case "ko" -> 1;
            default -> 2;
        };
        NOTO.forEach(file -> regulars.add(file + "," + index));
        regulars.addAll(PLATFORM.getOrDefault(face, PLATFORM.get("sc")));
        Loaded found = load(regulars);
        if (found == null) {
            log.warn(
                    "No CJK font found for PDF reports: Chinese, Japanese and Korean text will be missing. "
                            + "Install Debian's fonts-noto-cjk, or set cityscore.report.font to a .ttf/.otf file (or \"file.ttc,index\").");
            regular = builtIn(BaseFont.HELVETICA);
            bold = builtIn(BaseFont.HELVETICA_BOLD);
            drawnBold = false;
            fallback = null;
            return;
        }
        regular = found.font();
        boolean cyrillic = CYRILLIC.containsKey(found.candidate());
        Loaded ownBold = cyrillic ? load(List.of(CYRILLIC.get(found.candidate()))) : null;
        bold = ownBold == null ? regular : ownBold.font();
        drawnBold = ownBold == null;
        Loaded cjk = cyrillic
                ? load(regulars.subList(regulars.indexOf(found.candidate()) + 1, regulars.size()).stream()
                        .filter(candidate -> !CYRILLIC.containsKey(candidate))
                        .toList())
                : null;
        fallback = cjk == null ? null : cjk.font();
    }

    /** The face a report language needs: "ja", "ko", "mn", or "sc" for Chinese and English. */
    static String face(String language) {
        return switch (Languages.code(language)) {
            case "ja" -> "ja";
            case "ko" -> "ko";
            case "mn" -> "mn";
            default -> "sc";
        };
    }

    BaseFont regular() {
        return regular;
    }

    Font font(float size, boolean isBold, Color color) {
        Font font = new Font(isBold ? bold : regular, size, isBold && drawnBold ? Font.BOLD : Font.NORMAL, color);
        return fallback == null
                ? font
                : new WithFallback(font, new Font(fallback, size, isBold ? Font.BOLD : Font.NORMAL, color));
    }

    /** The text in the font, or, for characters the font lacks, in its fallback. */
    static Phrase phrase(String text, Font font) {
        if (!(font instanceof WithFallback withFallback)) {
            return new Phrase(text, font);
        }
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(withFallback));
        selector.addFont(withFallback.fallback);
        Phrase phrase = selector.process(text);
        phrase.setFont(font);
        return phrase;
    }

    /** A font with a second one for the characters it lacks (see {@link #phrase}). */
    static final class WithFallback extends Font {

        private final Font fallback;

        WithFallback(Font font, Font fallback) {
            super(font);
            this.fallback = fallback;
        }
    }

    private record Loaded(String candidate, BaseFont font) {}

    private static Loaded load(List<String> candidates) {
        for (String candidate : candidates) {
            String file = candidate.contains(",") ? candidate.substring(0, candidate.lastIndexOf(',')) : candidate;
            if (Files.isReadable(Path.of(file))) {
                try {
                    return new Loaded(
                            candidate, BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
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
