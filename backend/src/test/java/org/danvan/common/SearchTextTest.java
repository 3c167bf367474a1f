package org.danvan.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.panache.common.Parameters;
import java.text.Normalizer;
import java.util.Map;
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

    @Test
    void shouldSplitAQueryIntoFoldedWordsAtSpaces() {
        assertThat(SearchText.words("  Dân   VẬN\t2024 ")).containsExactly("dan", "van", "2024");
        assertThat(SearchText.words("Đồng Tháp")).containsExactly("dong", "thap");
    }

    @Test
    void shouldKeepPunctuationInsideAWord() {
        assertThat(SearchText.words("KH-UBND 859")).containsExactly("kh-ubnd", "859");
        assertThat(SearchText.words("859/KH-UBND")).containsExactly("859/kh-ubnd");
    }

    @Test
    void shouldDropRepeatedWordsAndKeepEveryOther() {
        assertThat(SearchText.words("dân Dân DAN vận")).containsExactly("dan", "van");
        assertThat(SearchText.words("a b c d e f g h i j k l")).hasSize(12).endsWith("k", "l");
    }

    @Test
    void shouldFindNoWordsInBlankText() {
        assertThat(SearchText.words(null)).isEmpty();
        assertThat(SearchText.words(" \t ")).isEmpty();
    }

    @Test
    void shouldRequireEveryWordInTheColumnWithOneEscapedPatternEach() {
        Parameters params = new Parameters();
        assertThat(SearchText.allWordsIn("searchText", "Tây Ninh 100%", params)).isEqualTo(
                "searchText like :q0 escape '!' and searchText like :q1 escape '!' and searchText like :q2 escape '!'");
        assertThat(params.map()).isEqualTo(Map.of("q0", "%tay%", "q1", "%ninh%", "q2", "%100!%%"));
    }

    @Test
    void shouldMatchEverythingForAQueryWithoutWords() {
        Parameters params = new Parameters();
        assertThat(SearchText.allWordsIn("searchText", "   ", params)).isEqualTo("1 = 1");
        assertThat(params.map()).isEmpty();
    }
}
