package org.danvan.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The seed plans as Word files (one paragraph per line, made with POI) read as their text does. */
class DocxImportTest {

    private final PlanDraftReader reader = new PlanDraftReader(UnitDirectory.NONE);

    @Test
    void shouldReadEachSeedPlanFromWordAsFromItsText() throws Exception {
        for (String name : SeedPlans.NAMES) {
            String text = SeedPlans.text(name);
            PlanDraft fromText = reader.read(text);
            PlanDraft fromDocx = reader.read(DocxText.extract(DocxFixtures.paragraphs(text)));
            assertThat(fromDocx).as(name).usingRecursiveComparison().isEqualTo(fromText);
        }
    }

    @Test
    void shouldReadAHeaderLaidOutAsATableOfTwoColumns() throws Exception {
        byte[] docx = DocxFixtures.withHeaderTable(new String[][] {
                {"ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"},
                {"Số: 12/KH-UBND", "Tây Ninh, ngày 16 tháng 01 năm 2025"}},
                "KẾ HOẠCH\nThực hiện công tác dân vận chính quyền năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n- Làm tốt.");
        PlanDraft draft = reader.read(DocxText.extract(docx));
        assertThat(draft.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Tây Ninh");
        assertThat(draft.number()).isEqualTo("12/KH-UBND");
        assertThat(draft.issueDate()).hasToString("2025-01-16");
        assertThat(draft.title()).isEqualTo("Thực hiện công tác dân vận chính quyền năm 2025");
        assertThat(draft.periodStart()).isEqualTo(2025);
    }

    @Test
    void shouldRefuseAZipThatIsNotAWordDocument() {
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0};
        org.junit.jupiter.api.Assertions.assertThrows(DocxText.UnreadableException.class, () -> DocxText.extract(zip));
    }
}
