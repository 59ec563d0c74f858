package org.cityscore.excel;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The upload page shows every problem with its cell; a good workbook lands on its results. */
@CityscoreTest
@WithMockUser(username = "trainer", roles = "ADMIN")
class ExcelPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theUploadPageListsProblemsAndImportsAGoodWorkbook() throws Exception {
        byte[] template = mvc.perform(get("/scorecards/iclei-5rs/template.xlsx").param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("iclei-5rs-1.0-template.xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] bad =
                ExcelImportTest.fill(template, sheet -> ExcelImportTest.set(sheet, "RT1", WorkbookLayout.LEVEL, 9));
        mvc.perform(multipart("/assessments/import")
                        .file(new MockMultipartFile("file", "首尔.xlsx", null, bad))
                        .with(csrf())
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing of 首尔.xlsx was imported")))
                .andExpect(content().string(containsString("Scores!E11")))
                .andExpect(content().string(containsString("Level 9 is outside 0–3 for RT1")));
        byte[] worse = ExcelImportTest.fill(template, sheet -> {
            ExcelImportTest.set(sheet, "RT1", WorkbookLayout.LEVEL, 9);
            ExcelImportTest.set(sheet, "RT4", WorkbookLayout.VALUE, "十二");
        });
        mvc.perform(multipart("/assessments/import")
                        .file(new MockMultipartFile("file", "首尔.xlsx", null, worse))
                        .with(csrf())
                        .param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("等级 9 超出 RT1 的范围 0–3")))
                .andExpect(content().string(containsString("“十二”不是数字")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("??"))));
        mvc.perform(multipart("/assessments/import")
                        .file(new MockMultipartFile("file", "空白.xlsx", null, template))
                        .with(csrf())
                        .param("lang", "zh"))
                .andExpect(content().string(containsString("请在“City”（城市）旁填写城市名称")))
                .andExpect(content().string(containsString("Scores!B6")));
        mvc.perform(multipart("/assessments/import")
                        .file(new MockMultipartFile("file", "old.xls", null, new byte[] {1, 2, 3}))
                        .with(csrf())
                        .param("lang", "zh"))
                .andExpect(content().string(containsString("这不是 Excel 工作簿")));
        byte[] good = ExcelImportTest.fill(template, sheet -> {
            ExcelImportTest.meta(sheet, 2, "首尔");
            ExcelImportTest.meta(sheet, 4, 2025);
            ExcelImportTest.set(sheet, "RT1", WorkbookLayout.LEVEL, "3 – 已实施并监测");
        });
        mvc.perform(multipart("/assessments/import")
                        .file(new MockMultipartFile("file", "首尔.xlsx", null, good))
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/assessments/*/results"));
    }

    @Test
    void aProblemThatWasOnlyEnglishIsShownInTheReadersLanguage() throws Exception {
        byte[] template = mvc.perform(get("/scorecards/iclei-5rs/template.xlsx").param("lang", "zh"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] filled = ExcelImportTest.fill(template, sheet -> ExcelImportTest.meta(sheet, 2, "首尔"));
        mvc.perform(multipart("/assessments/import")
                        .file(new MockMultipartFile("file", "首尔.xlsx", null, filled))
                        .with(csrf())
                        .param("year", "3000")
                        .param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("年份须在 1900 至 2200 之间；3000 不在此范围内。")));
        mvc.perform(multipart("/assessments/import")
                        .file(new MockMultipartFile("file", "seoul.xlsx", null, filled))
                        .with(csrf())
                        .param("year", "3000")
                        .param("lang", "en"))
                .andExpect(content().string(containsString("The year must lie between 1900 and 2200; 3000 is not.")));
    }
}
