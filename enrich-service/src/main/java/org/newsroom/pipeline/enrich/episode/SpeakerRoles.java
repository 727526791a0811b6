package org.newsroom.pipeline.enrich.episode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsroom.pipeline.contract.cms.CmsContent.Speaker;
import org.newsroom.pipeline.contract.events.ContentItem.Entity;

/**
 * Reads host and guests from the sentence that introduces a talk ("Darüber diskutiert … X
 * mit Y, Z und W", "X talks with Y and Z"): people named before the joining
 * {@code mit}/{@code with} host, people after it are guests. Podcasting 2.0 role names.
 */
final class SpeakerRoles {

	static final String HOST = "host";

	static final String GUEST = "guest";

	/** A talk verb, then (within one sentence) the word that joins host and guests. */
	private static final Pattern TALK = Pattern.compile(
			"(?iu)\\b(?:diskutier\\w{0,4}|spr(?:e|i)ch\\w{0,4}|redet|reden|unterh[äa]lt\\w{0,4}|talks?|speaks?|discuss\\w{0,4}|chats?)\\b[^.!?\\n]{0,200}?\\b(mit|with)\\b");

	List<Speaker> find(String text, List<Entity> people) {
		Matcher m = TALK.matcher(text);
		while (m.find()) {
			int sentenceStart = sentenceStart(text, m.start());
			int sentenceEnd = sentenceEnd(text, m.end());
			List<Speaker> speakers = speakersIn(text, sentenceStart, m.start(1), sentenceEnd, people);
			if (speakers.stream().anyMatch((s) -> GUEST.equals(s.role()))) {
				return speakers;
			}
		}
		return List.of();
	}

	private static List<Speaker> speakersIn(String text, int start, int join, int end, List<Entity> people) {
		List<Placed> placed = new ArrayList<>();
		for (Entity person : people) {
			int at = firstMention(text, person, start, end);
			if (at >= 0) {
				placed.add(new Placed(at, new Speaker(person.normalized(), (at < join) ? HOST : GUEST)));
			}
		}
		placed.sort(Comparator.comparingInt(Placed::at));
		return placed.stream().map(Placed::speaker).toList();
	}

	private static int firstMention(String text, Entity person, int start, int end) {
		String region = text.substring(start, end);
		int at = region.indexOf(person.name());
		if (at < 0) {
			at = region.indexOf(person.normalized());
		}
		return (at >= 0) ? start + at : -1;
	}

	private static int sentenceStart(String text, int from) {
		for (int i = from - 1; i >= 0; i--) {
			char c = text.charAt(i);
			if (c == '.' || c == '!' || c == '?' || c == '\n') {
				return i + 1;
			}
		}
		return 0;
	}

	private static int sentenceEnd(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c == '.' || c == '!' || c == '?')
					&& (i + 1 == text.length() || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n')) {
				return i + 1;
			}
			if (c == '\n') {
				return i;
			}
		}
		return text.length();
	}

	private record Placed(int at, Speaker speaker) {
	}

}
