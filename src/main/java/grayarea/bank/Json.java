package grayarea.bank;

import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writing JSON the same way everywhere: pretty, UTF-8, keys in the order they were put. */
public final class Json {

    private static final JsonMapper MAPPER =
            JsonMapper.builder(
                            JsonFactory.builder()
                                    .streamReadConstraints(
                                            StreamReadConstraints.builder()
                                                    .maxNestingDepth(
                                                            JsonDocument.Limits.DEFAULT.maxDepth())
                                                    .maxDocumentLength(
                                                            JsonDocument.Limits.DEFAULT.maxBytes())
                                                    .maxStringLength(
                                                            JsonDocument.Limits.DEFAULT
                                                                    .maxStringLength())
                                                    .maxNameLength(
                                                            JsonDocument.Limits.DEFAULT
                                                                    .maxNameLength())
                                                    .maxNumberLength(
                                                            JsonDocument.Limits.DEFAULT
                                                                    .maxNumberLength())
                                                    .maxTokenCount(
                                                            JsonDocument.Limits.DEFAULT.maxTokens())
                                                    .build())
                                    .build())
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .build();

    private Json() {}

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * A generator that writes to {@code out} as {@link #write} would (the same indentation), for
     * output too large to build as one tree first. It leaves {@code out} open when it is closed.
     */
    public static JsonGenerator generator(Writer out) {
        return MAPPER.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET).createGenerator(out);
    }

    /** The tree as indented JSON text, ending with a newline. */
    public static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node) + "\n";
    }
}
