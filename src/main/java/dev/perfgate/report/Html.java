package dev.perfgate.report;

import java.util.Locale;

/** Escaping for HTML and SVG text and attributes, and number formatting for coordinates. */
final class Html {

    private Html() {}

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : XmlText.clean(text).toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A coordinate with one decimal: small files, no locale surprises. */
    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
