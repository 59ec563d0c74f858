package org.cityscore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ResponseValue;
import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reports in Japanese, Korean and Mongolian, read back as text: the headings are translated and the glyphs are there. */
@CityscoreTest
class ReportLanguagesTest {

    static final Instant FIXED = Instant.parse("2026-03-01T08:00:00Z");
    static final Path NOTO = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");

    @Autowired
    AssessmentService assessments;

    @Autowired
    ReportService reports;

    @Test
    void japaneseKoreanAndMongolianReportsReadBack() throws Exception {
        long id = assessments
                .create(
                        new AssessmentService.NewAssessment(
                                "undrr-preliminary", "Улаанбаатар", "Монгол Улс", 2025, null, null),
                        false)
                .id();
        assessments.respond(
                id,
                "P1.1",
                new ResponseValue(3, null, false, "都市計画に防災を反映済み", null, null, "Онцгой байдлын газар", null),
                0,
                "trainer");

        String japanese = text(reports.report(id, "ja", "trainer", FIXED));
        assertThat(japanese)
                .contains("概要")
                .contains("評価方法")
                .contains("作成者")
                .contains("ページ")
                .contains("Улаанбаатар")
                .contains("都市計画に防災を反映済み");
        assertThat(flat(japanese)).contains(flat("スコアカードのうち日本語に未翻訳のテキストは、英語で表示しています。"));

        String korean = text(reports.report(id, "ko", "trainer", FIXED));
        assertThat(korean).contains("요약").contains("평가 방법").contains("작성자").contains("Улаанбаатар");
        assertThat(flat(korean)).contains(flat("한국어로 아직 번역되지 않은 스코어카드 텍스트는 영어로 표시됩니다."));

        String mongolian = text(reports.report(id, "mn", "trainer", FIXED));
        assertThat(mongolian)
                .contains("Хураангуй")
                .contains("Арга зүй")
                .contains("Бэлтгэсэн")
                .contains("Улаанбаатар")
                .contains("Онцгой байдлын газар")
                .contains("Cityscore 2026-03-01-нд үүсгэв")
                .as("Han quoted in a Mongolian report, from the CJK fallback")
                .contains("都市計画に防災を反映済み");
        assertThat(flat(mongolian)).contains(flat("үнэлгээний хуудасны бичвэрийг англиар харуулж байна."));
    }

    @Test
    void theCjkFaceFollowsTheLanguage() throws Exception {
        assumeTrue(Files.isReadable(NOTO), "Debian's fonts-noto-cjk is not installed");
        long id = assessments
                .create(new AssessmentService.NewAssessment("iclei-5rs", "札幌", "Japan", 2025, null, null), false)
                .id();
        assertThat(fonts(reports.report(id, "ja", null, FIXED))).anyMatch(name -> name.contains("cjkjp"));
        assertThat(fonts(reports.report(id, "ko", null, FIXED))).anyMatch(name -> name.contains("cjkkr"));
        assertThat(fonts(reports.report(id, "zh", null, FIXED))).anyMatch(name -> name.contains("cjksc"));
        // Noto Sans CJK has no ө or ү: Mongolian takes a Cyrillic font
        byte[] mongolian = reports.report(id, "mn", null, FIXED);
        assertThat(fonts(mongolian))
                .anyMatch(name -> name.contains("dejavusans"))
                .anyMatch(name -> name.contains("cjksc"));
        // the city on the cover and in the running header of every later page
        assertThat(text(mongolian).split("札幌", -1).length - 1).isGreaterThanOrEqualTo(3);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Without line breaks, which the PDF puts wherever a line is full. */
    static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    static Set<String> fonts(byte[] pdf) throws IOException {
        Set<String> names = new HashSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    names.add(font.getName().toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }
}
