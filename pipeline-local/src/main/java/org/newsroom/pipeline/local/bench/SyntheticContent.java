package org.newsroom.pipeline.local.bench;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.newsroom.pipeline.contract.cms.CmsContent;
import org.newsroom.pipeline.contract.cms.ContentKind;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.local.demo.SampleRecord;

/**
 * Synthetic CMS items: 80 % articles of about 5 KB, German and English in turn, and 20 %
 * copies of the sample podcast episode, each with its own content id.
 */
final class SyntheticContent {

	static final int ARTICLE_BYTES = 5 * 1024;

	private static final List<String> GERMAN = List.of(
			"Die Bundesregierung in Berlin hat am Dienstag einen neuen Haushaltsentwurf vorgelegt.",
			"Finanzminister Christian Lindner sprach von einem schwierigen Kompromiss mit den Ländern.",
			"Die Gewerkschaft Verdi kündigte in Hamburg und München weitere Warnstreiks an.",
			"Nach Angaben des Statistischen Bundesamtes stiegen die Verbraucherpreise im Oktober deutlich.",
			"Die Europäische Zentralbank in Frankfurt will die Zinsen vorerst nicht weiter senken.",
			"Außenministerin Annalena Baerbock reiste zu Gesprächen nach Kiew und Warschau.",
			"Kritiker werfen der Koalition vor, die Schuldenbremse mit Sondervermögen zu umgehen.",
			"Der Deutsche Wetterdienst warnt für das Wochenende vor Sturm an der Nordseeküste.",
			"In Leipzig demonstrierten mehrere tausend Menschen für bezahlbare Mieten.",
			"Die Bahn kündigte an, das Schienennetz bis 2030 grundlegend zu sanieren.",
			"Fachleute erwarten, dass die Wirtschaft im kommenden Jahr nur leicht wächst.",
			"Der Bundestag soll noch vor der Sommerpause über das Gesetz abstimmen.");

	private static final List<String> ENGLISH = List.of(
			"The government in London presented a new budget on Tuesday after weeks of talks.",
			"Chancellor Rachel Reeves described the plan as a difficult but necessary compromise.",
			"Union leaders in Manchester and Liverpool announced further strikes for next month.",
			"Consumer prices rose faster than expected in October, the statistics office said.",
			"The European Central Bank in Frankfurt signalled that interest rates would stay on hold.",
			"Foreign ministers met in Brussels to discuss support for Ukraine over the winter.",
			"Critics accused the coalition of hiding new borrowing in special funds.",
			"Forecasters warned of strong winds along the coast of Scotland this weekend.",
			"Thousands of people marched through Dublin calling for affordable housing.",
			"The rail operator promised to modernise the network by the end of the decade.",
			"Economists expect growth to remain weak for most of the coming year.",
			"Parliament is expected to vote on the bill before the summer recess.");

	private final String runId;

	private final CmsContent episode;

	private SyntheticContent(String runId, CmsContent episode) {
		this.runId = runId;
		this.episode = episode;
	}

	/**
	 * Content for one run; the ids start with the run id so that runs on one stack do not
	 * mix.
	 * @param runId e.g. {@code bench-1718000000-noop}
	 * @return the generator
	 * @throws IOException if the packaged sample episode cannot be read
	 */
	static SyntheticContent forRun(String runId) throws IOException {
		String value = SampleRecord.packaged().get(0).value();
		return new SyntheticContent(runId, ContractJson.mapper().readValue(value, CmsContent.class));
	}

	/**
	 * The id of the item with a number.
	 * @param index the item's number in the run
	 * @return the content id
	 */
	String contentId(int index) {
		return this.runId + "-" + index;
	}

	/**
	 * The CMS payload of the item with a number: every fifth an episode, the others
	 * articles, German and English in turn.
	 * @param index the item's number in the run
	 * @return the JSON value of the CMS event
	 */
	String payload(int index) {
		CmsContent content = ((index % 5) == 4) ? episode(index) : article(index, (index % 2) == 0);
		return ContractJson.mapper().writeValueAsString(content);
	}

	private CmsContent article(int index, boolean german) {
		Random random = new Random(index);
		List<String> sentences = german ? GERMAN : ENGLISH;
		StringBuilder body = new StringBuilder(ARTICLE_BYTES + 200);
		while (body.length() < ARTICLE_BYTES) {
			body.append("<p>");
			for (int i = 0; i < 4; i++) {
				body.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
			}
			body.append("</p>");
		}
		String headline = german ? "Haushalt: Regierung legt Entwurf vor (" + index + ")"
				: "Budget: government presents its plan (" + index + ")";
		return new CmsContent(contentId(index), ContentKind.ARTICLE, 1, headline, null, body.toString(),
				List.of(german ? "Anja Krüger" : "Maria Lopez"), german ? "wirtschaft" : "international",
				List.of("Haushalt"), null, "https://www.example.org/bench/" + contentId(index), Instant.now(), null,
				null, null, null, null, null, null, null);
	}

	private CmsContent episode(int index) {
		CmsContent e = this.episode;
		return new CmsContent(contentId(index), ContentKind.EPISODE, 1, e.headline() + " (" + index + ")",
				e.description(), e.body(), e.authors(), e.section(), e.tags(), e.language(), e.canonicalUrl(),
				Instant.now(), null, e.show(), e.audio(), e.speakers(), e.transcriptUrl(), e.chaptersUrl(), null, null);
	}

}
