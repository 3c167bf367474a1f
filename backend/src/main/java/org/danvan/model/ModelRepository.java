package org.danvan.model;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.danvan.common.SearchText;

@ApplicationScoped
public class ModelRepository implements PanacheRepositoryBase<DvModel, UUID> {

    /** The filters of {@code GET /models}; each is optional. */
    public record Filter(Optional<String> q, Optional<UUID> unitId, Optional<ModelField> field, Optional<Integer> year,
            Optional<Boolean> recognized) {
    }

    /** One row of the counts: the group's key, how many models, how many of them recognised. */
    public record CountRow(Object key, String label, long total, long recognized) {
    }

    /** The models the filter keeps, of the units under {@code scopePath} when one is given. */
    public PanacheQuery<DvModel> search(Filter filter, Sort sort, Optional<String> scopePath) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        scopePath.ifPresent(path -> {
            where.add("unit.path like :scope escape '!'");
            params.and("scope", SearchText.startsWithPattern(path));
        });
        filter.q().ifPresent(q -> where.add(SearchText.allWordsIn("searchText", q, params)));
        filter.unitId().ifPresent(id -> {
            where.add("unit.id = :unitId");
            params.and("unitId", id);
        });
        filter.field().ifPresent(field -> {
            where.add("field = :field");
            params.and("field", field);
        });
        filter.year().ifPresent(year -> {
            where.add("registrationYear = :year");
            params.and("year", year);
        });
        filter.recognized().ifPresent(recognized ->
                where.add(recognized ? "recognitionLevel is not null" : "recognitionLevel is null"));
        return find(where.isEmpty() ? "1 = 1" : String.join(" and ", where), sort, params);
    }

    public List<CountRow> countByField(Optional<Integer> year, Optional<String> scopePath) {
        return count("m.field", null, year, scopePath);
    }

    public List<CountRow> countByUnit(Optional<Integer> year, Optional<String> scopePath) {
        return count("m.unit.id", "m.unit.name", year, scopePath);
    }

    public List<CountRow> countByYear(Optional<Integer> year, Optional<String> scopePath) {
        return count("m.registrationYear", null, year, scopePath);
    }

    /** Models and recognised models per group, in one grouped query. */
    private List<CountRow> count(String key, String label, Optional<Integer> year, Optional<String> scopePath) {
        String group = label == null ? key : key + ", " + label;
        String jpql = "select " + key + ", " + (label == null ? "null" : label) + ", count(m),"
                + " sum(case when m.recognitionLevel is null then 0 else 1 end)"
                + " from DvModel m where 1 = 1" + (year.isPresent() ? " and m.registrationYear = :year" : "")
                + (scopePath.isPresent() ? " and m.unit.path like :scope escape '!'" : "")
                + " group by " + group;
        var query = getEntityManager().createQuery(jpql, Object[].class);
        year.ifPresent(y -> query.setParameter("year", y));
        scopePath.ifPresent(path -> query.setParameter("scope", SearchText.startsWithPattern(path)));
        return query.getResultStream().map(row -> new CountRow(row[0], (String) row[1],
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue())).toList();
    }
}
