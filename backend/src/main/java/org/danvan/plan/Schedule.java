package org.danvan.plan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.stream.IntStream;

/**
 * When an obligation falls due: one fixed day, or a day of every year ({@code --06-10}) that expands
 * into one period per year of the plan. A 29 February rule falls on the 28th in common years.
 */
public sealed interface Schedule {

    /** One period: the year it reports on and the day it is due. */
    record Due(int year, LocalDate dueDate) {
    }

    List<Due> expand(int periodStart, int periodEnd);

    static Schedule fixed(LocalDate day) {
        return new Fixed(day);
    }

    static Schedule yearly(MonthDay day) {
        return new Yearly(day);
    }

    record Fixed(LocalDate day) implements Schedule {
        @Override
        public List<Due> expand(int periodStart, int periodEnd) {
            return List.of(new Due(day.getYear(), day));
        }
    }

    record Yearly(MonthDay day) implements Schedule {
        @Override
        public List<Due> expand(int periodStart, int periodEnd) {
            return IntStream.rangeClosed(periodStart, periodEnd)
                    .mapToObj(year -> new Due(year, day.atYear(year)))
                    .toList();
        }
    }
}
