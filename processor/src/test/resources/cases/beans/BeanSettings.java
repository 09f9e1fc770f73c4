package beans;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cursorkit.annotations.Connector;
import io.cursorkit.annotations.Secret;

/** A JavaBean config: annotations on fields and getters, values set through setters. */
@Connector(name = "source-beans")
public class BeanSettings {
    @JsonProperty(value = "host_name", required = true)
    private String host;

    private int port;

    @Secret
    private String token;

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public void check() {
        if (port == 0) {
            throw new IllegalArgumentException("port 0");
        }
    }
}
