package diag;

import io.cursorkit.annotations.Connector;

public class InnerConfig {
    @Connector(name = "source-inner")
    public class Settings {
        private String host;

        public Settings() {}

        public String getHost() {
            return host;
        }

        public void setHost(String host) {
            this.host = host;
        }
    }
}
