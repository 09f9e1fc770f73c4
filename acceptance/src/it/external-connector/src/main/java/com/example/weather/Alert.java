package com.example.weather;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.cursorkit.annotations.CursorField;
import java.time.Instant;
import java.util.List;

/** A weather alert, as a JavaBean. */
public class Alert {
    /** How bad it is. */
    public enum Severity {
        LOW,
        MEDIUM,
        HIGH
    }

    @CursorField
    private long id;

    private String station;
    private Severity severity;

    @JsonProperty("issued_at")
    private Instant issuedAt;

    private List<String> tags;

    @JsonIgnore
    private String internalNote;

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getStation() {
        return station;
    }

    public void setStation(String station) {
        this.station = station;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public void setIssuedAt(Instant issuedAt) {
        this.issuedAt = issuedAt;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
    }

    public String getInternalNote() {
        return internalNote;
    }

    public void setInternalNote(String internalNote) {
        this.internalNote = internalNote;
    }
}
