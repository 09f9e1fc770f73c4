package io.cursorkit.http.paging;

import io.cursorkit.http.Page;
import io.cursorkit.http.Request;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Paging#linkHeader()}: the target of the {@code Link} whose {@code rel} includes {@code
 * next}, in any of the answer's {@code Link} headers (RFC 8288: {@code <url>; rel="next", <url>;
 * rel="last"}).
 */
enum LinkHeader implements Paging {
    INSTANCE;

    /** One link: its target, then its parameters up to the next link. */
    private static final Pattern LINK = Pattern.compile("<([^>]*)>([^<]*)");

    private static final Pattern REL = Pattern.compile("(?i);\\s*rel\\s*=\\s*(?:\"([^\"]*)\"|([^\\s;,\"]+))");

    @Override
    public Optional<Request> next(Request request, Page page) {
        return next(page.headers("Link")).map(request::link);
    }

    /** The target of the {@code rel="next"} link among {@code values}. */
    static Optional<String> next(List<String> values) {
        for (String value : values) {
            Matcher link = LINK.matcher(value);
            while (link.find()) {
                Matcher rel = REL.matcher(link.group(2));
                if (rel.find()) {
                    String rels = rel.group(1) != null ? rel.group(1) : rel.group(2);
                    if (List.of(rels.toLowerCase(Locale.ROOT).strip().split("\\s+"))
                                    .contains("next")
                            && !link.group(1).isBlank()) {
                        return Optional.of(link.group(1));
                    }
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "Paging.linkHeader()";
    }
}
