package org.newsroom.pipeline.publish;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the publish service is reached and which site it publishes, under
 * {@code publish.*}.
 *
 * @param baseUrl the public base URL of this service; feeds link to themselves under it
 * @param siteUrl the newsroom's web site; items without a canonical URL link below it
 * @param siteTitle the site's name, used in feed titles
 * @param language the default language of feeds
 * @param instanceId this instance's name in claims and leases; a random one by default
 */
@ConfigurationProperties("publish")
public record PublishProperties(@DefaultValue("http://localhost:8083") String baseUrl,
		@DefaultValue("https://news.example.org") String siteUrl, @DefaultValue("Newsroom") String siteTitle,
		@DefaultValue("de") String language, String instanceId) {

	/**
	 * A URL under the base URL.
	 * @param path an absolute path such as {@code /feeds/all.rss}
	 * @return the full URL
	 */
	public String url(String path) {
		String base = this.baseUrl.endsWith("/") ? this.baseUrl.substring(0, this.baseUrl.length() - 1) : this.baseUrl;
		return base + path;
	}

}
