package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.core.io.SerializedString;
import io.cursorkit.runtime.spi.StreamInfo;

/** A stream's name and namespace, pre-encoded once for the messages that name the stream. */
final class StreamDescriptor {
    private final String name;
    private final String namespace;
    final SerializedString encodedName;
    final SerializedString encodedNamespace;

    StreamDescriptor(String name, String namespace) {
        this.name = name;
        this.namespace = namespace;
        this.encodedName = new SerializedString(name);
        this.encodedNamespace = namespace == null ? null : new SerializedString(namespace);
    }

    static StreamDescriptor of(StreamInfo info) {
        return new StreamDescriptor(info.name(), info.namespace());
    }

    String name() {
        return name;
    }

    String namespace() {
        return namespace;
    }

    @Override
    public String toString() {
        return namespace == null ? name : namespace + "." + name;
    }
}
