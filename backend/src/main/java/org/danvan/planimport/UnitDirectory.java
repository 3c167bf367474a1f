package org.danvan.planimport;

import java.util.List;
import org.danvan.common.SearchText;

/** The org units an import may match names against; the service reads them from the database. */
public interface UnitDirectory {

    record Candidate(String id, String name) {

        String folded() {
            return UnitNames.fold(name);
        }
    }

    /** Units whose folded name starts with {@code foldedPrefix} (see {@link UnitNames#fold}). */
    List<Candidate> startingWith(String foldedPrefix);

    UnitDirectory NONE = prefix -> List.of();

    static UnitDirectory of(List<Candidate> units) {
        return prefix -> units.stream().filter(c -> c.folded().startsWith(prefix)).toList();
    }

    /** Folding of unit names: diacritics and case as {@link SearchText}, UBND and Ủy ban nhân dân alike. */
    final class UnitNames {
        private UnitNames() {
        }

        public static String fold(String name) {
            return SearchText.fold(name).replace("uy ban nhan dan", "ubnd").replace("u ban nhan dan", "ubnd")
                    .replaceAll("[()\"“”]", "").replaceAll("\\s*-\\s*", " - ").trim();
        }
    }
}
