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
 * the document's size, SHA-256 and the whole document (pretty JSON, or text; never raw binary or terminal controls).
 *
 * @param origin      the page's Origin header (null for a local non-browser client)
 * @param description what the page says the document is (untrusted text, shown as such)
 * @param content     the exact bytes that will be signed
 */
public record SignRequest(String origin, String description, byte[] content) {

    /** The longest document the agent shows, and so signs: the user sees every line of what is signed. */
    static final int SHOWN_MAX_LINES = 2000;
    static final int SHOWN_MAX_CHARS = 200_000;

    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String sha256Hex() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The whole document as the user is shown it (indented JSON if it is JSON, else its UTF-8 text, control characters
     * removed); empty when it cannot be shown in full (binary data, or longer than {@value #SHOWN_MAX_LINES} lines or
     * {@value #SHOWN_MAX_CHARS} characters): the agent then signs nothing, since it never signs what it did not show.
     */
    public java.util.Optional<String> shown() {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return java.util.Optional.empty();
        }
        try {
            JsonNode json = PRETTY.readTree(text);
            if (json != null && (json.isObject() || json.isArray())) {
                text = PRETTY.writeValueAsString(json);
            }
        } catch (java.io.IOException notJson) {
            // shown as text
        }
        String safe = safe(text, true);
        if (safe.length() > SHOWN_MAX_CHARS || safe.split("\n", -1).length > SHOWN_MAX_LINES) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(safe.endsWith("\n") ? safe : safe + "\n");
    }

    /** The page's description with control characters removed (a page must not drive the terminal). */
    public String safeDescription() {
        return description == null || description.isBlank() ? "(none)" : truncateLine(safe(description, false), 200);
    }

    public String safeOrigin() {
        return origin == null ? "(no Origin header)" : truncateLine(safe(origin, false), 200);
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

    private static String truncateLine(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }
}
