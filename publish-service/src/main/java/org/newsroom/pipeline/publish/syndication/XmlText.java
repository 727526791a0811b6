package org.newsroom.pipeline.publish.syndication;

/**
 * Makes any string safe to place in an XML 1.0 document as character data.
 */
public final class XmlText {

	private XmlText() {
	}

	/**
	 * Drops the characters XML 1.0 cannot carry: C0 controls other than tab, newline and
	 * carriage return, lone surrogates, U+FFFE and U+FFFF; also C1 controls, which XML
	 * 1.0 discourages and which only ever appear in feeds as encoding damage. Escaping of
	 * markup characters is left to the XML writer.
	 * @param text any text, may be {@code null}
	 * @return the text without those characters, or {@code null}
	 */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints().filter(XmlText::isAllowed).forEach(clean::appendCodePoint);
		return clean.toString();
	}

	/**
	 * Like {@link #clean(String)} but also trims and turns blank text into {@code null},
	 * so optional elements are left out rather than written empty.
	 * @param text any text, may be {@code null}
	 * @return the cleaned text or {@code null}
	 */
	public static String cleanOrNull(String text) {
		String clean = clean(text);
		return (clean == null || clean.isBlank()) ? null : clean.strip();
	}

	static boolean isAllowed(int codePoint) {
		if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
			return true;
		}
		if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F)) {
			return false;
		}
		if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
			// String.codePoints() yields unpaired surrogates as themselves
			return false;
		}
		return codePoint != 0xFFFE && codePoint != 0xFFFF;
	}

}
