package org.danvan.rubric;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.danvan.common.SearchText;

@ApplicationScoped
public class RubricRepository implements PanacheRepositoryBase<Rubric, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("validFromYear").and("versionNumber", Sort.Direction.Descending)
            .and("id");

    public PanacheQuery<Rubric> search(Optional<String> q) {
        return q.map(text -> {
                    Parameters params = new Parameters();
                    return find(SearchText.allWordsIn("searchText", text, params), NEWEST_FIRST, params);
                })
                .orElseGet(() -> findAll(NEWEST_FIRST));
    }

    /** The highest version number of a line of versions. */
    public int lastVersionNumber(UUID familyId) {
        Integer last = getEntityManager()
                .createQuery("select max(r.versionNumber) from Rubric r where r.familyId = :f", Integer.class)
                .setParameter("f", familyId).getSingleResult();
        return last == null ? 0 : last;
    }

}
