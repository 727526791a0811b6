package org.newsroom.pipeline.support.licences;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which dependency licences the product, itself Apache-2.0, may ship with: anything but
 * the GPL and the AGPL. A dependency offered under several licences is fine when one of
 * them is; the GPL with the Classpath Exception and the LGPL do not bind the code that
 * links them. A dependency that names no licence is not accepted until someone reads it.
 */
final class LicencePolicy {

	private static final Pattern GPL_ID = Pattern.compile("^A?GPL-\\d.*");

	private static final List<String> GPL_NAMES = List.of("GENERAL PUBLIC LICENSE", "AFFERO");

	private static final List<String> EXCEPTIONS = List.of("CLASSPATH", "CPE", "LESSER", "LIBRARY");

	private LicencePolicy() {
	}

	/**
	 * Judges a dependency by the licences it is offered under.
	 * @param licences SPDX ids or expressions or, where the POM names none, the licence
	 * names
	 * @return the verdict
	 */
	static Verdict judge(List<String> licences) {
		if (licences.isEmpty()) {
			return Verdict.UNKNOWN;
		}
		return licences.stream().allMatch(LicencePolicy::isGpl) ? Verdict.COPYLEFT : Verdict.ACCEPTED;
	}

	private static boolean isGpl(String licence) {
		String normalised = licence.toUpperCase(Locale.ROOT).strip();
		if (normalised.contains(" OR ")) {
			return Arrays.stream(normalised.split(" OR ")).allMatch(LicencePolicy::isGpl);
		}
		if (normalised.contains(" AND ")) {
			return Arrays.stream(normalised.split(" AND ")).anyMatch(LicencePolicy::isGpl);
		}
		if (EXCEPTIONS.stream().anyMatch(normalised::contains)) {
			return false;
		}
		return GPL_ID.matcher(normalised).matches() || GPL_NAMES.stream().anyMatch(normalised::contains);
	}

	enum Verdict {

		/** At least one licence it is offered under is compatible with Apache-2.0. */
		ACCEPTED,

		/** Offered only under the GPL or the AGPL. */
		COPYLEFT,

		/** Its POM names no licence. */
		UNKNOWN

	}

}
