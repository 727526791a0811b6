package org.newsroom.pipeline.publish.podcast;

import java.util.Locale;

import org.jdom2.Element;
import org.jdom2.Namespace;

import org.newsroom.pipeline.contract.cms.CmsContent.Speaker;
import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.publish.syndication.XmlText;

/**
 * The {@code itunes:} and {@code podcast:} elements Rome has no model for; Rome's iTunes
 * module writes {@code explicit} as yes/no and durations as clock times, which Apple no
 * longer documents, so these are written directly.
 */
final class PodcastTags {

	static final Namespace ITUNES = Namespace.getNamespace("itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd");

	static final Namespace PODCAST = Namespace.getNamespace("podcast", "https://podcastindex.org/namespace/1.0");

	static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

	private PodcastTags() {
	}

	static void declareNamespaces(Element rss) {
		rss.addNamespaceDeclaration(ITUNES);
		rss.addNamespaceDeclaration(PODCAST);
		rss.addNamespaceDeclaration(ATOM);
	}

	/**
	 * Adds the show's tags ahead of the items, where people and validators look for them.
	 */
	static void decorateChannel(Element channel, ShowSettings show, String feedUrl) {
		Element tags = new Element("tags");
		tags.addContent(new Element("link", ATOM).setAttribute("href", XmlText.clean(feedUrl))
			.setAttribute("rel", "self")
			.setAttribute("type", "application/rss+xml"));
		addImage(tags, show.imageUrl());
		addCategory(tags, show);
		tags.addContent(text(ITUNES, "explicit", Boolean.toString(show.explicit())));
		addText(tags, ITUNES, "author", show.author());
		if (show.hasOwner()) {
			Element owner = new Element("owner", ITUNES);
			addText(owner, ITUNES, "name", show.ownerName());
			addText(owner, ITUNES, "email", show.ownerEmail());
			tags.addContent(owner);
		}
		tags.addContent(text(ITUNES, "type", "episodic"));
		tags.addContent(text(PODCAST, "guid", PodcastGuid.of(XmlText.clean(feedUrl)).toString()));
		tags.addContent(text(PODCAST, "locked", "no"));
		Element firstItem = channel.getChild("item");
		int index = (firstItem != null) ? channel.indexOf(firstItem) : channel.getContentSize();
		channel.addContent(index, tags.removeContent());
	}

	static void decorateItem(Element item, Episode episode) {
		ContentItem content = episode.item();
		Long duration = episode.durationSeconds();
		if (duration != null) {
			item.addContent(text(ITUNES, "duration", Long.toString(duration)));
		}
		item.addContent(text(ITUNES, "episodeType", "full"));
		addText(item, ITUNES, "summary", episode.summary());
		if (content.speakers() != null) {
			content.speakers().forEach((speaker) -> addPerson(item, speaker));
		}
		String transcript = XmlText.cleanOrNull(content.transcriptUrl());
		if (transcript != null) {
			item.addContent(new Element("transcript", PODCAST).setAttribute("url", transcript)
				.setAttribute("type", transcriptType(transcript)));
		}
		String chapters = XmlText.cleanOrNull(content.chaptersUrl());
		if (chapters != null) {
			item.addContent(new Element("chapters", PODCAST).setAttribute("url", chapters)
				.setAttribute("type", "application/json+chapters"));
		}
	}

	/** The Podcasting 2.0 transcript types, guessed from the file name. */
	static String transcriptType(String url) {
		String path = url.toLowerCase(Locale.ROOT).replaceFirst("[?#].*$", "");
		if (path.endsWith(".vtt")) {
			return "text/vtt";
		}
		if (path.endsWith(".srt")) {
			return "application/srt";
		}
		if (path.endsWith(".json")) {
			return "application/json";
		}
		return (path.endsWith(".html") || path.endsWith(".htm")) ? "text/html" : "text/plain";
	}

	private static void addPerson(Element item, Speaker speaker) {
		String name = (speaker != null) ? XmlText.cleanOrNull(speaker.name()) : null;
		if (name == null) {
			return;
		}
		String role = "host".equalsIgnoreCase(speaker.role()) ? "host" : "guest";
		item.addContent(text(PODCAST, "person", name).setAttribute("role", role));
	}

	private static void addImage(Element channel, String imageUrl) {
		String href = XmlText.cleanOrNull(imageUrl);
		if (href != null) {
			channel.addContent(new Element("image", ITUNES).setAttribute("href", href));
		}
	}

	private static void addCategory(Element channel, ShowSettings show) {
		String category = XmlText.cleanOrNull(show.category());
		if (category == null) {
			return;
		}
		Element element = new Element("category", ITUNES).setAttribute("text", category);
		String subcategory = XmlText.cleanOrNull(show.subcategory());
		if (subcategory != null) {
			element.addContent(new Element("category", ITUNES).setAttribute("text", subcategory));
		}
		channel.addContent(element);
	}

	private static void addText(Element parent, Namespace namespace, String name, String value) {
		String clean = XmlText.cleanOrNull(value);
		if (clean != null) {
			parent.addContent(text(namespace, name, clean));
		}
	}

	private static Element text(Namespace namespace, String name, String value) {
		return new Element(name, namespace).setText(value);
	}

}
