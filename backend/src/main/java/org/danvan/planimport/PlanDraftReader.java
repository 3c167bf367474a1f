package org.danvan.planimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.danvan.common.SearchText;
import org.danvan.plan.Comparator;
import org.danvan.plan.ObligationKind;
import org.danvan.plan.SigningCapacity;
import org.danvan.plan.TaskSection;
import org.danvan.plan.TimeFrameKind;
import org.danvan.planimport.ImportText.Segment;
import org.danvan.planimport.Outline.Item;
import org.danvan.planimport.Outline.Section;
import org.danvan.planimport.PlanDraft.Deadline;
import org.danvan.planimport.PlanDraft.DocumentType;
import org.danvan.planimport.PlanDraft.DraftText;
import org.danvan.planimport.PlanDraft.Population;
import org.danvan.planimport.PlanDraft.Responsibility;
import org.danvan.planimport.PlanDraft.Signer;
import org.danvan.planimport.PlanDraft.TargetDraft;
import org.danvan.planimport.PlanDraft.Task;
import org.danvan.planimport.PlanDraft.TimeFrame;
import org.danvan.planimport.PlanDraft.UnitRef;
import org.danvan.planimport.PlanDraft.Warning;

/**
 * Reads a plan draft from a Vietnamese administrative document laid out after Nghị định 30/2020:
 * header (issuing body | national motto, Số, place and date), the type and subject line, the
 * preamble (Căn cứ, Thực hiện), roman sections with numbered items, "Nơi nhận:" and the signature
 * block. Plain Java: no container, no database; units are matched through a {@link UnitDirectory}.
 */
public final class PlanDraftReader {

    private static final int HEADER_SEGMENTS = 40;
    private static final Pattern NEWS_MARKS = Pattern.compile("(\\bbao\\b.{0,40}\\b(dien tu|online)|cong thong tin dien tu|\\bnguon\\s*:|"
                    + "\\btac gia\\b|luot xem|chia se|cap nhat|dang ngay|\\bphong vien\\b|\\bpv\\b|\\btin\\s*,?\\s*anh\\b|"
                    + "vua ban hanh|\\.vn\\b|https?://)");
    private static final Pattern OWN_PLAN = Pattern.compile("(?:ban hành|xây dựng)\\s+(?:Kế hoạch|kế hoạch)([^.;]*)");
    private static final Pattern RULE_LINE = Pattern.compile("^[-_*=.\\s]{3,}$");
    private static final Pattern CITES_NUMBER = Pattern.compile("\\bsố\\s+\\d");
    private static final Pattern SEMIANNUAL = Pattern.compile("\\b(0?6|sau) thang\\b");
    private static final Pattern FIVE_YEARS = Pattern.compile("\\b(tong ket|so ket)\\b.*\\b0?5 nam\\b", Pattern.DOTALL);
    private static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBER_LINE = Pattern.compile("^Số\\s*:?\\s*(\\d{0,6})\\s*([/\\-])?\\s*"
            + "((?:\\d{4}\\s*/\\s*)?[A-ZĐ][A-Za-zĐđ0-9]*(?:\\s*[\\-/]\\s*[A-ZĐ0-9][A-Za-zĐđ0-9]*)*)");
    private static final Pattern PLACE_DATE = Pattern.compile("(\\p{Lu}[\\p{L}.'\\-]*(?:[ ]\\p{Lu}[\\p{L}.'\\-]*){0,4})"
            + "\\s*,\\s*ngày\\s*(?:(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})"
            + "|(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})?\\s*năm\\s*(\\d{4}))");
    private static final Pattern TYPE_LINE = Pattern.compile("^(KẾ HOẠCH|BÁO CÁO|QUYẾT ĐỊNH|CHỈ THỊ|CHƯƠNG TRÌNH"
            + "|HƯỚNG DẪN|THÔNG BÁO|TỜ TRÌNH|QUY CHẾ|QUY ĐỊNH|NGHỊ QUYẾT|KẾT LUẬN|CÔNG VĂN)(?![\\p{Lu}])\\s*[:.]?\\s*(.*)$");
    private static final Pattern RANGE = Pattern.compile("(\\d{4})\\s*[-–—]\\s*(\\d{4})");
    private static final Pattern PERIOD_RANGE = Pattern.compile("(?:giai đoạn|thời kỳ|từ năm)\\s+(\\d{4})\\s*(?:[-–—]|đến(?: năm)?)\\s*(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\bnăm\\s+(\\d{4})\\b");
    // a Party congress or a term of office: "nhiệm kỳ 2020 - 2025", "khóa XI", "lần thứ XI (2020-2025)"
    private static final Pattern TERM_BEFORE = Pattern.compile("(?:nhiệm kỳ|khóa|khoá|lần thứ\\s+[IVXL]+)"
            + "\\s*(?:[IVXL]+\\s*)?[,(:]?\\s*(?:từ\\s+)?(?:năm\\s+)?$");
    private static final Pattern IMPLEMENTS = Pattern.compile("^(?:Thực hiện|Triển khai(?: thực hiện)?|Căn cứ)\\s+"
            + "((?:[\\p{L}\\-]+\\s+){1,6}?số\\s+" + Citations.NUMBER + "(?:\\s*,?\\s*ngày\\s+" + VnDates.DAY + ")?)");
    private static final Pattern ISSUER_VERB = Pattern.compile("(?:^|[,;.]\\s*)([^,;.]{3,80}?)\\s+(?:\\([^)]{1,40}\\)\\s+)?"
            + "(?:ban hành|xây dựng|triển khai)\\s+(?:Kế hoạch|Chương trình|Báo cáo|Quyết định|Hướng dẫn|kế hoạch)");
    private static final Pattern PROVINCE = Pattern.compile("\\b(?:tỉnh|thành phố)\\s+(\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){0,3})");
    private static final Pattern CAPACITY = Pattern.compile("^(TM|KT|TL|TUQ|Q)\\s*\\.\\s*(.*)$");
    private static final Pattern PERSON = Pattern.compile("^\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,5}$");
    private static final Pattern DEADLINE = Pattern.compile("(chậm nhất|muộn nhất|hạn chót|hạn cuối|trước)\\s+(?:là\\s+)?"
            + "(?:vào\\s+)?(?:ngày\\s+)?" + VnDates.DAY + "(\\s*(?:hàng|hằng)\\s+năm)?");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*%");
    private static final Pattern FIELD = Pattern.compile("^(Chỉ đạo|Cơ quan chỉ đạo|Chủ trì|Cơ quan chủ trì|Đơn vị chủ trì"
            + "|Tham mưu,?\\s*thực hiện|Cơ quan thực hiện|Đơn vị thực hiện|Thực hiện|Phối hợp|Cơ quan phối hợp"
            + "|Đơn vị phối hợp|Thời gian thực hiện|Thời gian hoàn thành|Thời gian|Thời hạn|Tiến độ)\\s*:\\s*(.*)$");
    private static final Pattern UNIT_SPLIT = Pattern.compile("\\s*;\\s*|,\\s+(?=(?:Sở|Ban|Phòng|Trung tâm|Văn phòng"
            + "|UBND|Ủy ban|Thanh tra|Công an|Bộ|Cục|Đài|Báo|Hội|Mặt trận|Tỉnh đoàn|Liên đoàn|Chánh|Trưởng|Lãnh đạo"
            + "|Kho bạc|Đảng ủy|các)\\b)|\\s+và\\s+(?=(?:các|Sở|Ban|Phòng|Trung tâm|Văn phòng|UBND|Ủy ban|Thanh tra"
            + "|Công an|Đài|Hội)\\b)");
    private static final List<String> UNIT_WORDS = List.of("so ", "ban ", "phong ", "trung tam", "van phong", "ubnd",
            "thanh tra", "cong an", "bo ", "cuc ", "chi cuc", "cac ", "co quan", "don vi", "thu truong", "truong ",
            "pho truong", "chu tich", "lanh dao", "giam doc", "dai ", "bao ", "hoi ", "mat tran", "tinh doan",
            "lien doan", "doan ", "kho bac", "toa an", "vien kiem sat", "hdnd", "hoi dong", "dang uy", "tinh uy",
            "chanh ", "nguoi dung dau", "bch ", "benh vien", "nganh ", "uy ban");

    /** The holder of a unit's office, before the unit's name: "Thủ trưởng các sở", "Chủ tịch UBND ...". */
    private static final Pattern HOLDER = Pattern.compile("(?:Thủ trưởng|Chủ tịch|Giám đốc|Lãnh đạo|Người đứng đầu"
            + "|Chánh Văn phòng|Chánh Thanh tra|Trưởng)\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern CLOSING = Pattern.compile("\\s*Trên đây là\\b");

    private final UnitDirectory units;

    public PlanDraftReader(UnitDirectory units) {
        this.units = units;
    }

    /** The draft of {@code raw}; {@link PlanDraft#isEmpty()} when nothing of a document was found. */
    public PlanDraft read(String raw) {
        return new Run(ImportText.of(raw)).read();
    }

    /** One reading: the text and what has been found so far. */
    private final class Run {
        final ImportText doc;
        final String text;
        final List<Segment> segs;
        final Map<String, Span> sources = new LinkedHashMap<>();
        final List<Warning> warnings = new ArrayList<>();
        String province;
        /** Where names are matched: the whole directory, then the issuer's tree once the issuer is matched. */
        UnitDirectory directory = units;

        Run(ImportText doc) {
            this.doc = doc;
            this.text = doc.text();
            this.segs = doc.segments();
        }

        PlanDraft read() {
            int headerEnd = Math.min(segs.size(), HEADER_SEGMENTS);
            int firstSection = firstSection();
            int bodyEnd = bodyEnd();
            // number and symbol
            String number = null;
            Integer numberValue = null;
            String symbol = null;
            for (int i = 0; i < Math.min(headerEnd, firstSection); i++) {
                Matcher m = NUMBER_LINE.matcher(segs.get(i).text());
                if (m.find()) {
                    symbol = Citations.compact(m.group(3));
                    String digits = m.group(1);
                    if (!digits.isEmpty()) {
                        numberValue = Integer.valueOf(digits);
                        number = Integer.parseInt(digits) + (m.group(2) == null ? "/" : m.group(2)) + symbol;
                        if (digits.startsWith("0")) {
                            number = digits + (m.group(2) == null ? "/" : m.group(2)) + symbol;
                        }
                    } else {
                        warnings.add(Warning.of("NUMBER_BLANK", seg(i)));
                    }
                    sources.put("number", spanOf(segs.get(i), m.start(), m.end()));
                    break;
                }
            }
            // type line, title
            int typeIdx = -1;
            DocumentType type = null;
            String titleStart = null;
            for (int i = 0; i < Math.min(headerEnd, firstSection); i++) {
                Matcher m = TYPE_LINE.matcher(segs.get(i).text());
                if (m.matches() && !m.group(2).equals(m.group(2).toUpperCase(Locale.ROOT)) || m.matches()
                        && m.group(2).isEmpty()) {
                    typeIdx = i;
                    type = typeOf(m.group(1));
                    titleStart = m.group(2).isBlank() ? null : m.group(2);
                    sources.put("documentType", seg(i));
                    break;
                }
            }
            if (type == null && symbol != null) {
                type = typeOfSymbol(symbol);
            }
            if (type == null) {
                type = looksLikeNews() ? DocumentType.NEWS_ARTICLE : DocumentType.UNKNOWN;
            }
            String title = null;
            int titleEnd = typeIdx;
            if (typeIdx >= 0) {
                List<Segment> lines = new ArrayList<>();
                if (titleStart != null) {
                    lines.add(segs.get(typeIdx));
                }
                for (int i = typeIdx + 1; i < Math.min(segs.size(), typeIdx + 6) && i < firstSection; i++) {
                    Segment s = segs.get(i);
                    if (!lines.isEmpty() && s.line() > lines.get(lines.size() - 1).line() + 1 || endsTitle(s)) {
                        break;
                    }
                    if (lines.isEmpty() && s.line() > segs.get(typeIdx).line() + 3) {
                        break;
                    }
                    lines.add(s);
                    titleEnd = i;
                }
                if (!lines.isEmpty()) {
                    StringBuilder joined = new StringBuilder();
                    for (Segment s : lines) {
                        String part = s == segs.get(typeIdx) ? titleStart : s.text();
                        joined.append(joined.isEmpty() ? "" : " ").append(part);
                    }
                    title = joined.toString().replaceAll("\\s+", " ").strip();
                    Segment first = lines.get(0);
                    int start = first == segs.get(typeIdx) ? first.end() - titleStart.length() : first.start();
                    sources.put("title", new Span(start, lines.get(lines.size() - 1).end(), first.line()));
                }
            } else if (!segs.isEmpty()) {
                for (int i = 0; i < Math.min(headerEnd, segs.size()); i++) {
                    String t = segs.get(i).text();
                    if (t.startsWith("V/v") || type == DocumentType.NEWS_ARTICLE && t.length() > 20) {
                        title = t.replaceFirst("^V/v\\s*:?\\s*", "");
                        sources.put("title", seg(i));
                        titleEnd = i;
                        break;
                    }
                }
            }
            if (title == null) {
                warnings.add(Warning.of("TITLE_NOT_FOUND", null));
            }
            // place and date
            String place = null;
            LocalDate date = null;
            for (int i = 0; i < Math.min(headerEnd, segs.size()) && i < firstSection; i++) {
                Segment s = segs.get(i);
                Matcher m = PLACE_DATE.matcher(text).region(s.start(), Math.min(text.length(), s.start() + 160));
                if (m.lookingAt() || (m = PLACE_DATE.matcher(s.text())).find() && m.start() == 0) {
                    boolean inText = m.regionStart() == s.start();
                    int start = inText ? m.start() : s.start() + m.start();
                    int end = inText ? m.end() : s.start() + m.end();
                    place = m.group(1);
                    sources.put("issuePlace", doc.span(start, start + place.length()));
                    sources.put("issueDate", doc.span(start, end));
                    Integer day = m.group(2) != null ? Integer.valueOf(m.group(2)) : m.group(5) == null ? null : Integer.valueOf(m.group(5));
                    Integer month = m.group(3) != null ? Integer.valueOf(m.group(3)) : m.group(6) == null ? null : Integer.valueOf(m.group(6));
                    int year = Integer.parseInt(m.group(4) != null ? m.group(4) : m.group(7));
                    if (day == null || month == null) {
                        warnings.add(Warning.of("DATE_INCOMPLETE", doc.span(start, end)));
                    } else {
                        date = VnDates.of(year, month, day).orElse(null);
                        if (date == null) {
                            warnings.add(Warning.of("DATE_INVALID", doc.span(start, end)));
                        }
                    }
                    break;
                }
            }
            if (sources.get("issueDate") == null) {
                warnings.add(Warning.of("DATE_NOT_FOUND", null));
            }
            if (number == null && symbol == null && type != DocumentType.NEWS_ARTICLE) {
                warnings.add(Warning.of("NUMBER_NOT_FOUND", null));
            }
            // preamble: from the title to the first section
            int preambleFrom = Math.max(titleEnd + 1, 0);
            int preambleTo = firstSection;
            String implementsText = null;
            String issuer = headerIssuer(Math.min(typeIdx < 0 ? headerEnd : typeIdx, firstSection));
            for (int i = preambleFrom; i < preambleTo; i++) {
                Segment s = segs.get(i);
                if (implementsText == null) {
                    Matcher m = IMPLEMENTS.matcher(s.text());
                    if (m.find() && !s.text().startsWith("Căn cứ")) {
                        implementsText = m.group(1).replaceAll("\\s+", " ").strip();
                        sources.put("implements", spanOf(s, m.start(1), m.end(1)));
                    }
                }
                if (issuer == null) {
                    Matcher m = ISSUER_VERB.matcher(s.text());
                    if (m.find()) {
                        issuer = m.group(1).strip();
                        sources.put("issuer", spanOf(s, m.start(1), m.end(1)));
                    }
                }
            }
            Signer signer = signer(bodyEnd);
            if (issuer == null && signer != null && signer.capacity() == SigningCapacity.TM) {
                Segment capacityLine = segAt(signer.source().start());
                Matcher m = capacityLine == null ? null : CAPACITY.matcher(capacityLine.text());
                if (m != null && m.matches()) {
                    issuer = properCase(m.group(2));
                    sources.put("issuer", spanOf(capacityLine, m.start(2), m.end(2)));
                }
            }
            province = provinceName(title, place);
            if (issuer != null) {
                String folded = SearchText.fold(issuer);
                if ((folded.endsWith(" tinh") || folded.endsWith(" thanh pho") || folded.equals("ubnd tinh"))
                        && province != null) {
                    issuer = issuer + " " + province;
                }
            } else if (type != DocumentType.NEWS_ARTICLE) {
                warnings.add(Warning.of("ISSUER_NOT_FOUND", null));
            }
            String issuerUnitId = issuer == null ? null : match(issuer, sources.get("issuer")).unitId();
            if (issuerUnitId != null) {
                // the plan's units are those of the issuer's province: a unit or group of the same name
                // in another tree (another province's "Sở Nội vụ", a group of another scope) neither
                // makes a name ambiguous nor is matched, whatever else the directory holds
                directory = units.treeOf(issuerUnitId);
            }
            // period
            Integer periodStart = null;
            Integer periodEnd = null;
            int[] period = title == null ? null : period(title, sources.get("title"));
            if (period == null) {
                for (int i = preambleFrom; i < preambleTo && period == null; i++) {
                    String t = segs.get(i).text();
                    Matcher own = OWN_PLAN.matcher(t);
                    if (own.find()) {
                        period = period(own.group(1), spanOf(segs.get(i), own.start(1), own.end(1)));
                    }
                }
            }
            if (period != null) {
                periodStart = period[0];
                periodEnd = period[1];
            } else if (date != null || sources.containsKey("issueDate")) {
                int year = date != null ? date.getYear() : yearOf(sources.get("issueDate"));
                periodStart = year;
                periodEnd = year;
                warnings.add(Warning.of("PERIOD_GUESSED", sources.get("issueDate"), year));
            } else {
                warnings.add(Warning.of("PERIOD_NOT_FOUND", null));
            }
            // body
            Outline outline = Outline.read(segs, firstSection, bodyEnd);
            outline.outOfSequence.forEach(o -> warnings.add(Warning.of("ORDINAL_OUT_OF_SEQUENCE", o.at().span(),
                    o.expected())));
            List<DraftText> purposes = new ArrayList<>();
            List<Task> tasks = new ArrayList<>();
            List<TargetDraft> targets = new ArrayList<>();
            List<Responsibility> responsibilities = new ArrayList<>();
            List<Task> duties = new ArrayList<>();
            for (Section section : outline.sections) {
                switch (kindOf(section.heading())) {
                    case PURPOSES -> purposes(section, purposes, targets);
                    case TARGETS -> section.items().forEach(item -> targets.add(target(section.roman(), item)));
                    case TASKS -> tasks(section, tasks);
                    case RESPONSIBILITIES -> responsibilities(section, responsibilities, duties);
                    default -> { }
                }
            }
            if (type == DocumentType.KE_HOACH && tasks.isEmpty()) {
                warnings.add(Warning.of("NO_TASKS", null));
            }
            List<Citations.Found> cited = Citations.find(doc, 0, bodyEnd < segs.size() ? segs.get(bodyEnd).start()
                    : text.length());
            List<Deadline> deadlines = deadlines(firstSection, bodyEnd, periodStart, periodEnd);
            List<DraftText> recipients = recipients(bodyEnd);
            if (signer == null && type != DocumentType.NEWS_ARTICLE) {
                warnings.add(Warning.of("SIGNER_NOT_FOUND", null));
            }
            if (type != DocumentType.KE_HOACH) {
                warnings.add(0, Warning.of("NOT_A_PLAN", sources.get("documentType"), type));
            }
            if (period != null && periodSpan != null) {
                sources.put("period", periodSpan);
            }
            return new PlanDraft(text, type, number, numberValue, symbol, issuer, issuerUnitId, place, date, title,
                    periodStart, periodEnd, implementsText, sources, Citations.distinct(cited, number), purposes,
                    tasks, duties, targets, deadlines, responsibilities, recipients, signer, warnings);
        }

        Span periodSpan;

        int yearOf(Span span) {
            Matcher m = Pattern.compile("\\d{4}").matcher(text.substring(span.start(), span.end()));
            int year = 0;
            while (m.find()) {
                year = Integer.parseInt(m.group());
            }
            return year;
        }

        // ---- header

        int firstSection() {
            for (int i = 0; i < segs.size(); i++) {
                if (Outline.ROMAN.matcher(segs.get(i).text()).matches()) {
                    return i;
                }
            }
            // no roman sections: the body starts at the first numbered item
            for (int i = 0; i < segs.size(); i++) {
                if (Outline.NUMBERED.matcher(segs.get(i).text()).matches()) {
                    return i;
                }
            }
            return segs.size();
        }

        int bodyEnd() {
            for (int i = segs.size() - 1; i >= 0; i--) {
                if (SearchText.fold(segs.get(i).text()).startsWith("noi nhan")) {
                    return i;
                }
            }
            for (int i = 0; i < segs.size(); i++) {
                if (segs.get(i).text().endsWith("./.")) {
                    return i + 1;
                }
            }
            return segs.size();
        }

        boolean endsTitle(Segment s) {
            String t = s.text();
            return Outline.ROMAN.matcher(t).matches() || Outline.NUMBERED.matcher(t).matches()
                    || t.startsWith("Căn cứ") || t.startsWith("Theo ") || t.startsWith("Trên cơ sở")
                    || t.startsWith("Nhằm ") || t.startsWith("Để ") || RULE_LINE.matcher(t).matches()
                    || (t.startsWith("Thực hiện") || t.startsWith("Triển khai")) && CITES_NUMBER.matcher(t).find()
                    || t.length() > 300 || t.endsWith(":") || t.endsWith(";")
                    || NUMBER_LINE.matcher(t).find() || PLACE_DATE.matcher(t).find();
        }

        String headerIssuer(int before) {
            List<Segment> lines = new ArrayList<>();
            for (int i = 0; i < before; i++) {
                Segment s = segs.get(i);
                String t = s.text();
                String folded = SearchText.fold(t);
                boolean upper = t.equals(t.toUpperCase(Locale.ROOT)) && t.chars().anyMatch(Character::isLetter);
                // the right column (national motto and its rule) may interleave with the left one
                if (folded.startsWith("cong hoa") || folded.startsWith("doc lap") || folded.startsWith("dang cong san")
                        || t.matches("^[-_*=.\\s]+$")) {
                    continue;
                }
                if (!upper || NUMBER_LINE.matcher(t).find() || TYPE_LINE.matcher(t).matches()) {
                    if (!lines.isEmpty()) {
                        break;
                    }
                    continue;
                }
                lines.add(s);
                if (lines.size() == 3) {
                    break;
                }
            }
            if (lines.isEmpty()) {
                return null;
            }
            String joined = String.join(" ", lines.stream().map(Segment::text).toList());
            sources.put("issuer", Span.covering(lines.get(0).span(), lines.get(lines.size() - 1).span()));
            UnitRef matched = match(properCase(joined), null);
            return matched.unitName() != null ? matched.unitName() : properCase(joined);
        }

        String provinceName(String title, String place) {
            if (title != null) {
                Matcher m = PROVINCE.matcher(title);
                if (m.find()) {
                    return m.group(1);
                }
            }
            if (place != null) {
                return place;
            }
            Matcher m = PROVINCE.matcher(text);
            return m.find() ? m.group(1) : null;
        }

        /** Vietnamese prose of some length with the marks of a press or web page. */
        boolean looksLikeNews() {
            String raw = text.substring(0, Math.min(text.length(), 3000));
            if (!VIETNAMESE.matcher(raw).find() || raw.split("\\s+").length < 30) {
                return false;
            }
            String head = SearchText.fold(raw);
            return NEWS_MARKS.matcher(head).find();
        }

        /** Years of the plan's period in {@code phrase}: "giai đoạn 2022 - 2026" wins over a term of office. */
        int[] period(String phrase, Span where) {
            Matcher m = PERIOD_RANGE.matcher(phrase);
            while (m.find()) {
                if (!termBefore(phrase, m.start())) {
                    return found(phrase, where, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                }
            }
            m = YEAR.matcher(phrase);
            while (m.find()) {
                if (!termBefore(phrase, m.start())) {
                    int year = Integer.parseInt(m.group(1));
                    return found(phrase, where, m, year, year);
                }
            }
            m = RANGE.matcher(phrase);
            while (m.find()) {
                if (!termBefore(phrase, m.start())) {
                    return found(phrase, where, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                }
            }
            return null;
        }

        int[] found(String phrase, Span where, Matcher m, int start, int end) {
            if (end < start || start < 1945 || end > 2200) {
                return null;
            }
            if (where != null) {
                int at = text.indexOf(phrase.substring(m.start(), m.end()), where.start());
                if (at >= 0) {
                    periodSpan = doc.span(at, at + m.end() - m.start());
                }
            }
            return new int[] {start, end};
        }

        boolean termBefore(String phrase, int at) {
            return TERM_BEFORE.matcher(phrase.substring(Math.max(0, at - 70), at)).find();
        }

        // ---- body

        void purposes(Section section, List<DraftText> purposes, List<TargetDraft> targets) {
            List<Item> items = section.items();
            boolean labels = !items.isEmpty() && items.stream().allMatch(i -> i.heading().split("\\s+").length <= 6
                    && !i.body().isEmpty() && !i.heading().endsWith("."));
            if (labels) {
                for (Item label : items) {
                    String folded = SearchText.fold(label.heading());
                    boolean targetLabel = folded.contains("chi tieu") || folded.contains("muc tieu");
                    for (Segment s : label.body()) {
                        String bullet = Outline.bulletText(s.text());
                        String line = bullet != null ? bullet : s.text();
                        if (targetLabel) {
                            targets.add(targetOf(section.roman() + "." + label.ordinal() + "." + (targets.size() + 1),
                                    line, s.span()));
                        } else {
                            purposes.add(new DraftText(line, s.span()));
                        }
                    }
                }
                return;
            }
            if (!items.isEmpty()) {
                items.forEach(item -> purposes.add(new DraftText(item.fullText(), item.span())));
                return;
            }
            for (Segment s : section.intro()) {
                String bullet = Outline.bulletText(s.text());
                purposes.add(new DraftText(bullet != null ? bullet : s.text(), s.span()));
            }
        }

        void tasks(Section section, List<Task> tasks) {
            List<Item> items = !section.items().isEmpty() ? section.items() : section.looseLetters();
            if (items.isEmpty()) {
                for (Segment s : section.intro()) {
                    String bullet = Outline.bulletText(s.text());
                    if (bullet != null) {
                        tasks.add(new Task(section.roman() + "." + (tasks.size() + 1), TaskSection.TASK, bullet, null, null, List.of(),
                                null, List.of(), null, s.span()));
                    }
                }
                return;
            }
            for (Item item : items) {
                tasks.add(task(section.roman() + "." + item.ordinal(), item));
            }
        }

        Task task(String ordinal, Item item) {
            String directed = null;
            String lead = null;
            String coordinating = null;
            TimeFrame frame = null;
            StringBuilder content = new StringBuilder(item.heading());
            List<Segment> lines = new ArrayList<>(item.body());
            item.letters().forEach(l -> {
                lines.add(l.first());
                lines.addAll(l.body());
            });
            for (Segment s : lines) {
                String line = Optional.ofNullable(Outline.bulletText(s.text())).orElse(s.text());
                Matcher m = FIELD.matcher(line);
                if (m.matches()) {
                    String label = SearchText.fold(m.group(1));
                    String value = m.group(2).strip().replaceAll("[.;]+$", "").strip();
                    if (label.contains("chi dao")) {
                        directed = value;
                    } else if (label.contains("phoi hop")) {
                        coordinating = value;
                    } else if (label.startsWith("thoi") || label.startsWith("tien do")) {
                        frame = timeFrame(value);
                    } else {
                        lead = value;
                    }
                    continue;
                }
                content.append('\n').append(s.text());
            }
            return new Task(ordinal, TaskSection.TASK, content.toString().strip(), directed, lead, unitRefs(lead, item),
                    coordinating, unitRefs(coordinating, item), frame, item.span());
        }

        TimeFrame timeFrame(String value) {
            return TimeFrameText.read(value);
        }

        TargetDraft target(String roman, Item item) {
            return targetOf(roman + "." + item.ordinal(), item.fullText(), item.span());
        }

        TargetDraft targetOf(String ordinal, String statement, Span span) {
            Matcher m = PERCENT.matcher(statement);
            Comparator comparator = null;
            BigDecimal threshold = null;
            Population population;
            if (m.find()) {
                threshold = new BigDecimal(m.group(1).replace(',', '.')).stripTrailingZeros();
                if (threshold.scale() < 0) {
                    threshold = threshold.setScale(0);
                }
                String before = SearchText.fold(statement.substring(Math.max(0, m.start() - 25), m.start()));
                String after = SearchText.fold(statement.substring(m.end(), Math.min(statement.length(), m.end() + 25)));
                boolean more = before.matches(".*\\b(tren|hon|vuot)\\s*$");
                comparator = more ? Comparator.GT : Comparator.GTE;
                if (after.matches("^\\s*tro len.*")) {
                    comparator = Comparator.GTE;
                }
                population = population(statement.substring(m.end(), Math.min(statement.length(), m.end() + 70)),
                        Population.OTHER);
            } else {
                population = population(statement.substring(0, Math.min(statement.length(), 80)), Population.UNITS);
            }
            return new TargetDraft(ordinal, statement, comparator, threshold, population, span);
        }

        Population population(String phrase, Population fallback) {
            String folded = " " + SearchText.fold(phrase);
            int officials = first(folded, " can bo", " cong chuc", " vien chuc", " cbccvc", " nguoi lao dong",
                    " dang vien", " doan vien", " hoi vien");
            int communes = first(folded, " xa, phuong", " xa phuong", " cap xa", " cac xa", " xa, thi tran");
            int unitsAt = first(folded, " co quan", " don vi", " so,", " so ", " ban, nganh", " dia phuong", " ubnd",
                    " uy ban", " nganh", " huyen");
            int best = Math.min(officials, Math.min(communes, unitsAt));
            if (best == Integer.MAX_VALUE) {
                return fallback;
            }
            return best == officials ? Population.OFFICIALS : best == communes ? Population.COMMUNES : Population.UNITS;
        }

        int first(String folded, String... words) {
            int best = Integer.MAX_VALUE;
            for (String w : words) {
                int at = folded.indexOf(w);
                if (at >= 0 && at < best) {
                    best = at;
                }
            }
            return best;
        }

        void responsibilities(Section section, List<Responsibility> out, List<Task> duties) {
            List<Item> entries = new ArrayList<>();
            Map<Item, String> ordinals = new java.util.IdentityHashMap<>();
            for (Item letter : section.looseLetters()) {
                entries.add(letter);
                ordinals.put(letter, section.roman() + "." + letter.ordinal());
            }
            for (Item item : section.items()) {
                if (!item.letters().isEmpty()) {
                    for (Item letter : item.letters()) {
                        entries.add(letter);
                        ordinals.put(letter, section.roman() + "." + item.ordinal() + "." + letter.ordinal());
                    }
                } else {
                    entries.add(item);
                    ordinals.put(item, section.roman() + "." + item.ordinal());
                }
            }
            for (Item entry : entries) {
                String heading = entry.heading().replaceFirst("^(?:Giao|Đề nghị|Yêu cầu|Ngoài ra,?)\\s+", "");
                String folded = SearchText.fold(heading) + " ";
                if (UNIT_WORDS.stream().noneMatch(folded::startsWith)) {
                    continue;
                }
                String unitText;
                List<String> texts = new ArrayList<>();
                List<Span> spans = new ArrayList<>();
                boolean label = !entry.body().isEmpty() && heading.length() <= 200 && !heading.endsWith(".");
                if (label) {
                    unitText = heading.replaceAll("[:.;]+$", "").strip();
                    entry.body().forEach(s -> {
                        texts.add(Optional.ofNullable(Outline.bulletText(s.text())).orElse(s.text()));
                        spans.add(s.span());
                    });
                } else {
                    unitText = unitOpening(heading);
                    texts.add(entry.fullText());
                    spans.add(entry.span());
                }
                int offset = entry.first().text().indexOf(unitText);
                Span unitSpan = offset < 0 ? entry.first().span()
                        : spanOf(entry.first(), offset, offset + unitText.length());
                out.add(new Responsibility(match(unitText, unitSpan), texts, entry.span()));
                List<UnitRef> leads = dutyUnits(unitText, unitSpan);
                for (int i = 0; i < texts.size(); i++) {
                    if (CLOSING.matcher(texts.get(i)).lookingAt()) {
                        continue; // "Trên đây là Kế hoạch ...": the plan's closing words, nobody's duty
                    }
                    String ordinal = ordinals.get(entry) + (texts.size() > 1 ? "." + (i + 1) : "");
                    duties.add(new Task(ordinal.length() > 20 ? ordinal.substring(0, 20) : ordinal, TaskSection.DUTY,
                            texts.get(i).strip(), null, unitText, leads, null, List.of(), dutyTimeFrame(texts.get(i)),
                            spans.get(i)));
                }
            }
        }

        /**
         * The units a duty names ("Sở Nội vụ"; "Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các
         * huyện"): each name by itself, as a unit or a group, the holder's title ("Thủ trưởng") dropped
         * when the name with it matches nothing.
         */
        List<UnitRef> dutyUnits(String unitText, Span span) {
            List<UnitRef> refs = new ArrayList<>();
            for (String part : UNIT_SPLIT.split(unitText)) {
                String name = part.strip().replaceAll("[.;,:]+$", "").strip();
                if (name.isEmpty()) {
                    continue;
                }
                UnitRef ref = match(name, span);
                Matcher holder = HOLDER.matcher(name);
                if (!ref.matched() && holder.lookingAt() && holder.end() < name.length()) {
                    UnitRef bare = match(name.substring(holder.end()), span);
                    if (bare.matched()) {
                        ref = new UnitRef(name, bare.unitId(), bare.unitName(), bare.groupId(), bare.groupName(), span);
                    }
                }
                refs.add(ref);
            }
            return refs;
        }

        /** A duty done by a day ("trước ngày 20/12/2024") or all the time ("thường xuyên"); else none. */
        TimeFrame dutyTimeFrame(String duty) {
            Matcher m = DEADLINE.matcher(duty);
            while (m.find()) {
                VnDates.Parts parts = VnDates.parts(m, 2);
                if (parts.valid() && parts.year() != null && m.group(8) == null && parts.date().isPresent()) {
                    return new TimeFrame(TimeFrameKind.BY_DATE, parts.date().get(), null, null, null,
                            m.group().replaceAll("\\s+", " "));
                }
            }
            return SearchText.fold(duty).contains("thuong xuyen")
                    ? new TimeFrame(TimeFrameKind.CONTINUOUS, null, null, null, null, "Thường xuyên") : null;
        }

        String unitOpening(String sentence) {
            Matcher verb = Pattern.compile("\\s(?:tổ chức|chủ trì|theo dõi|thực hiện|triển khai|phối hợp|tham mưu"
                    + "|có trách nhiệm|chỉ đạo|xây dựng|kiểm tra|báo cáo|hướng dẫn|đôn đốc|chịu trách nhiệm)\\b")
                    .matcher(sentence);
            String unit = verb.find() && verb.start() > 2 ? sentence.substring(0, verb.start()) : sentence;
            return unit.length() > 200 ? unit.substring(0, 200).strip() : unit.strip();
        }

        List<Deadline> deadlines(int from, int to, Integer periodStart, Integer periodEnd) {
            List<Deadline> out = new ArrayList<>();
            if (from >= segs.size()) {
                return out;
            }
            int start = segs.get(from).start();
            int end = to < segs.size() ? segs.get(to).start() : text.length();
            Matcher m = DEADLINE.matcher(text).region(start, end);
            int previousEnd = -1;
            while (m.find()) {
                VnDates.Parts parts = VnDates.parts(m, 2);
                if (!parts.valid()) {
                    continue;
                }
                boolean yearly = m.group(8) != null;
                LocalDate due = null;
                String monthDay = null;
                if (parts.year() != null && !yearly) {
                    due = parts.date().orElse(null);
                    if (due == null) {
                        continue;
                    }
                } else if (!yearly && periodStart != null && periodStart.equals(periodEnd)) {
                    due = VnDates.of(periodStart, parts.month(), parts.day()).orElse(null);
                } else {
                    monthDay = String.format("--%02d-%02d", parts.month(), parts.day());
                }
                int clauseStart = clauseStart(m.start());
                String clause = text.substring(clauseStart, m.end()).replaceAll("\\s+", " ").strip();
                int windowStart = Math.max(clauseStart, previousEnd);
                String window = SearchText.fold(text.substring(windowStart, m.end()));
                out.add(new Deadline(due, monthDay, clause, m.group().replaceAll("\\s+", " "),
                        obligationKind(window, SearchText.fold(sentence(m.start(), m.end()))),
                        doc.span(m.start(), m.end())));
                previousEnd = m.end();
            }
            return out;
        }

        int clauseStart(int at) {
            int i = at;
            while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != ';'
                    && !(text.charAt(i - 1) == ' ' && i > 1 && text.charAt(i - 2) == '.')) {
                i--;
            }
            return i;
        }

        String sentence(int from, int to) {
            int start = clauseStart(from);
            int end = to;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != ';'
                    && !(text.charAt(end) == '.' && (end + 1 >= text.length() || text.charAt(end + 1) == ' '))) {
                end++;
            }
            return text.substring(start, end);
        }

        ObligationKind obligationKind(String window, String sentence) {
            if (SEMIANNUAL.matcher(window).find()) {
                return ObligationKind.SEMIANNUAL_REPORT;
            }
            if (FIVE_YEARS.matcher(window).find()) {
                return ObligationKind.FIVE_YEAR_REVIEW;
            }
            String s = sentence;
            if (s.contains("tu danh gia") || s.contains("tu cham") || s.contains("ho so cham diem")
                    || s.contains("bang diem") || s.contains("cham diem") && !s.contains("quyet dinh")) {
                return ObligationKind.SELF_ASSESSMENT;
            }
            if (s.contains("mo hinh") && (s.contains("dang ky") || s.contains("dan van kheo"))) {
                return ObligationKind.MODEL_REGISTRATION;
            }
            if (s.contains("ke hoach") && (s.contains("gui") || s.contains("xay dung") || s.contains("ban hanh"))) {
                return ObligationKind.UNIT_PLAN;
            }
            if (s.contains("bao cao")) {
                return ObligationKind.ANNUAL_REPORT;
            }
            return ObligationKind.AD_HOC;
        }

        // ---- closing

        List<DraftText> recipients(int bodyEnd) {
            List<DraftText> out = new ArrayList<>();
            if (bodyEnd >= segs.size() || !SearchText.fold(segs.get(bodyEnd).text()).startsWith("noi nhan")) {
                return out;
            }
            for (int i = bodyEnd + 1; i < segs.size(); i++) {
                String bullet = Outline.bulletText(segs.get(i).text());
                if (bullet == null) {
                    continue;
                }
                String name = bullet.replaceAll("[;.,]+$", "").strip();
                if (!SearchText.fold(name).startsWith("luu") && !name.isEmpty()) {
                    out.add(new DraftText(name, segs.get(i).span()));
                }
            }
            return out;
        }

        Signer signer(int bodyEnd) {
            int from = bodyEnd < segs.size() ? bodyEnd : Math.max(0, segs.size() - 8);
            Segment name = null;
            for (int i = segs.size() - 1; i >= from; i--) {
                Segment s = segs.get(i);
                String t = s.text().replaceAll("^\\(?(Đã ký|đã ký)\\)?\\s*", "");
                if (PERSON.matcher(t).matches() && !SearchText.fold(t).startsWith("noi nhan")) {
                    name = s;
                    break;
                }
            }
            if (name == null) {
                return null;
            }
            Segment capacityLine = null;
            SigningCapacity capacity = null;
            String position = null;
            Segment positionLine = null;
            for (int i = from; i < segs.size(); i++) {
                Matcher m = CAPACITY.matcher(segs.get(i).text());
                if (m.matches() && segs.get(i).start() < name.start()) {
                    capacityLine = segs.get(i);
                    capacity = SigningCapacity.valueOf(m.group(1));
                    for (int j = i + 1; j < segs.size() && segs.get(j).start() < name.start(); j++) {
                        if (upperTitle(segs.get(j).text())) {
                            positionLine = segs.get(j);
                            break;
                        }
                    }
                    break;
                }
            }
            if (positionLine == null) {
                for (int i = segs.indexOf(name) - 1; i >= from; i--) {
                    if (upperTitle(segs.get(i).text()) && segs.get(i) != capacityLine) {
                        positionLine = segs.get(i);
                        break;
                    }
                }
            }
            if (positionLine != null) {
                position = properCase(positionLine.text());
            }
            Segment first = capacityLine != null ? capacityLine : positionLine != null ? positionLine : name;
            return new Signer(name.text(), position, capacity, Span.covering(first.span(), name.span()));
        }

        boolean upperTitle(String t) {
            return t.equals(t.toUpperCase(Locale.ROOT)) && t.chars().anyMatch(Character::isLetter)
                    && t.split("\\s+").length <= 7 && Outline.bulletText(t) == null && !CAPACITY.matcher(t).matches();
        }

        // ---- units

        List<UnitRef> unitRefs(String text, Item item) {
            if (text == null || text.isBlank()) {
                return List.of();
            }
            List<UnitRef> refs = new ArrayList<>();
            for (String part : UNIT_SPLIT.split(text)) {
                String name = part.strip().replaceAll("[.;,]+$", "");
                if (name.isEmpty()) {
                    continue;
                }
                // the name where the item writes it, else the whole item: every value has a source
                Span span = item.span();
                int at = this.text.indexOf(name, item.first().start());
                if (at >= 0 && at < span.end()) {
                    span = doc.span(at, at + name.length());
                }
                UnitRef ref = match(name, span);
                refs.add(ref);
                if (!ref.matched() && Character.isUpperCase(name.charAt(0))
                        && !SearchText.fold(name).startsWith("cac ")) {
                    warnings.add(Warning.of("UNIT_UNMATCHED", span, name));
                }
            }
            return refs;
        }

        UnitRef match(String name, Span span) {
            String folded = UnitDirectory.UnitNames.fold(name);
            if (folded.length() < 3) {
                return new UnitRef(name, null, null, span);
            }
            List<UnitDirectory.Candidate> found = named(directory.startingWith(folded), folded);
            if (found.size() == 1) {
                return new UnitRef(name, found.get(0).id(), found.get(0).name(), span);
            }
            // no one unit: a group of that name ("các sở, ban, ngành" is "Các sở, ban, ngành tỉnh Tây Ninh")
            List<UnitDirectory.Candidate> groups = named(directory.groupsStartingWith(folded), folded);
            if (found.isEmpty() && groups.size() == 1) {
                return new UnitRef(name, null, null, groups.get(0).id(), groups.get(0).name(), span);
            }
            return new UnitRef(name, null, null, span);
        }

        /** "Sở Nội vụ" names "Sở Nội vụ tỉnh Tây Ninh": the rest of a candidate's name may only be the province. */
        List<UnitDirectory.Candidate> named(List<UnitDirectory.Candidate> candidates, String folded) {
            String prov = province == null ? null : UnitDirectory.UnitNames.fold(province);
            return candidates.stream().filter(c -> {
                String rest = c.folded().substring(folded.length()).strip();
                return rest.isEmpty() || prov != null && (rest.equals(prov) || rest.equals("tinh " + prov)
                        || rest.equals("thanh pho " + prov))
                        || prov == null && (rest.startsWith("tinh ") || rest.startsWith("thanh pho "));
            }).toList();
        }

        // ---- helpers

        Span seg(int i) {
            return segs.get(i).span();
        }

        Segment segAt(int offset) {
            return segs.stream().filter(s -> s.start() == offset).findFirst().orElse(null);
        }

        Span spanOf(Segment s, int from, int to) {
            return new Span(s.start() + from, s.start() + to, s.line());
        }
    }

    enum SectionKind { PURPOSES, TARGETS, TASKS, RESPONSIBILITIES, OTHER }

    static SectionKind kindOf(String heading) {
        String folded = SearchText.fold(heading);
        if (folded.contains("to chuc thuc hien") || folded.contains("trach nhiem") || folded.contains("phan cong")) {
            return SectionKind.RESPONSIBILITIES;
        }
        if (folded.contains("muc dich") || folded.startsWith("yeu cau")) {
            return SectionKind.PURPOSES;
        }
        if (folded.contains("chi tieu") || folded.contains("muc tieu")) {
            return SectionKind.TARGETS;
        }
        if (folded.contains("noi dung") || folded.contains("nhiem vu") || folded.contains("giai phap")
                || folded.contains("hoat dong")) {
            return SectionKind.TASKS;
        }
        return SectionKind.OTHER;
    }

    static DocumentType typeOf(String word) {
        return switch (word) {
            case "KẾ HOẠCH" -> DocumentType.KE_HOACH;
            case "BÁO CÁO" -> DocumentType.BAO_CAO;
            case "QUYẾT ĐỊNH" -> DocumentType.QUYET_DINH;
            case "CHỈ THỊ" -> DocumentType.CHI_THI;
            case "CHƯƠNG TRÌNH" -> DocumentType.CHUONG_TRINH;
            case "HƯỚNG DẪN" -> DocumentType.HUONG_DAN;
            case "THÔNG BÁO" -> DocumentType.THONG_BAO;
            case "TỜ TRÌNH" -> DocumentType.TO_TRINH;
            case "QUY CHẾ" -> DocumentType.QUY_CHE;
            case "QUY ĐỊNH" -> DocumentType.QUY_DINH;
            case "NGHỊ QUYẾT" -> DocumentType.NGHI_QUYET;
            case "KẾT LUẬN" -> DocumentType.KET_LUAN;
            default -> DocumentType.CONG_VAN;
        };
    }

    /** The type a symbol names: KH-UBND a plan, BC-UBND a report; SNV-XDCQ (no type) a dispatch. */
    static DocumentType typeOfSymbol(String symbol) {
        String head = symbol.replaceFirst("^\\d{4}/", "").split("[-/]")[0];
        return switch (head) {
            case "KH" -> DocumentType.KE_HOACH;
            case "BC" -> DocumentType.BAO_CAO;
            case "QĐ" -> DocumentType.QUYET_DINH;
            case "CT" -> DocumentType.CHI_THI;
            case "CTr" -> DocumentType.CHUONG_TRINH;
            case "HD" -> DocumentType.HUONG_DAN;
            case "TB" -> DocumentType.THONG_BAO;
            case "TTr" -> DocumentType.TO_TRINH;
            case "QC" -> DocumentType.QUY_CHE;
            case "QyĐ" -> DocumentType.QUY_DINH;
            case "NQ" -> DocumentType.NGHI_QUYET;
            case "KL" -> DocumentType.KET_LUAN;
            default -> DocumentType.CONG_VAN;
        };
    }

    /** "ỦY BAN NHÂN DÂN TỈNH TÂY NINH" -> "Ủy ban nhân dân tỉnh Tây Ninh"; "PHÓ CHỦ TỊCH" -> "Phó Chủ tịch". */
    static String properCase(String upper) {
        String lower = upper.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return lower;
        }
        StringBuilder out = new StringBuilder(capitalize(lower));
        Matcher place = Pattern.compile("\\b(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn) (.+)$").matcher(out);
        if (place.find()) {
            String name = place.group(2);
            StringBuilder caps = new StringBuilder();
            for (String w : name.split(" ")) {
                caps.append(caps.isEmpty() ? "" : " ").append(capitalize(w));
            }
            out.replace(place.start(2), place.end(2), caps.toString());
        }
        String result = out.toString();
        result = result.replaceAll("\\bubnd\\b", "UBND").replaceAll("\\bhđnd\\b", "HĐND");
        result = result.replaceFirst("^Phó chủ tịch", "Phó Chủ tịch").replaceFirst("^Chánh văn phòng", "Chánh Văn phòng")
                .replaceFirst("^Phó chánh văn phòng", "Phó Chánh Văn phòng");
        return result;
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
