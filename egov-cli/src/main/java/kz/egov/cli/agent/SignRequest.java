package kz.egov.cli.agent;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What a page asks the agent to sign, as the user is shown it before approving: the page's origin, its description,
 * the document's size, SHA-256 and a readable preview (pretty JSON, or text; never raw binary or terminal controls).
 *
 * @param origin      the page's Origin header (null for a local non-browser client)
 * @param description what the page says the document is (untrusted text, shown as such)
 * @param content     the exact bytes that will be signed
 */
public record SignRequest(String origin, String description, byte[] content) {

    static final int PREVIEW_MAX_LINES = 60;
    static final int PREVIEW_MAX_CHARS = 6000;

    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String sha256Hex() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A readable preview of the bytes: indented JSON if they are JSON, else UTF-8 text, else a note. */
    public String preview() {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return "(binary data, " + content.length + " bytes: not shown)";
        }
        try {
            JsonNode json = PRETTY.readTree(text);
            if (json != null && (json.isObject() || json.isArray())) {
                text = PRETTY.writeValueAsString(json);
            }
        } catch (java.io.IOException notJson) {
            // shown as text
        }
        return truncate(safe(text, true));
    }

    /** The page's description with control characters removed (a page must not drive the terminal). */
    public String safeDescription() {
        return description == null || description.isBlank() ? "(none)" : truncateLine(safe(description, false), 200);
    }

    public String safeOrigin() {
        return origin == null ? "(no Origin header: a local program, not a web page)" : truncateLine(safe(origin, false), 200);
    }

    /** Removes terminal control characters (ESC sequences included); keeps new lines where asked. */
    static String safe(String s, boolean keepNewLines) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n' && keepNewLines) {
                b.append('\n');
            } else if (cp == '\t') {
                b.append("  ");
            } else if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029
                    || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
                b.append(keepNewLines && cp == '\r' ? "" : "\uFFFD");
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    private static String truncate(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder b = new StringBuilder();
        int shown = 0;
        for (String line : lines) {
            if (shown == PREVIEW_MAX_LINES || b.length() + line.length() > PREVIEW_MAX_CHARS) {
                b.append("... (").append(lines.length - shown).append(" more lines; the SHA-256 above covers all)\n");
                return b.toString();
            }
            b.append(line).append('\n');
            shown++;
        }
        return b.toString();
    }

    private static String truncateLine(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }
}
