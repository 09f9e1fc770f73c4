package shop;

import io.cursorkit.annotations.Connector;

@Connector(name = "source-shop")
public record ShopConfig(String region) {}
