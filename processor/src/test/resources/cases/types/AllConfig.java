package types;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.cursorkit.annotations.Connector;
import io.cursorkit.annotations.Secret;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Connector(name = "source-all-types")
public record AllConfig(
        @JsonProperty(value = "host", required = true)
                @JsonPropertyDescription("The database server's host name, such as db.example.com.")
                String host,
        int port,
        @Secret String password,
        Boolean ssl,
        @JsonProperty("start_date") LocalDate startDate,
        OffsetDateTime since,
        BigDecimal ratio,
        Color color,
        List<String> tags,
        Set<Color> colors,
        List<Long> ids,
        Map<String, String> headers,
        Tunnel tunnel,
        @JsonIgnore String ignored) {}
