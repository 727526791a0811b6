package org.newsroom.pipeline.support.test;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Text of a given size in UTF-8 bytes, made of pseudo-random words from a fixed seed: the
 * same on every run, and varied enough that compression does not make it small.
 */
public final class GeneratedText {

	private static final String[] SYLLABLES = { "ber", "lin", "ge", "werk", "schaft", "tarif", "ver", "hand", "lung",
			"bun", "des", "tag", "haus", "halt", "mi", "nis", "ter", "kom", "pro", "miss", "ar", "beit", "lö", "hne",
			"stei", "gen", "grü", "ne", "wahl", "kreis", "stadt", "rat", "schul", "bahn", "hof", "stre", "cke", "über",
			"mäß", "ig", "ent", "wurf", "ge", "setz", "län", "der", "ko", "alit", "ion", "zeit", "punkt" };

	private GeneratedText() {
	}

	/**
	 * Plain sentences.
	 * @param seed the seed; the same seed gives the same text
	 * @param maxBytes the size in UTF-8 bytes, reached to within one word
	 * @return the text
	 */
	public static String sentences(long seed, int maxBytes) {
		Random random = new Random(seed);
		return fill(maxBytes, () -> sentence(random) + " ");
	}

	/**
	 * An article body: paragraphs of sentences with a link now and then.
	 * @param seed the seed; the same seed gives the same body
	 * @param maxBytes the size in UTF-8 bytes, reached to within one word
	 * @return the HTML
	 */
	public static String articleHtml(long seed, int maxBytes) {
		Random random = new Random(seed);
		String paragraphs = fill(maxBytes, () -> paragraph(random));
		int left = maxBytes - paragraphs.getBytes(StandardCharsets.UTF_8).length - "<p></p>".length();
		return (left > 0) ? paragraphs + "<p>" + fill(left, () -> word(random) + " ").strip() + "</p>" : paragraphs;
	}

	private static String paragraph(Random random) {
		StringBuilder html = new StringBuilder("<p>");
		int sentences = 3 + random.nextInt(5);
		for (int i = 0; i < sentences; i++) {
			html.append((i > 0) ? " " : "").append(sentence(random));
		}
		if (random.nextInt(4) == 0) {
			html.append(" Mehr dazu im <a href=\"https://news.example.org/dossier/")
				.append(word(random))
				.append("\">Dossier</a> &amp; im Archiv.");
		}
		return html.append("</p>").toString();
	}

	private static String sentence(Random random) {
		StringBuilder sentence = new StringBuilder();
		int words = 6 + random.nextInt(12);
		for (int i = 0; i < words; i++) {
			String word = word(random);
			sentence.append((i > 0) ? " " : "")
				.append((i == 0) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
		}
		return sentence.append('.').toString();
	}

	private static String word(Random random) {
		StringBuilder word = new StringBuilder();
		int syllables = 1 + random.nextInt(4);
		for (int i = 0; i < syllables; i++) {
			word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
		}
		return word.toString();
	}

	private static String fill(int maxBytes, Supplier<String> pieces) {
		StringBuilder text = new StringBuilder();
		int bytes = 0;
		while (true) {
			String piece = pieces.get();
			int size = piece.getBytes(StandardCharsets.UTF_8).length;
			if (bytes + size > maxBytes) {
				return text.toString();
			}
			text.append(piece);
			bytes += size;
		}
	}

}
