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

    /** Unit groups ("Các sở, ban, ngành tỉnh Tây Ninh") whose folded name starts with {@code foldedPrefix}. */
    default List<Candidate> groupsStartingWith(String foldedPrefix) {
        return List.of();
    }

    UnitDirectory NONE = prefix -> List.of();

    static UnitDirectory of(List<Candidate> units) {
        return of(units, List.of());
    }

    static UnitDirectory of(List<Candidate> units, List<Candidate> groups) {
        return new UnitDirectory() {
            @Override
            public List<Candidate> startingWith(String foldedPrefix) {
                return units.stream().filter(c -> c.folded().startsWith(foldedPrefix)).toList();
            }

            @Override
            public List<Candidate> groupsStartingWith(String foldedPrefix) {
                return groups.stream().filter(c -> c.folded().startsWith(foldedPrefix)).toList();
            }
        };
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
