package org.danvan.planimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.danvan.plan.LegalReferenceType;
import org.danvan.planimport.PlanDraft.LegalBasis;

/**
 * Documents a text cites: a kind word, an optional "số" and a number in any of the families
 * Vietnamese documents use (859/KH-UBND, 59/2023/NĐ-CP, 10/2022/QH15, 23-QĐ/TW, 04-CTr/BDVTU-BCSĐ),
 * with the stray spaces and page breaks real files put inside them, then "ngày ..." and "của ...".
 */
final class Citations {

    /** A document number and symbol; spaces and line breaks may stand around its separators. */
    static final String NUMBER = "\\d{1,6}\\s*(?:/\\s*\\d{4}\\s*)?[/\\-]\\s*[A-ZĐ][A-Za-zĐđ0-9]*"
            + "(?:\\s*[\\-/]\\s*[A-ZĐ0-9][A-Za-zĐđ0-9]*)*";
    private static final String KIND = "(Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị quyết|Nghị định|Quyết định|Chỉ thị"
            + "|Kết luận|Quy định|Thông tư liên tịch|Thông tư|Kế hoạch|Chương trình|Hướng dẫn|Công văn|Thông báo"
            + "|Quy chế|Văn bản)";
    private static final Pattern CITATION = Pattern.compile(KIND
            + "(?:\\s+(?:số\\s+)?|\\b[^.;:\\n]{1,100}?\\bsố\\s+)(" + NUMBER + ")");
    private static final Pattern DATE_AFTER = Pattern.compile("^\\s*,?\\s*ngày\\s+" + VnDates.DAY);
    private static final Pattern ISSUER_AFTER = Pattern.compile("^\\s*,?\\s*(?:của|giữa)\\s+([^;,(“\"\\n]{3,90}?)"
            + "(?=\\s+(?:về|ban hành|quy định|hướng dẫn|triển khai|thực hiện|trên|tại|đối với|với|và|để)\\b"
            + "|\\s*[;,.(“\"\\n]|$)");
    private static final Map<String, LegalReferenceType> TYPES = Map.ofEntries(
            Map.entry("hiến pháp", LegalReferenceType.HIEN_PHAP), Map.entry("bộ luật", LegalReferenceType.LUAT),
            Map.entry("luật", LegalReferenceType.LUAT), Map.entry("pháp lệnh", LegalReferenceType.PHAP_LENH),
            Map.entry("nghị quyết", LegalReferenceType.NGHI_QUYET),
            Map.entry("nghị định", LegalReferenceType.NGHI_DINH),
            Map.entry("quyết định", LegalReferenceType.QUYET_DINH), Map.entry("chỉ thị", LegalReferenceType.CHI_THI),
            Map.entry("kết luận", LegalReferenceType.KET_LUAN), Map.entry("quy định", LegalReferenceType.QUY_DINH),
            Map.entry("thông tư liên tịch", LegalReferenceType.THONG_TU),
            Map.entry("thông tư", LegalReferenceType.THONG_TU), Map.entry("kế hoạch", LegalReferenceType.KE_HOACH),
            Map.entry("chương trình", LegalReferenceType.CHUONG_TRINH),
            Map.entry("hướng dẫn", LegalReferenceType.HUONG_DAN), Map.entry("công văn", LegalReferenceType.CONG_VAN));

    private Citations() {
    }

    /** A citation found at a place in the text. */
    record Found(LegalBasis basis, int start, int end) {
    }

    static List<Found> find(ImportText doc, int from, int to) {
        String text = doc.text();
        List<Found> found = new ArrayList<>();
        Matcher m = CITATION.matcher(text).region(from, to);
        while (m.find()) {
            String number = compact(m.group(2));
            int end = m.end();
            String rest = text.substring(end, Math.min(text.length(), end + 160));
            LocalDate date = null;
            Matcher d = DATE_AFTER.matcher(rest);
            if (d.find()) {
                date = VnDates.parts(d, 1).date().orElse(null);
                rest = rest.substring(d.end());
            }
            Matcher issuer = ISSUER_AFTER.matcher(rest);
            String issuingBody = issuer.find() ? issuer.group(1).strip() : null;
            LegalReferenceType type = TYPES.getOrDefault(m.group(1).toLowerCase(java.util.Locale.ROOT),
                    LegalReferenceType.OTHER);
            found.add(new Found(new LegalBasis(type, number, date, issuingBody, doc.span(m.start(), end)),
                    m.start(), end));
        }
        return found;
    }

    /** Each number once (its first citation), the document's own number left out. */
    static List<LegalBasis> distinct(List<Found> found, String ownNumber) {
        Map<String, LegalBasis> bases = new LinkedHashMap<>();
        for (Found f : found) {
            String key = f.basis().number().toUpperCase(java.util.Locale.ROOT);
            if (!key.equalsIgnoreCase(ownNumber == null ? "" : ownNumber)) {
                bases.putIfAbsent(key, f.basis());
            }
        }
        return List.copyOf(bases.values());
    }

    /** {@code 114 -KL/TW} and a number broken over a page become {@code 114-KL/TW}. */
    static String compact(String number) {
        return number.replaceAll("\\s+", "");
    }
}
