package ma.socialhub.messaging;

import java.util.List;

/**
 * A message text as a citizen would receive it, filled with examples, and what it costs: the
 * number of SMS parts (Arabic and Tifinagh take 70 characters for one, 67 per part beyond). {@code
 * unknown}: placeholders the kind does not have, left as typed.
 */
public record MessagePreview(String text, int parts, boolean unicode, List<String> unknown) {
}
