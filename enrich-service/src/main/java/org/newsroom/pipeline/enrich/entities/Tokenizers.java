package org.newsroom.pipeline.enrich.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Tokenizes sentences with a regular expression that keeps hyphenated compounds whole
 * ({@code Frank-Walter}, {@code Ukraine-Krieg}, {@code Schulze-Hagen}), with
 * capitalization tags, and OpenNLP's part-of-speech tags around the words of German
 * sentences that call for them. OpenNLP's German tokenizer is not used: it cost more than
 * tagging and found the same names on the evaluation sets.
 */
final class Tokenizers {

	static final String POS_MODEL = "opennlp-de-ud-gsd-pos-1.3-2.5.4.bin";

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-.’'][\\p{L}\\p{N}]+)*|\\S");

	private static final int WINDOW_BEFORE = 2;

	private static final int WINDOW_AFTER = 8;

	/**
	 * A tagger per thread: it is not thread-safe, and building one reads its feature
	 * generators from the class path, which costs more than tagging a sentence.
	 */
	private final ThreadLocal<POSTaggerME> tagger;

	private Tokenizers(POSModel posModel) {
		this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
	}

	static Tokenizers load() {
		ClassLoader loader = Tokenizers.class.getClassLoader();
		try (InputStream pos = loader.getResourceAsStream(POS_MODEL)) {
			if (pos == null) {
				throw new IllegalStateException("OpenNLP's German part-of-speech model is not on the classpath");
			}
			return new Tokenizers(new POSModel(pos));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Tokenizes one sentence.
	 * @param sentence the sentence
	 * @param language its language
	 * @param needsTags whether a token calls for part-of-speech tags; sentences without
	 * such a token get capitalization tags only
	 * @return the tokens
	 */
	List<Token> tokenize(String sentence, String language, Predicate<String> needsTags) {
		if (language != null && language.startsWith("de")) {
			return german(sentence, needsTags);
		}
		return simple(sentence);
	}

	/**
	 * Tokens for gazetteer aliases and other languages, possessive {@code 's} split off.
	 */
	static List<Token> simple(String text) {
		List<Token> tokens = new ArrayList<>();
		Matcher m = WORD.matcher(text);
		while (m.find()) {
			String word = m.group();
			int apostrophe = Math.max(word.lastIndexOf("'s"), word.lastIndexOf("’s"));
			if (apostrophe > 0 && apostrophe == word.length() - 2) {
				tokens.add(capitalization(word.substring(0, apostrophe)));
				tokens.add(new Token(word.substring(apostrophe), "PART"));
			}
			else {
				tokens.add(capitalization(word));
			}
		}
		return tokens;
	}

	private static Token capitalization(String word) {
		return new Token(word, (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) ? "CAP" : "LOW");
	}

	private List<Token> german(String sentence, Predicate<String> needsTags) {
		List<Token> cheap = simple(sentence);
		if (cheap.stream().map(Token::text).noneMatch(needsTags)) {
			return cheap;
		}
		String[] words = cheap.stream().map(Token::text).toArray(String[]::new);
		String[] tags = tagAroundNames(words, needsTags);
		List<Token> tokens = new ArrayList<>(words.length);
		for (int i = 0; i < words.length; i++) {
			tokens.add(new Token(words[i], tags[i]));
		}
		return tokens;
	}

	/**
	 * Tags only windows around the tokens that need tags: the tagger's features look two
	 * tokens back, and a name rarely runs longer than five tokens, so tagging whole
	 * sentences would cost several times more for the same names.
	 */
	private String[] tagAroundNames(String[] words, Predicate<String> needsTags) {
		String[] tags = new String[words.length];
		for (int i = 0; i < words.length; i++) {
			tags[i] = capitalization(words[i]).tag();
		}
		int i = 0;
		while (i < words.length) {
			if (!needsTags.test(words[i])) {
				i++;
				continue;
			}
			int from = Math.max(0, i - WINDOW_BEFORE);
			int to = Math.min(words.length, i + WINDOW_AFTER);
			for (int j = i + 1; j < to; j++) {
				if (needsTags.test(words[j])) {
					to = Math.min(words.length, j + WINDOW_AFTER);
				}
			}
			String[] window = Arrays.copyOfRange(words, from, to);
			System.arraycopy(this.tagger.get().tag(window), 0, tags, from, window.length);
			i = to;
		}
		return tags;
	}

}
