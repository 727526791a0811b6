package org.newsroom.pipeline.enrich.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextEnricherTests {

	@Test
	void stripsScriptsHandlersAndJavascriptUrls() {
		String hostile = "<p>Hi<script>alert(1)</script></p><img src=x onerror=alert(1)>"
				+ "<a href=\"javascript:alert(2)\">click</a><iframe src=\"https://evil.example\"></iframe>"
				+ "<svg onload=alert(3)><circle/></svg><p onclick=\"steal()\">text</p>"
				+ "<a href=\"https://example.org/x\">ok</a>";
		String safe = HtmlText.article(hostile).html();
		assertThat(safe).doesNotContainIgnoringCase("script")
			.doesNotContainIgnoringCase("onerror")
			.doesNotContainIgnoringCase("javascript:")
			.doesNotContainIgnoringCase("iframe")
			.doesNotContainIgnoringCase("svg")
			.doesNotContainIgnoringCase("onload")
			.doesNotContainIgnoringCase("onclick")
			.doesNotContain("alert")
			.contains("<a href=\"https://example.org/x\">ok</a>");
	}

	@Test
	void keepsParagraphsInThePlainText() {
		String text = HtmlText.plainText(HtmlText.article("<p>BAKU &mdash; One.</p><p>Two<br>three.</p>").html());
		assertThat(text).isEqualTo("BAKU — One.\n\nTwo\nthree.");
	}

	@Test
	void turnsShowNotesIntoParagraphs() {
		String html = HtmlText.paragraphsToHtml("First <part>.\nstill first.\n\n\nSecond & last.");
		assertThat(html).isEqualTo("<p>First &lt;part&gt;. still first.</p><p>Second &amp; last.</p>");
	}

	@Test
	void countsWordsNotPunctuation() {
		assertThat(Words.count("Der Ukraine-Krieg – ein Zwischenzustand? Ja, 2024.")).isEqualTo(6);
	}

	@Test
	void readsGermanSlowerThanEnglish() {
		assertThat(ReadingTimeEnricher.seconds(900, "de")).isEqualTo(300);
		assertThat(ReadingTimeEnricher.seconds(920, "en")).isEqualTo(240);
		assertThat(ReadingTimeEnricher.seconds(200, null)).isEqualTo(60);
	}

}
