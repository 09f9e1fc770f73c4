package types;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A JavaBean: private fields with public getters; annotations on fields and getters. */
public class Person {
    @JsonProperty("full_name")
    @JsonPropertyDescription("Given and family name.")
    private String name;

    private int age;
    private boolean active;
    private String internal;

    public Person() {}

    public Person(String name, int age, boolean active) {
        this.name = name;
        this.age = age;
        this.active = active;
        this.internal = "not in JSON";
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @JsonProperty("years")
    public int getAge() {
        return age;
    }

    public boolean isActive() {
        return active;
    }

    @JsonIgnore
    public String getInternal() {
        return internal;
    }
}
