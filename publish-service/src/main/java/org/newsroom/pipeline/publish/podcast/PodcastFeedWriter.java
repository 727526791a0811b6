package org.newsroom.pipeline.publish.podcast;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.publish.syndication.ItemLinks;
import org.newsroom.pipeline.publish.syndication.RssItems;
import org.newsroom.pipeline.publish.syndication.XmlText;

/**
 * Writes the RSS 2.0 feed of one podcast show: Rome for the RSS core, JDOM for the
 * {@code itunes:} and {@code podcast:} tags; the caller orders the episodes newest first.
 */
final class PodcastFeedWriter {

	private static final Logger logger = LoggerFactory.getLogger(PodcastFeedWriter.class);

	private final ItemLinks links;

	/**
	 * Creates a writer for one site.
	 * @param links where episodes live on the web
	 */
	public PodcastFeedWriter(ItemLinks links) {
		this.links = links;
	}

	/**
	 * Writes the feed of a show.
	 * @param show the show's settings
	 * @param feedUrl the URL the feed is served at; its {@code podcast:guid} derives from
	 * it
	 * @param episodes the episodes, newest first; those without an audio rendition are
	 * left out because podcast apps cannot play them
	 * @return the XML, always well-formed whatever the episodes hold
	 */
	public String write(ShowSettings show, String feedUrl, List<ContentItem> episodes) {
		List<Episode> playable = episodes.stream().map(Episode::of).filter(Objects::nonNull).toList();
		if (playable.size() < episodes.size()) {
			logger.warn("Left {} episodes without audio out of the feed of {}", episodes.size() - playable.size(),
					feedUrl);
		}
		Document document = outputJDom(channel(show, playable));
		Element channel = document.getRootElement().getChild("channel");
		PodcastTags.declareNamespaces(document.getRootElement());
		PodcastTags.decorateChannel(channel, show, feedUrl);
		List<Element> items = channel.getChildren("item");
		for (int i = 0; i < items.size(); i++) {
			PodcastTags.decorateItem(items.get(i), playable.get(i));
		}
		return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).outputString(document);
	}

	private Channel channel(ShowSettings show, List<Episode> episodes) {
		Channel channel = new Channel("rss_2.0");
		channel.setTitle(XmlText.clean(show.title()));
		channel.setLink(XmlText.clean(show.link()));
		String description = XmlText.cleanOrNull(show.description());
		channel.setDescription((description != null) ? description : XmlText.clean(show.title()));
		channel.setLanguage(XmlText.cleanOrNull(show.language()));
		channel.setGenerator("newsroom-pipeline");
		episodes.stream()
			.map(Episode::published)
			.filter(Objects::nonNull)
			.max(Instant::compareTo)
			.ifPresent((newest) -> channel.setLastBuildDate(Date.from(newest)));
		channel.setItems(episodes.stream().map(this::item).toList());
		return channel;
	}

	private Item item(Episode episode) {
		Item item = RssItems.item(episode.item(), this.links);
		if (episode.published() != null) {
			item.setPubDate(Date.from(episode.published()));
		}
		Enclosure enclosure = new Enclosure();
		enclosure.setUrl(XmlText.clean(episode.audio().href()));
		enclosure.setLength(Math.max(0, episode.audio().sizeinbytes()));
		enclosure.setType(XmlText.clean(episode.audio().contenttype()));
		item.setEnclosures(List.of(enclosure));
		item.setDescription(RssItems.plainText(episode.summary()));
		return item;
	}

	private static Document outputJDom(Channel channel) {
		try {
			return new WireFeedOutput().outputJDom(channel);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Rome could not write the podcast feed", ex);
		}
	}

}
