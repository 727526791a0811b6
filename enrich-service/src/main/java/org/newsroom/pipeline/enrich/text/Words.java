package org.newsroom.pipeline.enrich.text;

/**
 * Counts words: runs of letters or digits, so punctuation and dashes are not words.
 */
final class Words {

	private Words() {
	}

	static int count(String text) {
		int words = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length(); i++) {
			boolean wordChar = Character.isLetterOrDigit(text.charAt(i));
			if (wordChar && !inWord) {
				words++;
			}
			inWord = wordChar || (inWord && isJoiner(text.charAt(i)));
		}
		return words;
	}

	private static boolean isJoiner(char c) {
		return c == '-' || c == '\'' || c == '’' || c == '.';
	}

}
