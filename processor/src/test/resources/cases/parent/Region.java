package shop;

public record Region(String code) {}
