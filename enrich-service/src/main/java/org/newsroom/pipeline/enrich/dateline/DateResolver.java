package org.newsroom.pipeline.enrich.dateline;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns agency dates such as {@code Nov. 3} or {@code 12 March} into ISO form, completing
 * the year from the item's publication time; anything else is kept as written.
 */
final class DateResolver {

	private static final Pattern MONTH_DAY = Pattern.compile("(\\p{L}{3,9})\\.?[ \\t]{0,3}(\\d{1,2})");

	private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})\\.?[ \\t]{0,3}(\\p{L}{3,9})\\.?");

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
			Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
			Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12),
			Map.entry("mär", 3), Map.entry("mai", 5), Map.entry("okt", 10), Map.entry("dez", 12));

	String resolve(String raw, Integer year) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		Matcher m = MONTH_DAY.matcher(raw.strip());
		Matcher d = DAY_MONTH.matcher(raw.strip());
		String monthName;
		String dayDigits;
		if (m.matches()) {
			monthName = m.group(1);
			dayDigits = m.group(2);
		}
		else if (d.matches()) {
			monthName = d.group(2);
			dayDigits = d.group(1);
		}
		else {
			return raw.strip();
		}
		Integer month = MONTHS.get(monthName.substring(0, 3).toLowerCase(Locale.ROOT));
		int day = Integer.parseInt(dayDigits);
		if (month == null || day < 1 || day > 31) {
			return raw.strip();
		}
		String monthDay = String.format(Locale.ROOT, "%02d-%02d", month, day);
		return (year != null) ? year + "-" + monthDay : "--" + monthDay;
	}

}
