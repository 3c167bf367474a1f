package org.danvan.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.danvan.plan.Comparator;
import org.danvan.plan.SigningCapacity;
import org.danvan.planimport.PlanDraft.DocumentType;
import org.danvan.planimport.PlanDraft.Warning;
import org.junit.jupiter.api.Test;

/** Each layout real documents come in, on a small text written for it. */
class LayoutTrapsTest {

    private static final String BODY = """
            KẾ HOẠCH
            Thực hiện công tác dân vận chính quyền năm 2025

            I. MỤC ĐÍCH, YÊU CẦU
            - Nâng cao hiệu quả công tác dân vận.

            II. NỘI DUNG
            1. Tuyên truyền, quán triệt Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.
            """;

    private final PlanDraftReader reader = new PlanDraftReader(UnitDirectory.of(List.of(
            new UnitDirectory.Candidate("u-snv", "Sở Nội vụ tỉnh Tây Ninh"),
            new UnitDirectory.Candidate("u-stp", "Sở Tư pháp tỉnh Tây Ninh"))));

    private PlanDraft read(String text) {
        return reader.read(text);
    }

    private static List<String> codes(PlanDraft draft) {
        return draft.warnings().stream().map(Warning::code).toList();
    }

    @Test
    void shouldReadATwoColumnHeaderSeparatedByPipes() {
        PlanDraft draft = read("""
                ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH TÂY NINH | Độc lập - Tự do - Hạnh phúc
                Số: 45/KH-UBND | Tây Ninh, ngày 16 tháng 01 năm 2025
                """ + BODY);
        assertThat(draft.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Tây Ninh");
        assertThat(draft.number()).isEqualTo("45/KH-UBND");
        assertThat(draft.issuePlace()).isEqualTo("Tây Ninh");
        assertThat(draft.issueDate()).isEqualTo(LocalDate.of(2025, 1, 16));
        assertThat(draft.text().substring(draft.sources().get("number").start(), draft.sources().get("number").end()))
                .isEqualTo("Số: 45/KH-UBND");
    }

    @Test
    void shouldReadAHeaderWrittenAsAMarkdownTable() {
        PlanDraft draft = read("""
                | **ỦY BAN NHÂN DÂN TỈNH TÂY NINH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
                |---|---|
                | Số: 45/KH-UBND | *Tây Ninh, ngày 16 tháng 01 năm 2025* |
                """ + BODY);
        assertThat(draft.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Tây Ninh");
        assertThat(draft.issueDate()).isEqualTo(LocalDate.of(2025, 1, 16));
    }

    @Test
    void shouldReadADateSplitAcrossLines() {
        PlanDraft draft = read("""
                Số: 45/KH-UBND

                Tây Ninh, ngày 16

                tháng 01 năm 2025
                """ + BODY);
        assertThat(draft.issuePlace()).isEqualTo("Tây Ninh");
        assertThat(draft.issueDate()).isEqualTo(LocalDate.of(2025, 1, 16));
    }

    @Test
    void shouldReadNumbersWithSpacesAndPartySymbols() {
        assertThat(read("Số: 859 /KH-UBND\n" + BODY).number()).isEqualTo("859/KH-UBND");
        PlanDraft party = read("Số: 141 - KH/BDVTU\n" + BODY);
        assertThat(party.number()).isEqualTo("141-KH/BDVTU");
        assertThat(party.numberValue()).isEqualTo(141);
        assertThat(party.symbol()).isEqualTo("KH/BDVTU");
        assertThat(read("Số: 45/KH-UBND\n" + BODY + "Theo Kết luận số 120 -KL/TW ngày 07/01/2016.\n").legalBases())
                .extracting(PlanDraft.LegalBasis::number).contains("120-KL/TW", "33/CT-TTg");
    }

    @Test
    void shouldIgnoreBoldAndItalicMarks() {
        PlanDraft draft = read("""
                Số: 45/KH-UBND
                **KẾ HOẠCH**
                **_Thực hiện công tác dân vận chính quyền năm 2025_**
                **I. MỤC ĐÍCH, YÊU CẦU**
                - Làm tốt.
                II. NỘI DUNG
                **1.** Tổ chức thực hiện đúng hạn, gửi báo cáo __chậm nhất ngày 15/11/2025__.
                """);
        assertThat(draft.title()).isEqualTo("Thực hiện công tác dân vận chính quyền năm 2025");
        assertThat(draft.tasks()).hasSize(1);
        assertThat(draft.deadlines()).singleElement().satisfies(d -> {
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2025, 11, 15));
            assertThat(d.phrase()).isEqualTo("chậm nhất ngày 15/11/2025");
        });
        assertThat(draft.text()).doesNotContain("**").doesNotContain("__");
    }

    @Test
    void shouldSkipPageNumbersBetweenParagraphs() {
        PlanDraft draft = read("Số: 45/KH-UBND\n" + BODY + """

                2

                2. Thực hiện tốt dân chủ ở cơ sở.

                - 3 -

                3. Phối hợp với Mặt trận Tổ quốc.
                Nơi nhận:
                - Sở Nội vụ;
                - Lưu: VT.
                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH

                7

                Nguyễn Văn An
                """);
        assertThat(draft.tasks()).extracting(PlanDraft.Task::ordinal).containsExactly("II.1", "II.2", "II.3");
        assertThat(draft.tasks().get(0).content()).doesNotContain("\n2");
        assertThat(draft.recipients()).extracting(PlanDraft.DraftText::text).containsExactly("Sở Nội vụ");
        assertThat(draft.signer().name()).isEqualTo("Nguyễn Văn An");
        assertThat(draft.signer().capacity()).isEqualTo(SigningCapacity.KT);
        assertThat(draft.signer().position()).isEqualTo("Phó Chủ tịch");
        assertThat(codes(draft)).doesNotContain("ORDINAL_OUT_OF_SEQUENCE");
    }

    @Test
    void shouldKeepMisletteredItemsAndWarn() {
        PlanDraft draft = read("Số: 45/KH-UBND\n" + BODY + """
                III. TỔ CHỨC THỰC HIỆN
                1. Các cơ quan, đơn vị có trách nhiệm cụ thể như sau:
                a) Sở Nội vụ
                - Tổng hợp, chấm điểm.
                b) Sở Tư pháp
                - Tuyên truyền pháp luật.
                b) Thanh tra tỉnh
                - Giải quyết khiếu nại.
                """);
        assertThat(draft.responsibilities()).extracting(r -> r.unit().text())
                .containsExactly("Sở Nội vụ", "Sở Tư pháp", "Thanh tra tỉnh");
        assertThat(draft.responsibilities().get(0).unit().unitId()).isEqualTo("u-snv");
        assertThat(draft.responsibilities().get(2).unit().unitId()).isNull();
        assertThat(draft.warnings()).filteredOn(w -> w.code().equals("ORDINAL_OUT_OF_SEQUENCE")).singleElement()
                .satisfies(w -> assertThat(w.args()).containsExactly("c"));
    }

    @Test
    void shouldTakeThePeriodFromGiaiDoanNotFromACongressTerm() {
        PlanDraft draft = read("""
                Số: 45/KH-UBND
                KẾ HOẠCH
                Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025 về công tác dân vận giai đoạn 2022 - 2026
                I. MỤC ĐÍCH, YÊU CẦU
                - Làm tốt.
                """);
        assertThat(draft.periodStart()).isEqualTo(2022);
        assertThat(draft.periodEnd()).isEqualTo(2026);
        PlanDraft yearOnly = read("""
                Số: 46/KH-UBND
                KẾ HOẠCH
                Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 trong năm 2024
                I. MỤC ĐÍCH, YÊU CẦU
                - Làm tốt.
                """);
        assertThat(yearOnly.periodStart()).isEqualTo(2024);
        assertThat(yearOnly.periodEnd()).isEqualTo(2024);
    }

    @Test
    void shouldRecogniseAReportAndWarn() {
        PlanDraft draft = read("""
                ỦY BAN NHÂN DÂN TỈNH TÂY NINH
                Số: 120/BC-UBND
                Tây Ninh, ngày 10 tháng 12 năm 2024
                BÁO CÁO
                Kết quả thực hiện công tác dân vận chính quyền năm 2024
                I. KẾT QUẢ THỰC HIỆN
                1. Đã tổ chức 12 hội nghị quán triệt.
                """);
        assertThat(draft.documentType()).isEqualTo(DocumentType.BAO_CAO);
        assertThat(codes(draft)).first().isEqualTo("NOT_A_PLAN");
        assertThat(draft.title()).isEqualTo("Kết quả thực hiện công tác dân vận chính quyền năm 2024");
    }

    @Test
    void shouldRecogniseANewsArticleAboutAPlanAndNotTakeItsNumber() {
        PlanDraft draft = read("""
                Tây Ninh triển khai công tác dân vận chính quyền năm 2024
                Cập nhật: 08:15 27/03/2024
                UBND tỉnh Tây Ninh vừa ban hành Kế hoạch số 859/KH-UBND ngày 25/3/2024 về thực hiện công tác dân vận chính quyền năm 2024. Theo đó, phấn đấu trên 90% cơ quan được xếp loại Tốt.
                Nguồn: Báo Tây Ninh
                """);
        assertThat(draft.documentType()).isEqualTo(DocumentType.NEWS_ARTICLE);
        assertThat(draft.number()).isNull();
        assertThat(draft.issueDate()).isNull();
        assertThat(codes(draft)).contains("NOT_A_PLAN");
        assertThat(draft.legalBases()).extracting(PlanDraft.LegalBasis::number).contains("859/KH-UBND");
    }

    @Test
    void shouldReadTargetsWithComparatorsAndPopulations() {
        PlanDraft draft = read("Số: 45/KH-UBND\n" + BODY + """
                III. CHỈ TIÊU
                1. 100% cán bộ, công chức được quán triệt.
                2. Phấn đấu trên 90% cơ quan, đơn vị xếp loại Tốt.
                3. Ít nhất 95,5% các xã, phường tổ chức đối thoại.
                """);
        assertThat(draft.targets()).extracting(PlanDraft.TargetDraft::comparator)
                .containsExactly(Comparator.GTE, Comparator.GT, Comparator.GTE);
        assertThat(draft.targets()).extracting(t -> t.thresholdPercent().toPlainString())
                .containsExactly("100", "90", "95.5");
        assertThat(draft.targets()).extracting(PlanDraft.TargetDraft::population).containsExactly(
                PlanDraft.Population.OFFICIALS, PlanDraft.Population.UNITS, PlanDraft.Population.COMMUNES);
    }

    @Test
    void shouldReadTaskFieldsAndMatchUnits() {
        PlanDraft draft = read("Số: 45/KH-UBND\n" + BODY + """
                - Chủ trì: Sở Nội vụ
                - Phối hợp: Sở Tư pháp, Sở Xây dựng và các cơ quan liên quan.
                - Thời gian thực hiện: trước ngày 30/6/2025.
                """);
        PlanDraft.Task task = draft.tasks().get(0);
        assertThat(task.leadUnits()).singleElement().satisfies(u -> assertThat(u.unitId()).isEqualTo("u-snv"));
        assertThat(task.coordinatingUnits()).extracting(PlanDraft.UnitRef::text)
                .containsExactly("Sở Tư pháp", "Sở Xây dựng", "các cơ quan liên quan");
        assertThat(task.coordinatingUnits()).extracting(PlanDraft.UnitRef::unitId).containsExactly("u-stp", null, null);
        assertThat(task.timeFrame().dueDate()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(codes(draft)).contains("UNIT_UNMATCHED");
    }

    @Test
    void shouldMarkABlankDraftNumberAndDayAsMissing() {
        PlanDraft draft = read("Số: /KH-VP\nQuảng Ngãi, ngày tháng 02 năm 2023\n" + BODY);
        assertThat(draft.number()).isNull();
        assertThat(draft.symbol()).isEqualTo("KH-VP");
        assertThat(draft.issueDate()).isNull();
        assertThat(codes(draft)).contains("NUMBER_BLANK", "DATE_INCOMPLETE");
    }

    @Test
    void shouldFindNothingInGarbage() {
        assertThat(read("asdf qwer zxcv 1234 !!!\nlorem ipsum").isEmpty()).isTrue();
    }

    @Test
    void sourcesPointAtTheirValues() {
        for (String name : SeedPlans.NAMES) {
            PlanDraft draft = read(SeedPlans.text(name));
            assertThat(draft.sources()).as(name).doesNotContainValue(null);
            draft.tasks().forEach(t -> java.util.stream.Stream.concat(t.leadUnits().stream(),
                    t.coordinatingUnits().stream()).forEach(u -> assertThat(u.source()).as(u.text()).isNotNull()));
            draft.responsibilities().forEach(r -> assertThat(r.unit().source()).isNotNull());
            draft.targets().forEach(t -> assertThat(draft.text().substring(t.source().start(), t.source().end()))
                    .as(name).contains(t.statement().substring(0, 10)));
            draft.deadlines().forEach(d -> assertThat(draft.text().substring(d.source().start(), d.source().end()))
                    .isEqualTo(d.phrase()));
            if (draft.title() != null) {
                var span = draft.sources().get("title");
                assertThat(draft.text().substring(span.start(), span.end()).replaceAll("\\s+", " "))
                        .isEqualTo(draft.title());
            }
        }
    }
}
