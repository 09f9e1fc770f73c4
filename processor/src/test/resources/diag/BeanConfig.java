package diag;

import io.cursorkit.annotations.Connector;

@Connector(name = "source-bean")
public class BeanConfig {
    private String host;

    public BeanConfig() {}

    public String getHost() {
        return host;
    }
}
