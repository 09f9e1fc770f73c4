package diag;

import io.cursorkit.annotations.Connector;

@Connector(name = "source-not-creatable")
public record NotCreatableConfig(String host, Endpoint endpoint) {
    public static final class Endpoint {
        private final String url;

        public Endpoint(String url) {
            this.url = url;
        }

        public String getUrl() {
            return url;
        }
    }
}
