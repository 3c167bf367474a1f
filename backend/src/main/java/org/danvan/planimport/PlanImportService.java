package org.danvan.planimport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.danvan.common.DanvanConfig;
import org.danvan.common.Messages;
import org.danvan.common.ProblemException;
import org.danvan.planimport.UnitDirectory.Candidate;

/** Reads an uploaded plan document into a draft; stores nothing. */
@ApplicationScoped
public class PlanImportService {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("\\s*<[!?a-zA-Z]");

    private final EntityManager em;
    private final long maxSize;

    public PlanImportService(EntityManager em, DanvanConfig config) {
        this.em = em;
        this.maxSize = config.imports().maxSize().asLongValue();
    }

    /**
     * The draft of a document given as bytes: a .docx when {@code docx} (or when the bytes are a
     * zip package), UTF-8 text otherwise. 400 when empty, 413 over the limit, 422 when the bytes are
     * neither or nothing of an administrative document is in them.
     */
    public PlanDraft importDocument(byte[] content, boolean docx, Locale locale) {
        if (content == null || content.length == 0) {
            throw new ProblemException(400, "empty-document", List.of());
        }
        if (content.length > maxSize) {
            throw new ProblemException(413, "payload-too-large", List.of());
        }
        String text = isZip(content) || docx ? docxText(content) : utf8Text(content);
        if (text.isBlank()) {
            throw new ProblemException(400, "empty-document", List.of());
        }
        if (MARKUP.matcher(text).lookingAt()) {
            // an SVG, HTML or XML file: markup, not the text of a document
            throw new ProblemException(422, "unreadable-document", List.of());
        }
        PlanDraft draft = new PlanDraftReader(units()).read(text);
        if (draft.isEmpty()) {
            throw new ProblemException(422, "not-a-document", List.of());
        }
        return draft.withWarnings(draft.warnings().stream()
                .map(w -> w.withMessage(Messages.get(locale, "warning." + w.code(), w.args().stream()
                        // a document type reads as its name in the request's language
                        .map(a -> a instanceof PlanDraft.DocumentType type
                                ? Messages.get(locale, "documentType." + type.name()) : a)
                        .toArray())))
                .toList());
    }

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static String docxText(byte[] content) {
        try {
            return DocxText.extract(content);
        } catch (DocxText.UnreadableException e) {
            throw new ProblemException(422, "unreadable-document", List.of());
        }
    }

    /** Strict UTF-8 without the control characters of binary files (tabs, line and page breaks allowed). */
    private static String utf8Text(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(422, "unreadable-document", List.of());
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
            throw new ProblemException(422, "unreadable-document", List.of());
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Every unit and group, with where each sits in the tree, for the reader to match names against. */
    private UnitDirectory units() {
        List<Candidate> all = em.createQuery("select u.id as id, u.name as name, u.path as path from OrgUnit u",
                Tuple.class).getResultList().stream()
                .map(row -> new Candidate(row.get("id").toString(), row.get("name", String.class),
                        List.of(row.get("path", String.class))))
                .toList();
        Map<String, List<String>> groupPaths = new HashMap<>();
        em.createQuery("select g.id as id, s.path as path from UnitGroup g join g.scope s", Tuple.class)
                .getResultList().forEach(row -> groupPaths.computeIfAbsent(row.get("id").toString(),
                        id -> new ArrayList<>()).add(row.get("path", String.class)));
        em.createQuery("select g.id as id, m.path as path from UnitGroup g join g.members m", Tuple.class)
                .getResultList().forEach(row -> groupPaths.computeIfAbsent(row.get("id").toString(),
                        id -> new ArrayList<>()).add(row.get("path", String.class)));
        List<Candidate> groups = em.createQuery("select g.id as id, g.name as name from UnitGroup g", Tuple.class)
                .getResultList().stream()
                .map(row -> new Candidate(row.get("id").toString(), row.get("name", String.class),
                        groupPaths.getOrDefault(row.get("id").toString(), List.of())))
                .toList();
        return UnitDirectory.of(all, groups);
    }
}
