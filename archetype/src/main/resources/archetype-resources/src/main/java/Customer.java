package ${package};

/**
 * One customer: a record of the {@code customers} stream.
 *
 * @param id the customer's id, its primary key
 * @param name the customer's full name
 * @param email where the shop writes to the customer
 * @param country ISO 3166 code of the shipping country, such as {@code NO}
 */
public record Customer(long id, String name, String email, String country) {}
