package io.cursorkit.processor;

/** The test connectors, each compiled once per test run. */
final class Fixtures {
    private static Compiled types;
    private static Compiled stock;
    private static Compiled resumable;

    private Fixtures() {}

    /** Every supported type, every read and slices form: {@code cases/types}. */
    static synchronized Compiled types() {
        if (types == null) {
            types = Compiled.of(
                    "cases/types",
                    "AllConfig.java",
                    "Tunnel.java",
                    "Color.java",
                    "Address.java",
                    "Person.java",
                    "Everything.java",
                    "EverythingStream.java",
                    "Item.java",
                    "SlicedByMonth.java",
                    "SlicedByColor.java",
                    "SlicedByAddress.java",
                    "SinceOnly.java",
                    "Plain.java");
        }
        return types;
    }

    /** The connector of API.md: {@code cases/stock}. */
    static synchronized Compiled stock() {
        if (stock == null) {
            stock = Compiled.of(
                    "cases/stock", "StockConfig.java", "StockPrice.java", "StockPrices.java", "Tickers.java");
        }
        return stock;
    }

    /** Full refresh streams resumable by key, and a plain one: {@code cases/resumable}. */
    static synchronized Compiled resumable() {
        if (resumable == null) {
            resumable = Compiled.of(
                    "cases/resumable",
                    "DirectoryConfig.java",
                    "Company.java",
                    "Companies.java",
                    "Employee.java",
                    "Employees.java",
                    "Offices.java");
        }
        return resumable;
    }
}
