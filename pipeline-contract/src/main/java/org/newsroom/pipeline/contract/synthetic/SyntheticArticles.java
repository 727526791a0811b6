package org.newsroom.pipeline.contract.synthetic;

import java.util.List;
import java.util.Random;

/**
 * The articles of the benchmarks: bodies of news sentences with people, places and
 * organisations, in German or English, about 5 KB each. The pipeline benchmark sends them
 * as CMS traffic and the enrichment benchmark enriches them, so both measure the same
 * text.
 */
public final class SyntheticArticles {

	/** About how long a body is. */
	public static final int BYTES = 5 * 1024;

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

	private SyntheticArticles() {
	}

	/**
	 * An article body: paragraphs of four sentences drawn at random, until it is
	 * {@value #BYTES} bytes long.
	 * @param german German sentences, else English ones
	 * @param seed the same seed gives the same body
	 * @return the HTML body
	 */
	public static String body(boolean german, long seed) {
		List<String> sentences = german ? GERMAN : ENGLISH;
		Random random = new Random(seed);
		StringBuilder body = new StringBuilder(BYTES + 200);
		while (body.length() < BYTES) {
			body.append("<p>");
			for (int i = 0; i < 4; i++) {
				body.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
			}
			body.append("</p>");
		}
		return body.toString();
	}

}
