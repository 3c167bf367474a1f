package org.danvan.planimport;

import java.util.List;
import org.danvan.common.SearchText;

/** The org units an import may match names against; the service reads them from the database. */
public interface UnitDirectory {

    /**
     * A unit or group a name may stand for, with where it sits in the tree: a unit's path; a group's
     * scope unit's path and its explicit members' paths. No paths: where it sits is not known.
     */
    record Candidate(String id, String name, List<String> paths) {

        public Candidate(String id, String name) {
            this(id, name, List.of());
        }

        String folded() {
            return UnitNames.fold(name);
        }

        /** Whether it sits under {@code path} (a candidate whose place is not known, always). */
        boolean isUnder(String path) {
            return paths.isEmpty() || paths.stream().anyMatch(p -> p.startsWith(path));
        }
    }

    /** Units whose folded name starts with {@code foldedPrefix} (see {@link UnitNames#fold}). */
    List<Candidate> startingWith(String foldedPrefix);

    /** Unit groups ("Các sở, ban, ngành tỉnh Tây Ninh") whose folded name starts with {@code foldedPrefix}. */
    default List<Candidate> groupsStartingWith(String foldedPrefix) {
        return List.of();
    }

    /**
     * The directory of the tree the unit {@code unitId} belongs to (its province: the units under its
     * top unit, and the groups scoped to or holding one of them); this directory itself when that unit
     * or its place is not known.
     */
    default UnitDirectory treeOf(String unitId) {
        return this;
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

            @Override
            public UnitDirectory treeOf(String unitId) {
                // a path is "/top/.../unit/": the tree is what lies under "/top/"
                return units.stream().filter(c -> c.id().equals(unitId)).flatMap(c -> c.paths().stream())
                        .findFirst().map(path -> path.substring(0, path.indexOf('/', 1) + 1))
                        .map(top -> of(units.stream().filter(c -> c.isUnder(top)).toList(),
                                groups.stream().filter(c -> c.isUnder(top)).toList()))
                        .orElse(this);
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
