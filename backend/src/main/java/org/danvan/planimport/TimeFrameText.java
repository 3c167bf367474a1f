package org.danvan.planimport;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.danvan.common.SearchText;
import org.danvan.plan.TimeFrameKind;
import org.danvan.plan.TimeFrames;
import org.danvan.planimport.PlanDraft.TimeFrame;

/**
 * A task's time frame as a plan words it (Thời gian thực hiện: ...): "Thường xuyên", a day ("trước
 * ngày 30/6/2025"), a quarter ("Quý II/2024", "quý 2 năm 2024"), a month ("tháng 6/2023", "tháng 6
 * năm 2023"), otherwise the plan's whole period ("Cả năm 2023").
 */
final class TimeFrameText {

    /** Quý II/2024, quý 2 năm 2024, Quý IV - 2024: groups quarter (Roman or Arabic), year. */
    private static final Pattern QUARTER = Pattern.compile(
            "(?<![\\p{L}\\d])quý\\s+(IV|III|II|I|[1-4])\\s*(?:/|-|,?\\s*năm)\\s*(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** tháng 6/2023, tháng 06 năm 2023: groups month, year; not a day's month ("30 tháng 6 năm 2023"). */
    private static final Pattern MONTH = Pattern.compile(
            "(?<![\\p{L}\\d])(?<!\\d\\s)tháng\\s+(\\d{1,2})\\s*(?:/|-|,?\\s*năm)\\s*(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private TimeFrameText() {
    }

    static TimeFrame read(String value) {
        if (SearchText.fold(value).contains("thuong xuyen")) {
            return new TimeFrame(TimeFrameKind.CONTINUOUS, null, null, null, null, value);
        }
        Optional<LocalDate> date = VnDates.first(value);
        if (date.isPresent()) {
            return new TimeFrame(TimeFrameKind.BY_DATE, date.get(), null, null, null, value);
        }
        Matcher quarter = QUARTER.matcher(value);
        if (quarter.find()) {
            int q = quarterNumber(quarter.group(1));
            int year = Integer.parseInt(quarter.group(2));
            return new TimeFrame(TimeFrameKind.BY_QUARTER, TimeFrames.endOfQuarter(year, q), year, null, q, value);
        }
        Matcher month = MONTH.matcher(value);
        while (month.find()) {
            int m = Integer.parseInt(month.group(1));
            int year = Integer.parseInt(month.group(2));
            if (m >= 1 && m <= 12) {
                return new TimeFrame(TimeFrameKind.BY_MONTH, TimeFrames.endOfMonth(year, m), year, m, null, value);
            }
        }
        return new TimeFrame(TimeFrameKind.WHOLE_PERIOD, null, null, null, null, value);
    }

    private static int quarterNumber(String written) {
        return switch (written.toUpperCase(Locale.ROOT)) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> 4;
        };
    }
}
