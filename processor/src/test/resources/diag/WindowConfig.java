package diag;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cursorkit.annotations.Connector;
import java.time.LocalDate;

@Connector(name = "source-window")
public record WindowConfig(
        @JsonProperty("start_date") LocalDate startDate,
        @JsonProperty("end_date") LocalDate endDate,
        String host,
        Double ratio,
        @JsonProperty("lookback_days") Integer lookbackDays,
        String lookback) {}
