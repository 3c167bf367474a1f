package org.danvan.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void shouldFoldVietnameseToLowerCaseWithoutDiacritics() {
        assertThat(SearchText.fold("Sở Nội vụ")).isEqualTo("so noi vu");
    }

    @Test
    void shouldFoldTheCapitalDStrokeAndUpperCase() {
        assertThat(SearchText.fold("ĐỒNG THÁP")).isEqualTo("dong thap");
        assertThat(SearchText.fold("đường")).isEqualTo("duong");
    }

    @Test
    void shouldFoldPrecomposedAndDecomposedTextAlike() {
        String precomposed = Normalizer.normalize("Ủy ban nhân dân tỉnh Đồng Tháp", Normalizer.Form.NFC);
        String decomposed = Normalizer.normalize(precomposed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(precomposed);
        assertThat(SearchText.fold(decomposed)).isEqualTo(SearchText.fold(precomposed))
                .isEqualTo("uy ban nhan dan tinh dong thap");
    }

    @Test
    void shouldCollapseAndTrimSpaces() {
        assertThat(SearchText.fold("  Sở   Nội\tvụ \n Tây  Ninh ")).isEqualTo("so noi vu tay ninh");
    }

    @Test
    void shouldFoldNothingToAnEmptyText() {
        assertThat(SearchText.fold(null)).isEmpty();
        assertThat(SearchText.fold("   ")).isEmpty();
    }

    @Test
    void shouldMakeAContainsPatternOfTheFoldedQuery() {
        assertThat(SearchText.containsPattern("Sở  NỘI vụ")).isEqualTo("%so noi vu%");
    }

    @Test
    void shouldEscapeLikeWildcardsAndTheEscapeCharacter() {
        assertThat(SearchText.containsPattern("100%")).isEqualTo("%100!%%");
        assertThat(SearchText.containsPattern("ke_hoach")).isEqualTo("%ke!_hoach%");
        assertThat(SearchText.containsPattern("!")).isEqualTo("%!!%");
        assertThat(SearchText.containsPattern("a!%_b")).isEqualTo("%a!!!%!_b%");
    }

    @Test
    void shouldEscapeAStartsWithPatternWithoutFolding() {
        assertThat(SearchText.startsWithPattern("/a_b/")).isEqualTo("/a!_b/%");
    }
}
