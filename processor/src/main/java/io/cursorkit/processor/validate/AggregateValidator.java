package io.cursorkit.processor.validate;

import io.cursorkit.processor.diagnostics.Message;
import io.cursorkit.processor.diagnostics.Report;
import io.cursorkit.processor.model.ConnectorModel;
import io.cursorkit.processor.model.StreamModel;
import io.cursorkit.processor.scan.Annotations;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;

/**
 * Checks the validated streams and connectors of a compilation together, before anything is
 * generated from all of them at once: exactly one connector, unique stream names (within a
 * namespace), and every stream's config parameter of the connector's type. Each model was valid on
 * its own; only their combination is checked here.
 */
public final class AggregateValidator {
    /** Every error of the combination, in a new report. */
    public Report validate(List<StreamModel> streams, List<ConnectorModel> connectors) {
        Report report = new Report();
        if (connectors.isEmpty()) {
            StreamModel first = StreamModel.catalogOrder(streams).get(0);
            report.error(
                    first.origin(),
                    mirror(first),
                    null,
                    Message.CONNECTOR_MISSING,
                    first.type().simpleName());
        }
        for (int i = 1; i < connectors.size(); i++) {
            ConnectorModel extra = connectors.get(i);
            report.error(
                    extra.origin(),
                    Annotations.find(extra.origin(), Annotations.CONNECTOR).orElse(null),
                    null,
                    Message.CONNECTOR_DUPLICATE,
                    extra.type().simpleName(),
                    connectors.get(0).type().canonicalName());
        }
        Map<String, StreamModel> byName = new HashMap<>();
        for (StreamModel stream : streams) {
            String key = (stream.namespace() == null ? "" : stream.namespace() + ".") + stream.name();
            StreamModel other = byName.putIfAbsent(key, stream);
            if (other != null) {
                AnnotationMirror mirror = mirror(stream);
                report.error(
                        stream.origin(),
                        mirror,
                        Annotations.explicitValue(mirror, "name"),
                        Message.STREAM_NAME_DUPLICATE,
                        stream.name(),
                        other.type().simpleName(),
                        stream.type().simpleName());
            }
            if (!connectors.isEmpty()
                    && stream.configType() != null
                    && !stream.configType().equals(connectors.get(0).type())) {
                String expected = connectors.get(0).type().simpleName();
                report.error(
                        stream.origin(),
                        Message.STREAM_CONFIG_MISMATCH,
                        stream.type().simpleName(),
                        stream.configType().simpleName(),
                        expected,
                        expected);
            }
        }
        return report;
    }

    private static AnnotationMirror mirror(StreamModel stream) {
        return Annotations.find(stream.origin(), Annotations.STREAM).orElse(null);
    }
}
