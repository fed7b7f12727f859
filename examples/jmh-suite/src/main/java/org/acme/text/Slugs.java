package org.acme.text;

import java.text.Normalizer;
import java.util.Locale;

/** The library under test: turns titles into URL slugs ("Crème Brûlée!" becomes "creme-brulee"). */
public final class Slugs {
    private Slugs() {
    }

    public static String slug(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder(plain.length());
        boolean dash = false;
        for (char c : plain.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                dash = false;
            } else if (!dash && out.length() > 0) {
                out.append('-');
                dash = true;
            }
        }
        int end = out.length();
        return dash ? out.substring(0, end - 1) : out.toString();
    }
}
